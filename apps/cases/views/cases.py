# SPDX-License-Identifier: EUPL-1.2
"""A professional's own cases, a signal, one case, and its consent."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView

from apps.cases import audit, explore, flow, timeline
from apps.cases.access import basis_of, visible_cases, visible_hubs, with_relations
from apps.cases.choices import AccessAction, CaseStatus, ConsentScope, ConsentStatus
from apps.cases.forms import ConsentForm, SignalForm
from apps.cases.views.mixins import CaseDataMixin, CaseMixin
from apps.cases.views.referrals import visible_referrals
from apps.directory.choices import VulnerabilityFactor

PAGE_SIZE = 50
# A (new) judgement is asked for while the family is not yet in the case meeting's hands.
TRIAGE_STATUSES = (CaseStatus.NEW, CaseStatus.REGULAR_CARE, CaseStatus.HOME_VISIT)


class VerificationNeededView(TemplateView):
    """Case data needs a second factor: say so, and how to turn it on."""

    template_name = "cases/verification_needed.html"


class CaseIndexView(CaseDataMixin, TemplateView):
    """"Mijn casussen": every case she has a relation with, and the hubs whose team she is in."""

    template_name = "cases/index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        cases = with_relations(visible_cases(user), user).select_related("hub").order_by("-created_at")
        page = Paginator(cases, PAGE_SIZE).get_page(self.request.GET.get("pagina"))
        audit.record_list(user, page.object_list, basis_of(user))
        context.update(page=page, cases=page.object_list, hubs=visible_hubs(user),
                       may_signal=bool(user.profession), basis_of=basis_of(user))
        return context


class SignalView(CaseDataMixin, FormView):
    """A professional registers a family with the local hub of its postcode."""

    template_name = "cases/signal_form.html"
    form_class = SignalForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.profession:
            return self.render_to_response({"not_allowed": True}, status=403)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        case = flow.register_signal(self.request.user, form.cleaned_data, form.hub)
        messages.success(self.request, _("Het signaal is doorgegeven aan %(hub)s (kenmerk %(ref)s).")
                         % {"hub": case.hub, "ref": case.reference})
        return redirect("cases:detail", case.pk)


class CaseDetailView(CaseMixin, TemplateView):
    template_name = "cases/case_detail.html"
    capability = "view"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        case, user = self.scope, self.request.user
        full = "view_full" in self.caps
        signals = [
            (signal, full or signal.signalled_by_id == user.pk)
            for signal in case.signals.select_related("signalled_by", "organisation")
        ]
        context.update(
            case=case, signals=signals, full=full,
            consents=case.consents.select_related("recorded_by") if full or "consent" in self.caps else [],
            situations=_situation_labels(case.situations),
            scope_labels=[str(dict(ConsentScope.choices).get(code, code)) for code in case.consent_scope],
            triages=case.triages.select_related("decided_by") if full else [],
            matches=explore.known_matches(case) if "triage" in self.caps else [],
            goals=case.goals.all() if full else [],
            meeting_items=case.meeting_items.select_related("meeting", "care_coordinator") if full else [],
            may_triage="triage" in self.caps and case.status in TRIAGE_STATUSES,
            referrals=visible_referrals(case, user, self.caps),
            handovers=_visible_handovers(case, user, full),
            timeline=timeline.build(case) if full else [],
        )
        return context


class ConsentView(CaseMixin, FormView):
    template_name = "cases/consent_form.html"
    form_class = ConsentForm
    capability = "consent"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["case"] = self.scope
        return kwargs

    def resolve_scope(self, request, kwargs):
        return self.policy.resolve(request.user, kwargs[self.policy.url_kwarg], self.capability,
                                   audit_action=AccessAction.CONSENT if request.method == "POST" else None)

    def form_valid(self, form):
        case = flow.change_consent(self.scope, self.request.user, form.cleaned_data)
        messages.success(self.request, flow.consent_message(case))
        return redirect("cases:detail", case.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["withdrawing_removes"] = self.scope.consent_status == ConsentStatus.GIVEN
        return context


def _visible_handovers(case, user, full: bool):
    handovers = case.handovers.select_related("to_organisation", "handed_over_by", "acknowledged_by")
    if full:
        return handovers
    return handovers.filter(Q(to_organisation__employees=user) | Q(handed_over_by=user)).distinct()


def _situation_labels(codes: list[str]) -> list[str]:
    labels = dict(VulnerabilityFactor.choices)
    return [str(labels.get(code, code)) for code in codes]

