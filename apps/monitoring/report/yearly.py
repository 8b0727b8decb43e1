# SPDX-License-Identifier: EUPL-1.2
"""The yearly report (voortgangsrapportage) of a coalition, and safe rendering of its Markdown stories."""

from __future__ import annotations

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
