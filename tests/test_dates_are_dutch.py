# SPDX-License-Identifier: EUPL-1.2
"""One date format across the site: every page a project lead reaches shows dates as 05-12-2026, never as
2026-12-05, 5 december 2026 or Dec. 5, 2026. The test walks the coalition's pages from its overview."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape

import pytest

from apps.core.testing import factories as f

MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          "jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec|January|February|March|May|June|July|August|October")
NOT_DUTCH = [
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),  # ISO, as Python prints a date
    re.compile(rf"\b\d{{1,2}}\.? ({MONTHS})\.? \d{{4}}\b", re.IGNORECASE),  # 5 december 2026
    re.compile(rf"\b({MONTHS})\.? \d{{1,2}}, \d{{4}}\b", re.IGNORECASE),  # Dec. 5, 2026
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"),  # 12/05/2026
]
LINK = re.compile(r'href="(/coalities/\d+/[^"#?]*)"')


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return unescape(re.sub(r"<[^>]+>", " ", html))


@pytest.mark.django_db
def test_every_coalition_page_writes_dates_the_dutch_way(client_a, coalition_a, lead_a):
    action = f.ActionFactory(coalition=coalition_a, due_date=dt.date(2026, 9, 30))
    f.ProgressNoteFactory(action=action, date=dt.date(2026, 3, 2))
    f.MeetingFactory(coalition=coalition_a, date=dt.date(2026, 11, 12))
    f.CostRequestFactory(coalition=coalition_a, amount=Decimal("1250.00"), submitted_on=dt.date(2026, 2, 3))
    action.status = "in_bud"
    action.save()

    start = f"/coalities/{coalition_a.pk}/"
    seen, queue, dates_seen = set(), [start], 0
    while queue and len(seen) < 80:
        url = queue.pop(0)
        if url in seen or any(word in url for word in ("verwijderen", "document", "uitloggen")):
            continue
        seen.add(url)
        response = client_a.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        text = visible_text(html)
        for pattern in NOT_DUTCH:
            found = pattern.search(text)
            assert not found, f"{url}: {found.group(0)!r}"
        dates_seen += len(re.findall(r"\b\d{2}-\d{2}-\d{4}\b", text))
        queue.extend(link for link in LINK.findall(html) if link.startswith(start) and link not in seen)

    assert len(seen) > 15  # the walk reached the workspace, not just the overview
    assert dates_seen > 5  # and the dates it checked were there, in the Dutch form
