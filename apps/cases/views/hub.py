# SPDX-License-Identifier: EUPL-1.2
"""The hub: its dashboard for the team (case data, by relation), and its set-up in the coalition workspace.

The set-up (name, cadence, team) is workspace data: the coalition's managers keep it, and nothing of a case shows
there. The dashboard is case data: only the hub's own team sees it.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from apps.accounts.models import User
from apps.cases import audit, referrals
from apps.cases.access import basis_of, visible_hubs, with_relations
from apps.cases.choices import CaseStatus
from apps.cases.models import Case, Hub, HubMember
from apps.cases.views.mixins import CaseDataMixin
from apps.coalitions.access import Cap
from apps.coalitions.scoped import CoalitionMixin
from apps.core.views import int_or_404
from apps.organisations.models import Organisation


class HubDashboardView(CaseDataMixin, TemplateView):
    template_name = "cases/hub_dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        hub = get_object_or_404(visible_hubs(user).select_related("coalition"), pk=self.kwargs["hub_pk"])
        cases = with_relations(Case.objects.filter(hub=hub), user)
        open_cases = list(cases.exclude(status=CaseStatus.CLOSED).select_related("hub").order_by("created_at")[:100])
        audit.record_list(user, open_cases, basis_of(user))
        today = timezone.localdate()
        follow_up_ended = [c for c in open_cases if c.follow_up_until and c.follow_up_until < today]
        counts = dict(cases.values_list("status").annotate(n=Count("pk")).order_by())
        context.update(hub=hub, open_cases=open_cases, follow_up_ended=follow_up_ended,
                       overdue=list(referrals.overdue(cases)),
                       rejections=referrals.rejection_reasons(cases),
                       counts=[(label, counts.get(value, 0)) for value, label in CaseStatus.choices],
                       members=hub.members.select_related("user", "organisation"))
        return context


class HubForm(forms.ModelForm):
    class Meta:
        model = Hub
        fields = ["name", "cadence", "meeting_moment", "mailbox", "follow_up_months", "active"]


class HubMemberForm(forms.ModelForm):
    """Team members come from the coalition's partner organisations, and work for the one they represent."""

    class Meta:
        model = HubMember
        fields = ["user", "organisation", "role", "since"]
        widgets = {"since": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, hub: Hub, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.hub = hub
        partners = Organisation.objects.filter(partnerships__coalition=hub.coalition).distinct()
        self.fields["organisation"].queryset = partners.order_by("name")
        self.fields["user"].queryset = (User.objects.filter(organisations__in=partners, is_active=True)
                                        .exclude(hub_memberships__hub=hub).distinct()
                                        .order_by("last_name", "first_name"))


class HubSetupView(CoalitionMixin, TemplateView):
    """`/coalities/<pk>/knooppunt/`: the hub's set-up and team, kept by whoever manages the coalition."""

    template_name = "cases/hub_setup.html"
    section = "hub"

    def hub(self) -> Hub | None:
        return Hub.objects.filter(coalition=self.coalition).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        hub = self.hub()
        manage = Cap.MANAGE in self.caps
        context.update(hub=hub, manage=manage,
                       members=hub.members.select_related("user", "organisation") if hub else [])
        if manage:
            context.setdefault("hub_form", HubForm(instance=hub, initial={"name": _("Knooppunt %(name)s") % {
                "name": self.coalition.name}} if hub is None else None))
            if hub is not None:
                context.setdefault("member_form", HubMemberForm(hub=hub))
        return context

    def post(self, request, *args, **kwargs):
        if Cap.MANAGE not in self.caps:
            raise PermissionDenied  # she sees the page (so 403, not 404), but keeping the team is for managers
        hub, step = self.hub(), request.POST.get("step")
        if step == "hub":
            form = HubForm(request.POST, instance=hub or Hub(coalition=self.coalition))
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(hub_form=form))
            form.save()
            messages.success(request, _("Het knooppunt is opgeslagen."))
        elif step == "member" and hub is not None:
            form = HubMemberForm(request.POST, hub=hub)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(member_form=form))
            form.save()
            messages.success(request, _("%(name)s hoort nu bij het team van het knooppunt.") % {
                "name": form.instance.user})
        elif step == "remove" and hub is not None:
            member = get_object_or_404(hub.members, pk=int_or_404(request.POST.get("member")))
            member.delete()
            messages.success(request, _("%(name)s hoort niet meer bij het team.") % {"name": member.user})
        return redirect("cases:hub-setup", self.coalition.pk)
