# SPDX-License-Identifier: EUPL-1.2
"""Export the directory as HSDS 3.0 JSON: a list of full service records (each with its organization,
locations, schedules, service areas and Kansrijk attributes), valid against the official `service.json`."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import translation

from apps.directory.exchange.hsds.mapping import service_record
from apps.directory.models import Service
from apps.reference.models import Municipality


def services_for_export(municipality: Municipality | None = None, *, active_only: bool = False) -> QuerySet[Service]:
    """Services with everything the records need fetched up front (a handful of queries, however many rows)."""
    services = Service.objects.select_related(
        "organisation__municipality", "intervention", "last_verified_by",
    ).prefetch_related(
        "municipalities", "opening_hours",
        "service_at_locations__location__opening_hours",
        "service_at_locations__location__municipality__province",
        "service_at_locations__location__organisation",
        "service_at_locations__service",
    ).order_by("uuid")
    if municipality is not None:
        services = services.filter(municipalities=municipality).distinct()
    if active_only:
        services = services.filter(status="active")
    return services


def export_services(services: QuerySet[Service] | None = None, *, public: bool = False,
                    with_assurer: bool = False) -> list[dict]:
    """The records of `services` (default: the whole directory), in a stable order (by id)."""
    services = services_for_export() if services is None else services
    with translation.override("nl"):  # taxonomy term names and language names are Dutch, whoever exports
        return [service_record(service, public=public, with_assurer=with_assurer) for service in services]
