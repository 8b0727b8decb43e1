# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of the overview pages and the action API on a national-scale data set.

Seeds a fresh database with 342 local coalitions (one per active municipality, 50 partners, 100 actions and
20 meetings each, a plan with goals, ...) and 25 regional coalitions (one per GGD region), then times N
requests of the coalition overview, the regional overview and `/api/actions/?coalition=` through
django.test.Client as a regional coordinator of all 25 regions (a realistic user that goes through the
membership-based access checks; `--user superuser` takes the shortcut in apps/coalitions/access.py).

    .venv/bin/python bench/overview.py                       # fresh SQLite file under bench/, deleted afterwards
    .venv/bin/python bench/overview.py --database-url postgres://postgres@127.0.0.1:5432/kansrijk_bench

A database (SQLite file or PostgreSQL database) that does not exist yet is created and removed afterwards; an
existing one must be empty and is left in place with the data in it (remove it yourself); one that holds tables
is refused. DATABASE_URL in the environment is used when --database-url is not given. The last line printed is
one JSON object.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from overview_seed import seed  # a sibling module: bench scripts run from bench/

ROOT = Path(__file__).resolve().parent.parent


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="sqlite:///path or postgres://... (default: a fresh SQLite file under bench/)")
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page (default 200)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per page first (default 20)")
    parser.add_argument("--user", choices=["coordinator", "superuser"], default="coordinator",
                        help="who is logged in (default: the regional coordinator of all 25 regions)")
    parser.add_argument("--seed", type=int, default=2024, help="random seed")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


# --- database lifecycle ---------------------------------------------------------------------------------------


class Database:
    """Creates (when needed) and removes the benchmark database; only what this script created is removed."""

    def __init__(self, url: str, keep: bool) -> None:
        self.keep = keep
        self.sqlite_file: Path | None = None  # set when this script created the file
        self.created_pg: tuple[str, str] | None = None  # (maintenance url, database name)
        if not url:
            url = f"sqlite:///{ROOT / 'bench' / f'bench-overview-{os.getpid()}.sqlite3'}"
        self.url = url
        self.vendor = "sqlite" if url.startswith("sqlite") else "postgresql"

    def prepare(self) -> None:
        """Refuses a database that already holds tables: the benchmark never writes into real data."""
        if self.vendor == "sqlite":
            import sqlite3

            import dj_database_url

            path = Path(dj_database_url.parse(self.url)["NAME"])
            if path.exists():
                with sqlite3.connect(path) as conn:
                    tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
                if tables:
                    sys.exit(f"{path} is not empty; give a fresh database (it is created if it does not exist).")
            else:
                self.sqlite_file = path
            return
        import psycopg

        parts = urlsplit(self.url)
        name = parts.path.lstrip("/")
        maintenance = urlunsplit(parts._replace(path="/postgres"))
        with psycopg.connect(maintenance, autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
                self.created_pg = (maintenance, name)
                return
        with psycopg.connect(self.url) as conn:
            tables = conn.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'").fetchone()[0]
        if tables:
            sys.exit(f"Database {name!r} is not empty; give a fresh one (it is created if it does not exist).")

    def cleanup(self) -> None:
        from django.db import connections

        connections.close_all()
        if self.keep:
            print(f"database kept: {self.url}", file=sys.stderr)
            return
        if self.sqlite_file is not None:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.sqlite_file}{suffix}").unlink(missing_ok=True)
        elif self.created_pg:
            import psycopg

            maintenance, name = self.created_pg
            with psycopg.connect(maintenance, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def setup_django(url: str) -> None:
    os.environ["KANSRIJK_DEV"] = "1"
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "kansrijk.settings"
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    sys.path.insert(0, str(ROOT))
    # WhiteNoise warns once that collectstatic has not run; irrelevant for timing pages.
    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)  # the throttles' shared cache, as bin/run and docs/operations.md


def analyze(vendor: str) -> None:
    """On PostgreSQL, fresh planner statistics, as autovacuum gives a live database. SQLite gets none:
    Django never runs ANALYZE there, so the benchmark does not either."""
    from django.db import connection

    if vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# --- timing ---------------------------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def time_pages(ids: dict, args: argparse.Namespace, rng: random.Random) -> dict[str, list[float]]:
    from django.test import Client

    from apps.accounts.models import User

    client = Client()
    client.force_login(User.objects.get(pk=ids[args.user]))
    pages = {
        "coalition_overview": lambda: f"/coalities/{rng.choice(ids['locals'])}/",
        "regional_overview": lambda: f"/coalities/{rng.choice(ids['regionals'])}/regio/",
        "api_actions": lambda: f"/api/actions/?coalition={rng.choice(ids['locals'])}",
    }
    timings: dict[str, list[float]] = {}
    for name, url in pages.items():
        for _ in range(args.warmup):
            response = client.get(url())
            assert response.status_code == 200, (name, response.status_code)
        samples = []
        for _ in range(args.requests):
            target = url()
            start = time.perf_counter()
            response = client.get(target)
            samples.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (target, response.status_code)
        timings[name] = samples
    return timings


def main() -> None:
    args = parse_args()
    db = Database(args.database_url, args.keep)
    db.prepare()
    try:
        setup_django(db.url)
        started = time.perf_counter()
        migrate()
        migrated = time.perf_counter()
        rng = random.Random(args.seed)
        ids = seed(rng)
        analyze(db.vendor)
        seeded = time.perf_counter()
        rows = ", ".join(f"{n} {k}" for k, n in ids["rows"].items())
        print(f"database: {db.vendor}; migrate {migrated - started:.1f} s, seed {seeded - migrated:.1f} s ({rows})")
        print(f"user: {args.user}; {args.warmup} warm-up + {args.requests} timed requests per page; "
              f"load average before timing {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        timings = time_pages(ids, args, rng)
        result: dict[str, object] = {}
        for name, samples in timings.items():
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            print(f"{name:20s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  max {max(samples):7.1f} ms")
            result[f"{name}_p50_ms"] = round(p50, 1)
            result[f"{name}_p95_ms"] = round(p95, 1)
        result.update(coalitions=len(ids["locals"]), regions=len(ids["regionals"]), database=db.vendor)
        print(json.dumps(result))
    finally:
        db.cleanup()


if __name__ == "__main__":
    main()
