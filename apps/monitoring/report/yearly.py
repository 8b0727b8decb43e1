# SPDX-License-Identifier: EUPL-1.2
"""The yearly report (voortgangsrapportage) of a coalition, and safe rendering of its Markdown stories."""

from __future__ import annotations

import datetime as dt

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

from apps.monitoring.areas import coalition_area, coalition_member_areas
from apps.monitoring.models import Indicator, Kind, Story
from apps.monitoring.pages import fmt, process
from apps.monitoring.pages.dashboard import area_figures, outcome_indicators
from apps.monitoring.pages.selection import cells
from apps.monitoring.pages.workspace import process_figures

ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "h3", "h4", "blockquote", "a", "code",
                "pre", "hr", "table", "thead", "tbody", "tr", "th", "td"}


def render_markdown(text: str) -> SafeString:
    """Markdown → HTML, then nh3 keeps only harmless tags; links get rel="noopener noreferrer"."""
    html = markdown.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")
    # Headings in a story sit under the story's own h2/h3, so h1/h2 become h3 (heading order stays valid).
    html = html.replace("<h1>", "<h3>").replace("</h1>", "</h3>").replace("<h2>", "<h3>").replace("</h2>", "</h3>")
    cleaned = nh3.clean(html, tags=ALLOWED_TAGS, attributes={"a": {"href", "title"}, "th": {"align"},
                                                             "td": {"align"}},
                        url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")
    return mark_safe(cleaned)  # noqa: S308 - sanitised by nh3 just above


def local_values(coalition, year: int | None = None) -> list[dict]:
    """The coalition's own indicators with their values per year (until `year`)."""
    indicators = list(Indicator.objects.filter(coalition=coalition, kind=Kind.LOCAL))
    if not indicators:
        return []
    area = coalition_area(coalition)
    data = cells(indicators, [area], years=(1900, year) if year else None)
    result = []
    for indicator in indicators:
        rows = sorted((obs for (iid, _a, _s, _e), obs in data.items() if iid == indicator.pk),
                      key=lambda o: o.period_start)
        result.append({"indicator": indicator, "rows": rows})
    return result


def years_with_data(coalition) -> list[int]:
    """The years a report can be about, newest first: a figure for the coalition or a member, or a story.

    Without any, the current year alone (the workspace figures are always there)."""
    from apps.monitoring.models import Area, Level, Observation

    members = list(coalition_member_areas(coalition).values_list("pk", flat=True))
    own = Area.objects.filter(level=Level.COALITION_REGION, code=f"KS{coalition.pk}").values_list("pk", flat=True)
    years = set(Observation.objects.filter(area_id__in=[*members, *own]).values_list("period_end", flat=True)
                .distinct().order_by())
    years |= set(Story.objects.filter(coalition=coalition).values_list("year", flat=True).distinct().order_by())
    return sorted(years, reverse=True) or [dt.date.today().year]


def report_context(coalition, year: int) -> dict:
    members = list(coalition_member_areas(coalition))
    indicators = outcome_indicators()
    municipal = [area_figures(area, indicators, until=year) for area in members]
    facts = process.facts([a.municipality_id for a in members if a.municipality_id])
    names = {i.code: i.label for i in Indicator.objects.filter(kind=Kind.PROCESS)}
    stories = [(story, render_markdown(story.body)) for story in Story.objects.filter(coalition=coalition, year=year)]
    return {
        "year": year,
        "members": members,
        "municipal": municipal,
        "process_summary": [(names.get(s.code, s.code), s) for s in process.summarise(facts)],
        "process_per_member": [(area, [(names.get(code, code), facts[area.municipality_id][code])
                                       for code in process.PROCESS_CODES])
                               for area in members if area.municipality_id in facts],
        "figures": process_figures(coalition, year),
        "stories": stories,
        "local": local_values(coalition, year),
        "suppressed_text": fmt.suppressed_text(),
        "synthetic": any(m["synthetic"] for m in municipal),
        "derived_reference": any(m["derived_reference"] for m in municipal),
    }
