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
