# SPDX-License-Identifier: EUPL-1.2
"""The case flow's API, under the same rules as the pages: relation, second factor, an access record per read.

Session clients that logged in with a second factor see their cases; Basic-authenticated clients never carry one,
so they see none (the list is empty, a case answers 404). A signal is posted with the fields of the signal form and
checked by the same form, so page and API refuse the same input with the same Dutch reasons.
"""

from __future__ import annotations

from django.db.models import Q
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response

from apps.cases import audit, flow
from apps.cases.access import (
    CASE_POLICY,
    basis_of,
    is_verified,
    relations,
    visible_cases,
    visible_hubs,
    with_relations,
)
from apps.cases.choices import AccessAction, ReferralMode, ReferralStatus
from apps.cases.forms import SignalForm
from apps.cases.models import Case, Hub, Referral


class CaseSerializer(serializers.ModelSerializer):
    """Identifying fields are null unless consent is given (they are not kept then either)."""

    hub = serializers.PrimaryKeyRelatedField(read_only=True)
    care_coordinator = serializers.StringRelatedField()
    full_name = serializers.CharField(allow_null=True)
    date_of_birth = serializers.DateField(allow_null=True)
    phone = serializers.CharField(allow_null=True)
    email = serializers.CharField(allow_null=True)
    postcode = serializers.CharField(allow_null=True)

    class Meta:
        model = Case
        fields = ["id", "reference", "hub", "status", "phase", "due_date", "child_birth_date", "pc4", "situations",
                  "consent_status", "consent_scope", "care_coordinator", "full_name", "date_of_birth", "phone",
                  "email", "postcode", "created_at", "closed_at"]
        read_only_fields = fields

    def to_representation(self, case):
        data = super().to_representation(case)
        if not case.identified:
            for name in ("full_name", "date_of_birth", "phone", "email", "postcode"):
                data[name] = None
        return data


SignalInput = inline_serializer("SignalInput", fields={
    name: serializers.CharField(required=False) for name in SignalForm.base_fields
})


class CaseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = CaseSerializer
    queryset = Case.objects.none()  # the schema's model; requests use get_queryset

    def get_queryset(self):
        user = self.request.user
        return with_relations(visible_cases(user), user).select_related("care_coordinator").order_by("-created_at")

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        audit.record_list(request.user, page, basis_of(request.user))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        case = CASE_POLICY.resolve(request.user, kwargs["pk"])  # 404 without a relation; writes the access record
        return Response(self.get_serializer(case).data)

    @extend_schema(request=SignalInput, responses={201: CaseSerializer})
    def create(self, request, *args, **kwargs):
        """Signal a family (a professional with a registered profession, logged in with a second factor)."""
        user = request.user
        if not is_verified(user):
            raise PermissionDenied("Voor casusgegevens is inloggen met tweestapsverificatie nodig.")
        if not user.profession:
            raise PermissionDenied("Alleen een professional met een vastgelegd beroep kan signaleren.")
        data = request.data
        form = SignalForm(data={key: data.getlist(key) if key in ("situations", "consent_scope") and hasattr(
            data, "getlist") else data.get(key) for key in data})
        if not form.is_valid():
            raise ValidationError({field: [str(e) for e in errors] for field, errors in form.errors.items()})
        case = flow.register_signal(user, form.cleaned_data, form.hub)
        return Response(self.get_serializer(case).data, status=status.HTTP_201_CREATED)


class HubSerializer(serializers.ModelSerializer):
    coalition = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = Hub
        fields = ["id", "name", "coalition", "cadence", "meeting_moment", "active"]
        read_only_fields = fields


class HubViewSet(viewsets.ReadOnlyModelViewSet):
    """The hubs whose team the user is in (with a second factor)."""

    serializer_class = HubSerializer
    queryset = Hub.objects.none()

    def get_queryset(self):
        return visible_hubs(self.request.user).order_by("name")


class ReferralSerializer(serializers.ModelSerializer):
    case_reference = serializers.CharField(source="case.reference", read_only=True)
    service = serializers.CharField(source="service_name", read_only=True)
    to_organisation = serializers.CharField(source="to_organisation.name", read_only=True)
    overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Referral
        fields = ["id", "case", "case_reference", "service", "to_organisation", "mode", "status", "reason",
                  "respond_by", "overdue", "created_at", "updated_at"]
        read_only_fields = fields


class ReferralViewSet(viewsets.ReadOnlyModelViewSet):
    """Referrals the user may follow: all of her cases' (hub team, coordinator), and those sent to her
    organisation. Every referral shown is an access to its case, recorded as such."""

    serializer_class = ReferralSerializer
    queryset = Referral.objects.none()

    def get_queryset(self):
        user = self.request.user
        referring = Q(case__hub__members__user=user) | Q(case__care_coordinator=user)
        receiving = Q(to_organisation__employees=user, mode=ReferralMode.LIVE) & ~Q(status=ReferralStatus.DRAFT)
        ids = Referral.objects.filter(case__in=visible_cases(user)).filter(referring | receiving).values("pk")
        return (Referral.objects.filter(pk__in=ids).select_related("case", "service", "to_organisation")
                .order_by("-created_at", "-pk"))

    def _record(self, referrals) -> None:
        user = self.request.user
        cases = with_relations(Case.objects.filter(pk__in={r.case_id for r in referrals}), user)
        audit.record_list(user, cases, basis_of(user))

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        self._record(page)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        referral = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        audit.record(request.user, referral.case, AccessAction.READ, relations(request.user, referral.case))
        return Response(self.get_serializer(referral).data)


def register(router) -> None:
    router.register("cases", CaseViewSet, basename="case")
    router.register("hubs", HubViewSet, basename="hub")
    router.register("referrals", ReferralViewSet, basename="referral")
