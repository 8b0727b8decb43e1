# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from apps.core.testing import factories as f
from apps.monitoring.engine.seed import seed
from apps.monitoring.models import Indicator, Observation, Story
from apps.monitoring.report.yearly import render_markdown

pytestmark = pytest.mark.django_db
YEAR = dt.date.today().year


def test_markdown_is_rendered_and_sanitised():
    html = str(render_markdown("# Kop\n\n**vet** <script>alert(1)</script> [link](javascript:alert(1)) "
                               "[goed](https://example.org)"))
    assert "<strong>vet</strong>" in html and "<h3>Kop</h3>" in html
    assert "<script" not in html and "javascript:" not in html
    assert 'href="https://example.org"' in html and 'rel="noopener noreferrer"' in html


def test_yearly_report_page_pdf_and_export(client_a, coalition_a):
    seed(range(YEAR - 3, YEAR + 1), codes=["big2", "preterm"])
    Story.objects.create(coalition=coalition_a, year=YEAR, title="Het eerste jaar",
                         body="We bereikten **veel** ouders.")
    Story.objects.create(coalition=coalition_a, year=YEAR - 1, title="Vorig jaar", body="Oud verhaal")
    url = reverse("monitoring:report", args=[coalition_a.pk])
    response = client_a.get(url + f"?jaar={YEAR}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Het eerste jaar" in html and "<strong>veel</strong>" in html and "Vorig jaar" not in html
    assert "Meppel" in html and "Big2" in html and "Synthetisch" in html
    assert "Acties per status" in html and "Partners per domein" in html
    pdf = client_a.get(url + f"?jaar={YEAR}&format=pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    csv = client_a.get(url + f"?jaar={YEAR}&format=csv")
    assert csv.status_code == 200 and "big2" in csv.content.decode("utf-8-sig")


def test_report_and_stories_are_coalition_data(client, coalition_a, lead_b, viewer_a):
    client.force_login(lead_b)
    assert client.get(reverse("monitoring:report", args=[coalition_a.pk])).status_code == 404
    assert client.get(reverse("monitoring:stories-list", args=[coalition_a.pk])).status_code == 404
    client.force_login(viewer_a)
    assert client.get(reverse("monitoring:report", args=[coalition_a.pk])).status_code == 200
    response = client.post(reverse("monitoring:stories-create", args=[coalition_a.pk]),
                           {"year": YEAR, "title": "x", "body": "y", "order": 0})
    assert response.status_code == 403 and not Story.objects.exists()


def test_lead_writes_a_story_and_a_local_indicator_with_values(client_a, coalition_a):
    response = client_a.post(reverse("monitoring:stories-create", args=[coalition_a.pk]),
                             {"year": YEAR, "title": "Moeder Anna vertelt", "body": "Tekst", "order": 0})
    assert response.status_code == 302 and Story.objects.get().coalition == coalition_a
    response = client_a.post(reverse("monitoring:local-indicators-create", args=[coalition_a.pk]),
                             {"name": "Ouders bereikt met Stevig Ouderschap", "definition": "", "unit": "count",
                              "better": "higher", "action_line": "after", "source": "eigen registratie"})
    indicator = Indicator.objects.get(coalition=coalition_a)
    assert response.status_code == 302 and indicator.kind == "local" and indicator.code.startswith("lokaal-")
    detail = reverse("monitoring:local-indicator-detail", args=[coalition_a.pk, indicator.pk])
    assert client_a.post(detail, {"year": YEAR, "numerator": 37}).status_code == 302
    assert client_a.post(detail, {"year": YEAR, "numerator": 41}).status_code == 302  # corrected, not doubled
    obs = Observation.objects.get(indicator=indicator)
    assert obs.value == 41 and obs.area.code == f"KS{coalition_a.pk}"
    bad = client_a.post(detail, {"year": "x", "numerator": -1})
    assert bad.status_code == 400 and Observation.objects.filter(indicator=indicator).count() == 1
    report = client_a.get(reverse("monitoring:report", args=[coalition_a.pk]) + f"?jaar={YEAR}").content.decode()
    assert "Ouders bereikt met Stevig Ouderschap" in report and "41" in report and "Moeder Anna vertelt" in report


def test_local_indicator_percent_needs_a_denominator(client_a, coalition_a):
    indicator = Indicator.objects.create(code="lokaal-x", name="Bereik", unit="percent", kind="local",
                                         coalition=coalition_a)
    detail = reverse("monitoring:local-indicator-detail", args=[coalition_a.pk, indicator.pk])
    response = client_a.post(detail, {"year": YEAR, "numerator": 30, "denominator": 20})
    assert response.status_code == 400 and "groter dan de noemer" in response.content.decode()
    other = f.CoalitionFactory(municipality=f.municipality("GM0983"))
    foreign = Indicator.objects.create(code="lokaal-y", name="Ander", unit="count", kind="local", coalition=other)
    assert client_a.get(reverse("monitoring:local-indicator-detail",
                                args=[coalition_a.pk, foreign.pk])).status_code == 404


def test_the_year_choice_offers_only_years_with_data(client_a, coalition_a):
    seed(range(2019, 2022), codes=["big2"])
    Story.objects.create(coalition=coalition_a, year=2023, title="Verhaal", body="Tekst")
    url = reverse("monitoring:report", args=[coalition_a.pk])

    response = client_a.get(url)
    assert list(response.context["years"]) == [2023, 2021, 2020, 2019]
    assert response.context["year"] == 2023  # the latest year with data, not an empty current year
    html = response.content.decode()
    options = re.findall(r'<option value="(\d{4})"', html)
    assert options == ["2023", "2021", "2020", "2019"]
    assert client_a.get(url + "?jaar=2016").context["year"] == 2023  # a year without data is not reported on
    assert client_a.get(url + "?jaar=2020").context["year"] == 2020
