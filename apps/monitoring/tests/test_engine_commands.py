# SPDX-License-Identifier: EUPL-1.2
"""The engine's management commands."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

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
    # Without the percentile column (a file as older exports had it) and without a reference: derived.
    import pyarrow.parquet as pq

    plain = births_file.parent / "plain.parquet"
    pq.write_table(pq.read_table(births_file).drop_columns(["birthweight_percentile"]), plain)
    output = run("compute_indicators", str(plain), "--key", "test")
    batch = ImportBatch.objects.get(key="test")
    assert batch.kind == "engine" and batch.synthetic and batch.derived_reference
    assert batch.rows == Observation.objects.filter(batch=batch).count() > 0
    assert "afgeleid" in output
    assert Observation.objects.filter(batch=batch, area__code="NL", indicator__code="big2",
                                      period_start=2021, period_end=2021).exists()


def test_the_synthetic_file_carries_a_percentile_per_birth_as_perined_does(births_file):
    run("compute_indicators", str(births_file), "--key", "test")
    assert ImportBatch.objects.get(key="test").derived_reference is False


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
