# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from rest_framework import serializers

from apps.coalitions.scoped import CoalitionField, CoalitionScopedViewSet
from apps.meetings.models import Attendance, Meeting


class AttendanceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Attendance
        fields = ["id", "organisation", "municipality", "attendees", "new_connections"]


class MeetingSerializer(serializers.ModelSerializer):
    coalition = CoalitionField()
    attendances = AttendanceSerializer(many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = ["id", "coalition", "date", "kind", "title", "location", "notes", "attendances"]


class MeetingViewSet(CoalitionScopedViewSet):
    queryset = Meeting.objects.prefetch_related("attendances").order_by("-date", "pk")
    serializer_class = MeetingSerializer
    filterset_fields = ["coalition", "kind"]
