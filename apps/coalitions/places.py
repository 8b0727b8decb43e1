# SPDX-License-Identifier: EUPL-1.2
"""Which coalitions cover a municipality (apps.reference.places knows postcodes, but not coalitions)."""

from __future__ import annotations

from apps.coalitions.choices import Scope
from apps.coalitions.models import Coalition
from apps.reference.models import Municipality


def coalitions_covering(municipality: Municipality) -> list[Coalition]:
    """Local coalitions of the municipality first, then regional coalitions it is a member of."""
    local = Coalition.objects.filter(scope=Scope.LOCAL, municipality=municipality).order_by("pk")
    regional = Coalition.objects.filter(scope=Scope.REGIONAL, municipalities=municipality).order_by("pk")
    return [*local, *regional]


def area_municipality_ids(coalition: Coalition) -> set[int]:
    """The municipalities around a coalition: its own, its region's, and those of the same GGD regions."""
    ids = {coalition.municipality_id} if coalition.municipality_id else set()
    ids |= set(coalition.municipalities.values_list("pk", flat=True))
    if coalition.region_id:
        ids |= set(Municipality.objects.filter(regional_coalitions=coalition.region_id).values_list("pk", flat=True))
    health_regions = Municipality.objects.filter(pk__in=ids).values("health_region")
    return ids | set(Municipality.objects.filter(health_region__in=health_regions).values_list("pk", flat=True))
