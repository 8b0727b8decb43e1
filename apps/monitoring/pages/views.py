# SPDX-License-Identifier: EUPL-1.2
"""Dashboards: index, municipality, postcode zoom with funnel plot, region (GGD or coalition)."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from apps.coalitions.access import visible_coalitions
from apps.coalitions.models import Coalition
from apps.core.exports import Column, export_response
from apps.monitoring.access import MonitorMixin, can_import
from apps.monitoring.engine import stats
from apps.monitoring.models import Area, Indicator, Kind, Level
from apps.monitoring.pages import charts, fmt, process
from apps.monitoring.pages.dashboard import (
    area_figures,
    compare,
    export_row,
    export_rows,
    outcome_indicators,
    pick_headline,
)
from apps.monitoring.pages.selection import cells, period_coverage, periods_available
from apps.monitoring.pages.workspace import coalitions_for_municipality, process_figures

EXPORT_COLUMNS = [
    Column(lambda r: r["indicator"], "Indicator (code)"),
    Column(lambda r: r["name"], "Indicator"),
    Column(lambda r: r["area_code"], "Gebiedscode"),
    Column(lambda r: r["area"], "Gebied"),
    Column(lambda r: r["period"], "Periode"),
    Column(lambda r: r["unit"], "Eenheid"),
    Column(lambda r: r["value"], "Waarde"),
    Column(lambda r: r["ci_low"], "95%-interval ondergrens"),
    Column(lambda r: r["ci_high"], "95%-interval bovengrens"),
    Column(lambda r: r["numerator"], "Teller"),
    Column(lambda r: r["denominator"], "Noemer"),
    Column(lambda r: r["suppressed"], "Onderdrukt"),
    Column(lambda r: r.get("suppression_label", ""), "Reden onderdrukken"),
    Column(lambda r: r["synthetic"], "Synthetisch"),
]


PROCESS_FACT_COLUMNS = [
    Column(lambda r: r["name"], "Indicator"),
    Column(lambda r: r["fact"].true, "Nu voldaan"),
    Column(lambda r: r["fact"].since, "Sinds"),
    Column(lambda r: r["fact"].last_true, "Laatst voldaan"),
]
PROCESS_SUMMARY_COLUMNS = [
    Column(lambda r: r[0], "Indicator"),
    Column(lambda r: r[1].true, "Gemeenten waar het geldt"),
    Column(lambda r: r[1].total, "Gemeenten"),
    Column(lambda r: round(r[1].share, 1) if r[1].share is not None else None, "Aandeel (%)"),
    Column(lambda r: r[1].last_true, "Laatst voldaan"),
]


def reference_lines(indicator, members: list[Area], shown: list) -> list[charts.RefLine]:
    """The province and the country over the period most of the bars show, as lines across a regional bar chart."""
    from collections import Counter

    from apps.monitoring.areas import COUNTRY_CODE

    periods = Counter((o.period_start, o.period_end) for o in shown if o is not None and not o.suppressed)
    if not periods:
        return []
    period = periods.most_common(1)[0][0]
    provinces = Counter(a.parent_id for a in members if a.parent_id)
    wanted = [Area.objects.filter(pk=provinces.most_common(1)[0][0]).first() if provinces else None,
              Area.objects.filter(level=Level.COUNTRY, code=COUNTRY_CODE).first()]
    wanted = [area for area in wanted if area is not None]
    data = cells([indicator], wanted, years=period)
    lines = []
    for area, (colour, dash) in zip(wanted, [(charts.PROVINCE, "6 4"), (charts.COUNTRY, "2 3")], strict=False):
        obs = data.get((indicator.pk, area.pk, *period))
        if obs is not None and not obs.suppressed and obs.value is not None:
            lines.append(charts.RefLine(area.name, obs.value, colour, dash))
    return lines


def _not_plotted_reason(obs) -> str:
    """Why a postcode has no dot in the funnel plot: every postcode is either drawn or listed with this."""
    if obs is None:
        return _("geen cijfers voor deze periode")
    if obs.suppressed:
        return _("te weinig geboorten om te tonen (%(text)s)") % {"text": fmt.suppressed_text()}
    return _("geen aantal geboorten bekend")


def value_cell(obs, unit: str) -> str:
    """A table cell's content: value with interval (and the pooled period), "< 10" or a dash."""
    if obs is None:
        return "–"
    if obs.suppressed:
        return fmt.suppressed_text(obs)
    text = fmt.value(obs.value, unit)
    if obs.ci_low is not None:
        return format_html("{}<br><small>({})</small>{}", text, fmt.interval(obs.ci_low, obs.ci_high, unit),
                           format_html("<br><small>{}</small>", obs.period_label) if obs.pooled else "")
    return text


