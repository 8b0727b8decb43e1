# SPDX-License-Identifier: EUPL-1.2
"""The HSDS 3.0 API (`/hsds/…`): public, read-only, active services only, no staff personal data.

Required endpoints of the HSDS 3.0 API: `/` (API info), `/services` (paged as HSDS's Page object),
`/services/{id}`; plus `/service_at_locations` with the `postcode` filter (a PC4 or a full postcode: the
services whose service area, i.e. the municipalities they cover, includes that postcode), and the Kansrijk
taxonomy at `/taxonomies` and `/taxonomy_terms`. Responses validate against the official schemas (tests).
"""

from __future__ import annotations

import uuid

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.directory.choices import ServiceStatus
from apps.directory.exchange.hsds.export import services_for_export
from apps.directory.exchange.hsds.mapping import location_record, service_list_record, service_record
from apps.directory.exchange.hsds.taxonomy import TAXONOMY_ID, TERMS, TERMS_BY_ID, taxonomy_record, term_record
from apps.directory.models import ServiceAtLocation
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


class PublicHsdsView(APIView):
    permission_classes = [AllowAny]
    authentication_classes: list = []  # public and read-only: no session, no CSRF, no personal data


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


class ServiceListView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfServices", summary="HSDS: actief aanbod, per pagina", parameters=[
        *PAGING,
        OpenApiParameter("search", str, description="Zoekwoorden (alle woorden moeten voorkomen)."),
        OpenApiParameter("organization_id", str, description="Alleen aanbod van deze organisatie (id)."),
        OpenApiParameter("taxonomy_term_id", str, description="Alleen aanbod met deze Kansrijk-term (fase of "
                                                              "kwetsbare situatie)."),
        OpenApiParameter("modified_after", str, description="Alleen aanbod gewijzigd na dit tijdstip (ISO 8601)."),
        OpenApiParameter("postcode", str, description="Alleen aanbod voor deze postcode (PC4 of volledig)."),
        OpenApiParameter("full", bool, description="true: volledige records (zoals /services/{id})."),
    ], responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        services = self.filter(request, active_services())
        full = request.query_params.get("full", "").lower() == "true"
        render = (lambda s: service_record(s, public=True)) if full else service_list_record
        return Response(page_of(request, services, render))

    def filter(self, request, services: QuerySet) -> QuerySet:
        params = request.query_params
        if "\x00" in params.get("search", ""):  # PostgreSQL text cannot hold it; no document contains it
            raise ValidationError({"detail": _("‘search’ bevat een ongeldig teken.")})
        for word in params.get("search", "").split():
            services = services.filter(search_document__icontains=word)
        if params.get("organization_id"):
            services = services.filter(organisation__uuid=_uuid_or_400(params["organization_id"], "organization_id"))
        if params.get("taxonomy_term_id"):
            term = TERMS_BY_ID.get(params["taxonomy_term_id"])
            if term is None or not term.code.startswith(("phase-", "situation-")):
                return services.none()
            field, value = term.code.split("-", 1)
            # The JSON list as text contains the quoted code; this works the same on PostgreSQL and SQLite.
            services = services.filter(**{f"{field}s__icontains": f'"{value}"'})
        if params.get("modified_after"):
            try:
                moment = parse_datetime(params["modified_after"])
            except ValueError:  # well-formed but impossible, e.g. month 13
                moment = None
            if moment is not None and timezone.is_naive(moment):
                moment = timezone.make_aware(moment)
            if moment is None:
                raise ValidationError({"detail": _("‘modified_after’ is geen tijdstip (ISO 8601).")})
            services = services.filter(updated_at__gte=moment)
        municipalities = _postcode_municipalities(request)
        if municipalities is not None:
            services = services.filter(municipalities__in=municipalities).distinct()
        return services


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


def service_at_location_list_record(link: ServiceAtLocation) -> dict:
    location = {key: value for key, value in location_record(link.location).items() if not isinstance(value, list)}
    return {"id": str(link.uuid), "service_id": str(link.service.uuid), "location_id": str(link.location.uuid),
            **({"description": link.description} if link.description else {}),
            "location": location, "service": service_list_record(link.service)}


class ServiceAtLocationListView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfServiceAtLocation",
        summary="HSDS: actief aanbod op locaties, per pagina", parameters=[
        *PAGING,
        OpenApiParameter("postcode", str, description="Alleen aanbod voor deze postcode: een PC4 (7941) of een "
                                                      "volledige postcode (7941 AB); het aanbod dekt de gemeente "
                                                      "van die postcode."),
        OpenApiParameter("organization_id", str, description="Alleen aanbod van deze organisatie (id)."),
    ], responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        links = ServiceAtLocation.objects.filter(service__status=ServiceStatus.ACTIVE).select_related(
            "service__organisation__municipality", "service__intervention", "location__organisation",
            "location__municipality__province",
        ).prefetch_related("service__municipalities", "service__opening_hours",
                           "service__service_at_locations__location__opening_hours",
                           "service__service_at_locations__location__municipality__province",
                           "location__opening_hours").order_by("uuid")
        municipalities = _postcode_municipalities(request)
        if municipalities is not None:
            links = links.filter(service__municipalities__in=municipalities).distinct()
        if request.query_params.get("organization_id"):
            organisation = _uuid_or_400(request.query_params["organization_id"], "organization_id")
            links = links.filter(service__organisation__uuid=organisation)
        return Response(page_of(request, links, service_at_location_list_record))


class TaxonomyListView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfTaxonomies", summary="HSDS: de Kansrijk-taxonomie", parameters=PAGING,
                   responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        return Response(page_of(request, [TAXONOMY_ID], lambda _id: taxonomy_record()))


class TaxonomyDetailView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getTaxonomyById", summary="HSDS: één taxonomie",
                   responses={200: OpenApiResponse(OpenApiTypes.OBJECT), 404: NOT_FOUND})
    def get(self, request, id):  # noqa: A002
        if _uuid_or_404(id) != str(TAXONOMY_ID):
            raise NotFound(_("Deze taxonomie bestaat niet."))
        with translation.override("nl"):
            return Response(taxonomy_record())


class TaxonomyTermListView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getPaginatedListOfTaxonomyTerms",
        summary="HSDS: de termen van de Kansrijk-taxonomie", parameters=[
        *PAGING, OpenApiParameter("parent_id", str, description="Alleen de termen onder deze term."),
    ], responses={200: PAGE, 400: BAD_REQUEST})
    def get(self, request):
        terms = list(TERMS.values())
        parent = request.query_params.get("parent_id")
        if parent:
            terms = [term for term in terms if term.parent and TERMS[term.parent].id == parent]
        return Response(page_of(request, terms, lambda term: term_record(term, with_taxonomy=False)))


class TaxonomyTermDetailView(PublicHsdsView):
    @extend_schema(
        tags=["hsds"], operation_id="getTaxonomyTermById", summary="HSDS: één term van de Kansrijk-taxonomie",
                   responses={200: OpenApiResponse(OpenApiTypes.OBJECT), 404: NOT_FOUND})
    def get(self, request, id):  # noqa: A002
        term = TERMS_BY_ID.get(_uuid_or_404(id))
        if term is None:
            raise NotFound(_("Deze term bestaat niet."))
        with translation.override("nl"):
            return Response(term_record(term))


