# SPDX-License-Identifier: EUPL-1.2
"""Upkeep of the directory (sociale-kaart/beheer/…) and a coalition's stale listings."""

from django.urls import path

from apps.directory.upkeep import views as v

urlpatterns = [
    path("sociale-kaart/beheer/", v.MyListings.as_view(), name="manage"),
    path("sociale-kaart/beheer/claimen/", v.ClaimAll.as_view(), name="manage-claim-all"),
    path("sociale-kaart/beheer/aanbod/nieuw/", v.ServiceEdit.as_view(), name="manage-service-create"),
    path("sociale-kaart/beheer/aanbod/<uuid:uuid>/bewerken/", v.ServiceEdit.as_view(), name="manage-service-edit"),
    path("sociale-kaart/beheer/aanbod/<uuid:uuid>/controleren/", v.VerifyService.as_view(), name="manage-verify"),
    path("sociale-kaart/beheer/aanbod/<uuid:uuid>/claimen/", v.ClaimService.as_view(), name="manage-claim"),
    path("sociale-kaart/beheer/aanbod/<uuid:uuid>/beschikbaarheid/", v.ServiceCapacity.as_view(),
         name="manage-capacity"),
    path("sociale-kaart/beheer/locaties/", v.LocationList.as_view(), name="manage-locations"),
    path("sociale-kaart/beheer/locaties/nieuw/", v.LocationEdit.as_view(), name="manage-location-create"),
    path("sociale-kaart/beheer/locaties/<uuid:uuid>/bewerken/", v.LocationEdit.as_view(),
         name="manage-location-edit"),
    # kind: "aanbod" (a service) or "locatie"
    path("sociale-kaart/beheer/<str:kind>/<uuid:uuid>/openingstijden/", v.OpeningHoursEdit.as_view(),
         name="manage-hours"),
    path("coalities/<int:coalition_pk>/sociale-kaart/onderhoud/", v.CoalitionUpkeep.as_view(),
         name="coalition-upkeep"),
]
