# SPDX-License-Identifier: EUPL-1.2
"""Synthetic, record-level births for every municipality: seeded, calibrated to national rates, labelled synthetic.

One row per birth (live or stillborn, from 22 weeks), in real municipalities and their real 4-digit postcodes
(apps.reference PostcodeArea, weighted by the number of addresses). The rates average out at the documented
national values over the generated years (VZinfo/Perined, see `TARGETS`) and drift down by about 1% a year, as
Big2 did from 16.3% in 2012 to 14.8% in 2021. Local variation comes from a municipality effect, a smaller
postcode effect and a few postcode "hot spots" with clearly higher risk; Meppel and its postcode 7942 are fixed
so the demo mirrors the Meppel annex (Big2 about 131 per 1000 in Meppel, clearly higher in 7942).

Birth weight follows a log-normal around a smooth median curve (Hadlock-like) per gestational day and sex; the
generator's own p10 curve (`reference_rows`) is its "true" reference, so the synthetic small-for-gestational-age
share under that curve is 9.7% and Big2 (preterm and/or SGA) is 14.8%. It is not the Perined/Hoftiezer curve.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
from scipy import special

DATA_FILE = Path(__file__).resolve().parents[2] / "reference" / "data" / "pc4_gemeente_2024.csv"
BIRTHS_PER_YEAR = 168_000  # the Netherlands, around 2020
BASE_YEAR = 2021
YEARLY_DRIFT = 0.011  # relative fall in preterm and SGA risk per year
WEIGHT_SD = 0.12  # sd of log birth weight around the median for the gestational day
Z10 = float(special.ndtri(0.10))

# National targets (proportions). Mortality refers to all births from 22 weeks; the rest to births from 24 weeks.
TARGETS = {
    "preterm": 0.066,  # < 259 days, VZinfo 2021
    "sga": 0.097,  # < p10, VZinfo 2021
    "big2": 0.148,  # preterm and/or SGA, VZinfo 2021: fixes the overlap (1.5%)
    "stillbirth_22": 0.0048,  # VZinfo 2019
    "perinatal_22": 0.0073,  # stillbirth + death in days 0-6, VZinfo 2019
    "perinatal_28d_22": 0.0078,  # stillbirth + death in days 0-27, VZinfo 2019
    "late_start": 0.19,  # first examination after day 70; 81% started before week 10 in 2012 (VZinfo)
    "teen": 0.009,  # mother under 20: about 1,500 of 170,000 births (CBS 2016)
    "very_early": 0.0018,  # births at 22-23 weeks
}
# Gestational bands of preterm births (days), their shares, and the odds ratios of stillbirth and of early
# neonatal death against a term birth.
PRETERM_BANDS = [((168, 195), 0.053, 200.0, 300.0), ((196, 223), 0.091, 70.0, 60.0), ((224, 258), 0.856, 10.0, 8.0)]
VERY_EARLY_RISK = (500.0, 1500.0)  # 154-167 days
# How strongly the local effect (logit scale) acts on each outcome.
LOCAL_WEIGHT = {"preterm": 1.0, "sga": 1.0, "death": 0.8, "late_start": 1.2, "teen": 2.0}
FIXED_MUNICIPALITY_EFFECTS = {"GM0119": -0.3}  # Meppel: a little better than the country
FIXED_HOT_SPOTS = {"7942": 0.6}  # Meppel's Watertoren/Haveltermade


@dataclass
class Postcodes:
    """Where births can happen: PC4, its municipality and a weight (addresses in that part of the PC4)."""

    pc4: np.ndarray
    municipality: np.ndarray
    weight: np.ndarray

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, float]]) -> Postcodes:
        rows = [row for row in rows if row[2] > 0]
        return cls(np.array([r[0] for r in rows]), np.array([r[1] for r in rows]),
                   np.array([float(r[2]) for r in rows]))


def postcodes_from_file(path: Path = DATA_FILE) -> Postcodes:
    """The bundled CBS file apps.reference loads its PostcodeArea rows from."""
    with path.open(encoding="utf-8", newline="") as handle:
        return Postcodes.from_rows((r["pc4"].zfill(4), r["gemeentecode"], float(r["n_adressen"]))
                                   for r in csv.DictReader(handle))


def postcodes_from_database() -> Postcodes:
    """PostcodeArea rows of the database (falls back to the bundled file when the table is empty)."""
    from apps.reference.models import PostcodeArea

    rows = list(PostcodeArea.objects.filter(municipality__active=True)
                .values_list("pc4", "municipality__code", "addresses"))
    return Postcodes.from_rows(rows) if rows else postcodes_from_file()


@dataclass
class SynthConfig:
    years: list[int]
    births_per_year: int = BIRTHS_PER_YEAR
    seed: int = 2024
    municipality_sd: float = 0.12
    pc4_sd: float = 0.08
    hot_spot_share: float = 0.02
    hot_spot_effect: float = 0.5
    fixed_effects: dict[str, float] = field(default_factory=lambda: dict(FIXED_MUNICIPALITY_EFFECTS))
    fixed_hot_spots: dict[str, float] = field(default_factory=lambda: dict(FIXED_HOT_SPOTS))


def median_weight(days, sex_male) -> np.ndarray:
    """Median birth weight (grams) for a gestational age in days: Hadlock's fetal-weight curve, ±2% by sex."""
    weeks = np.asarray(days, dtype=float) / 7.0
    return np.exp(0.578 + 0.332 * weeks - 0.00354 * weeks**2) * np.where(sex_male, 1.02, 0.98)


