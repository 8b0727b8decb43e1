# SPDX-License-Identifier: EUPL-1.2
"""The engine's management commands and the monitoring demo data."""

from __future__ import annotations

from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command

from apps.monitoring import demo
from apps.monitoring.models import BirthWeightReference, ImportBatch, Observation

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def births_file(tmp_path):
    path = tmp_path / "births.parquet"
    run("synth_births", str(path), "--years", "2021-2022", "--births-per-year", "3000", "--seed", "4",
        "--reference-out", str(tmp_path / "ref.csv"))
    return path


def test_synth_births_writes_a_file_and_a_reference(births_file):
    assert births_file.exists()
    assert (births_file.parent / "ref.csv").read_text(encoding="utf-8").startswith("gestational_days,sex,p10_grams")


def test_synth_births_refuses_bad_years(tmp_path):
    with pytest.raises(CommandError, match="Ongeldige jaren"):
        run("synth_births", str(tmp_path / "x.csv"), "--years", "twintig")


def test_compute_indicators_stores_a_synthetic_batch_with_a_derived_reference(births_file):
    output = run("compute_indicators", str(births_file), "--key", "test")
    batch = ImportBatch.objects.get(key="test")
    assert batch.kind == "engine" and batch.synthetic and batch.derived_reference
    assert batch.rows == Observation.objects.filter(batch=batch).count() > 0
    assert "afgeleid" in output
    assert Observation.objects.filter(batch=batch, area__code="NL", indicator__code="big2",
                                      period_start=2021, period_end=2021).exists()


def test_a_loaded_reference_is_used_and_recorded(births_file):
    run("load_birthweight_reference", str(births_file.parent / "ref.csv"))
    assert BirthWeightReference.objects.count() == 2 * (310 - 154 + 1)
    run("compute_indicators", str(births_file), "--key", "test")
    assert ImportBatch.objects.get(key="test").derived_reference is False


def test_reference_file_for_one_run_only(births_file):
    run("compute_indicators", str(births_file), "--key", "test", "--reference", str(births_file.parent / "ref.csv"))
    assert ImportBatch.objects.get(key="test").derived_reference is False
    assert not BirthWeightReference.objects.exists()


def test_a_bad_reference_file_changes_nothing_and_names_rows_and_fields(tmp_path):
    BirthWeightReference.objects.create(gestational_days=280, sex="m", p10_grams=3000, source="old")
    bad = tmp_path / "bad.csv"
    bad.write_text("gestational_days,sex,p10_grams\n280,m,3000\n281,x,3000\nabc,f,3000\n282,f,-5\n280,m,2900\n",
                   encoding="utf-8")
    with pytest.raises(CommandError) as error:
        run("load_birthweight_reference", str(bad))
    message = str(error.value)
    assert "Rij 3, sex" in message
    assert "Rij 4, gestational_days" in message
    assert "Rij 5, p10_grams" in message
    assert "Rij 6: dag 280 en geslacht m staan al in rij 2" in message
    assert list(BirthWeightReference.objects.values_list("source", flat=True)) == ["old"]


def test_a_reference_file_without_the_columns_is_refused(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("dag;geslacht\n280;m\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Kolommen ontbreken: gestational_days, sex, p10_grams"):
        run("load_birthweight_reference", str(bad))


def test_compute_indicators_explains_a_wrong_file(tmp_path):
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Kolommen ontbreken"):
        run("compute_indicators", str(wrong))
    assert not ImportBatch.objects.exists()


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
