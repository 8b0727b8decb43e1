# SPDX-License-Identifier: EUPL-1.2
"""The HSDS 3.0 API (`/hsds/…`): public, read-only, active services only, no staff personal data.

Every path of the spec's openapi.json: `/`, `/services[/{id}]`, `/organizations[/{id}]`,
`/service_at_locations[/{id}]`, `/taxonomies[/{id}]`, `/taxonomy_terms[/{id}]`. Every parameter the spec names
either works or is answered with 400 "niet ondersteund: <parameter>"; so is any parameter the endpoint does not
know (never silently ignored). Lists are HSDS Page objects, or NDJSON with `format=ndjson`. Responses validate
against the official schemas (tests walk the spec).
"""

from __future__ import annotations

import json
import uuid

from django.db.models import Q, QuerySet
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.directory.choices import ServiceStatus
from apps.directory.exchange.hsds import queries
from apps.directory.exchange.hsds.export import services_for_export
from apps.directory.exchange.hsds.mapping import (
    last_modified,
    location_record,
    organization_record,
    service_at_location_record,
    service_list_record,
    service_record,
    strip_personal,
)
from apps.directory.exchange.hsds.taxonomy import TAXONOMY_ID, TERMS, TERMS_BY_ID, taxonomy_record, term_record
from apps.directory.models import ServiceAtLocation, TaxonomyRecord
from apps.organisations.models import Organisation
from apps.reference.places import municipalities_for_pc4, normalise_postcode

HSDS_VERSION = "3.0"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200

PAGE = OpenApiResponse(OpenApiTypes.OBJECT, description="Een HSDS Page-object: total_items, total_pages, "
                       "page_number, size, first_page, last_page, empty en contents.")
PAGING = [
    OpenApiParameter("page", int, description="Paginanummer (vanaf 1)."),
    OpenApiParameter("per_page", int, description=f"Aantal per pagina (standaard {DEFAULT_PER_PAGE}, "
                                                  f"hoogstens {MAX_PER_PAGE})."),
]
NOT_FOUND = OpenApiResponse(OpenApiTypes.OBJECT, description="Niet gevonden (of niet actief).")
BAD_REQUEST = OpenApiResponse(OpenApiTypes.OBJECT, description="Ongeldige parameter; `detail` zegt welke.")


def _positive(request, name: str, default: int) -> int:
    raw = request.query_params.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ValidationError({"detail": _("‘%(name)s’ moet een geheel getal van 1 of meer zijn.") % {"name": name}})
    return value


def paged(request, items: list | QuerySet, render) -> Response | HttpResponse:
    """The Page object; with `format=ndjson` every item, one per line, without pages (the spec's `format`)."""
    if request.query_params.get("format", "json") == "ndjson":
        with translation.override("nl"):
            lines = [json.dumps(render(item), ensure_ascii=False) + "\n" for item in items]
        return HttpResponse("".join(lines), content_type="application/x-ndjson; charset=utf-8")
    return Response(page_of(request, items, render))


