# SPDX-License-Identifier: EUPL-1.2
"""What the municipal and regional dashboards show, built from stored observations (never recomputed).

Per indicator: the newest figure of the area (a pooled period when the single year must be suppressed), its
95% interval, the same period for province and country with a significance flag, the trend over the years,
and the charts with their tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.html import format_html_join
from django.utils.translation import gettext as _

from apps.monitoring.engine import stats
from apps.monitoring.models import Area, Better, Indicator, Kind, Level
from apps.monitoring.pages import charts, fmt
from apps.monitoring.pages.selection import Obs, cells


@dataclass
class Comparison:
    area: Area
    obs: Obs | None
    result: str = ""  # "higher" | "lower" | "same" | "" (cannot compare)
    unit: str = ""
    verdict: str = ""  # "better" | "worse" | ""

    @property
    def value_text(self) -> str:
        if self.obs is None:
            return _("geen gegevens")
        if self.obs.suppressed:
            return suppressed_text()
        return fmt.value(self.obs.value, self.unit)

    @property
    def text(self) -> str:
        if not self.result:
            return _("niet te vergelijken")
        return {"higher": _("significant hoger"), "lower": _("significant lager"),
                "same": _("geen significant verschil")}[self.result]


@dataclass
class Figure:
    indicator: Indicator
    obs: Obs | None = None
    comparisons: list[Comparison] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # the trend table
    table_rows: str = ""  # its <tr> elements, built here: a 12-year table per indicator is thousands of lookups
    trend_svg: str = ""
    trend_note: str = ""  # why the trend line is missing or has gaps, in words
    bars_svg: str = ""

    @property
    def value_text(self) -> str:
        if self.obs is None:
            return _("geen gegevens")
        if self.obs.suppressed:
            return suppressed_text()
        return fmt.value(self.obs.value, self.indicator.unit)

    @property
    def interval_text(self) -> str:
        if self.obs is None or self.obs.suppressed:
            return ""
        return fmt.interval(self.obs.ci_low, self.obs.ci_high, self.indicator.unit)


def suppressed_text() -> str:
    return fmt.suppressed_text()


def verdict(indicator: Indicator, result: str) -> str:
    """'gunstig' / 'ongunstig' for a significant difference, given which direction is better."""
    if result not in ("higher", "lower") or indicator.better == Better.NEUTRAL:
        return ""
    good = (result == "lower") == (indicator.better == Better.LOWER)
    return "better" if good else "worse"


def compare(obs: Obs | None, reference: Obs | None) -> str:
    if obs is None or reference is None or obs.suppressed or reference.suppressed:
        return ""
    if obs.numerator is None or not obs.denominator:
        return ""
    p_ref = reference.proportion
    if p_ref is None and reference.value is not None:
        return ""  # a value without counts has no known scale to compare against safely
    return stats.compare_to_reference(obs.numerator, obs.denominator, p_ref)


def ancestors(area: Area) -> list[Area]:
    """Province and country of a municipality (or municipality, province, country of a PC4)."""
    chain, current = [], area.parent
    while current is not None:
        chain.append(current)
        current = current.parent
    return chain


def outcome_indicators() -> list[Indicator]:
    return list(Indicator.objects.filter(coalition__isnull=True).exclude(kind=Kind.PROCESS))


def area_figures(area: Area, indicators: list[Indicator] | None = None, until: int | None = None) -> dict:
    """Every indicator of an area; with `until`, only periods ending in or before that year (yearly report)."""
    indicators = indicators if indicators is not None else outcome_indicators()
    references = [a for a in ancestors(area) if a.level in (Level.PROVINCE, Level.COUNTRY)]
    data = cells(indicators, [area, *references], years=(1900, until) if until else None)
    by_indicator: dict[int, dict] = {}
    for (indicator_id, area_id, start, end), obs in data.items():
        by_indicator.setdefault(indicator_id, {}).setdefault(area_id, {})[(start, end)] = obs
    figures = [figure(indicator, area, references, by_indicator.get(indicator.pk, {})) for indicator in indicators]
    used = list(data.values())
    return {
        "area": area,
        "references": references,
        "figures": figures,
        "synthetic": any(o.synthetic for o in used),
        "derived_reference": any(o.derived_reference for o in used),
        "threshold": stats.suppression_threshold(),
    }


def figure(indicator: Indicator, area: Area, references: list[Area], data: dict[int, dict]) -> Figure:
    own = data.get(area.pk, {})
    result = Figure(indicator)
    yearly = {start: obs for (start, end), obs in own.items() if start == end}
    headline = pick_headline(own)
    if headline is None:
        return result
    result.obs = headline
    period = (headline.period_start, headline.period_end)
    for ref in references:
        ref_obs = data.get(ref.pk, {}).get(period)
        outcome = compare(headline, ref_obs)
        result.comparisons.append(Comparison(ref, ref_obs, outcome, unit=indicator.unit,
                                             verdict=verdict(indicator, outcome)))
    unit = indicator.unit
    years = sorted({start for ref in [area, *references] for (start, end) in data.get(ref.pk, {}) if start == end})
    for year in years:
        row = {"year": year, "own": _cell(yearly.get(year), unit)}
        for index, ref in enumerate(references):
            row[f"ref{index}"] = _cell(data.get(ref.pk, {}).get((year, year)), unit)
        row["refs"] = [row[f"ref{i}"] for i in range(len(references))]
        result.rows.append(row)
    result.table_rows = format_html_join(
        "", "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td>{}</td>{}</tr>",
        ((row["year"], row["own"]["value"], row["own"]["interval"],
          format_html_join("", "<td class=\"num\">{}</td>", ((cell["value"],) for cell in row["refs"])))
         for row in result.rows))
    series = [charts.Series(area.name, [_point(y, yearly.get(y)) for y in years], charts.MAIN, band=True)]
    styles = [(charts.PROVINCE, "6 4"), (charts.COUNTRY, "2 3")]
    for ref, (colour, dash) in zip(references, styles, strict=False):
        points = [_point(y, data.get(ref.pk, {}).get((y, y))) for y in years]
        series.append(charts.Series(ref.name, points, colour, dash))
    result.trend_note = trend_note(area, years, yearly)
    if len(years) > 1:
        result.trend_svg = charts.trend_chart(
            series, unit, _("%(name)s: verloop over de jaren") % {"name": indicator.label},
            _("Lijn per jaar voor %(area)s met 95%%-interval, en voor de vergelijkingsgebieden. "
              "De tabel eronder geeft dezelfde cijfers.") % {"area": area.name})
    bars = [_bar(area.name, headline, emphasis=True)]
    bars += [_bar(c.area.name, c.obs) for c in result.comparisons]
    result.bars_svg = charts.bar_chart(
        bars, unit, _("%(name)s, %(period)s") % {"name": indicator.label, "period": headline.period_label},
        _("Staafdiagram met 95%%-interval: %(area)s vergeleken met provincie en Nederland.") % {"area": area.name})
    return result


def trend_note(area: Area, years: list[int], yearly: dict[int, Obs]) -> str:
    """Why a trend line cannot be drawn (or misses years): said in words, never a silently empty chart."""
    missing = [year for year in years if yearly.get(year) is None or yearly[year].suppressed]
    drawn = len(years) - len(missing)
    small = [year for year in missing if yearly.get(year) is not None]
    if len(years) < 2:
        return _("Geen trendlijn: er zijn cijfers voor één jaar; voor een lijn zijn er minstens twee nodig.")
    if drawn < 2:
        if small:
            return _("Geen trendlijn voor %(area)s: in %(n)s van de %(total)s jaren is het aantal te klein om te "
                     "tonen (%(text)s); een lijn heeft minstens twee getoonde jaren nodig. De cijfers over "
                     "meerdere jaren samen staan hierboven.") % {
                "area": area.name, "n": len(small), "total": len(years), "text": suppressed_text()}
        return _("Geen trendlijn voor %(area)s: er zijn cijfers voor minder dan twee jaren.") % {"area": area.name}
    if missing:
        return _("Geen punt voor %(area)s in %(years)s: %(reason)s.") % {
            "area": area.name, "years": ", ".join(str(year) for year in missing),
            "reason": _("aantal te klein om te tonen (%(text)s)") % {"text": suppressed_text()} if small
            else _("geen cijfers")}
    return ""


def pick_headline(own: dict[tuple[int, int], Obs]) -> Obs | None:
    """The figure to show for an area: the latest year; when that must be suppressed, the shortest pooled period
    ending in that year that may be shown."""
    if not own:
        return None
    latest = max(end for (_start, end) in own)
    headline = own.get((latest, latest))
    if headline is None or headline.suppressed:
        pooled = sorted((obs for (start, end), obs in own.items() if end == latest and start < end),
                        key=lambda o: o.period_start, reverse=True)
        shown = [o for o in pooled if not o.suppressed]
        headline = shown[0] if shown else (headline or (pooled[0] if pooled else None))
    return headline


def _cell(obs: Obs | None, unit: str) -> dict:
    if obs is None:
        return {"value": "–", "interval": "", "suppressed": False, "obs": None}
    if obs.suppressed:
        return {"value": suppressed_text(), "interval": "", "suppressed": True, "obs": obs}
    return {"value": fmt.value(obs.value, unit), "interval": fmt.interval(obs.ci_low, obs.ci_high, unit),
            "suppressed": False, "obs": obs}


def _point(year: int, obs: Obs | None) -> tuple[int, float | None, float | None, float | None]:
    if obs is None or obs.suppressed:
        return (year, None, None, None)
    return (year, obs.value, obs.ci_low, obs.ci_high)


def _bar(label: str, obs: Obs | None, emphasis: bool = False) -> charts.Bar:
    if obs is None:
        return charts.Bar(label, None, emphasis=emphasis, note=_("geen gegevens"))
    if obs.suppressed:
        return charts.Bar(label, None, emphasis=emphasis, note=suppressed_text())
    return charts.Bar(label, obs.value, obs.ci_low, obs.ci_high, emphasis=emphasis)


def export_rows(context: dict) -> list[dict]:
    """One long table of every figure on a dashboard, for CSV/XLSX."""
    rows = []
    area = context["area"]
    for fig in context["figures"]:
        for row in fig.rows:
            for target, cell in [(area, row["own"]), *zip(context["references"], row["refs"], strict=False)]:
                obs = cell["obs"]
                if obs is None:
                    continue
                rows.append(export_row(fig.indicator, target, obs))
    return rows


def export_row(indicator: Indicator, area: Area, obs: Obs) -> dict:
    hide = obs.suppressed
    return {
        "indicator": indicator.code, "name": indicator.label, "area_code": area.code, "area": area.name,
        "period": obs.period_label, "unit": indicator.get_unit_display(),
        "value": None if hide else obs.value, "ci_low": None if hide else obs.ci_low,
        "ci_high": None if hide else obs.ci_high, "numerator": None if hide else obs.numerator,
        "denominator": None if hide else obs.denominator, "suppressed": hide, "synthetic": obs.synthetic,
        "suppression_label": fmt.suppressed_text(obs) if hide else "",
    }
