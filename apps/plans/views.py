# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from apps.coalitions.access import Cap
from apps.coalitions.choices import ActionLine
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column, pdf_response
from apps.plans import services
from apps.plans.forms import AdoptForm, AmbitionForm, GoalForm, PlanForm
from apps.plans.models import Ambition, Goal, PlanVersion


def plan_context(coalition) -> dict:
    plan = services.existing_plan(coalition)
    if plan.pk is None:  # nothing written yet: show an empty plan, and reading must not create one
        return {"plan": plan, "ambitions": [], "goals_by_line": [(label, []) for _c, label in ActionLine.choices],
                "goals_by_theme": [], "versions": []}
    goals = list(plan.goals.select_related("theme", "ambition"))
    by_line = [(label, [g for g in goals if g.action_line == code]) for code, label in ActionLine.choices]
    by_theme = [(theme.name, [g for g in goals if g.theme_id == theme.pk and not g.action_line])
                for theme in coalition.themes.all()]
    return {
        "plan": plan,
        "ambitions": list(plan.ambitions.all()),
        "goals_by_line": by_line,
        "goals_by_theme": [(name, items) for name, items in by_theme if items],
        "versions": list(plan.versions.select_related("recorded_by")),
    }


class PlanView(CoalitionMixin, TemplateView):
    template_name = "plans/plan.html"
    section = "plan"

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "pdf":
            context = {"coalition": self.coalition, **plan_context(self.coalition)}
            return pdf_response("plans/plan_print.html", context, f"plan van aanpak {self.coalition.name}", request)
        return super().get(request, *args, **kwargs)

    def get_template_names(self):
        if self.request.GET.get("print"):
            return ["plans/plan_print.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        printing = bool(self.request.GET.get("print"))
        return {**super().get_context_data(**kwargs), **plan_context(self.coalition),
                "can_edit": Cap.EDIT in self.caps and not printing}


class PlanEditView(CoalitionMixin, FormView):
    template_name = "plans/plan_form.html"
    form_class = PlanForm
    capability = Cap.EDIT
    section = "plan"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": services.existing_plan(self.coalition),
                "coalition": self.coalition, "user": self.request.user}

    def form_valid(self, form):
        form.save()
        messages.success(self.request, _("Het plan van aanpak is opgeslagen."))
        return redirect("plans:plan", self.coalition.pk)


class AdoptView(CoalitionMixin, FormView):
    template_name = "plans/adopt_form.html"
    form_class = AdoptForm
    capability = Cap.EDIT
    section = "plan"

    def form_valid(self, form):
        plan = services.plan_for(self.coalition)
        if not plan.goals.exists():
            form.add_error(None, _("Een plan zonder doelen kan niet worden vastgesteld. Voeg eerst doelen toe."))
            return self.form_invalid(form)
        version = services.adopt(plan, form.cleaned_data["adopted_on"], form.cleaned_data["adopted_by"],
                                 self.request.user)
        messages.success(self.request, _("Versie %(n)s van het plan is vastgesteld en bewaard.") % {"n": version.number})
        return redirect("plans:plan", self.coalition.pk)


class VersionView(CoalitionMixin, TemplateView):
    template_name = "plans/version.html"
    section = "plan"

    def get_context_data(self, **kwargs):
        version = get_object_or_404(PlanVersion, plan__coalition=self.coalition, number=kwargs["number"])
        return {**super().get_context_data(**kwargs), "version": version}


class _InPlan:
    """Ambitions and goals hang under the coalition's plan."""

    scope_path = "plan__coalition"
    namespace = "plans"
    section = "plan"

    def form_valid(self, form):
        if hasattr(form, "instance"):  # the delete confirmation is a plain form
            form.instance.plan = services.plan_for(self.coalition)
        return super().form_valid(form)

    def list_url(self):
        from django.urls import reverse

        return reverse("plans:plan", args=[self.coalition.pk])


class AmbitionViews(_InPlan):
    model = Ambition
    url_name = "ambitions"
    form_class = AmbitionForm


class AmbitionList(AmbitionViews, InCoalitionListView):
    columns = [Column("text", gettext_lazy("Ambitie")), Column("order", gettext_lazy("Volgorde"))]


class AmbitionCreate(AmbitionViews, InCoalitionCreateView):
    pass


class AmbitionUpdate(AmbitionViews, InCoalitionUpdateView):
    pass


class AmbitionDelete(AmbitionViews, InCoalitionDeleteView):
    pass


class GoalViews(_InPlan):
    model = Goal
    url_name = "goals"
    form_class = GoalForm


class GoalList(GoalViews, InCoalitionListView):
    select_related = ("theme", "ambition")
    columns = [
        Column("title", gettext_lazy("Doel")),
        Column("action_line", gettext_lazy("Actielijn")),
        Column("theme", gettext_lazy("Thema")),
        Column(lambda goal: ", ".join(goal.topic_labels()), gettext_lazy("Onderwerpen")),
        Column("measure", gettext_lazy("Meten")),
    ]

    def list_url(self):
        from django.urls import reverse

        return reverse("plans:goals-list", args=[self.coalition.pk])


class GoalCreate(GoalViews, InCoalitionCreateView):
    pass


class GoalUpdate(GoalViews, InCoalitionUpdateView):
    pass


class GoalDelete(GoalViews, InCoalitionDeleteView):
    pass
