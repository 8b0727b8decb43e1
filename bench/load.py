# SPDX-License-Identifier: EUPL-1.2
"""Load test against a running Kansrijk (gunicorn on PostgreSQL): N users for T seconds, mixed reads and writes.

Each user logs in through the login form once, then loops: read the coalition list, a coalition page, the action
list of the API, and one write in four (a new working group through the API). Afterwards it counts the working
groups that exist and compares with the 201 answers: a difference is a lost (or phantom) write.
Prints one JSON line: requests/s, p50/p95/p99 in ms, errors (5xx, refused connections, timeouts), lost writes.

    .venv/bin/python bench/load.py --url http://127.0.0.1:8000 --username rook --password … --coalition 1
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


def session(base: str, username: str, password: str) -> tuple[urllib.request.OpenerDirector, str]:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{base}/inloggen/", timeout=30).read()
    token = next(c.value for c in jar if c.name == "csrftoken")
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": username, "password": password})
    login = urllib.request.Request(f"{base}/inloggen/", body.encode(),  # noqa: S310 (scheme checked in main)
                                   headers={"Referer": f"{base}/inloggen/"})
    opener.open(login, timeout=30).read()
    token = next(c.value for c in jar if c.name == "csrftoken")  # rotated at login
    return opener, token


def count_groups(opener, base: str, coalition: int) -> int:
    with opener.open(f"{base}/api/working-groups/?coalition={coalition}", timeout=30) as response:
        return json.load(response)["count"]


def user_loop(args, ready: threading.Barrier, results: dict, lock: threading.Lock) -> None:
    opener, token = session(args.url, args.username, args.password)  # logins (Argon2, slow on purpose) are not timed
    ready.wait()
    stop = results["start"] + args.seconds
    base, pk, n = args.url, args.coalition, 0
    while time.monotonic() < stop:
        n += 1
        if n % 4 == 0:
            body = json.dumps({"coalition": pk, "name": f"Belasting {uuid.uuid4().hex[:12]}"}).encode()
            request = urllib.request.Request(f"{base}/api/working-groups/", body, method="POST", headers={  # noqa: S310
                "Content-Type": "application/json", "X-CSRFToken": token, "Referer": f"{base}/"})
        else:
            path = [f"/coalities/{pk}/", "/api/coalitions/", f"/api/actions/?coalition={pk}"][n % 4 - 1]
            request = urllib.request.Request(base + path)  # noqa: S310 (scheme checked in main)
        started = time.monotonic()
        try:
            with opener.open(request, timeout=30) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            status = 0
        elapsed = (time.monotonic() - started) * 1000
        with lock:
            results["times"].append(elapsed)
            if status == 0 or status >= 500:
                results["errors"] += 1
            if status == 201:
                results["created"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--username", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--coalition", type=int, required=True, help="a coalition the user leads")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    args.url = args.url.rstrip("/")
    if urllib.parse.urlsplit(args.url).scheme not in ("http", "https"):
        parser.error("--url must be http:// or https://")

    admin, _token = session(args.url, args.username, args.password)
    before = count_groups(admin, args.url, args.coalition)
    results = {"times": [], "errors": 0, "created": 0, "start": 0.0}
    lock = threading.Lock()

    def go() -> None:  # runs once, when every user has logged in
        results["start"] = time.monotonic()

    ready = threading.Barrier(args.users, action=go)
    threads = [threading.Thread(target=user_loop, args=(args, ready, results, lock)) for _ in range(args.users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.monotonic() - results["start"]
    after = count_groups(admin, args.url, args.coalition)
    times = sorted(results["times"])
    q = statistics.quantiles(times, n=100) if len(times) > 1 else [0.0] * 99
    print(json.dumps({
        "users": args.users, "seconds": round(duration, 1), "requests": len(times),
        "requests_per_s": round(len(times) / duration, 1), "p50_ms": round(q[49], 1), "p95_ms": round(q[94], 1),
        "p99_ms": round(q[98], 1), "errors": results["errors"], "created_201": results["created"],
        "rows_created": after - before, "lost_writes": results["created"] - (after - before),
    }))


if __name__ == "__main__":
    main()
