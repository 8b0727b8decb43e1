# SPDX-License-Identifier: EUPL-1.2
"""Referring and handing over, from the case; answering, from the receiving organisation's list."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from apps.cases import audit, fhir, referrals
from apps.cases.access import basis_of, visible_cases, with_relations
from apps.cases.choices import REASON_NEEDED, AccessAction, Basis, ReferralStatus
from apps.cases.forms import HandoverForm, ReferralForm, ReferralMoveForm
from apps.cases.models import Handover, Referral
from apps.cases.views.explore import CaseActionView
from apps.cases.views.mixins import CaseDataMixin, CaseMixin
from apps.cases.workflow import REFERRAL
from apps.organisations.models import Organisation


class ReferView(CaseActionView):
    template_name = "cases/refer_form.html"
    form_class = ReferralForm
    capability = "refer"
    title = gettext_lazy("Verwijzen")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["services"] = referrals.services_for(self.scope)
        return kwargs

    def act(self, data) -> str:
        referral = referrals.refer(self.scope, self.request.user, data["service"], mode=data["mode"],
                                   note=data["note"], explicit_consent=data["explicit_consent"])
        return _("De verwijzing naar %(org)s is vastgelegd.") % {"org": referral.to_organisation}


def visible_referrals(case, user, caps):
    """The referring side sees all of the case's referrals; a receiving organisation only those sent to it."""
    referrals_ = case.referrals.select_related("service", "to_organisation", "created_by")
    if "view_full" in caps:
        return referrals_
    return referrals_.filter(to_organisation__employees=user).exclude(status=ReferralStatus.DRAFT).distinct()


class ReferralView(CaseMixin, TemplateView):
    """One referral: its loop so far, and the moves this user may make (each a small form, reason where needed)."""

    template_name = "cases/referral.html"

    def resolve_scope(self, request, kwargs):
        fhir_export = request.method == "GET" and request.GET.get("format") == "fhir"
        return self.policy.resolve(request.user, kwargs[self.policy.url_kwarg], self.capability,
                                   audit_action=AccessAction.EXPORT if fhir_export else None)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "fhir":
            response = JsonResponse(fhir.bundle(self.referral()), content_type="application/fhir+json")
            response["Content-Disposition"] = f'attachment; filename="verwijzing-{self.kwargs["pk"]}.fhir.json"'
            return response
        return super().get(request, *args, **kwargs)

    def referral(self) -> Referral:
        return get_object_or_404(visible_referrals(self.scope, self.request.user, self.caps), pk=self.kwargs["pk"])

    def moves(self, referral):
        user = self.request.user
        return [(target, ReferralStatus(target).label, target in REASON_NEEDED,
                 ReferralMoveForm(prefix=target))
                for target in sorted(REFERRAL.targets(referral)) if REFERRAL.allowed(user, referral, target)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        referral = kwargs.get("referral") or self.referral()
        context.update(case=self.scope, referral=referral, events=referral.events.select_related("by"),
                       moves=self.moves(referral), error=kwargs.get("error"))
        return context

    def post(self, request, *args, **kwargs):
        referral = self.referral()
        target = request.POST.get("target", "")
        if target not in ReferralStatus.values:
            return self.render_to_response(self.get_context_data(
                referral=referral, error=_("Kies een van de stappen hieronder.")))
        form = ReferralMoveForm(request.POST, prefix=target)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(referral=referral, error=form.errors.as_text()))
        try:
            referrals.move(referral, target, request.user, form.cleaned_data["reason"],
                           form.cleaned_data["reason_text"])
        except ValidationError as exc:
            return self.render_to_response(self.get_context_data(referral=referral, error=" ".join(exc.messages)),
                                           status=200)
        messages.success(request, _("De verwijzing staat nu op: %(status)s.") % {
            "status": referral.get_status_display()})
        return redirect("cases:referral", self.scope.pk, referral.pk)


class HandoverView(CaseActionView):
    form_class = HandoverForm
    capability = "handover"
    title = gettext_lazy("Warme overdracht")
    intro = gettext_lazy("Draag het gezin warm over aan de volgende fase: wat u weet en wat u met de ouder hebt "
                         "afgesproken. De ontvanger bevestigt de ontvangst.")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["organisations"] = Organisation.objects.filter(
            partnerships__coalition=self.scope.hub.coalition).distinct().order_by("name")
        return kwargs

    def act(self, data) -> str:
        handover = referrals.hand_over(self.scope, self.request.user, from_phase=data["from_phase"],
                                       to_phase=data["to_phase"], organisation=data["organisation"],
                                       summary=data["summary"])
        return _("De overdracht aan %(org)s is vastgelegd.") % {"org": handover.to_organisation}


class HandoverAckView(CaseMixin, TemplateView):
    """POST only: the receiving organisation confirms it received the handover."""

    capability = "receive"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        handover = get_object_or_404(self.scope.handovers, pk=self.kwargs["pk"])
        referrals.acknowledge(handover, request.user)
        messages.success(request, _("De ontvangst van de overdracht is bevestigd."))
        return redirect("cases:detail", self.scope.pk)


class IncomingView(CaseDataMixin, TemplateView):
    """"Voor mijn organisatie": referrals and handovers sent to the organisations she works for."""

    template_name = "cases/incoming.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        mine = user.organisations.all()
        incoming = (Referral.objects.filter(to_organisation__in=mine, mode="live")
                    .exclude(status=ReferralStatus.DRAFT).select_related("case", "service", "to_organisation")
                    .order_by("status", "respond_by"))
        handovers = (Handover.objects.filter(to_organisation__in=mine).select_related("case", "to_organisation")
                     .order_by("acknowledged_at", "-handed_over_at"))
        cases = list(with_relations(visible_cases(user).filter(
            pk__in=[r.case_id for r in incoming] + [h.case_id for h in handovers]), user))
        audit.record_list(user, cases, basis_of(user))
        names = {case.pk: case.display_name() for case in cases}
        context.update(incoming=[(r, names.get(r.case_id)) for r in incoming],
                       handovers=[(h, names.get(h.case_id)) for h in handovers], basis=Basis)
        return context
