# SPDX-License-Identifier: EUPL-1.2
"""Serializers of the upkeep API (services, locations, opening hours, capacity, interventions).

Field checks only; who may write is decided by the viewsets in upkeep/api.py through apps.directory.access."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from apps.core.api import ModelCleanMixin
from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.models import Intervention, Location, OpeningHours, Service, ServiceAtLocation
from apps.directory.upkeep import core as upkeep
from apps.directory.upkeep.forms import LANGUAGES, normalise_postcode
from apps.organisations.models import Organisation
from apps.reference import places
from apps.reference.models import Municipality


def _codes(choices, label: str) -> serializers.ListField:
    return serializers.ListField(child=serializers.ChoiceField(choices=choices), required=False, help_text=label)


class OpeningHoursSerializer(ModelCleanMixin, serializers.ModelSerializer):
    service = serializers.SlugRelatedField(slug_field="uuid", queryset=Service.objects.all(), required=False,
                                           allow_null=True)
    location = serializers.SlugRelatedField(slug_field="uuid", queryset=Location.objects.all(), required=False,
                                            allow_null=True)

    class Meta:
        model = OpeningHours
        fields = ["uuid", "service", "location", "weekday", "opens_at", "closes_at", "note"]
        read_only_fields = ["uuid"]

    def validate(self, attrs):
        attrs = super().validate(attrs)
        service = attrs.get("service", getattr(self.instance, "service", None))
        location = attrs.get("location", getattr(self.instance, "location", None))
        if (service is None) == (location is None):
            raise serializers.ValidationError({"non_field_errors": [
                "Geef openingstijden van óf een aanbod (service) óf een locatie (location)."]})
        return attrs


class NestedHoursSerializer(serializers.ModelSerializer):
    class Meta:
        model = OpeningHours
        fields = ["uuid", "weekday", "opens_at", "closes_at", "note"]


class ServiceSerializer(ModelCleanMixin, serializers.ModelSerializer):
    organisation = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    intervention = serializers.SlugRelatedField(slug_field="code", queryset=Intervention.objects.all(),
                                                required=False, allow_null=True)
    phases = _codes(Phase.choices, "Fasen: before, during, after.")
    situations = _codes(VulnerabilityFactor.choices, "Kwetsbare situaties (codes).")
    languages = _codes(LANGUAGES, "Talen (ISO 639-1).")
    municipalities = serializers.SlugRelatedField(slug_field="code", many=True,
                                                  queryset=Municipality.objects.filter(active=True))
    locations = serializers.SlugRelatedField(slug_field="uuid", many=True, required=False,
                                             queryset=Location.objects.all())
    opening_hours = NestedHoursSerializer(many=True, read_only=True)
    claimed = serializers.SerializerMethodField()
    stale = serializers.SerializerMethodField()

    class Meta:
        model = Service
        fields = [
            "uuid", "organisation", "intervention", "name", "alternate_name", "description", "status",
            "phases", "situations", "minimum_age", "maximum_age", "pregnancy_week_from", "pregnancy_week_to",
            "child_age_months_to", "eligibility", "languages", "free_of_charge", "cost_description",
            "self_registration", "referral_required", "application_process", "email", "phone", "url",
            "municipalities", "locations", "opening_hours",
            "capacity", "waiting_weeks", "capacity_updated_at", "last_verified_at", "claimed", "claimed_at",
            "stale", "updated_at",
        ]
        read_only_fields = ["uuid", "capacity", "waiting_weeks", "capacity_updated_at", "last_verified_at",
                            "claimed_at", "updated_at"]

    def get_claimed(self, service: Service) -> bool:
        return service.claimed_at is not None

    def get_stale(self, service: Service) -> bool:
        return upkeep.is_stale(service)

    def validate_municipalities(self, value):
        if not value:
            raise serializers.ValidationError("Kies minstens één gemeente.")
        return value

    def validate(self, attrs):
        # The model's clean() runs on a copy of the instance; the reverse many-to-many cannot be set on it.
        locations = attrs.pop("locations", None)
        attrs = super().validate(attrs)
        if locations is not None:
            attrs["locations"] = locations
        if self.instance is not None and "organisation" in attrs and attrs["organisation"] != self.instance.organisation:
            raise serializers.ValidationError({"organisation": [
                "Aanbod verhuist niet naar een andere organisatie; maak een nieuwe vermelding."]})
        organisation = attrs.get("organisation") or getattr(self.instance, "organisation", None)
        locations = attrs.get("locations")
        if organisation is not None and locations and any(
                location.organisation_id != organisation.pk for location in locations):
            raise serializers.ValidationError({"locations": ["Kies alleen locaties van deze organisatie."]})
        return attrs

    def _save(self, service: Service, locations) -> None:
        if locations is None:
            return
        wanted = set(locations)
        ServiceAtLocation.objects.filter(service=service).exclude(location__in=wanted).delete()
        for location in wanted - set(service.locations.all()):
            ServiceAtLocation.objects.create(service=service, location=location)

    def create(self, validated_data):
        locations = validated_data.pop("locations", None)
        service = super().create(validated_data)
        self._save(service, locations)
        return service

    def update(self, instance, validated_data):
        locations = validated_data.pop("locations", None)
        service = super().update(instance, validated_data)
        self._save(service, locations)
        return service


class LocationSerializer(serializers.ModelSerializer):
    organisation = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    municipality = serializers.SlugRelatedField(slug_field="code", read_only=True)
    opening_hours = NestedHoursSerializer(many=True, read_only=True)

    class Meta:
        model = Location
        fields = ["uuid", "organisation", "name", "description", "address_1", "postcode", "city", "pc4",
                  "municipality", "latitude", "longitude", "accessibility", "transportation", "opening_hours"]
        read_only_fields = ["uuid", "pc4"]
        # Coordinates outside the earth would put the location nowhere on a map (and break HSDS consumers).
        extra_kwargs = {"postcode": {"required": True, "allow_blank": False},
                        "latitude": {"min_value": -90, "max_value": 90},
                        "longitude": {"min_value": -180, "max_value": 180}}

    def validate_postcode(self, value: str) -> str:
        try:
            postcode, pc4 = normalise_postcode(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc
        municipality = places.main_municipality(pc4)
        if municipality is None:
            raise serializers.ValidationError(f"Postcode {postcode} kennen we niet. Controleer de vier cijfers.")
        self._derived = {"pc4": pc4, "municipality": municipality}
        return postcode

    def validate(self, attrs):
        attrs = super().validate(attrs)
        if self.instance is not None and "organisation" in attrs and attrs["organisation"] != self.instance.organisation:
            raise serializers.ValidationError({"organisation": ["Een locatie verhuist niet naar een andere "
                                                                "organisatie."]})
        attrs.update(getattr(self, "_derived", {}))
        if not attrs.get("city") and "municipality" in attrs and not getattr(self.instance, "city", ""):
            attrs["city"] = attrs["municipality"].name
        return attrs


class CapacitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Service
        fields = ["capacity", "waiting_weeks", "capacity_updated_at"]
        read_only_fields = ["capacity_updated_at"]
        extra_kwargs = {"capacity": {"required": True}, "waiting_weeks": {"max_value": 104}}

    def validate(self, attrs):
        if attrs.get("capacity") == "waiting_list" and attrs.get("waiting_weeks") is None:
            raise serializers.ValidationError({"waiting_weeks": [
                "Geef bij een wachtlijst de verwachte wachttijd in weken."]})
        return attrs


class InterventionSerializer(serializers.ModelSerializer):
    phases = _codes(Phase.choices, "Fasen.")
    situations = _codes(VulnerabilityFactor.choices, "Kwetsbare situaties.")

    class Meta:
        model = Intervention
        fields = ["code", "name", "summary", "target_group", "phases", "situations", "provider_types",
                  "provider_description", "recognition", "recognition_source", "website", "national"]
