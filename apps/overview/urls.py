# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.overview import views

app_name = "overview"
urlpatterns = [
    path("coalities/<int:coalition_pk>/", views.CoalitionOverview.as_view(), name="coalition"),
    path("coalities/<int:coalition_pk>/regio/", views.RegionalOverview.as_view(), name="regional"),
]
