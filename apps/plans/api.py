# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from rest_framework import serializers

from apps.coalitions.scoped import CoalitionField, CoalitionScopedViewSet
from apps.plans.models import Goal, GoalTopic
from apps.plans.services import plan_for


class GoalSerializer(serializers.ModelSerializer):
    coalition = CoalitionField(source="plan.coalition")
    topics = serializers.ListField(child=serializers.ChoiceField(choices=GoalTopic.choices), required=False)

    class Meta:
        model = Goal
        fields = ["id", "coalition", "title", "action_line", "theme", "ambition", "description", "measure",
                  "topics", "order"]

    def get_fields(self):
        # Themes and ambitions of invisible coalitions do not exist for the user.
        fields = super().get_fields()
        request = self.context.get("request")
        if request is not None:
            from apps.coalitions.access import visible_coalitions

            visible = visible_coalitions(request.user)
            fields["theme"].queryset = fields["theme"].queryset.filter(coalition__in=visible)
            fields["ambition"].queryset = fields["ambition"].queryset.filter(plan__coalition__in=visible)
        return fields

    def validate(self, attrs):
        coalition = attrs.get("plan", {}).get("coalition") or (self.instance.plan.coalition if self.instance else None)
        theme, ambition = attrs.get("theme"), attrs.get("ambition")
        if theme and theme.coalition_id != getattr(coalition, "pk", None):
            raise serializers.ValidationError({"theme": "Dit thema hoort niet bij deze coalitie."})
        if ambition and ambition.plan.coalition_id != getattr(coalition, "pk", None):
            raise serializers.ValidationError({"ambition": "Deze ambitie hoort niet bij deze coalitie."})
        line = attrs.get("action_line", getattr(self.instance, "action_line", ""))
        if not line and not (theme or getattr(self.instance, "theme_id", None)):
            raise serializers.ValidationError({"action_line": "Koppel het doel aan een actielijn of een eigen thema."})
        return attrs

    def create(self, validated_data):
        coalition = validated_data.pop("plan")["coalition"]
        return Goal.objects.create(plan=plan_for(coalition), **validated_data)

    def update(self, instance, validated_data):
        validated_data.pop("plan", None)
        return super().update(instance, validated_data)


class GoalViewSet(CoalitionScopedViewSet):
    queryset = Goal.objects.select_related("plan__coalition").order_by("pk")
    serializer_class = GoalSerializer
    scope_path = "plan__coalition"
    filterset_fields = ["action_line", "theme"]

    def perform_create(self, serializer):
        from rest_framework import exceptions

        from apps.coalitions.access import Cap, can

        coalition = serializer.validated_data["plan"]["coalition"]
        if not can(self.request.user, coalition, Cap.EDIT):
            raise exceptions.PermissionDenied("U hebt in deze coalitie geen recht om dit toe te voegen.")
        serializer.save()

    def perform_update(self, serializer):
        self.check_write(serializer.instance.plan.coalition)
        new = serializer.validated_data.get("plan", {}).get("coalition")
        if new is not None and new != serializer.instance.plan.coalition:
            from rest_framework import exceptions

            raise exceptions.ValidationError({"coalition": "Een doel kan niet naar een andere coalitie verhuizen."})
        serializer.save()
