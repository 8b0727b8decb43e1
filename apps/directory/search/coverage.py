# SPDX-License-Identifier: EUPL-1.2
"""Whether Kansrijk covers an area yet, and whom to call where it does not (the zero-result pages)."""

from __future__ import annotations

from dataclasses import dataclass

from apps.directory.choices import ServiceStatus
from apps.directory.models import Service
from apps.reference.models import Municipality


@dataclass(frozen=True)
class Uncovered:
    """An area without a single active service in the directory: its municipalities and their GGD (the JGZ)."""

    municipalities: list[str]
    health_regions: list[str]


def uncovered(municipalities: list[Municipality]) -> Uncovered | None:
    """None when some active service covers one of these municipalities (then a search that finds nothing needs
    another word, not another place); otherwise whom to call instead: the JGZ of the GGD region and the
    municipality."""
    if not municipalities:
        return None
    ids = [m.pk for m in municipalities]
    if Service.objects.filter(status=ServiceStatus.ACTIVE, municipalities__in=ids).exists():
        return None
    found = Municipality.objects.filter(pk__in=ids).select_related("health_region").order_by("name")
    regions = sorted({m.health_region.name for m in found if m.health_region_id})
    return Uncovered(municipalities=[m.name for m in found], health_regions=regions)
