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
OPTIONAL = ["parity", "stillbirth", "death_day", "perinatal_death", "first_visit_days", "mother_age", "synthetic",
            "birthweight_percentile", "multiple_rank"]

# Every numerator and denominator (None: all records), over the columns `counts_sql` gives each record: ga
# (gestational days), w, sex, still, death, visit (day of the first visit), age (the mother's) and sga (below the
# p10; NULL when unknown). Public so bench/indicators.py times its floor on exactly these counts.
COUNTS: dict[str, str | None] = {
    "births24": "ga >= 168",
    # As the national monitor (DIAPER big2.R): a birth whose percentile (or weight) is missing counts as "not below
    # p10" and stays in the denominator; `sga_missing` reports how many such records a cell holds.
    "big2_n": "ga >= 168",
    "big2": "ga >= 168 AND (ga < 259 OR coalesce(sga, false))",
    "preterm": "ga >= 168 AND ga < 259",
    "sga_n": "ga >= 168",
    "sga": "ga >= 168 AND coalesce(sga, false)",
    "sga_missing": "ga >= 168 AND sga IS NULL",
    "perinatal24": "ga >= 168 AND death",
    "stillbirth24": "ga >= 168 AND still",
    "births22": None,
    "perinatal22": "death",
    "stillbirth22": "still",
    # Per pregnancy (DIAPER zwangerschapsbegeleiding.R: rangnummer 1 only); a missing first-visit day is "no".
    "late_start_n": "ga >= 168 AND first_child",
    "late_start": "ga >= 168 AND first_child AND visit > 70",
    "late_start_missing": "ga >= 168 AND first_child AND visit IS NULL",
    "teen_n": "ga >= 168 AND age IS NOT NULL",
    "teen": "ga >= 168 AND age < 20",
}
# Which count holds the records with a missing value behind an indicator's numerator.
MISSING = {"big2": "sga_missing", "sga": "sga_missing", "late_start_care": "late_start_missing"}
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
        derived = derived and "birthweight_percentile" not in columns  # Perined's own percentile per birth
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
    columns = perined_view(con, columns)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise EngineError("Kolommen ontbreken in het geboortebestand: " + ", ".join(missing))
    return columns


# A Perined extract with its own column names, as the national monitor reads it (DIAPER perined.R and the
# indicator scripts): our column <- SQL over Perined's. `amww` is completed weeks, so weeks x 7 keeps every
# threshold (24 weeks = day 168, 37 weeks = day 259). The mother's municipality is not in Perined: CBS links it
# (DIAPER: residence on 30 June, column `gem<year>`), so a `gem....` column or `gemeente` is read as municipality.
PERINED = {
    "year": "jaar", "gestational_days": "amww * 7", "birth_weight": "geboortegew",
    "birthweight_percentile": "hoftiezer", "multiple_rank": "rangnummer", "first_visit_days": "amddd1ond",
    "parity": "par",
}


def perined_view(con: duckdb.DuckDBPyConnection, columns: list[str]) -> list[str]:
    """When the records use Perined's names (`jaar`, `amww`), view them under ours as `src`; returns the columns."""
    if "year" in columns or not {"jaar", "amww"} <= set(columns):
        return columns
    have = set(columns)
    select = {ours: expr for ours, expr in PERINED.items() if expr.split()[0] in have}
    municipality = next((c for c in sorted(columns, reverse=True) if c == "gemeente" or
                         (c.startswith("gem") and c[3:].isdigit())), None)
    select["municipality"] = municipality or "NULL"
    select.setdefault("pc4", "NULL")
    select.setdefault("sex", "geslacht" if "geslacht" in have else "NULL")
    select.setdefault("birth_weight", "NULL")
    used = {e.split()[0] for e in select.values()}
    keep = [c for c in columns if c not in used and c not in select]

    def quoted(name: str) -> str:  # names from the file's header: always quoted identifiers
        return '"' + name.replace('"', '""') + '"'

    if municipality:
        select["municipality"] = quoted(municipality)
    parts = [f"{expr} AS {ours}" for ours, expr in select.items()] + [quoted(c) for c in keep]
    con.execute("ALTER VIEW src RENAME TO src_perined")
    # Our fixed expressions, and header names only as quoted identifiers.
    con.execute(f"CREATE VIEW src AS SELECT {', '.join(parts)} FROM src_perined")  # noqa: S608
    return [row[0] for row in con.execute("DESCRIBE src").fetchall()]


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
        # Ages before the loaded table use its first day; births past its last day are not classed as SGA (p10
        # NULL -> "no", as DIAPER, whose percentiles stop where the reference stops).
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
    # A per-birth percentile (Perined's Hoftiezer percentile, as DIAPER reads it) wins over any reference table.
    if "birthweight_percentile" in has:
        sga = "b.pct < 10"
    elif join:
        sga = "CASE WHEN b.ga > ref.hi THEN false ELSE b.w < ref.p10 END" if "ref.hi" in join else "b.w < ref.p10"
    else:
        sga = "NULL"
    join = join if "birthweight_percentile" not in has else ""
    # Only fixed column names and the fixed reference join are put into the SQL, never data.
    return f"""
    WITH b AS (
        SELECT CAST(year AS INTEGER) AS year, coalesce(CAST(municipality AS VARCHAR), '') AS municipality,
               CAST(pc4 AS VARCHAR) AS pc4, CAST(gestational_days AS INTEGER) AS ga,
               CAST(birth_weight AS DOUBLE) AS w, CAST(sex AS VARCHAR) AS sex,
               CAST({opt["stillbirth"]} AS BOOLEAN) AS still, CAST({death} AS BOOLEAN) AS death,
               CAST({opt["first_visit_days"]} AS INTEGER) AS visit, CAST({opt["mother_age"]} AS INTEGER) AS age,
               CAST({opt["birthweight_percentile"]} AS DOUBLE) AS pct,
               coalesce(CAST({opt["multiple_rank"]} AS INTEGER), 1) = 1 AS first_child
        FROM src WHERE gestational_days >= 154 AND year IS NOT NULL
    ),
    r AS (SELECT b.*, CASE WHEN b.ga >= 168 THEN {sga} END AS sga FROM b {join})
    SELECT year, municipality, pc4,
        {COUNTS_SQL}
    FROM r GROUP BY ALL
    """  # noqa: S608 - fixed column names, no data
