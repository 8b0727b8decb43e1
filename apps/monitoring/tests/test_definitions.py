# SPDX-License-Identifier: EUPL-1.2
"""The definitions of the national monitor (RIVM, rivm-syso/DIAPER) on hand-made birth files.

Every expected value is counted by hand from DIAPER's rules, written next to the assertion:
- big2.R: denominator = every child born at >= 24 weeks (`.N`); `laag_gewicht = hoftiezer < 10`, summed with
  `na.rm = TRUE`, so a missing percentile counts as "no" and the birth stays in the denominator.
- zwangerschapsbegeleiding.R: pregnancies of >= 24 weeks (`rangnummer == 1`, one per mother and year);
  late start = first examination after day 70; a missing day counts as "no" (na.rm), the pregnancy stays.
- the national figure (NL01) is summed by year only, so births without a municipality still count.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from apps.monitoring.engine.compute import ALL_CODES, compute
from apps.monitoring.engine.types import Regions

REGIONS = Regions(province={"GM0119": "PV22"}, health_region={"GM0119": "GG0706"}, pc4_parent={"7941": "GM0119"})
FLAT_REFERENCE = [(day, sex, 1000.0) for day in range(154, 295) for sex in ("m", "f")]  # last day: 294


def birth(**values) -> dict:
    row = {"year": 2022, "municipality": "GM0119", "pc4": "7941", "gestational_days": 280, "birth_weight": 3400,
           "sex": "m", "stillbirth": False, "death_day": None, "first_visit_days": 56, "mother_age": 30,
           "birthweight_percentile": 50.0, "multiple_rank": None}
    row.update(values)
    return row


def births(rows: list[dict], percentile: bool = True) -> pa.Table:
    fields = [("year", pa.int16()), ("municipality", pa.string()), ("pc4", pa.string()),
              ("gestational_days", pa.int16()), ("birth_weight", pa.int16()), ("sex", pa.string()),
              ("stillbirth", pa.bool_()), ("death_day", pa.int16()), ("first_visit_days", pa.int16()),
              ("mother_age", pa.int8()), ("birthweight_percentile", pa.float64()), ("multiple_rank", pa.int8())]
    if not percentile:
        fields = [f for f in fields if f[0] != "birthweight_percentile"]
        rows = [{k: v for k, v in r.items() if k != "birthweight_percentile"} for r in rows]
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def cell(result, indicator: str, area: str = "GM0119") -> dict:
    (row,) = [r for r in result.rows() if r["indicator"] == indicator and r["area"] == area
              and r["period_start"] == r["period_end"] == 2022]
    return row


def test_a_missing_percentile_is_no_and_the_birth_stays_in_the_denominator():
    rows = ([birth() for _ in range(20)] + [birth(birthweight_percentile=5.0) for _ in range(3)]
            + [birth(birthweight_percentile=None) for _ in range(2)]
            + [birth(gestational_days=250, birthweight_percentile=None) for _ in range(2)])
    result = compute(births(rows), regions=REGIONS)
    # By hand: 27 births >= 24 weeks; low weight 3 (the 4 missing count as no); Big2 = 3 + 2 preterm = 5.
    big2, sga = cell(result, "big2"), cell(result, "sga")
    assert (big2["numerator"], big2["denominator"], big2["missing_records"]) == (5, 27, 4)
    assert (sga["numerator"], sga["denominator"], sga["missing_records"]) == (3, 27, 4)
    assert big2["value"] == pytest.approx(5 / 27 * 1000)
    assert result.derived_reference is False  # the percentile per birth is Perined's own


def test_the_percentile_column_wins_over_a_reference_table():
    rows = [birth() for _ in range(18)] + [birth(birthweight_percentile=4.0, birth_weight=3400),
                                           birth(birthweight_percentile=60.0, birth_weight=800)]
    result = compute(births(rows), reference=FLAT_REFERENCE, regions=REGIONS)
    # The percentile says: one SGA (4 < 10); the reference would have said the 800 g child instead.
    assert cell(result, "sga")["numerator"] == 1
    assert cell(result, "big2")["numerator"] == 1


def test_births_past_the_reference_tables_last_day_are_not_sga():
    rows = ([birth() for _ in range(20)] + [birth(gestational_days=294, birth_weight=900),
                                            birth(gestational_days=296, birth_weight=900),
                                            birth(gestational_days=300, birth_weight=900)])
    result = compute(births(rows, percentile=False), reference=FLAT_REFERENCE, regions=REGIONS)
    # By hand: only the child on day 294 (the table's last day) is below its p10 of 1000 g; 296 and 300 are past.
    sga = cell(result, "sga")
    assert (sga["numerator"], sga["denominator"], sga["missing_records"]) == (1, 23, 0)


def test_late_start_counts_pregnancies_not_children():
    rows = ([birth() for _ in range(16)]
            + [birth(first_visit_days=84, multiple_rank=1), birth(first_visit_days=84, multiple_rank=2)]  # twins
            + [birth(first_visit_days=None), birth(first_visit_days=71)])
    result = compute(births(rows), regions=REGIONS)
    late = cell(result, "late_start_care")
    # By hand: 19 pregnancies (the twins are one); late: the twins' mother (day 84) and day 71 = 2; one unknown
    # day counts as no and stays in the denominator.
    assert (late["numerator"], late["denominator"], late["missing_records"]) == (2, 19, 1)
    # Per child, the other indicators still count the second twin.
    assert cell(result, "preterm")["denominator"] == 20


def test_births_without_a_municipality_count_nationally():
    rows = [birth() for _ in range(20)] + [birth(municipality=None, pc4=None, stillbirth=True) for _ in range(3)]
    result = compute(births(rows), regions=REGIONS, indicators=ALL_CODES)
    assert cell(result, "stillbirth", "NL")["numerator"] == 3
    assert cell(result, "stillbirth", "NL")["denominator"] == 23
    assert cell(result, "stillbirth", "GM0119")["denominator"] == 20
    # The three are a small residual of the country total: the country cell may not give them away.
    assert cell(result, "stillbirth", "PV22")["suppressed"] or cell(result, "stillbirth", "NL")["suppressed"]


def test_perinatal_mortality_is_days_0_to_6_as_cbs():
    rows = [birth() for _ in range(20)] + [birth(death_day=6), birth(death_day=7), birth(death_day=27)]
    result = compute(births(rows), regions=REGIONS)
    # By hand: only the death on day 6 falls in the first week (day of birth = 0); days 7 and 27 do not.
    assert cell(result, "perinatal_mortality")["numerator"] == 1


def test_withholding_sga_and_big2_on_a_derived_reference(settings, tmp_path, db):
    import pyarrow.parquet as pq

    from apps.monitoring.engine.compute import compute_indicators

    rows = [birth() for _ in range(30)]
    pq.write_table(births(rows, percentile=False), tmp_path / "b.parquet")
    settings.MONITORING_DERIVED_REFERENCE = "withhold"
    run = compute_indicators(tmp_path / "b.parquet")
    assert run.result.derived_reference
    assert not {"big2", "sga"} & set(run.result.columns["indicator"])
    assert "preterm" in set(run.result.columns["indicator"])
    pq.write_table(births(rows), tmp_path / "p.parquet")  # with Perined's percentile: nothing is withheld
    run = compute_indicators(tmp_path / "p.parquet")
    assert "big2" in set(run.result.columns["indicator"])


def test_a_perined_extract_is_read_with_its_own_column_names():
    # As DIAPER reads Perined: jaar, amww (completed weeks), geboortegew, hoftiezer, rangnummer, amddd1ond, par;
    # the municipality linked by CBS as gem2025.
    def perined(**values) -> dict:
        row = {"jaar": 2022, "gem2025": "GM0119", "amww": 40, "geboortegew": 3400, "hoftiezer": 50.0,
               "rangnummer": 1, "amddd1ond": 56, "par": 0}
        row.update(values)
        return row

    rows = ([perined() for _ in range(20)]
            + [perined(amww=36, hoftiezer=5.0, amddd1ond=80), perined(amww=36, hoftiezer=5.0, amddd1ond=80,
                                                                      rangnummer=2)]
            + [perined(hoftiezer=None, amddd1ond=None), perined(amww=23)])
    result = compute(pa.Table.from_pylist(rows), regions=REGIONS)
    # By hand: 23 births >= 24 weeks (week 23 is out); preterm (36 w) 2; Big2 2 (both preterm and < p10);
    # SGA 2, one missing percentile counted as no; late start per pregnancy: 22 pregnancies, 1 late, 1 unknown.
    assert [cell(result, "preterm")[k] for k in ("numerator", "denominator")] == [2, 23]
    assert [cell(result, "big2")[k] for k in ("numerator", "denominator", "missing_records")] == [2, 23, 1]
    assert [cell(result, "late_start_care")[k] for k in ("numerator", "denominator", "missing_records")] == [1, 22, 1]
    assert result.derived_reference is False
