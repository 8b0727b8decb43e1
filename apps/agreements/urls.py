# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.agreements import views
from apps.core.views import crud_urls

app_name = "agreements"
urlpatterns = [
    path("coalities/<int:coalition_pk>/afspraken/", views.AgreementsIndex.as_view(), name="index"),
    *crud_urls("afspraken/convenanten", "covenants", views.CovenantList, views.CovenantCreate,
               views.CovenantUpdate, views.CovenantDelete),
    path("coalities/<int:coalition_pk>/afspraken/convenanten/<int:pk>/", views.CovenantDetail.as_view(),
         name="covenant-detail"),
    path("coalities/<int:coalition_pk>/afspraken/samenwerking/<int:pk>/document/",
         views.AgreementDocument.as_view(), name="agreement-document"),
    path("coalities/<int:coalition_pk>/afspraken/convenanten/<int:pk>/document/",
         views.CovenantDocument.as_view(), name="covenant-document"),
    *crud_urls("afspraken/samenwerking", "agreements", views.AgreementList, views.AgreementCreate,
               views.AgreementUpdate, views.AgreementDelete),
]
