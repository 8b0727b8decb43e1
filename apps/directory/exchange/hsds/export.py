# SPDX-License-Identifier: EUPL-1.2
"""Export the directory as HSDS 3.0 JSON: a list of full service records (each with its organization,
locations, schedules, service areas and Kansrijk attributes), valid against the official `service.json`; or the
whole dataset (`export_dataset`): organisations, locations, services, services at locations and taxonomies."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import translation

from apps.directory.exchange.hsds.mapping import (
    IN_DIRECTORY_KEY,
    PLACEHOLDER_KEY,
    location_record,
    organization_record,
    service_at_location_record,
    service_record,
)
from apps.directory.exchange.hsds.taxonomy import TERMS, taxonomy_record, term_record
from apps.directory.models import Location, Service, ServiceAtLocation, TaxonomyRecord
from apps.organisations.models import Organisation
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


# The files of a whole-dataset export, each a JSON list of one record type (the names tell import_hsds the type).
DATASET_FILES = {"taxonomy": "taxonomies.json", "taxonomy_term": "taxonomy_terms.json",
                 "organization": "organizations.json", "location": "locations.json", "service": "services.json",
                 "service_at_location": "service_at_locations.json"}


def directory_organisations() -> QuerySet[Organisation]:
    """The directory's organisations: those with a service or a location, and those that came in through HSDS
    (the shared register also holds coalition partners that are no provider: they are not exported)."""
    in_directory = (Q(services__isnull=False) | Q(locations__isnull=False)
                    | Q(hsds_extra__has_key=IN_DIRECTORY_KEY))
    organisations = Organisation.objects.filter(in_directory).exclude(hsds_extra__has_key=PLACEHOLDER_KEY)
    return Organisation.objects.filter(pk__in=organisations.values("pk")).select_related(
        "municipality").order_by("uuid")


def export_dataset(*, with_assurer: bool = False) -> dict[str, list[dict]]:
    """The whole directory as HSDS JSON files: file name → records, each list in a stable order (by id).

    Organisations and locations without services are in it too; services are full records (as export_services),
    services at locations are listed on their own as well (with service_id and location_id).
    """
    with translation.override("nl"):
        links = ServiceAtLocation.objects.select_related("service", "location").order_by("uuid")
        locations = Location.objects.select_related("organisation", "municipality__province").prefetch_related(
            "opening_hours").order_by("uuid")
        imported = TaxonomyRecord.objects.order_by("uuid")
        files = {
            "taxonomy": [taxonomy_record()] + [t.record for t in imported if t.kind == TaxonomyRecord.Kind.TAXONOMY],
            "taxonomy_term": [term_record(term, with_taxonomy=False) for term in TERMS.values()]
            + [t.record for t in imported if t.kind == TaxonomyRecord.Kind.TERM],
            "organization": [organization_record(o) for o in directory_organisations()],
            "location": [location_record(location) for location in locations],
            "service": [service_record(s, with_assurer=with_assurer) for s in services_for_export()],
            "service_at_location": [service_at_location_record(link, with_location=False) for link in links],
        }
    return {DATASET_FILES[kind]: records for kind, records in files.items()}
