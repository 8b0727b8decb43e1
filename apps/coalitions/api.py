# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django.db import transaction
from rest_framework import exceptions, serializers, viewsets

from apps.coalitions.access import Cap, can, visible_coalitions
from apps.coalitions.choices import Role
from apps.coalitions.forms import attachable_regions
from apps.coalitions.models import Coalition, Membership, Partner
from apps.coalitions.scoped import CoalitionField, CoalitionScopedViewSet
from apps.core.api import ModelCleanMixin
from apps.organisations.models import Organisation
from apps.reference.models import Municipality


class CoalitionSerializer(ModelCleanMixin, serializers.ModelSerializer):
    municipality = serializers.SlugRelatedField(
        slug_field="code", queryset=Municipality.objects.filter(active=True), required=False, allow_null=True,
        help_text="CBS-code, bijvoorbeeld GM0119.",
    )
    municipalities = serializers.SlugRelatedField(
        slug_field="code", queryset=Municipality.objects.filter(active=True), many=True, required=False,
    )

    class Meta:
        model = Coalition
        fields = ["id", "name", "scope", "municipality", "municipalities", "region", "status", "in_talks_since",
                  "preparing_since", "formed_on", "monitoring_participation", "description"]

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is not None:
            current = self.instance.region_id if isinstance(self.instance, Coalition) else None
            fields["region"].queryset = attachable_regions(request.user, current)
        return fields


class CoalitionViewSet(viewsets.ModelViewSet):
    serializer_class = CoalitionSerializer
    filterset_fields = ["scope", "status"]
    # No DELETE: one request would take a coalition with all its actions, partners, budgets and meetings away for
    # good. Removing a coalition is done on its page, after a confirmation (405 here, issue 11).
    http_method_names = ["get", "post", "put", "patch", "head", "options"]

    def get_queryset(self):
        return (visible_coalitions(self.request.user).select_related("municipality")
                .prefetch_related("municipalities").order_by("name"))

    @transaction.atomic
    def perform_create(self, serializer):
        coalition = serializer.save()
        Membership.objects.create(coalition=coalition, user=self.request.user,
                                  role=Role.REGIONAL_COORDINATOR if coalition.is_regional else Role.PROJECT_LEAD)

    def perform_update(self, serializer):
        if not can(self.request.user, serializer.instance, Cap.MANAGE):
            raise exceptions.PermissionDenied("Alleen de projectleider of regiocoördinator wijzigt de coalitie.")
        serializer.save()



class PartnerSerializer(ModelCleanMixin, serializers.ModelSerializer):
    coalition = CoalitionField()
    organisation = serializers.PrimaryKeyRelatedField(queryset=Organisation.objects.all())
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)

    class Meta:
        model = Partner
        fields = ["id", "coalition", "organisation", "organisation_name", "domain", "partner_type", "contact_name",
                  "contact_email", "contact_phone", "joined_on", "covenant_signed"]


class PartnerViewSet(CoalitionScopedViewSet):
    queryset = Partner.objects.select_related("organisation").order_by("pk")
    serializer_class = PartnerSerializer
    filterset_fields = ["coalition", "domain", "partner_type"]
