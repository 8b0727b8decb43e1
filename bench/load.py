# SPDX-License-Identifier: EUPL-1.2
"""Load benchmark: N concurrent users for T seconds against gunicorn with production settings on PostgreSQL.

Seeds a fresh database (ten coalitions, five project leads each), starts gunicorn (3 sync workers by default) with
DEBUG off, lets every user log in through the login form and then loop over a mix of reads and writes:

    40 %  the coalition page                       GET  /coalities/<pk>/
    20 %  the action list                          GET  /coalities/<pk>/acties/
    20 %  the actions in the API                   GET  /api/actions/?coalition=<pk>
    20 %  a new action through the API             POST /api/actions/   (expects 201)

Afterwards it counts the actions that the writes created: "lost writes" are 201 answers without a row.

    .venv/bin/python bench/load.py --database-url postgres://postgres@127.0.0.1:5432/kansrijk_bench_load

The last line printed is one JSON object: requests, requests/s, p50/p95/p99 in ms, errors (anything but the
expected status, including timeouts), lost writes. See bench/README.md (targets on this 2-core machine: 0 errors,
0 lost writes, p95 < 500 ms with 3 workers).
"""

from __future__ import annotations

import argparse
import base64
import http.client
import http.cookies
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from overview import Database, migrate, percentile, setup_django  # sibling module: run from bench/

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-load-2026"
PREFIX = "load-"  # title prefix of the actions this benchmark writes


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get(
        "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kansrijk_bench_load"))
    parser.add_argument("--users", type=int, default=50, help="concurrent users (default 50)")
    parser.add_argument("--seconds", type=int, default=60, help="duration of the load (default 60)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (default 3)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


def seed(n_users: int) -> list[tuple[str, int]]:
    """Ten coalitions with a working group each; the users are project leads, spread over the coalitions."""
    from django.contrib.auth.hashers import make_password

    from apps.accounts.models import User
    from apps.actions.models import Action, WorkingGroup
    from apps.coalitions.models import Coalition, Membership
    from apps.reference.models import Municipality

    municipalities = list(Municipality.objects.filter(active=True).order_by("code")[:10])
    coalitions = [Coalition.objects.create(name=f"Kansrijke Start {m.name}", municipality=m, scope="local",
                                           status="formed") for m in municipalities]
    for c in coalitions:
        group = WorkingGroup.objects.create(coalition=c, name="Eerste 1000 dagen")
        Action.objects.bulk_create([Action(coalition=c, working_group=group, title=f"Actie {i}") for i in range(20)])
    password = make_password(PASSWORD)  # hashed once: fifty hashes would only time the seeding
    users = []
    for i in range(n_users):
        coalition = coalitions[i % len(coalitions)]
        user = User.objects.create(username=f"load{i}", password=password)
        Membership.objects.create(coalition=coalition, user=user, role="project_lead")
        users.append((user.username, coalition.pk))
    return users


def start_gunicorn(args: argparse.Namespace, database_url: str) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "0", "KANSRIJK_DEV": "",
           "SECRET_KEY": base64.urlsafe_b64encode(os.urandom(48)).decode(),
           "ALLOWED_HOSTS": "127.0.0.1,localhost", "HTTPS": "0",
           "CASE_ENCRYPTION_KEYS": base64.urlsafe_b64encode(os.urandom(32)).decode(),
           "CASE_BLIND_INDEX_KEY": base64.urlsafe_b64encode(os.urandom(48)).decode(),
           "LOG_LEVEL": "ERROR", "PYTHONWARNINGS": "ignore:No directory at:UserWarning"}
    env.pop("KANSRIJK_DEV")
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "kansrijk.wsgi", "--workers", str(args.workers), "--bind",
               f"127.0.0.1:{args.port}", "--timeout", "60", "--log-level", "warning"]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603 (our own command)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=2)
            conn.request("GET", "/inloggen/")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGTERM)
    sys.exit("gunicorn did not answer /inloggen/ within 30 s")


