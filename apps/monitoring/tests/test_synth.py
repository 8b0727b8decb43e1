# SPDX-License-Identifier: EUPL-1.2
"""Synthetic births: seeded, calibrated to the national rates, spread over every municipality, labelled synthetic."""

from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq
import pytest

from apps.monitoring.engine import synth


@pytest.fixture(scope="module")
def births():
    return synth.generate(synth.SynthConfig(years=[2020, 2021], births_per_year=150_000, seed=11))


def column(table, name) -> np.ndarray:
    return np.asarray(table.column(name).to_pylist() if name in ("municipality", "pc4", "sex")
                      else table.column(name).to_numpy(zero_copy_only=False))


def test_same_seed_gives_the_same_births_and_another_seed_does_not():
    config = synth.SynthConfig(years=[2022], births_per_year=2_000, seed=5)
    assert synth.generate(config).equals(synth.generate(config))
    assert not synth.generate(synth.SynthConfig(years=[2022], births_per_year=2_000, seed=6)).equals(
        synth.generate(config))


def test_rates_match_the_national_targets(births):
    days = column(births, "gestational_days")
    counted = days >= 168
    weight = column(births, "birth_weight")
    male = column(births, "sex") == "m"
    preterm = (days < 259) & counted
    sga = (weight < synth.p10_weight(days, male)) & counted
    n = counted.sum()
    assert preterm.sum() / n == pytest.approx(0.066, abs=0.003)
    assert sga.sum() / n == pytest.approx(0.097, abs=0.003)
    assert (preterm | sga).sum() / n == pytest.approx(0.148, abs=0.004)
    still = column(births, "stillbirth")
    assert still.mean() * 1000 == pytest.approx(4.8, abs=0.5)
    assert column(births, "perinatal_death").mean() * 1000 == pytest.approx(7.3, abs=0.6)
    assert (column(births, "first_visit_days")[counted] > 70).mean() == pytest.approx(0.19, abs=0.01)
    assert (column(births, "mother_age")[counted] < 20).mean() == pytest.approx(0.009, abs=0.002)


def test_every_municipality_gets_births_in_real_postcodes(births):
    postcodes = synth.postcodes_from_file()
    assert len(set(column(births, "municipality"))) == 342
    assert set(column(births, "pc4")) <= set(postcodes.pc4)


def test_meppel_postcode_7942_is_a_hot_spot(births):
    days = column(births, "gestational_days")
    big2 = ((days < 259) | (column(births, "birth_weight") < synth.p10_weight(days, column(births, "sex") == "m")))
    pc4 = column(births, "pc4")
    meppel = (column(births, "municipality") == "GM0119") & (days >= 168)
    hot = meppel & (pc4 == "7942")
    assert big2[hot].mean() > big2[meppel & ~hot].mean() + 0.03


def test_records_are_labelled_synthetic_in_parquet_and_csv(tmp_path):
    table = synth.generate(synth.SynthConfig(years=[2022], births_per_year=500, seed=1))
    synth.write(table, tmp_path / "b.parquet")
    synth.write(table, tmp_path / "b.csv")
    stored = pq.read_table(tmp_path / "b.parquet")
    assert stored.schema.metadata[b"kansrijk.synthetic"] == b"true"
    assert all(stored.column("synthetic").to_pylist())
    header = (tmp_path / "b.csv").read_text(encoding="utf-8").splitlines()[0]
    assert '"synthetic"' in header or "synthetic" in header
    assert "death_day" in header


def test_the_synthetic_reference_has_every_day_for_both_sexes():
    rows = synth.reference_rows()
    assert {(r["gestational_days"], r["sex"]) for r in rows} >= {(d, s) for d in range(154, 311) for s in "mf"}
    boys = {r["gestational_days"]: r["p10_grams"] for r in rows if r["sex"] == "m"}
    assert 2800 < boys[280] < 3300
    assert "not Perined" in rows[0]["source"]