def wants_export(request) -> str | None:
    fmt_ = request.GET.get("format")
    return fmt_ if fmt_ in ("csv", "xlsx") else None


def pick_indicator(request, default: str = "big2", kinds=None) -> Indicator:
    qs = Indicator.objects.filter(coalition__isnull=True)
    if kinds:
        qs = qs.filter(kind__in=kinds)
    code = request.GET.get("indicator") or default
    if "\x00" in code:  # PostgreSQL refuses NUL in text; an unknown code falls back like any other
        code = default
    indicator = qs.filter(code=code).first() or qs.filter(code=default).first() or qs.first()
    if indicator is None:
        raise Http404
    return indicator


def pick_period(request, periods: list[tuple[int, int]]) -> tuple[int, int] | None:
    wanted = request.GET.get("periode", "")
    for period in periods:
        if wanted in (f"{period[0]}-{period[1]}", str(period[0]) if period[0] == period[1] else None):
            return period
    return periods[0] if periods else None


def period_label(period: tuple[int, int]) -> str:
    return str(period[0]) if period[0] == period[1] else f"{period[0]}-{period[1]}"


def national_process() -> list:
    names = {i.code: i.label for i in Indicator.objects.filter(kind=Kind.PROCESS)}
    return [(names.get(s.code, s.code), s) for s in process.summarise(process.facts())]


class IndexView(MonitorMixin, TemplateView):
    template_name = "monitoring/index.html"

    def get(self, request, *args, **kwargs):
        fmt_ = wants_export(request)
        if fmt_:
            return export_response(national_process(), PROCESS_SUMMARY_COLUMNS, fmt_, "procesindicatoren Nederland")
        code = request.GET.get("gemeente", "").strip()
        if code and "\x00" not in code:  # PostgreSQL cannot compare text with NUL: "not found" like any other
            area = (Area.objects.filter(level=Level.MUNICIPALITY, code__iexact=code).first()
                    or Area.objects.filter(level=Level.MUNICIPALITY, name__iexact=code).first())
            if area:
                return redirect("monitoring:municipality", code=area.code)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs),
                "municipalities": Area.objects.filter(level=Level.MUNICIPALITY).order_by("name"),
                "regions": Area.objects.filter(level=Level.HEALTH_REGION).order_by("name"),
                "coalitions": [(f"KS{c.pk}", c.name) for c in
                               visible_coalitions(self.request.user).filter(scope="regional").order_by("name")],
                "not_found": bool(self.request.GET.get("gemeente")),
                "process": national_process(),
                "can_import": can_import(self.request.user)}


class MunicipalityDashboard(MonitorMixin, TemplateView):
    template_name = "monitoring/municipality.html"

    def dispatch(self, request, *args, **kwargs):
        self.area = get_object_or_404(Area.objects.select_related("parent__parent", "municipality"),
                                      level=Level.MUNICIPALITY, code=kwargs["code"].upper())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        fmt_ = wants_export(request)
        if fmt_ and request.GET.get("tabel") == "proces":
            context = self.get_context_data(**kwargs)
            rows = [{"name": name, "fact": fact} for name, fact in context["process"]]
            return export_response(rows, PROCESS_FACT_COLUMNS, fmt_, f"procesindicatoren {self.area.name}")
        if fmt_:
            rows = export_rows(area_figures(self.area))
            return export_response(rows, EXPORT_COLUMNS, fmt_, f"monitor {self.area.name}")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = {**super().get_context_data(**kwargs), **area_figures(self.area)}
        municipality = self.area.municipality
        facts = process.facts([municipality.pk])[municipality.pk] if municipality else {}
        names = {i.code: i.label for i in Indicator.objects.filter(kind=Kind.PROCESS)}
        context["process"] = [(names.get(code, code), facts[code]) for code in process.PROCESS_CODES if facts]
        coalitions = coalitions_for_municipality(municipality, visible_coalitions(self.request.user)) \
            if municipality else []
        context["coalition_figures"] = [process_figures(c) for c in coalitions]
        return context


