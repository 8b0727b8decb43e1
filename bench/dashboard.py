# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of the municipal monitoring dashboard on a national-scale set of observations.

Seeds a fresh database with synthetic observations of every outcome indicator for all areas (country, 12
provinces, 25 GGD regions, 342 municipalities and ~4,000 postcodes) × 12 years, then times N requests of the
municipal dashboard (`/monitor/gemeente/<code>/`) for random municipalities through django.test.Client as an
ordinary logged-in user, plus the choropleth map and the PC4 funnel page for reference. Target: dashboard p95
under 200 ms.

    .venv/bin/python bench/dashboard.py                        # fresh SQLite file under bench/, removed afterwards
    .venv/bin/python bench/dashboard.py --database-url postgres://postgres@127.0.0.1:5432/kansrijk_bench_mon

The database handling is bench/overview.py's (an existing database must be empty). The last line printed is
one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from overview import Database, analyze, migrate, percentile, setup_django  # noqa: E402

YEARS = range(2013, 2025)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--requests", type=int, default=100, help="timed dashboard requests (default 100)")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


def time_get(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return elapsed


def main() -> None:
    args = parse_args()
    db = Database(args.database_url, args.keep)
    db.prepare()
    try:
        setup_django(db.url)
        started = time.perf_counter()
        migrate()
        from django.test import Client

        from apps.core.testing.factories import UserFactory
        from apps.monitoring.engine.seed import seed
        from apps.monitoring.models import Area, Level, Observation

        migrated = time.perf_counter()
        seed(YEARS, levels=(Level.COUNTRY, Level.PROVINCE, Level.HEALTH_REGION, Level.MUNICIPALITY, Level.PC4),
             random_seed=args.seed)
        analyze(db.vendor)
        seeded = time.perf_counter()
        rows = Observation.objects.count()
        print(f"database: {db.vendor}; migrate {migrated - started:.1f} s, seed {seeded - migrated:.1f} s "
              f"({rows} observations, {len(YEARS)} years)")
        client = Client()
        client.force_login(UserFactory(username="bench-monitor"))
        rng = random.Random(args.seed)
        codes = list(Area.objects.filter(level=Level.MUNICIPALITY).values_list("code", flat=True))
        for _ in range(args.warmup):
            time_get(client, f"/monitor/gemeente/{rng.choice(codes)}/")
        pages = {
            "dashboard": [time_get(client, f"/monitor/gemeente/{rng.choice(codes)}/") for _ in range(args.requests)],
            "postcodes": [time_get(client, f"/monitor/gemeente/{rng.choice(codes)}/postcodes/?indicator=big2")
                          for _ in range(max(args.requests // 5, 5))],
            "map": [time_get(client, "/monitor/kaart/?indicator=big2") for _ in range(max(args.requests // 10, 5))],
        }
        result: dict[str, object] = {}
        for name, samples in pages.items():
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            print(f"{name:10s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  max {max(samples):7.1f} ms")
            result[f"{name}_p50_ms"] = round(p50, 1)
            result[f"{name}_p95_ms"] = round(p95, 1)
        result.update(observations=rows, years=len(YEARS), database=db.vendor)
        print(json.dumps(result))
    finally:
        db.cleanup()


if __name__ == "__main__":
    main()
