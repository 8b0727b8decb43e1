# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django.http import Http404
from django.views.generic import TemplateView

from apps.coalitions.access import Cap, visible_coalitions
from apps.coalitions.scoped import CoalitionMixin
from apps.core.exports import Column, export_response, pdf_response
from apps.overview.figures import coalition_figures, regional_figures


class PrintableMixin:
    """`?print=1` gives the printable page, `?format=pdf` the same as PDF."""

    print_template = ""

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "pdf":
            context = self.get_context_data(**kwargs)
            return pdf_response(self.print_template, context, f"{self.pdf_name} {self.coalition.name}", request)
        return super().get(request, *args, **kwargs)

    def get_template_names(self):
        if self.request.GET.get("print"):
            return [self.print_template]
        return super().get_template_names()


class CoalitionOverview(PrintableMixin, CoalitionMixin, TemplateView):
    template_name = "overview/coalition.html"
    print_template = "overview/coalition_print.html"
    pdf_name = "overzicht"
    section = "overview"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **coalition_figures(self.coalition),
                "can_manage": Cap.MANAGE in self.caps, "can_edit_actions": Cap.EDIT_ACTIONS in self.caps}


class RegionalOverview(PrintableMixin, CoalitionMixin, TemplateView):
    template_name = "overview/regional.html"
    print_template = "overview/regional_print.html"
    pdf_name = "regio-overzicht"
    section = "regional"

    def get(self, request, *args, **kwargs):
        if not self.coalition.is_regional:
            raise Http404
        if request.GET.get("format") in ("csv", "xlsx"):
            figures = regional_figures(self.coalition, visible_coalitions(request.user).values("pk"))
            columns = [
                Column(lambda r: r["municipality"].name, "Gemeente"),
                Column(lambda r: r["coalition"].name if r["coalition"] else "", "Lokale coalitie"),
                Column(lambda r: r["met"], "Minimale eisen voldaan (van 9)"),
                Column(lambda r: ", ".join(r["unmet_titles"]), "Minimale eisen nog open"),
                *[Column(lambda r, i=i: r["domains"][i] if r["domains"] else None, f"Partners {label}")
                  for i, label in enumerate(figures["domain_labels"])],
                *[Column(lambda r, i=i: r["flowerbed"][i] if r["flowerbed"] else None, f"Acties {label}")
                  for i, label in enumerate(figures["flowerbed_labels"])],
                Column(lambda r: r["budget_left"], f"Budget {figures['year']} over"),
                Column(lambda r: r["attendees"], "Deelnemers regionale bijeenkomsten"),
                Column(lambda r: r["meetings_attended"], "Bijeenkomsten bijgewoond"),
            ]
            return export_response(figures["rows"], columns, request.GET["format"],
                                   f"regio-overzicht {self.coalition.name}")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        figures = regional_figures(self.coalition, visible_coalitions(self.request.user).values("pk"))
        return {**super().get_context_data(**kwargs), **figures}