def p10_weight(days, sex_male) -> np.ndarray:
    """The generator's own 10th percentile of birth weight (its 'true' reference)."""
    return median_weight(days, sex_male) * np.exp(WEIGHT_SD * Z10)


def reference_rows(first_day: int = 154, last_day: int = 310) -> list[dict]:
    """The synthetic p10 table in the format `load_birthweight_reference` reads."""
    rows = []
    for sex in ("m", "f"):
        for day in range(first_day, last_day + 1):
            rows.append({"gestational_days": day, "sex": sex,
                         "p10_grams": round(float(p10_weight(day, sex == "m")), 1),
                         "source": "Kansrijk synthetic reference (not Perined/Hoftiezer)"})
    return rows


def _calibrate(logit_base: np.ndarray, target: float, rng: np.random.Generator) -> float:
    """The intercept shift that makes the mean of expit(logit_base + shift) equal target (on a subsample)."""
    sample = logit_base if logit_base.size <= 100_000 else rng.choice(logit_base, 100_000, replace=False)
    low, high = -15.0, 15.0
    for _ in range(32):
        mid = (low + high) / 2
        if special.expit(sample + mid).mean() < target:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def _truncated_normal(rng: np.random.Generator, below: np.ndarray) -> np.ndarray:
    """Standard-normal z below Z10 where `below`, above it elsewhere (inverse-CDF sampling)."""
    u = rng.random(below.size)
    p10 = 0.10
    return special.ndtri(np.where(below, u * p10, p10 + u * (1 - p10)))


