# SPDX-License-Identifier: EUPL-1.2
"""Professionals (login): the social map's search, a service's page, the intervention catalogue."""

from django.urls import path

from apps.directory.search import views

urlpatterns = [
    path("sociale-kaart/", views.search, name="search"),
    path("sociale-kaart/aanbod/<uuid:uuid>/", views.service_detail, name="service"),
    path("sociale-kaart/interventies/", views.interventions, name="intervention_catalogue"),
]
