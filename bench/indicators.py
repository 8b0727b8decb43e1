# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of the record-level indicator engine on 2,000,000 synthetic births (about 12 years of Dutch births).

1. Generates the births with apps/monitoring/engine/synth.py and writes them as Parquet (not timed).
2. `reference_s`: one hand-written DuckDB query that computes only the same counts (SGA from the percentile per
   birth that the synthetic file carries, as a Perined extract does; every numerator and denominator, counted with
   the engine's own COUNTS_SQL) for the municipality and PC4 levels
   per year: the floor.
3. `engine_s`: apps.monitoring.engine.compute.compute, every perinatal indicator for every PC4, municipality, GGD
   region, province and the country, per year and pooled 5-year period, with intervals and suppression, in memory.
4. `end_to_end_s`: engine plus storing the results as Observation rows (where the dashboards read them) in a fresh,
   migrated database (migrating is not timed).
5. `suppression_s`: the part of engine_s spent in engine/suppression.py (primary and secondary suppression over
   every published cell), median over the runs.

engine_s and reference_s are the medians of --repeat runs each, taken in turns so both see the same machine load
(the machine is shared: single runs vary by a factor of two).

    .venv/bin/python bench/indicators.py                      # fresh SQLite file under bench/, deleted afterwards
    .venv/bin/python bench/indicators.py --database-url postgres://postgres@127.0.0.1:5432/kansrijk_bench_ind

The last line printed is one JSON object. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from overview import Database, migrate, setup_django  # noqa: E402


def reference_query(path: Path) -> str:
    # The counted expressions are the engine's own (COUNTS_SQL); only the reading and grouping are hand-written.
    from apps.monitoring.engine.counts import COUNTS_SQL

    return f"""
    WITH b AS (SELECT year, municipality, pc4, gestational_days AS ga, birth_weight AS w, sex, stillbirth AS still,
                      stillbirth OR coalesce(death_day <= 6, false) AS death, first_visit_days AS visit,
                      mother_age AS age, birthweight_percentile AS pct, true AS first_child
               FROM read_parquet('{path}') WHERE gestational_days >= 154),
    r AS (SELECT b.*, CASE WHEN ga >= 168 THEN pct < 10 END AS sga FROM b)
    SELECT year, municipality, pc4, {COUNTS_SQL} FROM r GROUP BY GROUPING SETS ((year, municipality), (year, pc4))
    """  # noqa: S608 - our own temporary file


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=2_000_000, help="number of births (default 2,000,000)")
    parser.add_argument("--years", type=int, default=12, help="number of years, ending in 2023 (default 12)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of engine and reference (median counts)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="sqlite:///path or postgres://... (default: a fresh SQLite file under bench/)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    database = Database(args.database_url or
                        f"sqlite:///{ROOT / 'bench' / f'bench-indicators-{os.getpid()}.sqlite3'}", args.keep)
    database.prepare()
    setup_django(database.url)
    try:
        run(args, database.vendor)
    finally:
        database.cleanup()


def run(args: argparse.Namespace, vendor: str) -> None:
    import duckdb

    from apps.monitoring.engine import store, suppression, synth
    from apps.monitoring.engine.compute import compute
    from apps.monitoring.engine.regions import regions_from_files

    suppression_runs: list[float] = []
    protect = suppression.protect

    def timed_protect(*a, **kw):
        started = time.perf_counter()
        try:
            return protect(*a, **kw)
        finally:
            suppression_runs.append(time.perf_counter() - started)

    suppression.protect = timed_protect  # sums.py calls it through the module

    migrate()
    years = list(range(2024 - args.years, 2024))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic_births.parquet"
        started = time.perf_counter()
        config = synth.SynthConfig(years=years, births_per_year=-(-args.records // len(years)), seed=args.seed)
        synth.write(synth.generate(config).slice(0, args.records), path)
        print(f"generated {args.records:,} births in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1e6:.1f} MB Parquet)", file=sys.stderr)
        regions = regions_from_files()

        engine_runs, reference_runs = [], []
        for _ in range(args.repeat):
            con = duckdb.connect()
            con.execute("SET enable_progress_bar = false")
            started = time.perf_counter()
            counts = con.sql(reference_query(path)).to_arrow_table()
            reference_runs.append(time.perf_counter() - started)
            con.close()
            started = time.perf_counter()
            result = compute(path, regions=regions)
            engine_runs.append(time.perf_counter() - started)
        print(f"reference: {counts.num_rows:,} rows; engine: {len(result):,} indicator cells, "
              f"{result.columns['suppressed'].mean():.0%} suppressed", file=sys.stderr)
        print("runs (s): reference " + ", ".join(f"{t:.3f}" for t in reference_runs)
              + "; engine " + ", ".join(f"{t:.3f}" for t in engine_runs), file=sys.stderr)

        started = time.perf_counter()
        result = compute(path, regions=regions)
        computed = time.perf_counter()
        report = store.store(result, key="bench-indicators", source_name=path.name)
        end_to_end = time.perf_counter() - started
        store_s = time.perf_counter() - computed
        print(f"stored {report.stored:,} observations ({vendor}); unknown indicators: "
              f"{', '.join(report.unknown_indicators) or '-'}", file=sys.stderr)

    engine_s, reference_s = statistics.median(engine_runs), statistics.median(reference_runs)
    print(json.dumps({
        "records": args.records, "years": args.years, "database": vendor, "cells": len(result),
        "observations": report.stored, "engine_s": round(engine_s, 3), "reference_s": round(reference_s, 3),
        "store_s": round(store_s, 3), "end_to_end_s": round(end_to_end, 3), "ratio": round(engine_s / reference_s, 2),
        "suppression_s": round(statistics.median(suppression_runs), 3),
        "suppressed_share": round(float(result.columns["suppressed"].mean()), 3),
    }))


if __name__ == "__main__":
    main()
