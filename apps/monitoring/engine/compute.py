# SPDX-License-Identifier: EUPL-1.2
"""Record-level engine: perinatal indicators per area and period from a file of birth records, with DuckDB.

One pass over the records (Parquet or CSV, one row per birth) counts every numerator and denominator per year,
municipality and PC4; everything above (province, GGD region, country) and the pooled periods are sums of that
small table; intervals and suppression are computed on numpy arrays. Definitions (docs/monitoring-engine.md):

- Only births from 24 weeks (168 days) count, live and stillborn; gestational age must be known.
- Big2 = gestational age < 259 days and/or birth weight < p10 of the sex-specific reference for the gestational
  age. The reference is the BirthWeightReference table by day and sex when one is loaded (ages outside the table
  use its first or last day), else it is derived from the data: p10 per completed gestational week and sex over
  all years, and the result says so (`derived_reference`).
- Perinatal mortality = stillbirth + death of a live-born child on days 0-6 (the first 7 days, day of birth = 0);
  `perinatal_mortality`/`stillbirth` over births >= 24 weeks (DIAPER, CBS), `*_22` variants over births >= 22
  weeks (154 days, VZinfo/Perined). Without `stillbirth`/`death_day` columns the `perinatal_death` flag is used.
- Late start of care = first examination after day 70; teenage mother = mother younger than 20 at the birth.
- Pooled periods: blocks of `pool_years` years ending at the last year (the national monitor pools five years).
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from apps.monitoring.engine import stats
from apps.monitoring.engine import sums as engine_sums
from apps.monitoring.registry import INDICATORS

DATA_DIR = Path(__file__).resolve().parents[2] / "reference" / "data"
REQUIRED = ["year", "municipality", "pc4", "gestational_days", "birth_weight", "sex"]
OPTIONAL = ["parity", "stillbirth", "death_day", "perinatal_death", "first_visit_days", "mother_age", "synthetic"]
_SCALE = {"per1000": 1000.0, "percent": 100.0}


class EngineError(ValueError):
    """A births file the engine cannot use; the message is Dutch and meant for the user."""


@dataclass(frozen=True)
class Spec:
    code: str
    numerator: str
    denominator: str
    needs: tuple[str, ...] = ()

    @property
    def scale(self) -> float:
        unit = next((i["unit"] for i in INDICATORS if i["code"] == self.code), "per1000")
        return _SCALE.get(unit, 1.0)


SPECS = [
    Spec("big2", "big2", "big2_n"),
    Spec("preterm", "preterm", "births24"),
    Spec("sga", "sga", "sga_n"),
    Spec("perinatal_mortality", "perinatal24", "births24", ("death",)),
    Spec("stillbirth", "stillbirth24", "births24", ("stillbirth",)),
    Spec("late_start_care", "late_start", "late_start_n", ("first_visit_days",)),
    Spec("teen_mothers", "teen", "teen_n", ("mother_age",)),
    Spec("perinatal_mortality_22", "perinatal22", "births22", ("death",)),
    Spec("stillbirth_22", "stillbirth22", "births22", ("stillbirth",)),
]
ALL_CODES = [s.code for s in SPECS]
DEFAULT_CODES = {i["code"] for i in INDICATORS} & set(ALL_CODES)  # the registry's perinatal indicators
VARIANTS = [code for code in ALL_CODES if code not in DEFAULT_CODES]


@dataclass
class Regions:
    """Municipality -> province and GGD region, PC4 -> its (largest-share) municipality."""

    province: dict[str, str] = field(default_factory=dict)
    health_region: dict[str, str] = field(default_factory=dict)
    pc4_parent: dict[str, str] = field(default_factory=dict)


def regions_from_files(data_dir: Path = DATA_DIR) -> Regions:
    """The bundled CBS files that apps.reference and the monitoring areas are built from."""
    regions = Regions()
    with (data_dir / "gemeente_ggdregio_2024_afgeleid.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            regions.province[row["gemeentecode"]] = row["provinciecode"]
            regions.health_region[row["gemeentecode"]] = row["ggdregio_code"]
    largest: dict[str, tuple[float, str]] = {}
    with (data_dir / "pc4_gemeente_2024.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            share = float(row["aandeel_pc4"])
            if row["pc4"] not in largest or share > largest[row["pc4"]][0]:
                largest[row["pc4"].zfill(4)] = (share, row["gemeentecode"])
    regions.pc4_parent = {pc4: code for pc4, (_share, code) in largest.items()}
    return regions


@dataclass
class EngineResult:
    """One cell per (indicator, area, period) with births, as parallel numpy arrays.

    `spec` (index into `indicators`) and `row` (index into the area-period arrays `level`, `area`,
    `period_starts`, `period_ends`) keep the cells compact; `columns` spells them out (built on first use).
    """

    indicators: list[str]
    scales: np.ndarray
    level: np.ndarray
    area: np.ndarray
    period_starts: np.ndarray
    period_ends: np.ndarray
    spec: np.ndarray
    row: np.ndarray
    numerator: np.ndarray
    denominator: np.ndarray
    low: np.ndarray  # proportions
    high: np.ndarray
    exact: np.ndarray
    suppressed: np.ndarray
    derived_reference: bool = False
    synthetic: bool = False
    records: int = 0
    years: list[int] = field(default_factory=list)
    _columns: dict | None = None

    def __len__(self) -> int:
        return int(self.spec.size)

    @property
    def columns(self) -> dict[str, np.ndarray]:
        """indicator, level, area, period_start, period_end, numerator, denominator, value (in the indicator's
        unit), ci_low, ci_high, ci_method, suppressed."""
        if self._columns is None:
            scale = self.scales[self.spec] if len(self) else np.zeros(0)
            with np.errstate(invalid="ignore", divide="ignore"):
                value = self.numerator / self.denominator * scale
            self._columns = {
                "indicator": np.array(self.indicators, dtype=object)[self.spec],
                "level": self.level[self.row], "area": self.area[self.row],
                "period_start": self.period_starts[self.row], "period_end": self.period_ends[self.row],
                "numerator": self.numerator, "denominator": self.denominator, "value": value,
                "ci_low": self.low * scale, "ci_high": self.high * scale,
                "ci_method": np.where(self.suppressed, "", stats.METHOD_NAMES[self.exact.astype(np.int8)]),
                "suppressed": self.suppressed,
            }
        return self._columns

    def select(self, mask: np.ndarray) -> EngineResult:
        """The cells where `mask` holds (suppression stays as computed on all cells, so nothing becomes derivable)."""
        keep = np.flatnonzero(mask)
        fields = {name: getattr(self, name)[keep] for name in ("spec", "row", "numerator", "denominator", "low",
                                                               "high", "exact", "suppressed")}
        return dataclasses.replace(self, **fields, _columns=None)

    def rows(self):
        """Row dicts (for tests and small exports)."""
        columns = self.columns
        names = list(columns)
        for values in zip(*(columns[n] for n in names), strict=True):
            yield dict(zip(names, values, strict=True))


def _relation(con: duckdb.DuckDBPyConnection, source) -> list[str]:
    """Register the records as view `src`; returns its column names."""
    if isinstance(source, pa.Table):
        con.register("src_raw", source)
        con.execute("CREATE VIEW src AS SELECT * FROM src_raw")
    else:
        path = Path(source)
        if not path.exists():
            raise EngineError(f"Bestand niet gevonden: {path}")
        try:
            if path.suffix.lower() == ".parquet":
                relation = con.read_parquet(str(path))
            else:
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    header = next(csv.reader(handle), [])
                # Codes stay text: PC4 and municipality codes may look like numbers.
                text = {name: "VARCHAR" for name in ("municipality", "pc4", "sex") if name in header}
                relation = con.read_csv(str(path), header=True, dtype=text or None)
            relation.create_view("src")
        except (duckdb.Error, ValueError, UnicodeDecodeError) as exc:
            raise EngineError(f"Het bestand is geen leesbaar Parquet- of CSV-bestand met geboorten: {exc}")
    columns = [row[0] for row in con.execute("DESCRIBE src").fetchall()]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise EngineError("Kolommen ontbreken in het geboortebestand: " + ", ".join(missing))
    return columns


SEX_CODES = {"m": "m", "1": "m", "jongen": "m", "man": "m", "male": "m",
             "f": "f", "v": "f", "2": "f", "meisje": "f", "vrouw": "f", "female": "f"}


def _reference_sql(con, reference: Sequence[tuple[int, str, float]] | None) -> tuple[str, bool]:
    """SQL joining the p10 for each record (column p10), and whether it was derived from the data.

    Records keep their own sex codes (m/f, 1/2, ...): mapping 2,000,000 strings costs more than expanding the
    small reference table to the codes that occur.
    """
    if reference:
        raw = [row[0] for row in con.execute("SELECT DISTINCT CAST(sex AS VARCHAR) FROM src").fetchall()]
        codes = {code: SEX_CODES.get(str(code).strip().lower()) for code in raw if code is not None}
        rows = [(int(day), code, float(p10)) for day, sex, p10 in reference
                for code, mapped in codes.items() if mapped == sex]
        table = pa.table({"day": pa.array([r[0] for r in rows], pa.int32()), "sex": [r[1] for r in rows],
                          "p10": pa.array([r[2] for r in rows], pa.float64())})
        con.register("reference_table", table)
        # Ages outside the loaded table use its first or last day (per sex).
        join = """LEFT JOIN (SELECT r.*, min(day) OVER (PARTITION BY sex) lo, max(day) OVER (PARTITION BY sex) hi
                             FROM reference_table r) ref
                  ON ref.sex = b.sex AND ref.day = greatest(ref.lo, least(ref.hi, b.ga))"""
        return join, False
    join = """LEFT JOIN (SELECT ga // 7 AS week, sex, quantile_cont(w, 0.1) AS p10 FROM b
                         WHERE ga >= 168 AND w IS NOT NULL AND sex IS NOT NULL GROUP BY ALL) ref
              ON ref.sex = b.sex AND ref.week = b.ga // 7"""
    return join, True


