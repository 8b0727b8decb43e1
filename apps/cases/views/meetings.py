# SPDX-License-Identifier: EUPL-1.2
"""The hub's own pages: "already known?", and the case meetings with their agenda, minutes and decisions.

Only the hub's team reaches them (404 for anyone else). Every family shown on a page gets a list record in the
access trail; every decision about a family, a change record.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from apps.cases import audit, explore
from apps.cases.access import basis_of, is_verified, relations, visible_hubs, with_relations
from apps.cases.choices import AccessAction
from apps.cases.forms import ItemForm, KnownCheckForm, MeetingForm
from apps.cases.models import Case
from apps.cases.views.mixins import CaseDataMixin
from apps.core.views import int_or_404


class HubMixin(CaseDataMixin):
    """The hub from the URL, if she is in its team; 404 otherwise."""

    def dispatch(self, request, *args, **kwargs):
        if is_verified(request.user):  # otherwise CaseDataMixin explains the second factor first
            self.hub = get_object_or_404(visible_hubs(request.user).select_related("coalition"),
                                         pk=int_or_404(kwargs["hub_pk"]))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["hub"] = self.hub
        return context


class KnownCheckView(HubMixin, TemplateView):
    """"Wat is al bekend?": cases of this hub with the same person, by name and date of birth (blind index)."""

    template_name = "cases/known_check.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = KnownCheckForm(self.request.GET or None)
        found = None
        if form.is_valid():
            user = self.request.user
            found = list(with_relations(explore.same_person(self.hub, form.cleaned_data["full_name"],
                                                            form.cleaned_data["date_of_birth"]), user))
            audit.record_list(user, found, basis_of(user))
        context.update(form=form, found=found)
        return context


class MeetingListView(HubMixin, TemplateView):
    template_name = "cases/meeting_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", MeetingForm())
        context["meetings"] = self.hub.meetings.all()
        return context

    def post(self, request, *args, **kwargs):
        form = MeetingForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        meeting = explore.plan_meeting(self.hub, request.user, form.cleaned_data["date"],
                                       form.cleaned_data["location"])
        messages.success(request, _("Het casusoverleg is gepland, met %(n)s gezinnen op de agenda.")
                         % {"n": meeting.items.count()})
        return redirect("cases:meeting", self.hub.pk, meeting.pk)


class MeetingView(HubMixin, TemplateView):
    """The agenda (new families first, then running ones) with a minutes-and-decision form per family."""

    template_name = "cases/meeting.html"

    def meeting(self):
        return get_object_or_404(self.hub.meetings, pk=int_or_404(self.kwargs["pk"]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, meeting = self.request.user, self.meeting()
        items = list(meeting.items.select_related("case", "care_coordinator"))
        cases = list(with_relations(Case.objects.filter(pk__in=[i.case_id for i in items]), user))
        audit.record_list(user, cases, basis_of(user))
        coordinators = explore.coordinator_choices(self.hub).prefetch_related("organisations")
        errors = kwargs.get("errors", {})
        rows = [(item, errors.get(item.pk) or ItemForm(prefix=f"item{item.pk}", coordinators=coordinators, initial={
            "notes": item.notes, "decision": item.decision, "coordinator": item.care_coordinator_id}))
            for item in items]
        context.update(meeting=meeting, rows=rows)
        return context

    def post(self, request, *args, **kwargs):
        meeting = self.meeting()
        item = get_object_or_404(meeting.items.select_related("case"), pk=int_or_404(request.POST.get("item")))
        form = ItemForm(request.POST, prefix=f"item{item.pk}", coordinators=explore.coordinator_choices(self.hub))
        if form.is_valid():
            try:
                explore.decide(item, request.user, notes=form.cleaned_data["notes"],
                               decision=form.cleaned_data["decision"], coordinator=form.cleaned_data["coordinator"])
            except ValidationError as exc:
                form.add_error("coordinator", exc)
        if form.errors:
            return self.render_to_response(self.get_context_data(errors={item.pk: form}))
        audit.record(request.user, item.case, AccessAction.UPDATE, relations(request.user, item.case),
                     detail="casusoverleg")
        messages.success(request, _("Vastgelegd voor %(ref)s.") % {"ref": item.case.reference})
        return redirect("cases:meeting", self.hub.pk, meeting.pk)