def generate(config: SynthConfig, postcodes: Postcodes | None = None) -> pa.Table:
    """Generate the birth records as an Arrow table (see the module docstring for the model)."""
    postcodes = postcodes or postcodes_from_file()
    rng = np.random.default_rng(config.seed)
    n = config.births_per_year * len(config.years)
    year = np.repeat(np.asarray(config.years, dtype=np.int16), config.births_per_year)

    # --- where: a postcode part, weighted by addresses; the local effect on the logit scale --------------------
    municipalities, muni_index = np.unique(postcodes.municipality, return_inverse=True)
    muni_effect = rng.normal(0, config.municipality_sd, municipalities.size)
    for code, effect in config.fixed_effects.items():
        muni_effect[municipalities == code] = effect
    pc_effect = rng.normal(0, config.pc4_sd, postcodes.pc4.size)
    hot = rng.random(postcodes.pc4.size) < config.hot_spot_share
    pc_effect[hot] += config.hot_spot_effect
    for pc4, effect in config.fixed_hot_spots.items():
        pc_effect[postcodes.pc4 == pc4] = effect
    place = rng.choice(postcodes.pc4.size, size=n, p=postcodes.weight / postcodes.weight.sum())
    local = muni_effect[muni_index[place]] + pc_effect[place] + rng.normal(0, 0.1, n)
    drift = np.log1p(YEARLY_DRIFT * (BASE_YEAR - year.astype(float)))

    # --- mother and child ------------------------------------------------------------------------------------
    teen_logit = LOCAL_WEIGHT["teen"] * local
    teen = rng.random(n) < special.expit(teen_logit + _calibrate(teen_logit, TARGETS["teen"], rng))
    mother_age = np.where(teen, rng.integers(15, 20, n), np.clip(np.rint(rng.normal(31.5, 4.6, n)), 20, 47))
    parity = np.minimum(rng.geometric(0.55, n) - 1, 8)
    male = rng.random(n) < 0.513

    # --- gestational age: very early (22-23 w), preterm bands, term ------------------------------------------
    very_early = rng.random(n) < TARGETS["very_early"] * np.exp(local)
    pre_logit = LOCAL_WEIGHT["preterm"] * local + drift + 0.4 * teen + 0.1 * (parity == 0)
    counted = ~very_early
    pre_shift = _calibrate(pre_logit[counted], TARGETS["preterm"], rng)
    preterm = counted & (rng.random(n) < special.expit(pre_logit + pre_shift))
    band = rng.choice(len(PRETERM_BANDS), size=n, p=[b[1] for b in PRETERM_BANDS])
    starts = np.array([b[0][0] for b in PRETERM_BANDS])
    ends = np.array([b[0][1] for b in PRETERM_BANDS])
    preterm_days = starts[band] + np.floor(rng.random(n) ** 0.7 * (ends[band] - starts[band] + 1))
    term_days = np.clip(np.rint(rng.normal(280, 8.5, n)), 259, 300)
    days = np.where(very_early, rng.integers(154, 168, n), np.where(preterm, preterm_days, term_days))

    # --- small for gestational age and birth weight ----------------------------------------------------------
    # P(SGA | preterm) and P(SGA | term) follow from preterm 6.6%, SGA 9.7% and Big2 14.8%.
    overlap = TARGETS["preterm"] + TARGETS["sga"] - TARGETS["big2"]
    sga_logit = LOCAL_WEIGHT["sga"] * local + drift
    sga = np.zeros(n, dtype=bool)
    for group, target in ((preterm, overlap / TARGETS["preterm"]),
                          (counted & ~preterm, (TARGETS["sga"] - overlap) / (1 - TARGETS["preterm"]))):
        shift = _calibrate(sga_logit[group], target, rng)
        sga[group] = rng.random(int(group.sum())) < special.expit(sga_logit[group] + shift)
    sga |= very_early & (rng.random(n) < 0.2)
    z = _truncated_normal(rng, sga)
    weight = np.rint(median_weight(days, male) * np.exp(WEIGHT_SD * z))
    # The percentile per birth, as a Perined extract carries it (Hoftiezer there, the generator's own curve here):
    # the engine reads it in preference to any reference, so the demo follows the real path.
    percentile = special.ndtr(z) * 100

    # --- deaths: stillbirth, early (days 0-6) and late (7-27) neonatal ---------------------------------------
    still_rr = np.ones(n)
    early_rr = np.ones(n)
    for (first, last), _share, rr_still, rr_early in PRETERM_BANDS:
        in_band = (days >= first) & (days <= last)
        still_rr[in_band], early_rr[in_band] = rr_still, rr_early
    still_rr[very_early], early_rr[very_early] = VERY_EARLY_RISK
    death_logit = np.log(still_rr) + 0.7 * sga + LOCAL_WEIGHT["death"] * local
    stillbirth = rng.random(n) < special.expit(death_logit + _calibrate(death_logit, TARGETS["stillbirth_22"], rng))
    live = ~stillbirth
    early_logit = np.log(early_rr) + 0.5 * sga + LOCAL_WEIGHT["death"] * local
    early_target = (TARGETS["perinatal_22"] - TARGETS["stillbirth_22"]) / (1 - TARGETS["stillbirth_22"])
    early_death = live & (rng.random(n) < special.expit(early_logit + _calibrate(early_logit[live], early_target,
                                                                                 rng)))
    late_target = (TARGETS["perinatal_28d_22"] - TARGETS["perinatal_22"]) / (1 - TARGETS["perinatal_22"])
    late_death = live & ~early_death & (rng.random(n) < special.expit(
        early_logit + _calibrate(early_logit[live], late_target, rng)))
    death_day = np.where(early_death, np.minimum(rng.geometric(0.45, n) - 1, 6),
                         np.where(late_death, rng.integers(7, 28, n), -1))

    # --- first prenatal examination ----------------------------------------------------------------------------
    late_logit = LOCAL_WEIGHT["late_start"] * local + 1.0 * teen + 0.2 * (parity >= 3)
    late = rng.random(n) < special.expit(late_logit + _calibrate(late_logit[counted], TARGETS["late_start"], rng))
    first_visit = np.where(late, 71 + np.minimum(rng.exponential(22, n), 150), rng.integers(35, 71, n))
    first_visit = np.minimum(np.rint(first_visit), days)

    pc4_codes, pc4_index = np.unique(postcodes.pc4, return_inverse=True)
    return _table(year, _dictionary(municipalities, muni_index[place]), _dictionary(pc4_codes, pc4_index[place]),
                  days, weight, _dictionary(np.array(["f", "m"]), male.astype(np.int8)), parity, stillbirth,
                  death_day, first_visit, mother_age, percentile)


