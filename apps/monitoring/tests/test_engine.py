# SPDX-License-Identifier: EUPL-1.2
"""The record-level engine on small hand-made birth files whose right answers are known by hand."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from apps.monitoring.engine import synth
from apps.monitoring.engine.compute import ALL_CODES, VARIANTS, compute
from apps.monitoring.engine.regions import regions_from_files
from apps.monitoring.engine.types import EngineError, Regions

REGIONS = Regions(province={"GM0119": "PV22", "GM1690": "PV22"},
                  health_region={"GM0119": "GG0706", "GM1690": "GG0706"},
                  pc4_parent={"7941": "GM0119", "7942": "GM0119", "7921": "GM1690"})
# A loaded reference with p10 = 1000 g everywhere: nobody in these files is small for gestational age unless meant.
FLAT_REFERENCE = [(day, sex, 1000.0) for day in range(154, 301) for sex in ("m", "f")]


def birth(**values) -> dict:
    row = {"year": 2022, "municipality": "GM0119", "pc4": "7941", "gestational_days": 280, "birth_weight": 3400,
           "sex": "m", "parity": 0, "stillbirth": False, "death_day": None, "first_visit_days": 56, "mother_age": 30}
    row.update(values)
    return row


def table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=pa.schema([
        ("year", pa.int16()), ("municipality", pa.string()), ("pc4", pa.string()), ("gestational_days", pa.int16()),
        ("birth_weight", pa.int16()), ("sex", pa.string()), ("parity", pa.int8()), ("stillbirth", pa.bool_()),
        ("death_day", pa.int16()), ("first_visit_days", pa.int16()), ("mother_age", pa.int8())]))


def cell(result, indicator: str, area: str, start: int = 2022, end: int | None = None) -> dict:
    end = start if end is None else end
    matches = [row for row in result.rows() if row["indicator"] == indicator and row["area"] == area
               and row["period_start"] == start and row["period_end"] == end]
    assert len(matches) == 1, matches
    return matches[0]


def test_thirty_births_with_four_big2_give_133_per_1000(tmp_path):
    rows = [birth() for _ in range(26)] + [birth(gestational_days=250) for _ in range(4)]
    path = tmp_path / "births.parquet"
    pq.write_table(table(rows), path)
    result = compute(path, reference=FLAT_REFERENCE, regions=REGIONS)
    big2 = cell(result, "big2", "GM0119")
    assert (big2["numerator"], big2["denominator"]) == (4, 30)
    assert big2["value"] == pytest.approx(133.333, abs=1e-3)
    assert big2["suppressed"]  # 4 < 10: not shown, so no interval either
    assert big2["ci_method"] == "" and np.isnan(big2["ci_low"])
    assert cell(result, "preterm", "GM0119")["value"] == pytest.approx(4 / 30 * 100)
    assert result.derived_reference is False
    assert result.records == 30


def test_only_births_from_24_weeks_count_except_in_the_22_week_mortality(tmp_path):
    rows = ([birth() for _ in range(20)] + [birth(gestational_days=167, stillbirth=True)]
            + [birth(gestational_days=168, stillbirth=True)] + [birth(gestational_days=160, death_day=0)])
    result = compute(table(rows), reference=FLAT_REFERENCE, regions=REGIONS, indicators=ALL_CODES)
    assert cell(result, "big2", "GM0119")["denominator"] == 21  # 20 at term + the one at exactly 24 weeks
    assert cell(result, "big2", "GM0119")["numerator"] == 1
    stillbirth = cell(result, "stillbirth", "GM0119")
    assert (stillbirth["numerator"], stillbirth["denominator"]) == (1, 21)
    perinatal_22 = cell(result, "perinatal_mortality_22", "GM0119")
    assert (perinatal_22["numerator"], perinatal_22["denominator"]) == (3, 23)
    assert cell(result, "stillbirth_22", "GM0119")["numerator"] == 2


def test_perinatal_death_counts_the_first_seven_days_only():
    rows = [birth() for _ in range(20)] + [birth(death_day=0), birth(death_day=6), birth(death_day=7)]
    result = compute(table(rows), reference=FLAT_REFERENCE, regions=REGIONS)
    assert cell(result, "perinatal_mortality", "GM0119")["numerator"] == 2
    assert cell(result, "perinatal_mortality", "GM0119")["value"] == pytest.approx(2 / 23 * 1000)


def test_late_start_and_teen_mothers():
    rows = [birth() for _ in range(17)] + [birth(first_visit_days=70), birth(first_visit_days=71),
                                           birth(mother_age=19, first_visit_days=None)]
    result = compute(table(rows), reference=FLAT_REFERENCE, regions=REGIONS)
    late = cell(result, "late_start_care", "GM0119")
    # Day 70 is still on time; an unknown first-visit day counts as "no" and stays in the denominator (DIAPER).
    assert (late["numerator"], late["denominator"], late["missing_records"]) == (1, 20, 1)
    teen = cell(result, "teen_mothers", "GM0119")
    assert (teen["numerator"], teen["denominator"]) == (1, 20)


def test_loaded_reference_is_used_by_day_and_sex():
    reference = [(280, "m", 3500.0), (280, "f", 3000.0)]  # outside the table: its first/last day
    rows = [birth(birth_weight=3400, sex="m"), birth(birth_weight=3400, sex="f"), birth(birth_weight=3450, sex="1"),
            birth(birth_weight=3600, sex="m", gestational_days=295)]
    result = compute(table(rows), reference=reference, regions=REGIONS)
    sga = cell(result, "sga", "GM0119")
    assert (sga["numerator"], sga["denominator"]) == (2, 4)  # the boys of 3400 g and 3450 g (sex coded "1")


def test_without_a_reference_p10_is_derived_per_week_and_sex_and_said_so():
    weights = [3000 + 100 * i for i in range(10)]  # p10 (interpolated) = 3090 g
    rows = [birth(birth_weight=w, gestational_days=280 + i % 7) for i, w in enumerate(weights)]
    rows += [birth(birth_weight=2000 + 100 * i, sex="f") for i in range(10)]  # girls: p10 = 2090 g
    result = compute(table(rows), regions=REGIONS)
    assert result.derived_reference is True
    sga = cell(result, "sga", "GM0119")
    assert (sga["numerator"], sga["denominator"]) == (2, 20)  # 3000 g boy and 2000 g girl


def test_levels_add_up_and_pool_five_years():
    rows = []
    for year in range(2018, 2023):
        rows += [birth(year=year, pc4="7941") for _ in range(40)] + [birth(year=year, pc4="7942") for _ in range(30)]
        rows += [birth(year=year, pc4=pc4, gestational_days=250) for _ in range(12) for pc4 in ("7941", "7942")]
        rows += [birth(year=year, municipality="GM1690", pc4="7921") for _ in range(50)]
    result = compute(table(rows), reference=FLAT_REFERENCE, regions=REGIONS)
    assert cell(result, "big2", "7942")["denominator"] == 42
    assert cell(result, "big2", "GM0119")["denominator"] == 94
    assert cell(result, "big2", "PV22")["denominator"] == 144
    assert cell(result, "big2", "GG0706")["denominator"] == 144
    assert cell(result, "big2", "NL")["denominator"] == 144
    pooled = cell(result, "big2", "7942", 2018, 2022)
    assert (pooled["numerator"], pooled["denominator"]) == (60, 210)
    assert pooled["ci_method"] == "wilson"
    assert not pooled["suppressed"]
    assert {r["level"] for r in result.rows()} == {"pc4", "municipality", "province", "health_region", "country"}


def test_small_cells_are_suppressed_and_cannot_be_recovered_from_the_municipality():
    rows = ([birth(pc4="7941") for _ in range(40)] + [birth(pc4="7941", gestational_days=250) for _ in range(20)]
            + [birth(pc4="7942") for _ in range(30)] + [birth(pc4="7942", gestational_days=250) for _ in range(5)])
    result = compute(table(rows), reference=FLAT_REFERENCE, regions=REGIONS)
    assert cell(result, "big2", "7942")["suppressed"]  # 5 < 10
    assert cell(result, "big2", "7941")["suppressed"]  # 20 is fine, but 25 - 20 would give 7942 away
    assert not cell(result, "big2", "GM0119")["suppressed"]


def test_both_cells_of_a_yes_no_indicator_go_when_either_is_small():
    rows = [birth(gestational_days=250) for _ in range(95)] + [birth() for _ in range(5)]
    result = compute(table(rows), reference=FLAT_REFERENCE, regions=REGIONS)
    assert cell(result, "preterm", "GM0119")["suppressed"]  # 95 preterm, but only 5 not


def test_threshold_can_be_lowered_and_small_counts_get_the_exact_interval():
    rows = [birth() for _ in range(26)] + [birth(gestational_days=250) for _ in range(4)]
    result = compute(table(rows), reference=FLAT_REFERENCE, regions=REGIONS, threshold=3)
    big2 = cell(result, "big2", "GM0119")
    assert not big2["suppressed"]
    assert big2["ci_method"] == "clopper-pearson"
    assert big2["ci_low"] == pytest.approx(37.6, abs=0.1)  # exact 95% interval 3.8% - 30.7%
    assert big2["ci_high"] == pytest.approx(307.2, abs=0.1)


def test_csv_gives_the_same_result_as_parquet(tmp_path):
    rows = [birth(pc4="7942", gestational_days=240 + i) for i in range(30)] + [birth() for _ in range(30)]
    pq.write_table(table(rows), tmp_path / "b.parquet")
    synth.write(table(rows), tmp_path / "b.csv")
    a = compute(tmp_path / "b.parquet", regions=REGIONS)
    b = compute(tmp_path / "b.csv", regions=REGIONS)
    assert sorted(map(str, a.rows())) == sorted(map(str, b.rows()))


def test_the_22_week_variants_are_in_the_registry_and_computed_by_default():
    result = compute(table([birth() for _ in range(12)]), regions=REGIONS)
    assert set(result.indicators) == {"big2", "preterm", "sga", "perinatal_mortality", "stillbirth",
                                      "late_start_care", "teen_mothers", "perinatal_mortality_22", "stillbirth_22"}
    assert VARIANTS == []
    assert set(compute(table([birth() for _ in range(12)]), regions=REGIONS,
                              indicators=["stillbirth"]).indicators) == {"stillbirth"}


def test_only_indicators_with_their_columns_are_computed():
    rows = [{k: v for k, v in birth().items() if k not in ("first_visit_days", "mother_age")} for _ in range(12)]
    result = compute(pa.Table.from_pylist(rows), regions=REGIONS)
    assert "late_start_care" not in result.indicators
    assert "big2" in result.indicators


def test_a_file_without_the_required_columns_is_refused_in_dutch(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("jaar,gemeente\n2022,GM0119\n", encoding="utf-8")
    with pytest.raises(EngineError, match="Kolommen ontbreken in het geboortebestand: year, municipality"):
        compute(path, regions=REGIONS)
    with pytest.raises(EngineError, match="niet gevonden"):
        compute(tmp_path / "missing.parquet", regions=REGIONS)


def test_synthetic_births_are_recognised_and_all_levels_are_filled():
    births = synth.generate(synth.SynthConfig(years=[2021, 2022], births_per_year=20_000, seed=3))
    result = compute(births)
    assert result.synthetic is True
    assert result.years == [2021, 2022]
    national = cell(result, "big2", "NL", 2021)
    assert 100 < national["value"] < 200
    assert len({r["area"] for r in result.rows() if r["level"] == "province"}) == 12


def test_no_hidden_cell_is_alone_in_any_published_sum():
    births = synth.generate(synth.SynthConfig(years=list(range(2018, 2023)), births_per_year=30_000, seed=8))
    regions = regions_from_files()
    result = compute(births, regions=regions)
    hidden = {}
    for row in result.rows():
        hidden[(row["indicator"], row["level"], row["area"], row["period_start"], row["period_end"])] = row["suppressed"]
    assert any(hidden.values()) and not all(hidden.values())
    families: dict[tuple, list[bool]] = {}
    parents = {"pc4": ("municipality", regions.pc4_parent), "municipality": ("province", regions.province)}
    for (indicator, level, area, start, end), is_hidden in hidden.items():
        if level in parents:  # the area in its parent area, same period
            parent_level, mapping = parents[level]
            families.setdefault((indicator, parent_level, mapping.get(area), start, end), []).append(is_hidden)
        if start == end and 2018 <= start <= 2022:  # the year in its pooled period, same area
            families.setdefault((indicator, level, area, 2018, 2022), []).append(is_hidden)
    checked = 0
    for total, children in families.items():
        if total in hidden:
            checked += 1
            assert sum(children) + hidden[total] != 1, total
    assert checked > 1000
