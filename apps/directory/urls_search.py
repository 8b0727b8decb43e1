# SPDX-License-Identifier: EUPL-1.2
"""Professionals (login): the social map's search, a service's page, the intervention catalogue."""

from django.urls import path

from apps.directory import views_search

urlpatterns = [
    path("sociale-kaart/", views_search.search, name="search"),
    path("sociale-kaart/aanbod/<uuid:uuid>/", views_search.service_detail, name="service"),
    path("sociale-kaart/interventies/", views_search.interventions, name="intervention_catalogue"),
]
