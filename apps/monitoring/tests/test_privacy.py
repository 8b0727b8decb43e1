# SPDX-License-Identifier: EUPL-1.2
"""Privacy: a suppressed cell's numbers appear nowhere a user can see or download them.

One world with suppressed cells (Meppel 7 of 389, its postcodes 7942: 4 of 173 and 7941: 3 of 216), walked through
every output: dashboard HTML and its data tables, CSV and XLSX exports, the map (titles and its export), the
postcode zoom with the funnel plot, the API (observations and results) and the yearly report (page, print HTML that
becomes the PDF, its exports). The distinctive denominators and the values they would give must never show.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from apps.monitoring.exchange.importer import run_import
from apps.monitoring.models import Observation

pytestmark = pytest.mark.django_db

YEAR = dt.date.today().year - 1
DATA = (f"indicator;gebied;periode;teller;noemer\n"
        f"big2;NL;{YEAR};24800;167500\nbig2;PV22;{YEAR};620;4600\n"
        f"big2;GM0119;{YEAR};7;389\nbig2;7942;{YEAR};4;173\nbig2;7941;{YEAR};3;216\n").encode()
# Denominators and numerators as numbers, and the values per 1000 they would give (7/389, 4/173, 3/216).
LEAKS = [r"(?<![\d.,])389(?![\d])", r"(?<![\d.,])173(?![\d])", r"(?<![\d.,])216(?![\d])",
         r"17[.,]99", r"18,0(?!\d)", r"23[.,]12", r"23,1(?!\d)", r"13[.,]89", r"13,9(?!\d)"]


GEOMETRY = re.compile(r'\s(?:d|points|x|y|x1|x2|y1|y2|cx|cy|r|width|height|viewBox|transform)="[^"]*"')


def leaks(text: str) -> list[str]:
    """Which suppressed numbers show; SVG geometry (map outlines, axis positions) is not a number shown."""
    text = GEOMETRY.sub("", text)
    return [pattern for pattern in LEAKS if re.search(pattern, text)]


def xlsx_text(content: bytes) -> str:
    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    return "\n".join(";".join("" if v is None else str(v) for v in row) for sheet in book.worksheets
                     for row in sheet.iter_rows(values_only=True))


def test_no_suppressed_number_leaks_anywhere(client, coalition_a, lead_a):
    result = run_import(DATA, "klein.csv", key="klein")
    assert result.ok, result.errors
    hidden = Observation.objects.filter(area__code__in=["GM0119", "7942", "7941"])
    assert hidden.count() == 3 and all(o.suppressed for o in hidden)
    client.force_login(lead_a)
    dashboard = reverse("monitoring:municipality", args=["GM0119"])
    zoom = reverse("monitoring:postcodes", args=["GM0119"]) + f"?indicator=big2&periode={YEAR}"
    the_map = reverse("monitoring:map") + f"?indicator=big2&periode={YEAR}"
    report = reverse("monitoring:report", args=[coalition_a.pk]) + f"?jaar={YEAR}"
    pages = [dashboard, zoom, the_map, reverse("monitoring:region", args=["GG0706"]), report, report + "&print=1"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert leaks(response.content.decode()) == [], url
    assert "aantal &lt; 10" in client.get(dashboard).content.decode()  # said, not hidden silently
    for url in (dashboard, zoom, the_map, report):
        sep = "&" if "?" in url else "?"
        csv = client.get(url + sep + "format=csv")
        assert csv.status_code == 200, url
        assert leaks(csv.content.decode("utf-8-sig")) == [], url
        xlsx = client.get(url + sep + "format=xlsx")
        assert xlsx.status_code == 200, url
        assert leaks(xlsx_text(xlsx.content)) == [], url
    pdf = client.get(report + "&format=pdf")  # rendered from the print HTML checked above
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    api = APIClient()
    api.force_authenticate(lead_a)
    for path in ("/api/monitoring/observations/?area=GM0119", "/api/monitoring/observations/?area=7942",
                 "/api/monitoring/observations/?level=pc4", "/api/monitoring/results/GM0119/"):
        response = api.get(path)
        assert response.status_code == 200, path
        assert leaks(response.content.decode()) == [], path
    rows = api.get("/api/monitoring/observations/?area=7942").json()
    rows = rows.get("results", rows) if isinstance(rows, dict) else rows
    assert rows and all(r["numerator"] is None and r["denominator"] is None and r["value"] is None for r in rows)


def test_a_suppressed_reference_on_the_postcode_zoom_says_so(client, lead_a):
    run_import(DATA, "klein.csv", key="klein")
    client.force_login(lead_a)
    response = client.get(reverse("monitoring:postcodes", args=["GM0119"]) + f"?indicator=big2&periode={YEAR}")
    assert f"Referentie: Meppel, aantal &lt; 10 ({YEAR})." in response.content.decode()