class PostcodeZoom(MonitorMixin, TemplateView):
    """The PC4s of a municipality for one indicator, with a funnel plot around the municipality's value."""

    template_name = "monitoring/postcodes.html"

    def dispatch(self, request, *args, **kwargs):
        self.area = get_object_or_404(Area, level=Level.MUNICIPALITY, code=kwargs["code"].upper())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        context = self.build()
        fmt_ = wants_export(request)
        if fmt_:
            rows = [export_row(context["indicator"], row["area"], row["obs"]) for row in context["rows"] if row["obs"]]
            return export_response(rows, EXPORT_COLUMNS, fmt_, f"postcodes {self.area.name}")
        return self.render_to_response({**self.get_context_data(**kwargs), **context})

    def build(self) -> dict:
        indicator = pick_indicator(self.request, kinds=[Kind.PERINATAL])
        periods = periods_available(indicator, Level.PC4)
        period = pick_period(self.request, periods)
        pc4s = list(Area.objects.filter(level=Level.PC4, parent=self.area).order_by("code"))
        rows, points, not_plotted = [], [], []
        reference = None
        if period:
            data = cells([indicator], [self.area, *pc4s])
            reference = data.get((indicator.pk, self.area.pk, *period))
            for pc4 in pc4s:
                obs = data.get((indicator.pk, pc4.pk, *period))
                result = compare(obs, reference)
                rows.append({"area": pc4, "obs": obs, "result": result,
                             "value": fmt.suppressed_text() if obs and obs.suppressed
                             else fmt.value(obs.value if obs else None, indicator.unit),
                             "interval": "" if not obs or obs.suppressed
                             else fmt.interval(obs.ci_low, obs.ci_high, indicator.unit)})
                if obs and not obs.suppressed and obs.denominator and obs.value is not None:
                    points.append((pc4, obs))
                else:
                    not_plotted.append((pc4, _not_plotted_reason(obs)))
        funnel_svg = ""
        outside = []
        if reference and reference.proportion is not None and points:
            p_ref, scale = reference.proportion, indicator.scale
            n_max = max(obs.denominator for _pc4, obs in points)
            grid = sorted({max(1, round(n_max * (i / 40) ** 2)) for i in range(1, 41)})
            limits = stats.funnel_limits(p_ref, grid)
            own = dict(zip([obs.denominator for _p, obs in points],
                           stats.funnel_limits(p_ref, [obs.denominator for _p, obs in points]), strict=False))
            funnel_points = []
            for pc4, obs in points:
                low, high = own[obs.denominator]
                p = obs.numerator / obs.denominator
                side = "higher" if p > high else "lower" if p < low else ""
                if side:
                    outside.append((pc4, side))
                funnel_points.append(charts.FunnelPoint(pc4.code, obs.denominator, obs.value, side))
            funnel_svg = charts.funnel_plot(
                funnel_points, [(n, lo * scale, hi * scale) for n, (lo, hi) in zip(grid, limits, strict=True)],
                reference.value, indicator.unit,
                _("Trechterdiagram %(name)s: postcodes van %(area)s") % {"name": indicator.label,
                                                                         "area": self.area.name},
                _("Elke postcode als punt: waarde tegen aantal geboorten, met de waarde van %(area)s als lijn en "
                  "95%%-controlegrenzen. Elk punt draagt zijn postcode; gevulde punten liggen buiten de "
                  "grenzen.") % {"area": self.area.name},
                _("aantal (noemer)"))
            # The table says what the plot shows: outside the control limits or not.
            sides = {pc4.pk: side for pc4, side in outside}
            for row in rows:
                if row["obs"] is not None and any(row["area"].pk == pc4.pk for pc4, _obs in points):
                    row["result"] = sides.get(row["area"].pk, "same")
        return {"area": self.area, "indicator": indicator, "periods": [period_label(p) for p in periods],
                "period": period_label(period) if period else "", "rows": rows, "reference": reference,
                # A suppressed reference says so ("< 10"), like every other suppressed cell, not a bare dash.
                "reference_text": (fmt.suppressed_text() if reference and reference.suppressed
                                   else fmt.value(reference.value if reference else None, indicator.unit)),
                "funnel_svg": funnel_svg, "outside": outside, "not_plotted": not_plotted,
                "indicators": Indicator.objects.filter(coalition__isnull=True, kind=Kind.PERINATAL),
                "synthetic": any(r["obs"].synthetic for r in rows if r["obs"]),
                "derived_reference": any(r["obs"].derived_reference for r in rows if r["obs"])}


