# SPDX-License-Identifier: EUPL-1.2
"""API to keep the directory: services, locations, opening hours and interventions, plus verify, claim and
capacity actions. Reading is open to every logged-in professional; writes follow apps.directory.access and are
refused with 403 and the reason; bad input gets 400 with the field named (never 500)."""

from __future__ import annotations

import django_filters
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from apps.directory import access
from apps.directory.models import Intervention, Location, OpeningHours, Service
from apps.directory.upkeep import core as upkeep
from apps.directory.upkeep.serializers import (
    CapacitySerializer,
    InterventionSerializer,
    LocationSerializer,
    OpeningHoursSerializer,
    ServiceSerializer,
)


class UuidLookupMixin:
    """A malformed id is an object that is not there: 404 with a reason, not a 400 or 500."""

    lookup_field = "uuid"

    def get_object(self):
        try:
            return super().get_object()
        except (DjangoValidationError, ValueError):
            raise Http404 from None


class ServiceFilter(django_filters.FilterSet):
    mine = django_filters.BooleanFilter(method="filter_mine", label="Alleen aanbod van mijn organisaties")
    editable = django_filters.BooleanFilter(method="filter_editable", label="Alleen aanbod dat ik mag bewerken")
    stale = django_filters.BooleanFilter(method="filter_stale", label="Langer dan een half jaar niet gecontroleerd")
    municipality = django_filters.CharFilter(field_name="municipalities__code", label="CBS-code van de gemeente")

    class Meta:
        model = Service
        fields = ["organisation", "status", "capacity"]

    def filter_mine(self, queryset, name, value):
        own = access.own_services(self.request.user).values("pk")
        return queryset.filter(pk__in=own) if value else queryset.exclude(pk__in=own)

    def filter_editable(self, queryset, name, value):
        editable = access.editable_services(self.request.user).values("pk")
        return queryset.filter(pk__in=editable) if value else queryset.exclude(pk__in=editable)

    def filter_stale(self, queryset, name, value):
        return queryset.filter(upkeep.stale_q()) if value else queryset.exclude(upkeep.stale_q())


class ServiceViewSet(UuidLookupMixin, viewsets.ModelViewSet):
    """Services (aanbod). Writes: see apps/directory/access.py; saving a service by its keeper verifies it."""

    serializer_class = ServiceSerializer
    filterset_class = ServiceFilter
    queryset = Service.objects.select_related("organisation", "intervention").prefetch_related(
        "municipalities", "locations", "opening_hours").order_by("name", "pk")

    def get_queryset(self):
        # municipalities__code joins a many-to-many: one row per service all the same.
        return super().get_queryset().distinct()

    def _refuse(self, service: Service, what: str = "edit"):
        raise exceptions.PermissionDenied(access.denial_reason(self.request.user, service, what))

    @transaction.atomic
    def perform_create(self, serializer):
        user = self.request.user
        organisation = serializer.validated_data["organisation"]
        if not access.can_create_service_for(user, organisation):
            raise exceptions.PermissionDenied("U kunt geen aanbod toevoegen voor deze organisatie.")
        own = organisation.pk in access.organisation_ids(user)
        if not access.may_list_in(user, organisation, serializer.validated_data["municipalities"]):
            raise exceptions.PermissionDenied(
                "Kies minstens één gemeente waarvoor uw coalitie de sociale kaart bijhoudt.")
        service = serializer.save()
        upkeep.mark_verified(service, user)
        if own:
            service.claimed_at, service.claimed_by = service.last_verified_at, user
        service.save()

    @transaction.atomic
    def perform_update(self, serializer):
        if not access.can_edit_service(self.request.user, serializer.instance):
            self._refuse(serializer.instance)
        service = serializer.save()
        upkeep.verify(service, self.request.user)

    def perform_destroy(self, instance):
        if not access.can_edit_service(self.request.user, instance):
            self._refuse(instance)
        instance.delete()

    @extend_schema(request=None, responses=ServiceSerializer, summary="Bevestig dat de vermelding nog klopt")
    @action(detail=True, methods=["post"])
    def verify(self, request, uuid=None):
        service = self.get_object()
        if not access.can_verify(request.user, service):
            self._refuse(service, "verify")
        upkeep.verify(service, request.user)
        return Response(self.get_serializer(service).data)

    @extend_schema(request=None, responses=ServiceSerializer, summary="Claim de vermelding voor uw organisatie")
    @action(detail=True, methods=["post"])
    def claim(self, request, uuid=None):
        service = self.get_object()
        if not access.can_claim(request.user, service):
            self._refuse(service, "claim")
        upkeep.claim(service, request.user)
        return Response(self.get_serializer(service).data)

    @extend_schema(request=CapacitySerializer, responses=CapacitySerializer,
                   summary="Beschikbaarheid: open, wachtlijst (met weken) of vol")
    @action(detail=True, methods=["post"])
    def capacity(self, request, uuid=None):
        service = self.get_object()
        if not access.can_set_capacity(request.user, service):
            self._refuse(service, "capacity")
        serializer = CapacitySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        upkeep.set_capacity(service, request.user, serializer.validated_data["capacity"],
                            serializer.validated_data.get("waiting_weeks"))
        return Response(CapacitySerializer(service).data, status=status.HTTP_200_OK)


