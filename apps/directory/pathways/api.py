# SPDX-License-Identifier: EUPL-1.2
"""API of the care pathways (read for members, write for editors), the lookup, the client route and the regional
social map. Coalition isolation as everywhere: a coalition the user cannot see does not exist (404)."""

from __future__ import annotations

from django.db import transaction
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_serializer
from rest_framework import serializers, viewsets
from rest_framework.response import Response

from apps.coalitions.choices import PartnerType
from apps.coalitions.models import Coalition
from apps.coalitions.scoped import CoalitionField, CoalitionScopedViewSet
from apps.directory import access
from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.models import CarePathway, PathwayStep, Service
from apps.directory.pathways import clientroute, regional
from apps.directory.pathways import core as pathways
from apps.organisations.models import Organisation
from apps.reference import places
from apps.reference.models import Municipality

# --------------------------------------------------------------------------------------------------------------
# Contact data, as a referrer needs it
# --------------------------------------------------------------------------------------------------------------


class ServiceContactSerializer(serializers.ModelSerializer):
    organisation = serializers.CharField(source="organisation.name", read_only=True)
    # Plain codes: the search API's schema owns the enums of these vocabularies.
    status = serializers.CharField(read_only=True, help_text="HSDS-status: active, temporarily closed, inactive, "
                                                             "defunct.")
    capacity = serializers.CharField(read_only=True, help_text="open, waiting_list of full.")

    class Meta:
        model = Service
        fields = ["uuid", "name", "organisation", "status", "phone", "email", "url", "capacity", "waiting_weeks",
                  "self_registration", "referral_required", "last_verified_at"]
        read_only_fields = fields


class OrganisationContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["id", "name", "phone", "email", "website"]
        read_only_fields = fields


class MunicipalitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Municipality
        fields = ["code", "name"]
        read_only_fields = fields


# --------------------------------------------------------------------------------------------------------------
# Care pathways with their steps
# --------------------------------------------------------------------------------------------------------------


# The vocabularies below are enums elsewhere in the schema already (partners, search); here they are documented
# as codes, so that each choice set keeps one enum name in the schema (drf-spectacular warns otherwise).
@extend_schema_field({"type": "string", "description": "Type organisatie: de codes van PartnerTypeEnum, of leeg."})
class PartnerTypeField(serializers.ChoiceField):
    pass


@extend_schema_field({"type": "string", "description": "Kwetsbare situatie: " + ", ".join(VulnerabilityFactor.values)})
class SituationField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=VulnerabilityFactor.choices, **kwargs)