def _dictionary(values: np.ndarray, indices: np.ndarray) -> pa.DictionaryArray:
    # Building strings per row is the slow part of generating millions of records; codes + a dictionary is not.
    return pa.DictionaryArray.from_arrays(pa.array(indices.astype(np.int32)), pa.array(values.tolist()))


def _table(year, municipality, pc4, days, weight, sex, parity, stillbirth, death_day, first_visit,
           mother_age, percentile) -> pa.Table:
    n = year.size
    perinatal_death = stillbirth | ((death_day >= 0) & (death_day <= 6))
    return pa.table({
        "year": pa.array(year, pa.int16()),
        "municipality": municipality,
        "pc4": pc4,
        "gestational_days": pa.array(days.astype(np.int16)),
        "birth_weight": pa.array(weight.astype(np.int16)),
        "sex": sex,
        "parity": pa.array(parity.astype(np.int8)),
        "stillbirth": pa.array(stillbirth),
        "death_day": pa.array(death_day.astype(np.int16), mask=death_day < 0),
        "perinatal_death": pa.array(perinatal_death),
        "first_visit_days": pa.array(first_visit.astype(np.int16)),
        "mother_age": pa.array(mother_age.astype(np.int8)),
        "birthweight_percentile": pa.array(percentile.astype(np.float32)),
        "synthetic": pa.array(np.ones(n, dtype=bool)),
    }, metadata={b"kansrijk.synthetic": b"true",
                 b"kansrijk.description": b"Synthetic births generated by Kansrijk (apps/monitoring/synth.py)"})


def write(table: pa.Table, path: Path) -> Path:
    """Write as Parquet (.parquet) or CSV (anything else); both keep the `synthetic` column."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, path, compression="zstd")
    else:
        import pyarrow.csv as pacsv

        plain = table.replace_schema_metadata(None)
        plain = pa.table({name: (col.cast(pa.string()) if pa.types.is_dictionary(col.type) else col)
                          for name, col in zip(plain.column_names, plain.columns, strict=True)})
        pacsv.write_csv(plain, path)
    return path


def synth_births(out: Path, *, years: list[int], births_per_year: int = BIRTHS_PER_YEAR, seed: int = 2024,
                 reference_out: Path | None = None) -> int:
    """Write synthetic births for every municipality and its postcodes to `out` (manage.py synth_births), and with
    `reference_out` the synthetic p10 reference as CSV (for load_birthweight_reference); returns the births."""
    config = SynthConfig(years=years, births_per_year=births_per_year, seed=seed)
    table = generate(config, postcodes_from_database())
    write(table, out)
    if reference_out:
        rows = reference_rows()
        with Path(reference_out).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return table.num_rows