class LocationViewSet(UuidLookupMixin, viewsets.ModelViewSet):
    """Locations with their address; the municipality follows from the postcode."""

    serializer_class = LocationSerializer
    queryset = Location.objects.select_related("organisation", "municipality").prefetch_related(
        "opening_hours").order_by("name", "pk")
    filterset_fields = ["organisation", "pc4"]

    def perform_create(self, serializer):
        if not access.may_add_location_for(self.request.user, serializer.validated_data["organisation"]):
            raise exceptions.PermissionDenied("Alleen wie het aanbod van deze organisatie bijhoudt, kan er een "
                                              "locatie aan toevoegen.")
        serializer.save()

    def perform_update(self, serializer):
        if not access.can_edit_location(self.request.user, serializer.instance):
            raise exceptions.PermissionDenied("Alleen wie het aanbod van deze organisatie bijhoudt, kan deze "
                                              "locatie wijzigen.")
        serializer.save()

    def perform_destroy(self, instance):
        if not access.can_edit_location(self.request.user, instance):
            raise exceptions.PermissionDenied("Alleen wie het aanbod van deze organisatie bijhoudt, kan deze "
                                              "locatie verwijderen.")
        instance.delete()


class OpeningHoursViewSet(UuidLookupMixin, viewsets.ModelViewSet):
    """Weekly opening hours of a service or a location."""

    serializer_class = OpeningHoursSerializer
    queryset = OpeningHours.objects.select_related("service", "location").order_by("weekday", "opens_at", "pk")

    def get_queryset(self):
        queryset = super().get_queryset()
        service, location = self.request.query_params.get("service"), self.request.query_params.get("location")
        try:
            if service:
                queryset = queryset.filter(service__uuid=service)
            if location:
                queryset = queryset.filter(location__uuid=location)
            return queryset
        except DjangoValidationError:
            raise exceptions.ValidationError({"service" if service else "location": ["Geen geldige uuid."]}) \
                from None

    def _check(self, service, location) -> None:
        user = self.request.user
        allowed = (access.can_edit_service(user, service) if service is not None
                   else access.can_edit_location(user, location))
        if not allowed:
            raise exceptions.PermissionDenied("U kunt de openingstijden hiervan niet wijzigen.")

    def perform_create(self, serializer):
        data = serializer.validated_data
        self._check(data.get("service"), data.get("location"))
        serializer.save()

    def perform_update(self, serializer):
        self._check(serializer.instance.service, serializer.instance.location)
        data = serializer.validated_data
        if "service" in data or "location" in data:  # moving the row elsewhere needs rights there too
            self._check(data.get("service", serializer.instance.service),
                        data.get("location", serializer.instance.location))
        serializer.save()

    def perform_destroy(self, instance):
        self._check(instance.service, instance.location)
        instance.delete()


class InterventionViewSet(viewsets.ModelViewSet):
    """The national intervention catalogue; read by everyone, kept by the application's administrators."""

    serializer_class = InterventionSerializer
    queryset = Intervention.objects.order_by("name")
    lookup_field = "code"
    filterset_fields = ["recognition", "national"]

    def check_write(self) -> None:
        if not access.may_keep_catalogue(self.request.user):
            raise exceptions.PermissionDenied("De landelijke interventies worden beheerd door de functioneel "
                                              "beheerder.")

    def perform_create(self, serializer):
        self.check_write()
        serializer.save()

    def perform_update(self, serializer):
        self.check_write()
        serializer.save()

    def perform_destroy(self, instance):
        self.check_write()
        if instance.services.exists():
            raise exceptions.ValidationError({"detail": "Er is nog lokaal aanbod van deze interventie."})
        instance.delete()


# Prefixes, in one place for tests/test_isolation_api.py.
ENDPOINTS = {
    "directory/services": ServiceViewSet,
    "directory/locations": LocationViewSet,
    "directory/opening-hours": OpeningHoursViewSet,
    "directory/interventions": InterventionViewSet,
}


def register(router) -> None:
    """Add this part's viewsets to the project's router."""
    for prefix, viewset in ENDPOINTS.items():
        router.register(prefix, viewset, basename=prefix.replace("/", "-"))
