# SPDX-License-Identifier: EUPL-1.2
"""Care pathways of a coalition (list, edit, steps in order) and the lookup a professional uses."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from apps.coalitions.access import Cap
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column
from apps.core.views import int_or_404
from apps.directory.models import CarePathway, PathwayStep
from apps.directory.pathways import core as pathways
from apps.directory.pathways.forms import CarePathwayForm, LookupForm, PathwayStepForm

SECTION = "pathways"


class PathwayViews:
    model = CarePathway
    namespace = "directory"
    url_name = "pathways"
    section = SECTION
    form_class = CarePathwayForm


class PathwayList(PathwayViews, InCoalitionListView):
    template_name = "directory/pathways/pathway_list.html"
    detail_url_name = "pathway-detail"
    intro = gettext_lazy("Per situatie de afgesproken route: wie signaleert, wie het eerste contact heeft, "
                         "welk aanbod volgt en wie de warme overdracht doet.")
    columns = [
        Column("title", gettext_lazy("Zorgpad")),
        Column("situation", gettext_lazy("Situatie")),
        Column("step_count", gettext_lazy("Stappen")),
        Column("updated_at", gettext_lazy("Bijgewerkt")),
    ]

    def get_queryset(self):
        return super().get_queryset().annotate(step_count=Count("steps")).order_by("title")


class PathwayCreate(PathwayViews, InCoalitionCreateView):
    def get_initial(self):
        situation = self.request.GET.get("situatie", "")
        return {"situation": situation, "title": pathways.SUGGESTED_TITLES.get(situation, "")}

    def get_success_url(self):
        return reverse("directory:pathway-detail", args=[self.coalition.pk, self.object.pk])


class PathwayUpdate(PathwayViews, InCoalitionUpdateView):
    def get_success_url(self):
        return reverse("directory:pathway-detail", args=[self.coalition.pk, self.object.pk])


class PathwayDelete(PathwayViews, InCoalitionDeleteView):
    pass


class PathwayDetail(CoalitionMixin, TemplateView):
    """The pathway with its steps; editors move steps up and down with plain POST buttons."""

    template_name = "directory/pathways/pathway_detail.html"
    section = SECTION
    model = CarePathway

    def get_pathway(self) -> CarePathway:
        queryset = CarePathway.objects.filter(coalition=self.coalition).prefetch_related(
            pathways.steps_with_contacts())
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pathway = self.get_pathway()
        pathways.mark_stale(pathways.services_of(pathway))
        context.update(pathway=pathway, steps=list(pathway.steps.all()), can_edit=Cap.EDIT in self.caps)
        return context

    def post(self, request, *args, **kwargs):
        if Cap.EDIT not in self.caps:
            raise PermissionDenied
        pathway = self.get_pathway()
        direction = request.POST.get("direction", "")
        step = get_object_or_404(PathwayStep, pathway=pathway, pk=int_or_404(request.POST.get("step")))
        if direction not in ("up", "down"):
            messages.error(request, _("Onbekende richting."))
        elif pathways.move_step(step, direction):
            messages.success(request, _("Stap ‘%(step)s’ is verplaatst.") % {"step": step.title})
        return redirect(reverse("directory:pathway-detail", args=[self.coalition.pk, pathway.pk]) + f"#stap-{step.pk}")


class StepMixin(CoalitionMixin):
    capability = Cap.EDIT
    section = SECTION
    template_name = "directory/pathways/step_form.html"

    def detail_url(self, pathway: CarePathway) -> str:
        return reverse("directory:pathway-detail", args=[self.coalition.pk, pathway.pk])


class StepCreate(StepMixin, FormView):
    form_class = PathwayStepForm

    def get_pathway(self) -> CarePathway:
        return get_object_or_404(CarePathway, coalition=self.coalition, pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        pathway = self.get_pathway()
        kwargs = super().get_form_kwargs()
        kwargs.update(coalition=self.coalition, user=self.request.user,
                      instance=PathwayStep(pathway=pathway, order=pathways.next_order(pathway)))
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pathway = self.get_pathway()
        context.update(pathway=pathway, cancel_url=self.detail_url(pathway))
        return context

    def form_valid(self, form):
        step = form.save()
        messages.success(self.request, _("Stap ‘%(step)s’ is toegevoegd.") % {"step": step.title})
        return redirect(self.detail_url(step.pathway) + f"#stap-{step.pk}")


class StepUpdate(StepMixin, FormView):
    form_class = PathwayStepForm
    model = PathwayStep

    def get_step(self) -> PathwayStep:
        return get_object_or_404(PathwayStep.objects.select_related("pathway"),
                                 pathway__coalition=self.coalition, pk=self.kwargs["pk"])

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(coalition=self.coalition, user=self.request.user, instance=self.get_step())
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        step = context["form"].instance
        context.update(pathway=step.pathway, step=step, cancel_url=self.detail_url(step.pathway),
                       delete_url=reverse("directory:pathway-step-delete", args=[self.coalition.pk, step.pk]))
        return context

    def form_valid(self, form):
        step = form.save()
        messages.success(self.request, _("Stap ‘%(step)s’ is opgeslagen.") % {"step": step.title})
        return redirect(self.detail_url(step.pathway) + f"#stap-{step.pk}")


class StepDelete(StepMixin, TemplateView):
    template_name = "directory/pathways/step_confirm_delete.html"
    model = PathwayStep

    def get_step(self) -> PathwayStep:
        return get_object_or_404(PathwayStep.objects.select_related("pathway"),
                                 pathway__coalition=self.coalition, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        step = self.get_step()
        context.update(step=step, pathway=step.pathway, cancel_url=self.detail_url(step.pathway))
        return context

    def post(self, request, *args, **kwargs):
        step = self.get_step()
        pathway, title = step.pathway, step.title
        step.delete()
        pathways.renumber(pathway)
        messages.success(request, _("Stap ‘%(step)s’ is verwijderd.") % {"step": title})
        return redirect(self.detail_url(pathway))


class Lookup(LoginRequiredMixin, TemplateView):
    """Zorgpadentool: situation + municipality (or postcode) → the pathway that applies, with current contacts."""

    template_name = "directory/pathways/lookup.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        asked = bool(self.request.GET)
        form = LookupForm(self.request.GET or None)
        result = pathways.lookup(form.cleaned_data["situation"], form.cleaned_data["municipality"]) \
            if asked and form.is_valid() else None
        context.update(form=form, result=result)
        return context
