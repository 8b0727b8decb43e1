# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from apps.assessments import requirements, services, stepplan
from apps.assessments.forms import SelfAssessmentForm
from apps.assessments.frameworks import Framework
from apps.assessments.models import SelfAssessment
from apps.coalitions.access import Cap
from apps.coalitions.scoped import CoalitionMixin
from apps.core.exports import Column
from apps.core.views import ExportMixin


class RequirementsView(CoalitionMixin, ExportMixin, TemplateView):
    template_name = "assessments/requirements.html"
    section = "requirements"
    export_columns = [
        Column("number", gettext_lazy("Eis")),
        Column("title", gettext_lazy("Omschrijving")),
        Column(lambda c: _("voldaan") if c.met else _("nog niet voldaan"), gettext_lazy("Oordeel")),
        Column(lambda c: "; ".join(c.evidence), gettext_lazy("Onderbouwing")),
        Column("todo", gettext_lazy("Volgende stap")),
    ]

    def export_rows(self):
        return requirements.check(self.coalition)

    def export_title(self) -> str:
        return f"{_('minimale eisen')} {self.coalition.name}"

    def get_context_data(self, **kwargs):
        checks = requirements.check(self.coalition)
        return {**super().get_context_data(**kwargs), "checks": checks, "met": sum(c.met for c in checks)}


class StepPlanView(CoalitionMixin, TemplateView):
    template_name = "assessments/stepplan.html"
    section = "stepplan"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **stepplan.steps(self.coalition)}


class SelfAssessmentList(CoalitionMixin, TemplateView):
    template_name = "assessments/self_list.html"
    section = "securing"

    def get_context_data(self, **kwargs):
        snapshots = list(self.coalition.self_assessments.all())
        frameworks = [(code, label, [s for s in snapshots if s.framework == code])
                      for code, label in Framework.choices]
        return {**super().get_context_data(**kwargs), "frameworks": frameworks, "can_edit": Cap.EDIT in self.caps}


class SelfAssessmentCreate(CoalitionMixin, FormView):
    template_name = "assessments/self_form.html"
    form_class = SelfAssessmentForm
    capability = Cap.EDIT
    section = "securing"

    def get_framework(self) -> str:
        framework = self.kwargs["framework"]
        if framework not in Framework.values:
            raise Http404
        return framework

    def get_form_kwargs(self):
        framework = self.get_framework()
        previous = self.coalition.self_assessments.filter(framework=framework).prefetch_related("items").first()
        return {**super().get_form_kwargs(), "framework": framework, "previous": previous}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "framework_label": Framework(self.get_framework()).label}

    def form_valid(self, form):
        assessment = services.record(self.coalition, form.framework, form.cleaned_data["taken_on"], form.items(),
                                     self.request.user)
        messages.success(self.request, _("De zelfevaluatie is bewaard als momentopname."))
        return redirect("assessments:self-detail", self.coalition.pk, assessment.pk)


class SelfAssessmentDetail(CoalitionMixin, ExportMixin, TemplateView):
    template_name = "assessments/self_detail.html"
    section = "securing"
    export_columns = [
        Column("point", gettext_lazy("Punt")),
        Column("title", gettext_lazy("Onderdeel")),
        Column("status", gettext_lazy("Stand van zaken")),
        Column("note", gettext_lazy("Waar staan we")),
        Column("next_steps", gettext_lazy("Wat gaan we ontwikkelen")),
    ]

    def export_rows(self):
        return get_object_or_404(SelfAssessment, coalition=self.coalition, pk=self.kwargs["pk"]).items.select_related(
            "assessment")

    def export_title(self) -> str:
        assessment = get_object_or_404(SelfAssessment, coalition=self.coalition, pk=self.kwargs["pk"])
        return f"{assessment.get_framework_display()} {assessment.taken_on:%Y-%m-%d}"

    def get_context_data(self, **kwargs):
        assessment = get_object_or_404(SelfAssessment.objects.prefetch_related("items"),
                                       coalition=self.coalition, pk=kwargs["pk"])
        others = self.coalition.self_assessments.filter(framework=assessment.framework).exclude(pk=assessment.pk)
        # The snapshot just before this one; on the same day the one recorded earlier (lower pk) comes first.
        older = others.filter(Q(taken_on__lt=assessment.taken_on)
                              | Q(taken_on=assessment.taken_on, pk__lt=assessment.pk)).first()
        changes = services.compare(older, assessment) if older else None
        return {**super().get_context_data(**kwargs), "assessment": assessment, "older": older,
                "changes": changes, "others": others}


class CompareView(CoalitionMixin, TemplateView):
    template_name = "assessments/compare.html"
    section = "securing"

    def get_context_data(self, **kwargs):
        qs = self.coalition.self_assessments.prefetch_related("items")
        try:
            a = qs.get(pk=self.request.GET.get("van"))
            b = qs.get(pk=self.request.GET.get("naar"))
        except (SelfAssessment.DoesNotExist, ValueError):
            raise Http404 from None
        if a.framework != b.framework:
            raise Http404
        if (a.taken_on, a.pk) > (b.taken_on, b.pk):
            a, b = b, a
        return {**super().get_context_data(**kwargs), "older": a, "newer": b, "changes": services.compare(a, b)}