def _counts_sql(columns: list[str], join: str) -> str:
    has = set(columns)
    opt = {name: (name if name in has else "NULL") for name in OPTIONAL}
    if "stillbirth" in has:
        death = ("(coalesce(CAST(stillbirth AS BOOLEAN), false)"
                 " OR coalesce(CAST(death_day AS INTEGER) BETWEEN 0 AND 6, false))" if "death_day" in has else "NULL")
    else:
        death = "NULL"
    if death == "NULL" and "perinatal_death" in has:
        death = "perinatal_death"
    # Only fixed column names and the fixed reference join are put into the SQL, never data.
    return f"""
    WITH b AS (
        SELECT CAST(year AS INTEGER) AS year, CAST(municipality AS VARCHAR) AS municipality,
               CAST(pc4 AS VARCHAR) AS pc4, CAST(gestational_days AS INTEGER) AS ga,
               CAST(birth_weight AS DOUBLE) AS w, CAST(sex AS VARCHAR) AS sex,
               CAST({opt["stillbirth"]} AS BOOLEAN) AS still, CAST({death} AS BOOLEAN) AS death,
               CAST({opt["first_visit_days"]} AS INTEGER) AS visit, CAST({opt["mother_age"]} AS INTEGER) AS age
        FROM src WHERE gestational_days >= 154 AND year IS NOT NULL AND municipality IS NOT NULL
    ),
    r AS (SELECT b.*, CASE WHEN b.ga >= 168 THEN b.w < ref.p10 END AS sga FROM b {join})
    SELECT year, municipality, pc4,
        count(*) FILTER (WHERE ga >= 168) AS births24,
        count(*) FILTER (WHERE ga >= 168 AND (ga < 259 OR sga IS NOT NULL)) AS big2_n,
        count(*) FILTER (WHERE ga >= 168 AND (ga < 259 OR sga)) AS big2,
        count(*) FILTER (WHERE ga >= 168 AND ga < 259) AS preterm,
        count(*) FILTER (WHERE sga IS NOT NULL) AS sga_n,
        count(*) FILTER (WHERE sga) AS sga,
        count(*) FILTER (WHERE ga >= 168 AND death) AS perinatal24,
        count(*) FILTER (WHERE ga >= 168 AND still) AS stillbirth24,
        count(*) AS births22,
        count(*) FILTER (WHERE death) AS perinatal22,
        count(*) FILTER (WHERE still) AS stillbirth22,
        count(*) FILTER (WHERE ga >= 168 AND visit IS NOT NULL) AS late_start_n,
        count(*) FILTER (WHERE ga >= 168 AND visit > 70) AS late_start,
        count(*) FILTER (WHERE ga >= 168 AND age IS NOT NULL) AS teen_n,
        count(*) FILTER (WHERE ga >= 168 AND age < 20) AS teen
    FROM r GROUP BY ALL
    """  # noqa: S608 - fixed column names, no data


