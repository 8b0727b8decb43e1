# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.coalitions import history, views
from apps.core.views import crud_urls

app_name = "coalitions"
urlpatterns = [
    path("coalities/", views.CoalitionListView.as_view(), name="list"),
    path("coalities/nieuw/", views.CoalitionCreateView.as_view(), name="create"),
    path("coalities/<int:coalition_pk>/bewerken/", views.CoalitionUpdateView.as_view(), name="update"),
    path("coalities/<int:coalition_pk>/verwijderen/", views.coalition_delete, name="delete"),
    path("coalities/<int:coalition_pk>/wijzigingen/", history.HistoryView.as_view(), name="history"),
    *crud_urls("partners", "partners", views.PartnerList, views.PartnerCreate, views.PartnerUpdate,
               views.PartnerDelete),
    *crud_urls("leden", "members", views.MemberList, views.MemberCreate, views.MemberUpdate, views.MemberDelete),
    *crud_urls("themas", "themes", views.ThemeList, views.ThemeCreate, views.ThemeUpdate, views.ThemeDelete),
]