def page_of(request, items: list | QuerySet, render) -> dict:
    """An HSDS Page object over `items`, each rendered with `render`."""
    number = _positive(request, "page", 1)
    size = min(_positive(request, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
    total = items.count() if isinstance(items, QuerySet) else len(items)
    pages = max(1, -(-total // size))
    start = (number - 1) * size
    # Past the last page there is nothing to read (and an OFFSET beyond a bigint is an error on PostgreSQL).
    page_items = items[start:start + size] if start < total else []
    with translation.override("nl"):
        contents = [render(item) for item in page_items]
    return {"total_items": total, "total_pages": pages, "page_number": number, "size": len(contents),
            "first_page": number == 1, "last_page": number >= pages, "empty": total == 0, "contents": contents}


def active_services() -> QuerySet:
    return services_for_export(active_only=True)


def _uuid_or_404(value: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise NotFound(_("Geen geldig id (een UUID verwacht).")) from None


def _postcode_municipalities(request) -> list | None:
    raw = request.query_params.get("postcode", "").strip()
    if not raw:
        return None
    postcode = normalise_postcode(raw)
    if postcode is None:
        raise ValidationError({"detail": _("‘%(value)s’ is geen geldige postcode (bijvoorbeeld 7941 of 7941 AB).")
                                         % {"value": raw}})
    return municipalities_for_pc4(postcode[:4])


class JsonOnly(DefaultContentNegotiation):
    """Always JSON: `format` is HSDS's parameter here (json or ndjson), not DRF's renderer switch."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class PublicHsdsView(APIView):
    renderer_classes = [JSONRenderer]
    content_negotiation_class = JsonOnly
    permission_classes = [AllowAny]
    authentication_classes: list = []  # public and read-only: no session, no CSRF, no personal data
    # The query parameters this endpoint answers; any other is a 400 "niet ondersteund: <name>".
    supported: frozenset[str] = frozenset()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        unknown = sorted(set(request.query_params) - self.supported)
        if unknown:
            raise ValidationError({"detail": _("niet ondersteund: %(name)s") % {"name": ", ".join(unknown)}})
        if request.query_params.get("format", "json") not in ("json", "ndjson"):
            raise ValidationError({"detail": _("niet ondersteund: format=%(value)s (wel: json, ndjson)")
                                   % {"value": request.query_params["format"]}})
        for name, value in request.query_params.items():
            if "\x00" in value:  # PostgreSQL text cannot hold it; no document contains it
                raise ValidationError({"detail": _("‘%(name)s’ bevat een ongeldig teken.") % {"name": name}})


LIST = frozenset({"page", "per_page", "format"})
SERVICE_FILTERS = frozenset({"search", "organization_id", "taxonomy_term_id", "taxonomy_id", "modified_after",
                             "postcode", "full"})


def boolean(request, name: str) -> bool:
    raw = request.query_params.get(name, "").lower()
    if raw not in ("", "true", "false", "1", "0"):
        raise ValidationError({"detail": _("‘%(name)s’ moet true of false zijn.") % {"name": name}})
    return raw in ("true", "1")


class ApiInfoView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getAPIMetaInformation", summary="HSDS: informatie over deze API",
                   responses={200: OpenApiResponse(OpenApiTypes.OBJECT,
                                                   description="version, profile en openapi_url.")})
    def get(self, request):
        return Response({
            "version": HSDS_VERSION,
            "profile": request.build_absolute_uri(reverse("directory:hsds_taxonomy", args=[TAXONOMY_ID])),
            "openapi_url": request.build_absolute_uri(reverse("schema")),
        })


def filter_services(request, services: QuerySet, prefix: str = "") -> QuerySet:
    """The service filters of the spec (`search`, `organization_id`, `taxonomy_term_id`, `taxonomy_id`,
    `modified_after`) and `postcode`, on services (prefix "") or on what relates to a service ("service__")."""
    params = request.query_params
    for word in params.get("search", "").split():
        services = services.filter(**{f"{prefix}search_document__icontains": word})
    if params.get("organization_id"):
        services = services.filter(**{f"{prefix}organisation__uuid": _uuid_or_400(params["organization_id"],
                                                                                    "organization_id")})
    if params.get("taxonomy_term_id"):
        services = services.filter(queries.with_term(_uuid_or_400(params["taxonomy_term_id"], "taxonomy_term_id"),
                                                     prefix))
    if params.get("taxonomy_id"):
        services = services.filter(queries.with_taxonomy(_uuid_or_400(params["taxonomy_id"], "taxonomy_id"), prefix))
    if params.get("modified_after"):
        try:
            moment = parse_datetime(params["modified_after"])
        except ValueError:  # well-formed but impossible, e.g. month 13
            moment = None
        if moment is not None and timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        if moment is None:
            raise ValidationError({"detail": _("‘modified_after’ is geen tijdstip (ISO 8601).")})
        services = services.filter(**{f"{prefix}updated_at__gte": moment})
    municipalities = _postcode_municipalities(request)
    if municipalities is not None:
        services = services.filter(**{f"{prefix}municipalities__in": municipalities}).distinct()
    return services


SERVICE_PARAMETERS = [
    OpenApiParameter("search", str, description="Zoekwoorden (alle woorden moeten voorkomen)."),
    OpenApiParameter("organization_id", str, description="Alleen aanbod van deze organisatie (id)."),
    OpenApiParameter("taxonomy_term_id", str, description="Alleen aanbod met deze term (Kansrijk of geïmporteerd)."),
    OpenApiParameter("taxonomy_id", str, description="Alleen aanbod met een term uit deze taxonomie."),
    OpenApiParameter("modified_after", str, description="Alleen aanbod gewijzigd op of na dit tijdstip (ISO 8601)."),
    OpenApiParameter("postcode", str, description="Alleen aanbod voor deze postcode (PC4 of volledig): het "
                                                  "werkgebied dekt de gemeente van die postcode."),
    OpenApiParameter("full", bool, description="true: volledige records."),
]
FORMAT = OpenApiParameter("format", str, description="json (standaard) of ndjson (alles, één record per regel, "
                                                     "zonder pagina's).")


class ServiceListView(PublicHsdsView):
    supported = LIST | SERVICE_FILTERS | {"minimal"}

    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfServices", summary="HSDS: actief aanbod, per pagina",
        parameters=[*PAGING, FORMAT, *SERVICE_PARAMETERS,
                    OpenApiParameter("minimal", bool, description="true: alleen id en last_modified van al het "
                                                                  "aanbod, in één lijst.")],
        responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        services = filter_services(request, active_services())
        full, minimal = boolean(request, "full"), boolean(request, "minimal")
        if full and minimal:
            raise ValidationError({"detail": _("‘full’ en ‘minimal’ gaan niet samen.")})
        if minimal:  # the spec: just id and modification time, all services in one call
            return Response([{"id": str(s.uuid), "last_modified": last_modified(s)} for s in services])
        render = (lambda s: service_record(s, public=True)) if full else service_list_record
        return paged(request, services, render)


def _uuid_or_400(value: str, name: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValidationError({"detail": _("‘%(name)s’ is geen geldig id (UUID).") % {"name": name}}) from None


class ServiceDetailView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getFullyNestedServiceById", summary="HSDS: één aanbod, volledig",
                   responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="Een HSDS service-record."),
                              404: NOT_FOUND})
    def get(self, request, id):  # noqa: A002 - the HSDS path parameter is called id
        service = active_services().filter(uuid=_uuid_or_404(id)).first()
        if service is None:
            raise NotFound(_("Dit aanbod bestaat niet of is niet actief."))
        with translation.override("nl"):
            return Response(service_record(service, public=True))


# --- organisations ---------------------------------------------------------------------------------------------
def public_organisations() -> QuerySet[Organisation]:
    """Organisations with at least one active service (the public directory's providers)."""
    return Organisation.objects.filter(pk__in=active_services().values("organisation")).select_related(
        "municipality").order_by("uuid")


def organization_list_record(organisation: Organisation) -> dict:
    record = strip_personal(organization_record(organisation))
    return {key: value for key, value in record.items() if not isinstance(value, list)}


def organization_full_record(organisation: Organisation, *, full_services: bool) -> dict:
    record = strip_personal(organization_record(organisation))
    services = active_services().filter(organisation=organisation)
    record["services"] = [service_record(s, public=True) if full_services else service_list_record(s)
                          for s in services]
    return record


class OrganizationListView(PublicHsdsView):
    supported = LIST | {"search", "full", "full_service"}

    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfOrganizations",
        summary="HSDS: organisaties met actief aanbod, per pagina", parameters=[
            *PAGING, FORMAT, OpenApiParameter("search", str, description="Zoekwoorden in naam en omschrijving."),
            OpenApiParameter("full", bool, description="true: volledige records met hun aanbod."),
            OpenApiParameter("full_service", bool, description="true: volledige records met volledig aanbod.")],
        responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        organisations = public_organisations()
        for word in request.query_params.get("search", "").split():
            organisations = organisations.filter(Q(name__icontains=word) | Q(description__icontains=word))
        full_service = boolean(request, "full_service")
        if boolean(request, "full") or full_service:
            return paged(request, organisations,
                         lambda o: organization_full_record(o, full_services=full_service))
        return paged(request, organisations, organization_list_record)


class OrganizationDetailView(PublicHsdsView):
    supported = frozenset({"full_service"})

    @extend_schema(
        tags=["hsds"], operation_id="getFullyNestedOrganizationById", summary="HSDS: één organisatie, volledig",
        parameters=[OpenApiParameter("full_service", bool, description="true: met volledig aanbod.")],
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="Een HSDS organization-record."),
                   404: NOT_FOUND})
    def get(self, request, id):  # noqa: A002
        organisation = public_organisations().filter(uuid=_uuid_or_404(id)).first()
        if organisation is None:
            raise NotFound(_("Deze organisatie bestaat niet of heeft geen actief aanbod."))
        full_services = boolean(request, "full_service")
        with translation.override("nl"):
            return Response(organization_full_record(organisation, full_services=full_services))


# --- services at locations -------------------------------------------------------------------------------------
def service_at_location_list_record(link: ServiceAtLocation) -> dict:
    location = {key: value for key, value in location_record(link.location).items() if not isinstance(value, list)}
    return {"id": str(link.uuid), "service_id": str(link.service.uuid), "location_id": str(link.location.uuid),
            **({"description": link.description} if link.description else {}),
            "location": location, "service": service_list_record(link.service)}


def service_at_location_full_record(link: ServiceAtLocation) -> dict:
    record = service_at_location_record(link)
    record["service"] = service_record(link.service, public=True)
    return strip_personal(record)


def active_links() -> QuerySet[ServiceAtLocation]:
    return ServiceAtLocation.objects.filter(service__status=ServiceStatus.ACTIVE).select_related(
        "service__organisation__municipality", "service__intervention", "location__organisation",
        "location__municipality__province",
    ).prefetch_related("service__municipalities", "service__opening_hours",
                       "service__service_at_locations__location__opening_hours",
                       "service__service_at_locations__location__municipality__province",
                       "location__opening_hours").order_by("uuid")


class ServiceAtLocationListView(PublicHsdsView):
    supported = LIST | SERVICE_FILTERS | {"proximity"}

    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfServiceAtLocation",
        summary="HSDS: actief aanbod op locaties, per pagina", parameters=[
            *PAGING, FORMAT, *SERVICE_PARAMETERS,
            OpenApiParameter("proximity", str, description="‘breedtegraad,lengtegraad,meters’: alleen locaties "
                                                           "binnen die afstand van dat punt (WGS84)."),
        ], responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        links = filter_services(request, active_links(), prefix="service__")
        if request.query_params.get("proximity"):
            links = queries.near(links, request.query_params["proximity"])
        render = service_at_location_full_record if boolean(request, "full") else service_at_location_list_record
        return paged(request, links, render)


class ServiceAtLocationDetailView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getFullyNestedServiceAtLocationById",
        summary="HSDS: één aanbod op een locatie, volledig",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="Een HSDS service_at_location-record "
                                                                          "met de volledige locatie en het aanbod."),
                   404: NOT_FOUND})
    def get(self, request, id):  # noqa: A002
        link = active_links().filter(uuid=_uuid_or_404(id)).first()
        if link is None:
            raise NotFound(_("Dit aanbod op deze locatie bestaat niet of is niet actief."))
        with translation.override("nl"):
            return Response(service_at_location_full_record(link))


# --- taxonomies ------------------------------------------------------------------------------------------------
def _matches(record: dict, words: list[str]) -> bool:
    text = " ".join(str(record.get(key, "")) for key in ("name", "description", "code")).lower()
    return all(word.lower() in text for word in words)


def all_taxonomies() -> list[dict]:
    with translation.override("nl"):
        return [taxonomy_record()] + [t.record for t in TaxonomyRecord.objects.filter(
            kind=TaxonomyRecord.Kind.TAXONOMY).order_by("uuid")]


def all_terms() -> list[dict]:
    with translation.override("nl"):
        return [term_record(term, with_taxonomy=False) for term in TERMS.values()] + [
            t.record for t in TaxonomyRecord.objects.filter(kind=TaxonomyRecord.Kind.TERM).order_by("uuid")]


class TaxonomyListView(PublicHsdsView):
    supported = LIST | {"search"}

    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfTaxonomies", summary="HSDS: de taxonomieën",
        parameters=[*PAGING, FORMAT, OpenApiParameter("search", str, description="Zoekwoorden in naam en "
                                                                                  "omschrijving.")],
        responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        words = request.query_params.get("search", "").split()
        records = [record for record in all_taxonomies() if _matches(record, words)]
        return paged(request, records, lambda record: record)


class TaxonomyDetailView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getTaxonomyById", summary="HSDS: één taxonomie",
                   responses={200: OpenApiResponse(OpenApiTypes.OBJECT), 404: NOT_FOUND})
    def get(self, request, id):  # noqa: A002
        wanted = _uuid_or_404(id)
        record = next((record for record in all_taxonomies() if record["id"] == wanted), None)
        if record is None:
            raise NotFound(_("Deze taxonomie bestaat niet."))
        return Response(record)


