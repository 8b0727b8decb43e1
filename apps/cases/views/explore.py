# SPDX-License-Identifier: EUPL-1.2
"""Actions on one case while exploring it: triage, merging a duplicate, the support plan, closing.

Each is a small form on its own URL (works without JavaScript); the case page shows them inline for whoever may use
them. The case is resolved through the case policy, which writes the access record of each request.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from apps.cases import explore, subject_access
from apps.cases.choices import AccessAction
from apps.cases.forms import CloseForm, GoalForm, GoalStatusForm, MergeForm, TriageForm
from apps.cases.views.mixins import CaseMixin
from apps.core.exports import pdf_response


class CaseActionView(CaseMixin, FormView):
    template_name = "cases/case_action.html"
    title = ""
    intro = ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(case=self.scope, title=self.title, intro=self.intro)
        return context

    def form_valid(self, form):
        try:
            message = self.act(form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect("cases:detail", self.scope.pk)

    def act(self, data) -> str:
        raise NotImplementedError


class TriageView(CaseActionView):
    form_class = TriageForm
    capability = "triage"
    title = gettext_lazy("Inschatten")
    intro = gettext_lazy("Het team schat in hoe kwetsbaar de situatie is, en legt uit waarom.")

    def act(self, data) -> str:
        explore.triage(self.scope, self.request.user, data["level"], data["reasons"])
        return _("De inschatting is vastgelegd: %(status)s.") % {"status": self.scope.get_status_display()}


class MergeView(CaseActionView):
    form_class = MergeForm
    capability = "triage"
    title = gettext_lazy("Samenvoegen met een bekende casus")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["matches"] = explore.known_matches(self.scope)
        return kwargs

    def act(self, data) -> str:
        into = explore.merge(self.scope, data["into"], self.request.user)
        return _("De casus is samengevoegd met %(ref)s.") % {"ref": into.reference}

    def form_valid(self, form):
        response = super().form_valid(form)
        if response.status_code == 302:
            return redirect("cases:detail", form.cleaned_data["into"].pk)
        return response


class GoalCreateView(CaseActionView):
    form_class = GoalForm
    capability = "edit"
    title = gettext_lazy("Doel toevoegen aan het plan")

    def act(self, data) -> str:
        explore.add_goal(self.scope, self.request.user, data["domain"], data["goal"])
        return _("Het doel is toegevoegd.")


class GoalStatusView(CaseActionView):
    form_class = GoalStatusForm
    capability = "edit"
    title = gettext_lazy("Stand van een doel")

    def goal(self):
        return get_object_or_404(self.scope.goals, pk=self.kwargs["pk"])

    def act(self, data) -> str:
        explore.set_goal_status(self.goal(), self.request.user, data["status"])
        return _("De stand van het doel is bijgewerkt.")


class CloseView(CaseActionView):
    form_class = CloseForm
    capability = "edit"
    title = gettext_lazy("Casus afsluiten")
    intro = gettext_lazy("Sluit af met een reden en de uitkomst. Een afgesloten casus kan niet meer worden "
                         "gewijzigd; na de bewaartermijn wordt hij geanonimiseerd.")

    def act(self, data) -> str:
        explore.close(self.scope, self.request.user, data["reason"], data["outcome"])
        return _("De casus is afgesloten.")


class SubjectAccessView(CaseMixin, TemplateView):
    """Everything held about the person, for her right of access: `?format=json` or `?format=pdf`."""

    capability = "view_full"

    def resolve_scope(self, request, kwargs):
        fmt = request.GET.get("format")
        action = AccessAction.PRINT if fmt == "pdf" else AccessAction.EXPORT
        return self.policy.resolve(request.user, kwargs[self.policy.url_kwarg], self.capability, audit_action=action)

    def get(self, request, *args, **kwargs):
        data = subject_access.collect(self.scope)
        filename = f"inzage-{self.scope.reference}"
        if request.GET.get("format") == "pdf":
            sections = [(key.replace("_", " ").capitalize(), _pretty(value)) for key, value in data.items()
                        if key not in ("kenmerk", "knooppunt")]
            return pdf_response("cases/subject_access_print.html", {"data": data, "sections": sections},
                                filename, request)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
        return response


def _pretty(value) -> str:
    import json

    if value in (None, "", [], {}):
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=2)
