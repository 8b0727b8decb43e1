# SPDX-License-Identifier: EUPL-1.2
"""Care pathways (zorgpaden), their lookup, the client route (klantroute) and the regional social map."""

from django.urls import path

from apps.core.views import crud_urls
from apps.directory.pathways import views
from apps.directory.pathways import views_clientroute as clientroute

COALITION = "coalities/<int:coalition_pk>/"

urlpatterns = [
    path("zorgpaden/", views.Lookup.as_view(), name="pathway-lookup"),
    *crud_urls("zorgpaden", "pathways", views.PathwayList, views.PathwayCreate, views.PathwayUpdate,
               views.PathwayDelete),
    path(COALITION + "zorgpaden/<int:pk>/", views.PathwayDetail.as_view(), name="pathway-detail"),
    path(COALITION + "zorgpaden/<int:pk>/stappen/nieuw/", views.StepCreate.as_view(), name="pathway-step-create"),
    path(COALITION + "zorgpaden/stappen/<int:pk>/bewerken/", views.StepUpdate.as_view(),
         name="pathway-step-update"),
    path(COALITION + "zorgpaden/stappen/<int:pk>/verwijderen/", views.StepDelete.as_view(),
         name="pathway-step-delete"),
    path(COALITION + "klantroute/", clientroute.ClientRoute.as_view(), name="clientroute"),
    # The municipality of a cell is in the query string (?gemeente=GM0119), as on the client-route page itself.
    path(COALITION + "klantroute/notitie/<str:phase>/<str:situation>/", clientroute.GapNoteEdit.as_view(),
         name="gapnote-edit"),
    path(COALITION + "regionale-kaart/", clientroute.RegionalMap.as_view(), name="regional-map"),
    path(COALITION + "regionale-kaart/<slug:intervention>/", clientroute.OfferEdit.as_view(),
         name="regional-offer-edit"),
]