class TaxonomyTermListView(PublicHsdsView):
    supported = LIST | {"search", "taxonomy_id", "top_only", "parent_id"}

    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfTaxonomyTerms",
        summary="HSDS: de termen van de taxonomieën", parameters=[
            *PAGING, FORMAT,
            OpenApiParameter("search", str, description="Zoekwoorden in naam, omschrijving en code."),
            OpenApiParameter("taxonomy_id", str, description="Alleen de termen van deze taxonomie."),
            OpenApiParameter("top_only", bool, description="true: alleen termen zonder bovenliggende term."),
            OpenApiParameter("parent_id", str, description="Alleen de termen onder deze term."),
        ], responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        params = request.query_params
        terms = [record for record in all_terms() if _matches(record, params.get("search", "").split())]
        if params.get("taxonomy_id"):
            wanted = _uuid_or_400(params["taxonomy_id"], "taxonomy_id")
            terms = [record for record in terms if queries.taxonomy_of(record) == wanted]
        if params.get("parent_id"):
            terms = [record for record in terms if record.get("parent_id") == params["parent_id"]]
        if boolean(request, "top_only"):
            terms = [record for record in terms if not record.get("parent_id")]
        return paged(request, terms, lambda record: record)


class TaxonomyTermDetailView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getTaxonomyTermById", summary="HSDS: één term",
                   responses={200: OpenApiResponse(OpenApiTypes.OBJECT), 404: NOT_FOUND})
    def get(self, request, id):  # noqa: A002
        wanted = _uuid_or_404(id)
        term = TERMS_BY_ID.get(wanted)
        if term is not None:
            with translation.override("nl"):
                return Response(term_record(term))
        stored = TaxonomyRecord.objects.filter(uuid=wanted, kind=TaxonomyRecord.Kind.TERM).first()
        if stored is None:
            raise NotFound(_("Deze term bestaat niet."))
        return Response(stored.record)


class NotFoundView(PublicHsdsView):
    """Any other path under /hsds/: a JSON 404, as an API client expects (not the site's HTML page)."""

    def initial(self, request, *args, **kwargs):
        APIView.initial(self, request, *args, **kwargs)  # whatever the parameters: the path does not exist

    @extend_schema(exclude=True)
    def get(self, request, rest=""):
        raise NotFound(_("Dit pad bestaat niet in de HSDS-API."))
