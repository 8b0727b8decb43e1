# SPDX-License-Identifier: EUPL-1.2
"""API of the search: professional search (login), the public search for parents (no login, throttled) and the
intervention catalogue (read). Query parameters are validated by the page forms, so errors read the same."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import permissions, serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle

from apps.directory.choices import Phase, ServiceStatus, VulnerabilityFactor
from apps.directory.models import Intervention, Service
from apps.directory.search.display import LANGUAGE_NAMES, capacity_text, how_to_apply
from apps.directory.search.forms import SearchForm

MAX_LIMIT = 100
DEFAULT_LIMIT = 20


class PublicServiceSerializer(serializers.Serializer):
    """What anyone may see of a service: no staff, no upkeep details."""

    id = serializers.UUIDField(source="uuid")
    name = serializers.CharField()
    organisation = serializers.CharField(source="organisation.name")
    description = serializers.CharField()
    phases = serializers.ListField(child=serializers.ChoiceField(choices=Phase.choices))
    situations = serializers.ListField(child=serializers.ChoiceField(choices=VulnerabilityFactor.choices))
    languages = serializers.ListField(child=serializers.CharField())
    free_of_charge = serializers.BooleanField()
    cost_description = serializers.CharField()
    self_registration = serializers.BooleanField()
    referral_required = serializers.BooleanField()
    how_to_apply = serializers.CharField(help_text="Hoe aanmelden, in één zin.")
    capacity = serializers.CharField(help_text="open, waiting_list of full")
    capacity_text = serializers.CharField()
    waiting_weeks = serializers.IntegerField(allow_null=True)
    phone = serializers.CharField()
    email = serializers.CharField()
    url = serializers.CharField()


class ServiceResultSerializer(PublicServiceSerializer):
    """For professionals also the intervention and when the entry was last verified."""

    intervention = serializers.CharField(source="intervention.code", allow_null=True)
    last_verified_at = serializers.DateTimeField(allow_null=True)
    application_process = serializers.CharField()


def public_service_data(service: Service) -> dict:
    """The serializer's fields, built directly: the search answers in milliseconds and should stay that way."""
    return {
        "id": str(service.uuid), "name": service.name, "organisation": service.organisation.name,
        "description": service.description, "phases": service.phases, "situations": service.situations,
        "languages": service.languages, "free_of_charge": service.free_of_charge,
        "cost_description": service.cost_description, "self_registration": service.self_registration,
        "referral_required": service.referral_required, "how_to_apply": how_to_apply(service),
        "capacity": service.capacity, "capacity_text": capacity_text(service),
        "waiting_weeks": service.waiting_weeks, "phone": service.phone, "email": service.email, "url": service.url,
    }


def service_result_data(service: Service) -> dict:
    data = public_service_data(service)
    data["intervention"] = service.intervention.code if service.intervention_id else None
    data["last_verified_at"] = service.last_verified_at.isoformat() if service.last_verified_at else None
    data["application_process"] = service.application_process
    return data


# A list action answers one object (count + results), not an array: many=False keeps the schema true to it.
@extend_schema_serializer(many=False)
class SearchResponseSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    results = ServiceResultSerializer(many=True)


@extend_schema_serializer(many=False)
class PublicSearchResponseSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    results = PublicServiceSerializer(many=True)


SEARCH_PARAMETERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Zoekwoorden (Nederlandse woordstammen, typefouten mogen)."),
    OpenApiParameter("municipality", OpenApiTypes.STR, description="CBS-gemeentecode, bijvoorbeeld GM0119."),
    OpenApiParameter("postcode", OpenApiTypes.STR, description="Postcode (vier cijfers volstaan)."),
    OpenApiParameter("phase", OpenApiTypes.STR, enum=Phase.values),
    OpenApiParameter("situation", OpenApiTypes.STR, enum=VulnerabilityFactor.values),
    OpenApiParameter("self_registration", OpenApiTypes.STR, enum=["true", "false"]),
    OpenApiParameter("language", OpenApiTypes.STR, enum=list(LANGUAGE_NAMES)),
    OpenApiParameter("free", OpenApiTypes.BOOL, description="Alleen gratis aanbod."),
    OpenApiParameter("limit", OpenApiTypes.INT, description=f"Hoeveel resultaten (1–{MAX_LIMIT}, standaard "
                                                            f"{DEFAULT_LIMIT})."),
]


def run_search(request) -> list[Service]:
    """Validate the query parameters with the page's form; 400 with the form's Dutch messages otherwise."""
    params = request.query_params
    form = SearchForm(params, request=request)
    errors = {} if form.is_valid() else dict(form.errors)
    limit = DEFAULT_LIMIT
    if params.get("limit"):
        try:
            limit = int(params["limit"])
        except ValueError:
            limit = 0
        if not 1 <= limit <= MAX_LIMIT:
            errors["limit"] = [_("Kies een aantal van 1 tot en met %(max)s.") % {"max": MAX_LIMIT}]
    if errors:
        raise ValidationError(errors)
    return form.search(limit=limit)


class DirectorySearchViewSet(viewsets.ViewSet):
    """Search the social map (every logged-in professional)."""

    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(parameters=SEARCH_PARAMETERS, responses=SearchResponseSerializer,
                   summary="Aanbod zoeken (professionals)")
    def list(self, request):
        results = run_search(request)
        return Response({"count": len(results), "results": [service_result_data(s) for s in results]})


class PublicSearchThrottle(AnonRateThrottle):
    scope = "directory_public"

    def get_rate(self) -> str:
        return getattr(settings, "DIRECTORY_PUBLIC_SEARCH_RATE", "120/minute")


class PublicServiceViewSet(viewsets.ViewSet):
    """The public search for parents: no login, only active services, no personal data; throttled per address."""

    permission_classes = [permissions.AllowAny]
    authentication_classes: list = []  # nothing personal to authenticate for; no session, no CSRF
    throttle_classes = [PublicSearchThrottle]
    lookup_field = "uuid"
    lookup_value_regex = "[0-9a-fA-F-]{36}"

    @extend_schema(parameters=SEARCH_PARAMETERS, responses=PublicSearchResponseSerializer,
                   summary="Hulp zoeken (openbaar)", auth=[])
    def list(self, request):
        results = run_search(request)
        return Response({"count": len(results), "results": [public_service_data(s) for s in results]})

    @extend_schema(responses=PublicServiceSerializer, summary="Eén aanbod (openbaar)", auth=[])
    def retrieve(self, request, uuid=None):
        service = get_object_or_404(Service.objects.select_related("organisation"),
                                    uuid=uuid, status=ServiceStatus.ACTIVE)
        return Response(public_service_data(service))


class CatalogueEntrySerializer(serializers.ModelSerializer):
    recognition_label = serializers.CharField(source="get_recognition_display", read_only=True)

    class Meta:
        model = Intervention
        fields = ["code", "name", "summary", "target_group", "phases", "situations", "provider_types",
                  "provider_description", "recognition", "recognition_label", "recognition_source", "website",
                  "national"]


class InterventionCatalogueViewSet(viewsets.ReadOnlyModelViewSet):
    """The national intervention catalogue (read)."""

    queryset = Intervention.objects.all()
    serializer_class = CatalogueEntrySerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_field = "code"
    pagination_class = None


def register(router) -> None:
    """Add this part's viewsets to the project's router."""
    router.register("directory/search", DirectorySearchViewSet, basename="directory-search")
    router.register("directory/catalogue", InterventionCatalogueViewSet, basename="directory-catalogue")
    router.register("public/services", PublicServiceViewSet, basename="public-service")
