# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from apps.coalitions.forms import region_first
from apps.coalitions.scoped import CoalitionModelForm
from apps.core.widgets import autocomplete
from apps.meetings.models import Attendance, Meeting, Output
from apps.organisations.models import Organisation


class MeetingForm(CoalitionModelForm):
    class Meta:
        model = Meeting
        fields = ["title", "date", "kind", "location", "notes"]


class AttendanceForm(CoalitionModelForm):
    class Meta:
        model = Attendance
        fields = ["organisation", "municipality", "attendees", "new_connections"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.coalition is not None:
            # Partners first; anyone may come to an open network meeting, so all organisations are allowed.
            self.fields["organisation"].queryset = Organisation.objects.order_by("name")
            region_first(self.fields["organisation"], self.coalition)
            autocomplete(self.fields["organisation"].widget)
            self.fields["municipality"].queryset = self.coalition.member_municipalities()


class OutputForm(CoalitionModelForm):
    class Meta:
        model = Output
        fields = ["kind", "date", "title", "quantity"]
