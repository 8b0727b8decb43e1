# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from apps.coalitions.access import Cap
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column
from apps.core.views import ExportMixin, int_or_404
from apps.meetings.forms import AttendanceForm, MeetingForm, OutputForm
from apps.meetings.models import Attendance, Meeting, Output


class MeetingViews:
    model = Meeting
    namespace = "meetings"
    url_name = "meetings"
    section = "meetings"
    form_class = MeetingForm


class MeetingList(MeetingViews, InCoalitionListView):
    detail_url_name = "meeting-detail"
    intro = gettext_lazy("Bijeenkomsten met deelname per organisatie en gemeente, en de evaluatievraag "
                         "‘heb je een nieuwe verbinding gemaakt?’.")

    def get_queryset(self):
        return super().get_queryset().annotate(total=Sum("attendances__attendees"),
                                               connections=Sum("attendances__new_connections"))

    columns = [
        Column("title", gettext_lazy("Bijeenkomst")),
        Column("date", gettext_lazy("Datum")),
        Column("kind", gettext_lazy("Soort")),
        Column("location", gettext_lazy("Locatie")),
        Column("total", gettext_lazy("Deelnemers")),
        Column("connections", gettext_lazy("Nieuwe verbindingen")),
    ]


class MeetingCreate(MeetingViews, InCoalitionCreateView):
    def get_success_url(self):
        from django.urls import reverse

        return reverse("meetings:meeting-detail", args=[self.coalition.pk, self.object.pk])


class MeetingUpdate(MeetingViews, InCoalitionUpdateView):
    pass


class MeetingDelete(MeetingViews, InCoalitionDeleteView):
    pass


class MeetingDetail(CoalitionMixin, ExportMixin, TemplateView):
    template_name = "meetings/meeting_detail.html"
    section = "meetings"
    export_columns = [
        Column("organisation", gettext_lazy("Organisatie")),
        Column("municipality", gettext_lazy("Gemeente")),
        Column("attendees", gettext_lazy("Deelnemers")),
        Column("new_connections", gettext_lazy("Nieuwe verbinding gemaakt")),
    ]

    def export_rows(self):
        return self.get_meeting().attendances.select_related("organisation", "municipality")

    def export_title(self) -> str:
        meeting = self.get_meeting()
        return f"{_('deelname')} {meeting.title} {meeting.date:%Y-%m-%d}"

    def get_meeting(self) -> Meeting:
        return get_object_or_404(Meeting, coalition=self.coalition, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        meeting = self.get_meeting()
        attendances = list(meeting.attendances.select_related("organisation", "municipality"))
        total = sum(a.attendees for a in attendances)
        answered = [a for a in attendances if a.new_connections is not None]
        context = super().get_context_data(**kwargs)
        context.update(
            meeting=meeting, attendances=attendances, total=total,
            connections=sum(a.new_connections for a in answered),
            answered=sum(a.attendees for a in answered),
            can_edit=Cap.EDIT in self.caps,
            form=kwargs.get("form") or AttendanceForm(coalition=self.coalition),
        )
        return context

    def post(self, request, *args, **kwargs):
        if Cap.EDIT not in self.caps:
            raise PermissionDenied
        meeting = self.get_meeting()
        if "delete_attendance" in request.POST:
            Attendance.objects.filter(meeting=meeting, pk=int_or_404(request.POST["delete_attendance"])).delete()
            messages.success(request, _("De deelname is verwijderd."))
            return redirect("meetings:meeting-detail", self.coalition.pk, meeting.pk)
        form = AttendanceForm(request.POST, coalition=self.coalition, instance=Attendance(meeting=meeting))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(request, _("De deelname is vastgelegd."))
        return redirect("meetings:meeting-detail", self.coalition.pk, meeting.pk)


class OutputViews:
    model = Output
    namespace = "meetings"
    url_name = "outputs"
    section = "meetings"
    form_class = OutputForm


class OutputList(OutputViews, InCoalitionListView):
    intro = gettext_lazy("Getelde opbrengsten, zoals nieuwsbrieven, publicaties en het aantal volgers.")
    columns = [Column("kind", gettext_lazy("Soort")), Column("date", gettext_lazy("Datum")),
               Column("title", gettext_lazy("Titel")), Column("quantity", gettext_lazy("Aantal"))]


class OutputCreate(OutputViews, InCoalitionCreateView):
    pass


class OutputUpdate(OutputViews, InCoalitionUpdateView):
    pass


class OutputDelete(OutputViews, InCoalitionDeleteView):
    pass
