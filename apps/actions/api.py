# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from rest_framework import serializers

from apps.actions.models import Action, WorkingGroup
from apps.coalitions.access import Cap, visible_coalitions
from apps.coalitions.scoped import CoalitionField, CoalitionScopedViewSet


class SameCoalitionMixin:
    """Related objects (working group, theme) must belong to the same coalition as the object itself."""

    related_in_coalition: tuple[str, ...] = ()

    def get_fields(self):
        # Objects of coalitions the user cannot see do not exist for her: "object bestaat niet", no hint.
        fields = super().get_fields()
        request = self.context.get("request")
        if request is not None:
            visible = visible_coalitions(request.user)
            for name in self.related_in_coalition:
                fields[name].queryset = fields[name].queryset.filter(coalition__in=visible)
        return fields

    def validate(self, attrs):
        attrs = super().validate(attrs)
        coalition = attrs.get("coalition") or getattr(self.instance, "coalition", None)
        for name in self.related_in_coalition:
            related = attrs.get(name)
            if related is not None and related.coalition_id != getattr(coalition, "pk", None):
                raise serializers.ValidationError({name: "Dit hoort niet bij dezelfde coalitie."})
        return attrs


class WorkingGroupSerializer(serializers.ModelSerializer):
    coalition = CoalitionField()

    class Meta:
        model = WorkingGroup
        fields = ["id", "coalition", "name", "theme", "action_owner", "project_group_contact", "active"]


class WorkingGroupViewSet(CoalitionScopedViewSet):
    queryset = WorkingGroup.objects.order_by("pk")
    serializer_class = WorkingGroupSerializer
    filterset_fields = ["coalition", "active"]


class ActionSerializer(SameCoalitionMixin, serializers.ModelSerializer):
    coalition = CoalitionField()
    related_in_coalition = ("working_group", "theme")

    class Meta:
        model = Action
        fields = ["id", "coalition", "working_group", "title", "description", "owner", "action_line", "theme",
                  "term", "status", "due_date"]


class ActionViewSet(CoalitionScopedViewSet):
    queryset = Action.objects.order_by("pk")
    serializer_class = ActionSerializer
    write_capability = Cap.EDIT_ACTIONS
    filterset_fields = ["coalition", "status", "action_line", "term", "working_group"]
