# SPDX-License-Identifier: EUPL-1.2
"""The yearly report page of a coalition, with its print, PDF and CSV/XLSX forms.

Coalition data, so it follows apps/coalitions/access.py (CoalitionMixin: 404 for outsiders).
"""

from __future__ import annotations

from django.utils.functional import cached_property
from django.views.generic import TemplateView

from apps.coalitions.access import Cap
from apps.coalitions.scoped import CoalitionMixin
from apps.core.exports import export_response, pdf_response
from apps.monitoring.report.yearly import report_context, years_with_data


def report_year(request, years: list[int]) -> int:
    """The year asked for when it has data, else the latest year that has (`years`, newest first)."""
    try:
        year = int(request.GET.get("jaar", ""))
    except ValueError:
        return years[0]
    return year if year in years else years[0]


class YearlyReport(CoalitionMixin, TemplateView):
    template_name = "monitoring/report.html"
    print_template = "monitoring/report_print.html"
    section = "monitoring"

    def get(self, request, *args, **kwargs):
        year = report_year(request, self.years)
        fmt_ = request.GET.get("format")
        if fmt_ == "pdf":
            context = {**self.get_context_data(**kwargs)}
            return pdf_response(self.print_template, context, f"voortgangsrapportage {year} {self.coalition.name}",
                                request)
        if fmt_ in ("csv", "xlsx"):
            return self.export(fmt_, year)
        return super().get(request, *args, **kwargs)

    def get_template_names(self):
        return [self.print_template] if self.request.GET.get("print") else [self.template_name]

    def get_context_data(self, **kwargs):
        year = report_year(self.request, self.years)
        return {**super().get_context_data(**kwargs), **report_context(self.coalition, year),
                "can_edit": Cap.EDIT in self.caps, "years": self.years}

    @cached_property
    def years(self) -> list[int]:
        return years_with_data(self.coalition)

    def export(self, fmt_: str, year: int):
        from apps.monitoring.pages.dashboard import export_rows
        from apps.monitoring.pages.views import EXPORT_COLUMNS

        context = report_context(self.coalition, year)
        rows = [row for block in context["municipal"] for row in export_rows(block)]
        for item in context["local"]:
            for obs in item["rows"]:
                rows.append({"indicator": item["indicator"].code, "name": item["indicator"].label,
                             "area_code": f"KS{self.coalition.pk}", "area": self.coalition.name,
                             "period": obs.period_label, "unit": item["indicator"].get_unit_display(),
                             "value": None if obs.suppressed else obs.value,
                             "ci_low": None if obs.suppressed else obs.ci_low,
                             "ci_high": None if obs.suppressed else obs.ci_high,
                             "numerator": None if obs.suppressed else obs.numerator,
                             "denominator": None if obs.suppressed else obs.denominator,
                             "suppressed": obs.suppressed, "synthetic": obs.synthetic})
        return export_response(rows, EXPORT_COLUMNS, fmt_, f"voortgangsrapportage {year} {self.coalition.name}")