@extend_schema_field({"type": "string", "description": "Fase: " + ", ".join(Phase.values)})
class PhaseField(serializers.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(choices=Phase.choices, **kwargs)


class PathwayStepSerializer(serializers.ModelSerializer):
    responsible_type = PartnerTypeField(choices=PartnerType.choices, allow_blank=True, required=False)
    services = serializers.PrimaryKeyRelatedField(many=True, queryset=Service.objects.all(), required=False)
    responsible_contact = OrganisationContactSerializer(source="responsible", read_only=True)
    service_details = ServiceContactSerializer(source="services", many=True, read_only=True)

    class Meta:
        model = PathwayStep
        fields = ["id", "order", "kind", "title", "description", "responsible", "responsible_type", "services",
                  "responsible_contact", "service_details"]
        read_only_fields = ["id", "order"]

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if not attrs.get("responsible") and not attrs.get("responsible_type"):
            raise serializers.ValidationError(
                {"responsible": "Kies de verantwoordelijke organisatie of het type organisatie."})
        return attrs


class CarePathwaySerializer(serializers.ModelSerializer):
    """Writing `steps` replaces all steps; their order is the order of the list."""

    coalition = CoalitionField()
    situation = SituationField()
    steps = PathwayStepSerializer(many=True, required=False)

    class Meta:
        model = CarePathway
        fields = ["id", "coalition", "situation", "title", "summary", "updated_at", "steps"]
        read_only_fields = ["id", "updated_at"]
        validators = []  # one pathway per situation is checked in validate(), with a Dutch message on `situation`

    def validate(self, attrs):
        attrs = super().validate(attrs)
        coalition = attrs.get("coalition") or (self.instance.coalition if self.instance else None)
        situation = attrs.get("situation") or (self.instance.situation if self.instance else None)
        if coalition is not None and situation and CarePathway.objects.filter(
                coalition=coalition, situation=situation).exclude(pk=getattr(self.instance, "pk", None)).exists():
            raise serializers.ValidationError({"situation": "Deze coalitie heeft al een zorgpad voor deze situatie."})
        if coalition is not None and attrs.get("steps"):
            allowed = set(pathways.services_for_steps(coalition).values_list("pk", flat=True))
            errors = []
            for step in attrs["steps"]:
                outside = [s.pk for s in step.get("services", []) if s.pk not in allowed]
                errors.append({"services": [f"Aanbod {pk} dekt het werkgebied van de coalitie niet."
                                            for pk in outside]} if outside else {})
            if any(errors):
                raise serializers.ValidationError({"steps": errors})
        return attrs

    def _write_steps(self, pathway: CarePathway, steps: list[dict]) -> None:
        pathway.steps.all().delete()
        for number, data in enumerate(steps, start=1):
            services = data.pop("services", [])
            step = PathwayStep.objects.create(pathway=pathway, order=number, **data)
            step.services.set(services)

    @transaction.atomic
    def create(self, validated_data):
        steps = validated_data.pop("steps", [])
        pathway = super().create(validated_data)
        self._write_steps(pathway, steps)
        return pathway

    @transaction.atomic
    def update(self, instance, validated_data):
        steps = validated_data.pop("steps", None)
        pathway = super().update(instance, validated_data)
        if steps is not None:
            self._write_steps(pathway, steps)
        return pathway


class CarePathwayViewSet(CoalitionScopedViewSet):
    queryset = (CarePathway.objects.select_related("coalition").prefetch_related(pathways.steps_with_contacts())
                .order_by("coalition", "title", "pk"))
    serializer_class = CarePathwaySerializer
    filterset_fields = ["coalition", "situation"]


# --------------------------------------------------------------------------------------------------------------
# The lookup
# --------------------------------------------------------------------------------------------------------------


class LookupQuerySerializer(serializers.Serializer):
    situation = SituationField()
    municipality = serializers.SlugRelatedField(slug_field="code", queryset=Municipality.objects.filter(active=True),
                                                required=False, help_text="CBS-code, bijvoorbeeld GM0119.")
    postcode = serializers.CharField(required=False, max_length=7, help_text="Bijvoorbeeld 7941 of 7941 AB.")

    def validate(self, attrs):
        if attrs.get("postcode"):
            if not places.looks_like_postcode(attrs["postcode"]):
                raise serializers.ValidationError({"postcode": "Vul een postcode in als 1234 of 1234 AB."})
            found = places.main_municipality(attrs["postcode"])
            if found is None:
                raise serializers.ValidationError({"postcode": "Deze postcode kennen we niet."})
            attrs["municipality"] = found
        elif not attrs.get("municipality"):
            raise serializers.ValidationError({"municipality": "Geef een gemeente (CBS-code) of een postcode."})
        return attrs


class LookupPathwaySerializer(serializers.ModelSerializer):
    coalition = serializers.CharField(source="coalition.name", read_only=True)
    situation = SituationField(read_only=True)
    steps = PathwayStepSerializer(many=True, read_only=True)

    class Meta:
        model = CarePathway
        fields = ["id", "coalition", "situation", "title", "summary", "updated_at", "steps"]
        read_only_fields = fields


@extend_schema_serializer(many=False)  # the lookup answers one object, although it is a list action
class LookupResultSerializer(serializers.Serializer):
    situation = SituationField()
    municipality = MunicipalitySerializer()
    pathway = LookupPathwaySerializer(allow_null=True)
    message = serializers.CharField()
    other_services = ServiceContactSerializer(many=True)


class PathwayLookupViewSet(viewsets.ViewSet):
    """The care pathway that applies to a situation in a municipality, for every logged-in professional."""

    @extend_schema(parameters=[LookupQuerySerializer], responses=LookupResultSerializer)
    def list(self, request):
        query = LookupQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        result = pathways.lookup(query.validated_data["situation"], query.validated_data["municipality"])
        message = "" if result.pathway else (
            f"Voor deze situatie is in {result.municipality.name} (nog) geen zorgpad afgesproken.")
        return Response(LookupResultSerializer({
            "situation": result.situation, "municipality": result.municipality, "pathway": result.pathway,
            "message": message, "other_services": result.other_services}).data)


# --------------------------------------------------------------------------------------------------------------
# Client route and regional map of a coalition (retrieve by the coalition's id)
# --------------------------------------------------------------------------------------------------------------


class ServiceNameSerializer(serializers.Serializer):
    uuid = serializers.UUIDField()
    name = serializers.CharField()


class GapCellSerializer(serializers.Serializer):
    phase = PhaseField()
    situation = SituationField()
    count = serializers.IntegerField()
    is_gap = serializers.BooleanField()
    services = ServiceNameSerializer(many=True)
    note = serializers.CharField(source="note.note", default="")
    action = serializers.IntegerField(source="note.action_id", default=None, allow_null=True)


class ClientRouteSerializer(serializers.Serializer):
    coalition = serializers.IntegerField(source="coalition.pk")
    municipality = MunicipalitySerializer()
    gap_count = serializers.IntegerField()
    cells = GapCellSerializer(many=True)


_COALITION_ID = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH, description="Id van de coalitie.")


