# SPDX-License-Identifier: EUPL-1.2
"""Attacks on the published cells: every differencing path, and a linear-programming attack.

A small world built here (two provinces, one of them the union of two GGD regions; municipalities with postcodes,
one postcode straddling a border, births without a postcode and with an unknown municipality code; five years and
their pooled period; births at 22-23 weeks) goes through the engine. The attacker knows every shown cell (count
and denominator) and how cells add up, worked out here from the records themselves and not from the suppression
module. The LP attack solves, for each hidden cell, min and max of its count over all non-negative record-level
counts ("atoms": year x municipality x postcode x 22-23 / 24+ weeks) that reproduce every shown cell.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pyarrow as pa
import pytest
from scipy.optimize import linprog
from scipy.sparse import lil_matrix

from apps.monitoring.engine import synth
from apps.monitoring.engine.compute import ALL_CODES, compute
from apps.monitoring.engine.regions import regions_from_files
from apps.monitoring.engine.types import Regions

YEARS = list(range(2019, 2024))
# PV01 = GGD A (GM01, GM02) + GGD B (GM03); PV02 = GGD C (GM04, GM05). 9999 lies in GM01 and GM02.
REGIONS = Regions(
    province={"GM01": "PV01", "GM02": "PV01", "GM03": "PV01", "GM04": "PV02", "GM05": "PV02"},
    health_region={"GM01": "GGA", "GM02": "GGA", "GM03": "GGB", "GM04": "GGC", "GM05": "GGC"},
    pc4_parent={"1001": "GM01", "1002": "GM01", "9999": "GM01", "2001": "GM02", "2002": "GM02",
                "3001": "GM03", "3002": "GM03", "4001": "GM04", "5001": "GM05", "5002": "GM05"})
PLACES = [("GM01", "1001", 260), ("GM01", "1002", 120), ("GM01", "9999", 90), ("GM02", "9999", 15),
          ("GM02", "2001", 200), ("GM02", "2002", 70), ("GM03", "3001", 300), ("GM03", "3002", 40),
          ("GM04", "4001", 420), ("GM05", "5001", 150), ("GM05", "5002", 60), ("GM05", None, 8),
          ("GM77", "7777", 6)]  # GM77: a code no table knows; counted only nationally
WEEKS24 = {"preterm", "big2", "sga", "late_start_care", "teen_mothers", "stillbirth", "perinatal_mortality"}
PAIRS = {"stillbirth_22": "stillbirth", "perinatal_mortality_22": "perinatal_mortality"}


def world(seed: int = 5) -> pa.Table:
    """Births with high rates of the rare outcomes, so that small and medium cells mix."""
    rng = np.random.default_rng(seed)
    rows: dict[str, list] = defaultdict(list)
    for year in YEARS:
        for municipality, pc4, size in PLACES:
            n = int(rng.poisson(size / 2))
            ga = rng.normal(276, 16, n).round().clip(154, 300).astype(int)
            ga[rng.random(n) < 0.02] = rng.integers(154, 168)
            still = rng.random(n) < np.where(ga < 168, 0.3, 0.02)
            rows["year"] += [year] * n
            rows["municipality"] += [municipality] * n
            rows["pc4"] += [pc4] * n
            rows["gestational_days"] += ga.tolist()
            rows["birth_weight"] += rng.normal(3300, 550, n).round().astype(int).tolist()
            rows["sex"] += rng.choice(["m", "f"], n).tolist()
            rows["stillbirth"] += still.tolist()
            rows["death_day"] += [int(d) if d < 28 and not s else None
                                  for d, s in zip(rng.integers(0, 400, n), still, strict=True)]
            rows["first_visit_days"] += rng.normal(63, 14, n).round().astype(int).tolist()
            rows["mother_age"] += rng.normal(30, 6, n).round().astype(int).tolist()
    return pa.table(rows)


@pytest.fixture(scope="module")
def published():
    records = world()
    result = compute(records, regions=REGIONS, indicators=ALL_CODES)
    return records, result


def known_area(level: str, code: str) -> bool:
    return {"pc4": code in REGIONS.pc4_parent, "municipality": code in REGIONS.province}.get(level, True)


class Records:
    """The records as numpy columns (the attacker's model is built from these, not from the engine)."""

    def __init__(self, table: pa.Table):
        col = {name: table.column(name).to_pylist() for name in table.column_names}
        self.year = np.array(col["year"])
        self.municipality = np.array(col["municipality"], dtype=object)
        self.pc4 = np.array([p or "-" for p in col["pc4"]], dtype=object)
        self.w24 = np.array(col["gestational_days"]) >= 168
        self.province = np.array([REGIONS.province.get(m) for m in self.municipality], dtype=object)
        self.region = np.array([REGIONS.health_region.get(m) for m in self.municipality], dtype=object)
        still = np.array(col["stillbirth"], dtype=bool)
        day = np.array([-1 if d is None else d for d in col["death_day"]])
        self.outcomes = {"stillbirth": still, "perinatal_mortality": still | ((day >= 0) & (day <= 6)),
                         "preterm": np.array(col["gestational_days"]) < 259,
                         "late_start_care": np.array(col["first_visit_days"]) > 70,
                         "teen_mothers": np.array(col["mother_age"]) < 20}
        keys = list(zip(self.year, self.municipality, self.pc4, self.w24, strict=True))
        index = {key: i for i, key in enumerate(sorted(set(keys), key=str))}
        self.atom = np.array([index[key] for key in keys])
        self.n_atoms = len(index)


def cell_members(r: Records, level: str, code: str, start: int, end: int, indicator: str) -> np.ndarray:
    """Which records a cell counts (its denominator), as a boolean mask: the attacker's view of the structure."""
    mask = (r.year >= start) & (r.year <= end)
    by_level = {"pc4": r.pc4, "municipality": r.municipality, "province": r.province, "health_region": r.region}
    if level in by_level:
        mask &= by_level[level] == code
    if indicator not in PAIRS:
        mask &= r.w24
    return mask


def test_every_differencing_path_leaves_two_or_more_unknowns(published):
    """Province = its GGD regions, PC4 in municipality, year in pool, 22/24 weeks, country minus provinces."""
    _records, result = published
    rows = [row for row in result.rows() if known_area(row["level"], row["area"])]
    hidden = {(r["indicator"], r["level"], r["area"], r["period_start"], r["period_end"]): r["suppressed"]
              for r in rows}
    value = {(r["indicator"], r["level"], r["area"], r["period_start"], r["period_end"]): r["numerator"]
             for r in rows}
    ggd_province = {"GGA": "PV01", "GGB": "PV01", "GGC": "PV02"}
    paths = defaultdict(list)
    for (ind, level, area, s, e) in hidden:
        if level == "health_region":
            paths["province = its GGD regions", (ind, "province", ggd_province[area], s, e)].append(
                (ind, level, area, s, e))
            paths["country = GGD regions + unknown codes", (ind, "country", "NL", s, e)].append(
                (ind, level, area, s, e))
        if level == "province":
            paths["country = provinces + unknown codes", (ind, "country", "NL", s, e)].append((ind, level, area, s, e))
        if level == "municipality":
            paths["GGD region = municipalities", (ind, "health_region", REGIONS.health_region[area], s, e)].append(
                (ind, level, area, s, e))
        if level == "pc4":
            paths["municipality = postcodes + rest", (ind, "municipality", REGIONS.pc4_parent[area], s, e)].append(
                (ind, level, area, s, e))
        if s == e:
            paths["pooled = its years", (ind, level, area, 2019, 2023)].append((ind, level, area, s, e))
        if ind in PAIRS.values():
            long = next(k for k, v in PAIRS.items() if v == ind)
            paths["22 weeks = 24 weeks + 22-23", (long, level, area, s, e)].append((ind, level, area, s, e))
    checked = defaultdict(int)
    for (name, total), children in paths.items():
        checked[name] += 0
        if total not in hidden or hidden[total]:
            continue
        rest = value[total] - sum(value[c] for c in children)  # the part no published child covers
        unknown = sum(hidden[c] for c in children) + (rest != 0)
        small_alone = any(hidden[c] for c in children) and unknown == 1
        rest_alone = rest != 0 and unknown == 1 and 0 < rest < 10 and name.startswith(("country", "22", "munic"))
        assert not small_alone, (name, total)
        assert not rest_alone or all(not hidden[c] for c in children) and rest >= 10, (name, total, rest)
        checked[name] += 1
    assert len(checked) == 7 and sum(checked.values()) > 200, dict(checked)
    # Where both the 24-week and the 22-week figure are shown, they differ by at least the threshold.
    for long, short in PAIRS.items():
        for (ind, level, area, s, e), is_hidden in hidden.items():
            if ind == long and not is_hidden and not hidden.get((short, level, area, s, e), True):
                assert value[(ind, level, area, s, e)] - value[(short, level, area, s, e)] >= 10


def test_a_linear_programming_attack_cannot_pin_down_any_hidden_count(published):
    records, result = published
    r = Records(records)
    rows = [row for row in result.rows() if known_area(row["level"], row["area"])]
    rows_by_family = defaultdict(list)
    for row in rows:
        rows_by_family[PAIRS.get(row["indicator"], row["indicator"])].append(row)
    examined = narrow = 0
    for family, outcome in r.outcomes.items():
        k_atom = np.bincount(r.atom, weights=outcome, minlength=r.n_atoms)
        n_atom = np.bincount(r.atom, minlength=r.n_atoms)
        examined_f, narrow_f = attack(r, rows_by_family[family], k_atom, n_atom)
        examined, narrow = examined + examined_f, narrow + narrow_f
    assert examined > 50
    assert narrow == 0


def attack(r: Records, family_rows, k_atom, n_atom) -> tuple[int, int]:
    """LP over variables (k, c) per atom: shown cells fix sum k and sum c; then min/max k of each hidden cell."""
    membership = {}
    for row in family_rows:
        mask = cell_members(r, row["level"], row["area"], row["period_start"], row["period_end"], row["indicator"])
        membership[id(row)] = np.unique(r.atom[mask])
    shown = [row for row in family_rows if not row["suppressed"]]
    n_atoms = r.n_atoms
    a = lil_matrix((2 * len(shown), 2 * n_atoms))
    b = np.zeros(2 * len(shown))
    for i, row in enumerate(shown):
        cols = membership[id(row)]
        a[2 * i, cols] = 1
        a[2 * i + 1, n_atoms + cols] = 1
        b[2 * i], b[2 * i + 1] = row["numerator"], row["denominator"] - row["numerator"]
    a = a.tocsr()
    truth = np.r_[k_atom, n_atom - k_atom]
    assert np.allclose(a @ truth, b)  # the attacker's model of the structure is right
    examined = narrow = 0
    for row in family_rows:
        if not row["suppressed"]:
            continue
        objective = np.zeros(2 * n_atoms)
        objective[membership[id(row)]] = 1
        low = linprog(objective, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
        high = linprog(-objective, A_eq=a, b_eq=b, bounds=(0, None), method="highs")
        assert low.status == 0 and high.status == 0
        lo, hi = low.fun, -high.fun
        assert lo - 1e-6 <= row["numerator"] <= hi + 1e-6
        examined += 1
        # Not determined, and the attacker cannot tell whether the count is under the threshold.
        if hi - lo < 1 - 1e-6 or (row["numerator"] < 10 and hi < 10 - 1e-6):
            narrow += 1
            print("narrow", row["indicator"], row["level"], row["area"], row["period_start"], row["period_end"],
                  row["numerator"], lo, hi)
    return examined, narrow


def test_two_runs_and_shuffled_records_publish_identical_cells():
    births = synth.generate(synth.SynthConfig(years=[2021, 2022, 2023], births_per_year=15_000, seed=11))
    regions = regions_from_files()

    def published_cells(table):
        result = compute(table, regions=regions, pool_years=3, indicators=ALL_CODES)
        return {(r["indicator"], r["level"], r["area"], r["period_start"], r["period_end"]):
                (r["suppressed"], r["suppression_reason"]) for r in result.rows()}

    first = published_cells(births)
    assert published_cells(births) == first
    shuffled = births.take(np.random.default_rng(3).permutation(births.num_rows))
    assert published_cells(shuffled) == first
    assert first[("big2", "country", "NL", 2021, 2021)] == (False, "")
    assert any(hidden for hidden, _reason in first.values())
