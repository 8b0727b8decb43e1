# SPDX-License-Identifier: EUPL-1.2
"""Throttles hold across workers: their counts live in a shared cache (the database by default, Redis in
production), and the parents' pages under /hulp/ are throttled per address like the public search API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from rest_framework.test import APIClient

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db


def _settings_with(env: dict) -> dict:
    code = "from django.conf import settings; import json; print(json.dumps(settings.CACHES['default']))"
    out = subprocess.run([sys.executable, "manage.py", "shell", "-c", code], cwd=ROOT,  # noqa: S603
                         env={**os.environ, "KANSRIJK_DEV": "1", **env}, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_default_cache_is_the_database_and_redis_comes_from_the_environment():
    assert isinstance(caches["default"], DatabaseCache)
    redis = _settings_with({"REDIS_URL": "redis://cache.internal:6379/1"})
    assert redis == {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                     "LOCATION": "redis://cache.internal:6379/1"}
    assert _settings_with({"CACHE_URL": "db://andere_tabel"})["LOCATION"] == "andere_tabel"


def test_a_throttle_count_is_seen_by_another_worker(settings):
    """A second cache connection made from the settings (what another worker process has) sees the count."""
    settings.DIRECTORY_PUBLIC_SEARCH_RATE = "3/minute"
    api = APIClient()
    answers = [api.get("/api/public/services/", {"q": "geld"}).status_code for _ in range(3)]
    assert answers == [200, 200, 200]
    other_worker = caches.create_connection("default")
    keys = [k for k in ("throttle_directory_public_127.0.0.1",) if other_worker.get(k)]
    assert keys and len(other_worker.get(keys[0])) == 3
    assert api.get("/api/public/services/", {"q": "geld"}).status_code == 429


def test_the_parents_search_page_is_throttled_per_address(client, settings):
    settings.PUBLIC_PAGE_RATE = "5/minute"
    answers = [client.get("/hulp/", {"q": f"geld {i}"}).status_code for i in range(5)]
    assert answers == [200] * 5
    response = client.get("/hulp/", {"q": "geld"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "Even rustig aan" in response.content.decode()
    # Another address is not affected; pages outside /hulp/ are not counted.
    assert client.get("/hulp/", {"q": "geld"}, REMOTE_ADDR="10.9.8.7").status_code == 200
    assert client.get("/inloggen/").status_code == 200