class User:
    """One browser: its own cookies, a login through the form, then requests with the session and CSRF token."""

    def __init__(self, port: int, username: str, coalition: int) -> None:
        self.port, self.username, self.coalition = port, username, coalition
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        all_headers = {"Host": "127.0.0.1", "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
                       **(headers or {})}
        conn.request(method, path, body=body, headers=all_headers)
        response = conn.getresponse()
        data = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        conn.close()
        return response.status, data

    def log_in(self) -> None:
        status, page = self.request("GET", "/inloggen/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        form = urlencode({"csrfmiddlewaretoken": token, "username": self.username, "password": PASSWORD})
        status, _ = self.request("POST", "/inloggen/", form.encode(), {
            "Content-Type": "application/x-www-form-urlencoded", "Referer": f"http://127.0.0.1:{self.port}/inloggen/"})
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"login of {self.username} answered {status}")


def run_user(user: User, until: float, rng: random.Random, results: list, lock: threading.Lock) -> None:
    mine = []  # (kind, ms, ok, wrote)
    while time.monotonic() < until:
        draw = rng.random()
        start = time.perf_counter()
        try:
            if draw < 0.4:
                kind, expect = "page", 200
                status, _ = user.request("GET", f"/coalities/{user.coalition}/")
            elif draw < 0.6:
                kind, expect = "list", 200
                status, _ = user.request("GET", f"/coalities/{user.coalition}/acties/")
            elif draw < 0.8:
                kind, expect = "api-read", 200
                status, _ = user.request("GET", f"/api/actions/?coalition={user.coalition}")
            else:
                kind, expect = "api-write", 201
                body = json.dumps({"coalition": user.coalition, "title": f"{PREFIX}{uuid.uuid4()}"}).encode()
                status, _ = user.request("POST", "/api/actions/", body, {
                    "Content-Type": "application/json", "X-CSRFToken": user.cookies.get("csrftoken", ""),
                    "Referer": f"http://127.0.0.1:{user.port}/"})
        except OSError:
            kind, status, expect = "timeout", 0, 1
        ms = (time.perf_counter() - start) * 1000
        mine.append((kind, ms, status == expect, kind == "api-write" and status == 201))
    with lock:
        results.extend(mine)


def main() -> None:
    args = parse_args()
    db = Database(args.database_url, args.keep)
    if db.vendor != "postgresql":
        sys.exit("bench/load.py runs against PostgreSQL, as production does: give --database-url postgres://…")
    db.prepare()
    proc = None
    try:
        setup_django(db.url)
        migrate()
        accounts = seed(args.users)
        from django.db import connections

        connections.close_all()  # gunicorn's workers are the only clients during the load
        proc = start_gunicorn(args, db.url)
        rng = random.Random(args.seed)
        users = [User(args.port, name, coalition) for name, coalition in accounts]
        for user in users:
            user.log_in()
        results: list = []
        lock = threading.Lock()
        started = time.monotonic()
        until = started + args.seconds
        threads = [threading.Thread(target=run_user, args=(u, until, random.Random(rng.random()), results, lock))
                   for u in users]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started

        from apps.actions.models import Action

        created = Action.objects.filter(title__startswith=PREFIX).count()
        answered_201 = sum(1 for r in results if r[3])
        times = [r[1] for r in results]
        out = {
            "users": args.users, "seconds": args.seconds, "workers": args.workers, "requests": len(results),
            "requests_per_s": round(len(results) / elapsed, 1),
            "p50_ms": round(percentile(times, 0.50), 1), "p95_ms": round(percentile(times, 0.95), 1),
            "p99_ms": round(percentile(times, 0.99), 1),
            "errors": sum(1 for r in results if not r[2]),
            "writes_201": answered_201, "rows_created": created, "lost_writes": answered_201 - created,
        }
        by_kind: dict[str, list[float]] = {}
        for kind, ms, _, _ in results:
            by_kind.setdefault(kind, []).append(ms)
        for kind, values in sorted(by_kind.items()):
            print(f"{kind:10} n={len(values):6} p50={percentile(values, .5):7.1f} ms p95={percentile(values, .95):7.1f} ms")
        print(json.dumps(out))
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        db.cleanup()


if __name__ == "__main__":
    main()