class RegionView(MonitorMixin, TemplateView):
    """Member municipalities side by side: a GGD region (GG…), a province (PV…) or a regional coalition (KS…)."""

    template_name = "monitoring/region.html"

    def dispatch(self, request, *args, **kwargs):
        code = kwargs["code"].upper()
        self.coalition = None
        if code.startswith("KS"):
            try:
                self.coalition = visible_coalitions(request.user).get(pk=int(code[2:]), scope="regional")
            except (ValueError, Coalition.DoesNotExist):
                raise Http404 from None
            from apps.monitoring.areas import coalition_area, coalition_member_areas

            self.region = coalition_area(self.coalition)
            self.members = list(coalition_member_areas(self.coalition))
        else:
            self.region = get_object_or_404(Area, code=code, level__in=[Level.HEALTH_REGION, Level.PROVINCE])
            if self.region.level == Level.PROVINCE:
                self.members = list(Area.objects.filter(level=Level.MUNICIPALITY, parent=self.region).order_by("name"))
            else:
                self.members = list(Area.objects.filter(level=Level.MUNICIPALITY,
                                                        municipality__health_region__code=code).order_by("name"))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        context = self.build()
        fmt_ = wants_export(request)
        if fmt_ and request.GET.get("tabel") == "proces":
            return export_response(context["process"], PROCESS_SUMMARY_COLUMNS, fmt_,
                                   f"procesindicatoren {self.region.name}")
        if fmt_:
            rows = [export_row(ind, area, obs) for area, row in context["table"] for ind, obs in row if obs]
            return export_response(rows, EXPORT_COLUMNS, fmt_, f"regio {self.region.name}")
        return self.render_to_response({**self.get_context_data(**kwargs), **context})

    def build(self) -> dict:
        from apps.monitoring.pages.dashboard import _bar, suppressed_text

        indicators = outcome_indicators()
        indicator = pick_indicator(self.request)
        data = cells(indicators, self.members)
        by_cell: dict[tuple[int, int], dict] = {}
        for (indicator_id, area_id, start, end), obs in data.items():
            by_cell.setdefault((indicator_id, area_id), {})[(start, end)] = obs
        latest = {key: pick_headline(own) for key, own in by_cell.items()}
        table = [(area, [(ind, latest.get((ind.pk, area.pk))) for ind in indicators]) for area in self.members]
        bars = sorted((_bar(area.name, latest.get((indicator.pk, area.pk))) for area in self.members),
                      key=lambda bar: (bar.value is None, -(bar.value or 0), bar.label))
        lines = reference_lines(indicator, self.members, [latest.get((indicator.pk, a.pk)) for a in self.members])
        svg = charts.bar_chart(bars, indicator.unit, _("%(name)s per gemeente") % {"name": indicator.label},
                               _("Staafdiagram met 95%%-interval per gemeente van %(region)s, van hoog naar laag, "
                                 "met de provincie en Nederland als lijn; de tabel geeft dezelfde cijfers.")
                               % {"region": self.region.name}, lines) if self.members else ""
        facts = process.facts([a.municipality_id for a in self.members if a.municipality_id])
        names = {i.code: i.label for i in Indicator.objects.filter(kind=Kind.PROCESS)}
        return {"region": self.region, "coalition": self.coalition, "members": self.members,
                "indicators": indicators, "indicator": indicator, "bars_svg": svg,
                "table": table, "suppressed_text": suppressed_text(),
                "process": [(names.get(s.code, s.code), s) for s in process.summarise(facts)],
                "synthetic": any(o.synthetic for o in data.values())}


