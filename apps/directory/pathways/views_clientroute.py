# SPDX-License-Identifier: EUPL-1.2
"""Client route / gap analysis per municipality, and the regional social map of a regional coalition."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from apps.coalitions.access import Cap
from apps.coalitions.scoped import CoalitionMixin
from apps.core.exports import export_response
from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.models import GapNote, Intervention, InterventionOffer
from apps.directory.pathways import clientroute, regional
from apps.directory.pathways.forms import GapNoteForm, InterventionOfferForm


class ClientRoute(CoalitionMixin, TemplateView):
    template_name = "directory/pathways/clientroute.html"
    section = "clientroute"

    def get(self, request, *args, **kwargs):
        self.municipality = clientroute.member_municipality(self.coalition, request.GET.get("gemeente"))
        fmt = request.GET.get("format")
        if fmt in ("csv", "xlsx"):
            route = clientroute.build(self.coalition, self.municipality)
            title = f"{_('klantroute')} {self.municipality.name}"
            return export_response(route.cells, clientroute.export_columns(), fmt, title)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        route = clientroute.build(self.coalition, self.municipality)
        context.update(route=route, municipalities=clientroute.municipalities_of(self.coalition),
                       can_edit=Cap.EDIT in self.caps)
        return context


class GapNoteEdit(CoalitionMixin, TemplateView):
    """Annotate one cell (phase × situation) of a municipality's client route, linked to an action."""

    template_name = "directory/pathways/gapnote_form.html"
    section = "clientroute"
    capability = Cap.EDIT

    def dispatch(self, request, *args, **kwargs):
        if kwargs["phase"] not in Phase.values or kwargs["situation"] not in VulnerabilityFactor.values:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def setup_cell(self):
        self.municipality = clientroute.member_municipality(self.coalition, self.request.GET.get("gemeente"))
        self.phase, self.situation = self.kwargs["phase"], self.kwargs["situation"]
        self.note = GapNote.objects.filter(coalition=self.coalition, municipality=self.municipality,
                                           phase=self.phase, situation=self.situation).first()

    def back_url(self) -> str:
        return (reverse("directory:clientroute", args=[self.coalition.pk]) + f"?gemeente={self.municipality.code}"
                + f"#cel-{self.phase}-{self.situation}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cell = clientroute.build(self.coalition, self.municipality).cell(self.phase, self.situation)
        context.update(
            form=kwargs.get("form") or GapNoteForm(instance=self.note, coalition=self.coalition),
            cell=cell, municipality=self.municipality, note=self.note, cancel_url=self.back_url(),
            phase_label=Phase(self.phase).label, situation_label=VulnerabilityFactor(self.situation).label)
        return context

    def get(self, request, *args, **kwargs):
        self.setup_cell()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.setup_cell()
        if "delete" in request.POST:
            if self.note is not None:
                self.note.delete()
                messages.success(request, _("De notitie is verwijderd."))
            return redirect(self.back_url())
        form = GapNoteForm(request.POST, instance=self.note, coalition=self.coalition)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        note = clientroute.save_note(self.coalition, self.municipality, self.phase, self.situation,
                                     form.cleaned_data["note"], form.cleaned_data.get("action"),
                                     form.cleaned_data.get("create_action", False))
        if form.cleaned_data.get("create_action"):
            messages.success(request, _("De notitie is opgeslagen en de actie ‘%(action)s’ is aangemaakt.")
                             % {"action": note.action.title})
        else:
            messages.success(request, _("De notitie is opgeslagen."))
        return redirect(self.back_url())


class RegionalMixin(CoalitionMixin):
    section = "regional_map"

    def check_regional(self) -> None:
        if not self.coalition.is_regional:
            raise Http404


class RegionalMap(RegionalMixin, TemplateView):
    template_name = "directory/pathways/regional_map.html"

    def get(self, request, *args, **kwargs):
        self.check_regional()
        fmt = request.GET.get("format")
        if fmt in ("csv", "xlsx"):
            regional_map = regional.build(self.coalition)
            title = f"{_('regionale sociale kaart')} {self.coalition.name}"
            return export_response(regional_map.rows, regional.export_columns(regional_map), fmt, title)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(map=regional.build(self.coalition), can_edit=Cap.EDIT in self.caps)
        return context


class OfferEdit(RegionalMixin, TemplateView):
    """The inventory of one cell: planned / not offered / offered (with a note) where the directory has nothing."""

    template_name = "directory/pathways/offer_form.html"
    capability = Cap.EDIT

    def setup_cell(self):
        self.check_regional()
        self.municipality = clientroute.member_municipality(self.coalition, self.request.GET.get("gemeente"))
        self.intervention = get_object_or_404(Intervention, code=self.kwargs["intervention"])
        self.offer = InterventionOffer.objects.filter(coalition=self.coalition, municipality=self.municipality,
                                                      intervention=self.intervention).first()

    def back_url(self) -> str:
        return reverse("directory:regional-map", args=[self.coalition.pk]) + f"#rij-{self.intervention.code}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cell = regional.build(self.coalition).cell(self.intervention.code, self.municipality.code)
        context.update(form=kwargs.get("form") or InterventionOfferForm(instance=self.offer), cell=cell,
                       intervention=self.intervention, municipality=self.municipality, offer=self.offer,
                       cancel_url=self.back_url())
        return context

    def get(self, request, *args, **kwargs):
        self.setup_cell()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.setup_cell()
        if "delete" in request.POST:
            if self.offer is not None:
                self.offer.delete()
                messages.success(request, _("De vastlegging is verwijderd."))
            return redirect(self.back_url())
        instance = self.offer or InterventionOffer(coalition=self.coalition, municipality=self.municipality,
                                                   intervention=self.intervention)
        form = InterventionOfferForm(request.POST, instance=instance)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(request, _("%(intervention)s in %(municipality)s is vastgelegd.")
                         % {"intervention": self.intervention.name, "municipality": self.municipality.name})
        return redirect(self.back_url())