def _visible_coalition(request, pk) -> Coalition:
    try:
        return access.readable_coalitions(request.user).get(pk=int(pk))
    except (ValueError, TypeError, OverflowError, Coalition.DoesNotExist):
        raise Http404 from None


class ClientRouteViewSet(viewsets.ViewSet):
    """Phases × situations with the services in each cell, for a municipality of the coalition."""

    @extend_schema(parameters=[_COALITION_ID, OpenApiParameter("municipality", OpenApiTypes.STR, description=(
        "CBS-code van een gemeente van de coalitie; standaard de eerste."))], responses=ClientRouteSerializer)
    def retrieve(self, request, pk=None):
        coalition = _visible_coalition(request, pk)
        municipality = clientroute.member_municipality(coalition, request.query_params.get("municipality"))
        return Response(ClientRouteSerializer(clientroute.build(coalition, municipality)).data)


class OfferCellSerializer(serializers.Serializer):
    municipality = serializers.CharField(source="municipality.code")
    status = serializers.CharField()
    source = serializers.CharField()
    note = serializers.CharField()
    services = ServiceNameSerializer(many=True)


class OfferRowSerializer(serializers.Serializer):
    intervention = serializers.CharField(source="intervention.code")
    name = serializers.CharField(source="intervention.name")
    offered = serializers.IntegerField()
    planned = serializers.IntegerField()
    cells = OfferCellSerializer(many=True)


class ColumnTotalSerializer(serializers.Serializer):
    municipality = serializers.CharField(source="municipality.code")
    offered = serializers.IntegerField()
    planned = serializers.IntegerField()


class RegionalMapSerializer(serializers.Serializer):
    coalition = serializers.IntegerField(source="coalition.pk")
    municipalities = MunicipalitySerializer(many=True)
    rows = OfferRowSerializer(many=True)
    column_totals = ColumnTotalSerializer(many=True)


class RegionalMapViewSet(viewsets.ViewSet):
    """Catalogue interventions × member municipalities of a regional coalition (offered / planned / not)."""

    @extend_schema(parameters=[_COALITION_ID], responses=RegionalMapSerializer)
    def retrieve(self, request, pk=None):
        coalition = _visible_coalition(request, pk)
        if not coalition.is_regional:
            raise Http404
        return Response(RegionalMapSerializer(regional.build(coalition)).data)


def register(router) -> None:
    """Add this part's viewsets to the project's router."""
    router.register("care-pathways", CarePathwayViewSet, basename="care-pathway")
    router.register("pathway-lookup", PathwayLookupViewSet, basename="pathway-lookup")
    router.register("client-routes", ClientRouteViewSet, basename="client-route")
    router.register("regional-maps", RegionalMapViewSet, basename="regional-map")