COUNT_COLUMNS = ["births24", "big2_n", "big2", "preterm", "sga_n", "sga", "perinatal24", "stillbirth24", "births22",
                 "perinatal22", "stillbirth22", "late_start_n", "late_start", "teen_n", "teen"]


def _periods(years: list[int], pool_years: int) -> list[tuple[int, int]]:
    """Single years, then pooled blocks of `pool_years` ending at the last year (only complete blocks)."""
    periods = [(y, y) for y in years]
    if pool_years > 1 and years:
        end = max(years)
        while end - pool_years + 1 >= min(years):
            periods.append((end - pool_years + 1, end))
            end -= pool_years
    return periods


def compute(source, *, reference: Sequence[tuple[int, str, float]] | None = None, regions: Regions | None = None,
            pool_years: int = 5, threshold: int | None = None, indicators: Sequence[str] | None = None) -> EngineResult:
    """Every perinatal indicator for every area and period of `source` (a path or an Arrow table).

    `indicators` limits the codes (default: those of the registry; the 22-week variants `VARIANTS` on request).
    """
    regions = regions if regions is not None else regions_from_files()
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    try:
        columns = _relation(con, source)
        join, derived = _reference_sql(con, reference)
        try:
            cells = con.sql(_counts_sql(columns, join)).to_arrow_table()
        except duckdb.Error as exc:
            raise EngineError(f"De geboorten konden niet worden gelezen (verkeerd type in een kolom?): {exc}")
        flag = "bool_or(CAST(synthetic AS BOOLEAN))" if "synthetic" in columns else "false"
        synthetic, records = con.execute(f"SELECT coalesce({flag}, false), count(*) FROM src").fetchall()[0]  # noqa: S608
    finally:
        con.close()
    years = sorted(set(cells.column("year").to_numpy().tolist())) if cells.num_rows else []
    totals = engine_sums.rollup(cells, regions, _periods(years, pool_years), COUNT_COLUMNS) if years else None
    available = set(columns) | ({"death"} if {"stillbirth", "death_day"} <= set(columns)
                                or "perinatal_death" in columns else set())
    wanted = set(indicators) if indicators is not None else DEFAULT_CODES
    specs = [s for s in SPECS if s.code in wanted and all(need in available for need in s.needs)]
    if totals is None:
        cells = {name: np.zeros(0, dtype=np.int64) for name in ("spec", "row", "numerator", "denominator")}
        cells.update({name: np.zeros(0) for name in ("low", "high", "period_starts", "period_ends")})
        cells.update(level=np.zeros(0, dtype=object), area=np.zeros(0, dtype=object),
                     exact=np.zeros(0, dtype=bool), suppressed=np.zeros(0, dtype=bool))
    else:
        cells = engine_sums.cells(totals, specs, regions, threshold)
    return EngineResult(indicators=[s.code for s in specs], scales=np.array([s.scale for s in specs]), **cells,
                        derived_reference=derived, synthetic=bool(synthetic), records=int(records), years=years)
