# SPDX-License-Identifier: EUPL-1.2
"""The monitoring demo data: synthetic perinatal figures for Meppel and its yearly-report content, loaded once."""

from __future__ import annotations

from io import StringIO
from types import SimpleNamespace

import pytest

from apps.demo import monitoring as demo
from apps.monitoring.models import ImportBatch, Observation

pytestmark = pytest.mark.django_db


def test_demo_stores_meppel_big2_with_trend_and_comparisons_once(settings):
    command = SimpleNamespace(stdout=StringIO(), municipalities={"GM0119": None})
    demo.load(command)
    batch = ImportBatch.objects.get(key=demo.DEMO_KEY)
    assert batch.synthetic
    big2 = Observation.objects.filter(batch=batch, indicator__code="big2")
    assert big2.filter(area__code="GM0119", period_end=2023).count() == 2  # 2023 and 2019-2023
    assert big2.filter(area__code="GM0119", period_start__gte=2019).count() == 6
    assert big2.filter(area__code="PV22", period_start=2023).exists()
    assert big2.filter(area__code="NL", period_start=2023).exists()
    assert big2.filter(area__code="7942", period_start=2019, period_end=2023).exists()
    assert not big2.filter(area__level="pc4").exclude(area__parent__code="GM0119").exists()
    for code in ("perinatal_mortality", "perinatal_mortality_22", "stillbirth", "stillbirth_22"):
        assert Observation.objects.filter(batch=batch, indicator__code=code, area__code="GM0119").exists(), code
    meppel_22 = Observation.objects.get(batch=batch, indicator__code="perinatal_mortality_22", area__code="NL",
                                        period_start=2019, period_end=2019)
    assert 5 < meppel_22.value < 10  # per 1000, calibrated on VZinfo's 7.3 per 1000 (2019)
    rows = batch.rows
    demo.load(command)
    assert ImportBatch.objects.filter(key=demo.DEMO_KEY).count() == 1
    assert ImportBatch.objects.get(key=demo.DEMO_KEY).rows == rows
    assert "staan er al" in command.stdout.getvalue()


def test_demo_report_content_for_meppel_is_loaded_once():
    import datetime as dt

    from apps.core.testing.factories import CoalitionFactory
    from apps.monitoring.models import Indicator, Story
    from apps.monitoring.report.yearly import local_values, report_context

    meppel = CoalitionFactory(name=demo.MEPPEL)
    command = SimpleNamespace(stdout=StringIO(), users={}, coalitions={demo.MEPPEL: meppel})
    demo.load_report_content(command, meppel)
    demo.load_report_content(command, meppel)
    assert Story.objects.filter(coalition=meppel).count() == 3
    year = dt.date.today().year
    context = report_context(meppel, year)
    assert [story.title for story, _html in context["stories"]] == [
        "Samen aan tafel bij het inloopspreekuur", "Voorlichting in de eigen taal"]
    assert "<strong>brede inloopspreekuur</strong>" in context["stories"][0][1]
    local = local_values(meppel)
    assert len(local) == 3 and Indicator.objects.filter(coalition=meppel).count() == 3
    carrousel = local[0]
    assert carrousel["indicator"].name.startswith("Ouders bereikt per interventie")
    assert [(o.period_start, o.value) for o in carrousel["rows"]] == [(2023, 64), (2024, 81), (2025, 97)]
    assert Observation.objects.filter(indicator__coalition=meppel).count() == 9
