# SPDX-License-Identifier: EUPL-1.2
"""Fail fast and honestly: a hanging or refused database gives a Dutch 503 with Retry-After within the connect
timeout, never a hung worker or a bare 500; /health/ tells a load balancer whether database, cache and storage work."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import Client

ROOT = Path(__file__).resolve().parent.parent


def _database_down(*_args, **_kwargs):
    raise OperationalError("could not connect to server: Connection refused")


@pytest.fixture
def quiet_client():
    return Client(raise_request_exception=False)


@pytest.mark.django_db
def test_a_database_error_gives_a_dutch_503_page_with_retry_after(quiet_client):
    with connection.execute_wrapper(_database_down):
        response = quiet_client.get("/hulp/", {"q": "geld"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "Even niet beschikbaar" in body and '<html lang="nl"' in body
    assert "OperationalError" not in body and "refused" not in body


@pytest.mark.django_db
def test_a_database_error_in_the_api_gives_json_503(quiet_client, lead_a):
    quiet_client.force_login(lead_a)
    with connection.execute_wrapper(_database_down):
        response = quiet_client.get("/api/coalitions/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json() == {"detail": "De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw."}


@pytest.mark.django_db
def test_another_fault_stays_a_500(quiet_client):
    def broken(*_args, **_kwargs):
        raise RuntimeError("kapot")

    with connection.execute_wrapper(broken):
        response = quiet_client.get("/hulp/", {"q": "geld"})
    assert response.status_code == 500
    assert "Retry-After" not in response


@pytest.mark.django_db
def test_health_is_ok_when_database_cache_and_storage_answer(client, settings, tmp_path):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "storage": "ok"}
    assert "no-store" in response["Cache-Control"]
    assert not any((settings.MEDIA_ROOT / "health").iterdir())  # the probe file is removed again


@pytest.mark.django_db
@pytest.mark.parametrize("broken", ["database", "cache", "storage"])
def test_health_is_503_and_names_what_failed(client, broken):
    patches = {
        "database": lambda: connection.execute_wrapper(_database_down),
        "cache": lambda: mock.patch("apps.core.health.cache.get", return_value=None),
        "storage": lambda: mock.patch("apps.core.health.default_storage.save", side_effect=OSError("disk vol")),
    }
    with patches[broken]():
        response = client.get("/health/")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "fout" and data[broken] == "fout"
    # The default cache lives in the database (CACHE_URL=db://…): without the database it fails too.
    still_ok = {"database", "cache", "storage"} - {broken} - ({"cache"} if broken == "database" else set())
    assert {name for name in ("database", "cache", "storage") if data[name] == "ok"} == still_ok


def test_postgresql_gets_connect_and_statement_timeouts_from_the_environment():
    code = ("from django.conf import settings; import json; "
            "print(json.dumps(settings.DATABASES['default']['OPTIONS']))")
    env = {**os.environ, "KANSRIJK_DEV": "1", "DATABASE_URL": "postgres://u@127.0.0.1:5432/x",
           "DB_CONNECT_TIMEOUT": "3", "DB_STATEMENT_TIMEOUT": "7"}
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env,  # noqa: S603
                         capture_output=True, text=True, check=True).stdout
    options = json.loads(out.strip().splitlines()[-1])
    assert options["connect_timeout"] == 3
    assert options["options"] == "-c statement_timeout=7000 -c lock_timeout=7000"


@pytest.fixture
def hanging_database():
    """A server that accepts connections and never answers (the database that hangs of issue 11)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def serve():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_a_hanging_database_gives_a_503_within_the_connect_timeout(hanging_database):
    code = ("import time; from django.test import Client; c = Client(raise_request_exception=False); "
            "t = time.monotonic(); r = c.get('/hulp/?q=geld'); h = c.get('/health/'); "
            "print(r.status_code, r.get('Retry-After'), h.status_code, round(time.monotonic() - t, 1))")
    env = {**os.environ, "KANSRIJK_DEV": "1", "ALLOWED_HOSTS": "testserver", "DB_CONNECT_TIMEOUT": "2",
           "DATABASE_URL": f"postgres://kansrijk@127.0.0.1:{hanging_database}/kansrijk"}
    started = time.monotonic()
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT, env=env,  # noqa: S603
                         capture_output=True, text=True, timeout=60).stdout
    page, retry_after, health, seconds = out.strip().splitlines()[-1].split()
    assert (page, retry_after, health) == ("503", "30", "503")
    # Two requests, each touching the database (and the cache in it) a few times, every attempt bounded by the 2 s
    # connect timeout (psycopg tries twice: with and without TLS). Without the timeout they would hang for good.
    assert float(seconds) < 20, seconds
    assert time.monotonic() - started < 30