class MapView(MonitorMixin, TemplateView):
    """Choropleth of all municipalities for any indicator and period (pooled periods first, as the RIVM maps)."""

    template_name = "monitoring/map.html"

    def get(self, request, *args, **kwargs):
        from apps.monitoring.pages import maps

        indicator = pick_indicator(request, kinds=[Kind.PERINATAL, Kind.SOCIAL])
        coverage = period_coverage(indicator, Level.MUNICIPALITY)
        periods = sorted(coverage, key=lambda p: (p[1], p[0]), reverse=True)
        # By default the period that covers most municipalities; among equals the newest, pooled first (as the
        # national monitor's municipal maps).
        best = sorted(coverage, key=lambda p: (-coverage[p], -p[1], p[0] == p[1]))
        period = pick_period(request, periods if "periode" in request.GET else best)
        areas = {a.pk: a for a in Area.objects.filter(level=Level.MUNICIPALITY)}
        rows = []
        if period:
            data = cells([indicator], levels=[Level.MUNICIPALITY], years=(period[1], period[1]))
            for area in sorted(areas.values(), key=lambda a: a.name):
                obs = data.get((indicator.pk, area.pk, *period))
                rows.append({"area": area, "obs": obs})
        fmt_ = wants_export(request)
        if fmt_:
            return export_response([export_row(indicator, r["area"], r["obs"]) for r in rows if r["obs"]],
                                   EXPORT_COLUMNS, fmt_, f"kaart {indicator.code} {period_label(period or (0, 0))}")
        highlight = next((a for a in areas.values() if a.code == request.GET.get("gemeente", "").upper()), None)
        values = {r["area"].code: r["obs"].value for r in rows if r["obs"] and not r["obs"].suppressed}
        suppressed = {r["area"].code for r in rows if r["obs"] and r["obs"].suppressed}
        map_classes = maps.classes([v for v in values.values() if v is not None])
        svg = maps.choropleth(
            values, suppressed, map_classes,
            _("Kaart: %(name)s per gemeente, %(period)s") % {"name": indicator.label,
                                                              "period": period_label(period) if period else "–"},
            _("Gemeenten ingekleurd in vijf klassen met evenveel gemeenten; gearceerd: niet getoond wegens kleine "
              "aantallen; wit: geen gegevens. De tabel onder de kaart geeft alle waarden."),
            highlight=highlight.code if highlight else "",
            link=lambda code: reverse("monitoring:municipality", args=[code]))
        table_rows = format_html_join("", '<tr><th scope="row"><a href="{}">{}</a></th><td class="num">{}</td></tr>', (
            (reverse("monitoring:municipality", args=[r["area"].code]), r["area"].name,
             value_cell(r["obs"], indicator.unit)) for r in rows))
        legend = [(maps.legend_swatch(c.colour), f"{fmt.number(c.low)} – {fmt.number(c.high)}") for c in map_classes]
        legend.append((maps.legend_swatch("hatch"), _("niet getoond (%(t)s)") % {"t": fmt.suppressed_text()}))
        legend.append((maps.legend_swatch(maps.NO_DATA), _("geen gegevens")))
        context = {**self.get_context_data(**kwargs), "indicator": indicator, "svg": svg, "legend": legend,
                   "rows": rows, "table_rows": table_rows, "highlight": highlight,
                   "periods": [period_label(p) for p in periods],
                   "period": period_label(period) if period else "", "suppressed_text": fmt.suppressed_text(),
                   "indicators": Indicator.objects.filter(coalition__isnull=True,
                                                          kind__in=[Kind.PERINATAL, Kind.SOCIAL]),
                   "synthetic": any(r["obs"].synthetic for r in rows if r["obs"]),
                   "derived_reference": any(r["obs"].derived_reference for r in rows if r["obs"])}
        return self.render_to_response(context)


class IndicatorList(MonitorMixin, TemplateView):
    template_name = "monitoring/indicators.html"

    def get(self, request, *args, **kwargs):
        fmt_ = wants_export(request)
        if fmt_:
            columns = [Column("code", "Code"), Column("name", "Naam"), Column("name_en", "Engelse naam"),
                       Column("definition", "Definitie"), Column("numerator_definition", "Teller"),
                       Column("denominator_definition", "Noemer"), Column("unit", "Eenheid"),
                       Column("better", "Gunstige richting"), Column("kind", "Soort"), Column("source", "Bron"),
                       Column("action_line", "Actielijn")]
            return export_response(Indicator.objects.filter(coalition__isnull=True), columns, fmt_, "indicatoren")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs),
                "indicators": Indicator.objects.filter(coalition__isnull=True), "threshold": stats.suppression_threshold()}
