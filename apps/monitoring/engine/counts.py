# SPDX-License-Identifier: EUPL-1.2
"""The engine's DuckDB half: read the birth records and count every numerator and denominator per year,
municipality and PC4 in one pass (`count_records`). Definitions: apps/monitoring/engine/compute.py and
docs/monitoring-engine.md.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from apps.monitoring.engine.types import EngineError

REQUIRED = ["year", "municipality", "pc4", "gestational_days", "birth_weight", "sex"]
OPTIONAL = ["parity", "stillbirth", "death_day", "perinatal_death", "first_visit_days", "mother_age", "synthetic"]

# Every numerator and denominator (None: all records), over the columns `counts_sql` gives each record: ga
# (gestational days), w, sex, still, death, visit (day of the first visit), age (the mother's) and sga (below the
# p10; NULL when unknown). Public so bench/indicators.py times its floor on exactly these counts.
COUNTS: dict[str, str | None] = {
    "births24": "ga >= 168",
    "big2_n": "ga >= 168 AND (ga < 259 OR sga IS NOT NULL)",
    "big2": "ga >= 168 AND (ga < 259 OR sga)",
    "preterm": "ga >= 168 AND ga < 259",
    "sga_n": "sga IS NOT NULL",
    "sga": "sga",
    "perinatal24": "ga >= 168 AND death",
    "stillbirth24": "ga >= 168 AND still",
    "births22": None,
    "perinatal22": "death",
    "stillbirth22": "still",
    "late_start_n": "ga >= 168 AND visit IS NOT NULL",
    "late_start": "ga >= 168 AND visit > 70",
    "teen_n": "ga >= 168 AND age IS NOT NULL",
    "teen": "ga >= 168 AND age < 20",
}
COUNT_COLUMNS = list(COUNTS)
COUNTS_SQL = ",\n        ".join(f"count(*) FILTER (WHERE {where}) AS {name}" if where else f"count(*) AS {name}"
                                for name, where in COUNTS.items())


@dataclass
class Counts:
    """What one pass over the records gives: the count table and what the records hold."""

    table: pa.Table  # year, municipality, pc4 and COUNT_COLUMNS, one row per combination that has births
    columns: list[str]  # the columns of the records
    derived_reference: bool  # the p10 was derived from the records themselves
    synthetic: bool
    records: int
    years: list[int]

    @property
    def available(self) -> set[str]:
        """The inputs the records have; "death" when stillbirth and death_day, or perinatal_death, are there."""
        has = set(self.columns)
        return has | ({"death"} if {"stillbirth", "death_day"} <= has or "perinatal_death" in has else set())


def count_records(source, reference: Sequence[tuple[int, str, float]] | None = None) -> Counts:
    """Count `source` (a path to Parquet or CSV, or an Arrow table) with the p10 `reference` (None: derive it)."""
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    try:
        columns = open_records(con, source)
        join, derived = reference_join(con, reference)
        try:
            table = con.sql(counts_sql(columns, join)).to_arrow_table()
        except duckdb.Error as exc:
            raise EngineError(f"De geboorten konden niet worden gelezen (verkeerd type in een kolom?): {exc}")
        flag = "bool_or(CAST(synthetic AS BOOLEAN))" if "synthetic" in columns else "false"
        synthetic, records = con.execute(f"SELECT coalesce({flag}, false), count(*) FROM src").fetchall()[0]  # noqa: S608
    finally:
        con.close()
    years = sorted(set(table.column("year").to_numpy().tolist())) if table.num_rows else []
    return Counts(table, columns, derived, bool(synthetic), int(records), years)


def open_records(con: duckdb.DuckDBPyConnection, source) -> list[str]:
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


def reference_join(con, reference: Sequence[tuple[int, str, float]] | None) -> tuple[str, bool]:
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


def counts_sql(columns: list[str], join: str) -> str:
    """The one query that counts every numerator and denominator per year, municipality and PC4."""
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
        {COUNTS_SQL}
    FROM r GROUP BY ALL
    """  # noqa: S608 - fixed column names, no data
