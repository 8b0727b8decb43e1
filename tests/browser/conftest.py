# SPDX-License-Identifier: EUPL-1.2
"""Browser tests: one headless Debian Chromium per test run, a fresh context per test, the live server.

Every test that uses `live_server` runs on a transactional database, which Django flushes after the test. The
flush also empties the reference tables the data migration filled (provinces, GGD regions, municipalities,
postcodes), so `reference_data` puts them back before each browser test: the rows are read once and kept in
memory, then inserted again with one executemany per table. That takes some tens of milliseconds, against
more than a second for `serialized_rollback`, which deserializes every row through the ORM.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

_reference_rows: list[tuple[type, list[str], list[tuple]]] | None = None


def _reference_models() -> list[type]:
    from apps.reference.models import HealthRegion, Municipality, PostcodeArea, Province

    return [Province, HealthRegion, Municipality, PostcodeArea]  # parents before children


def _snapshot() -> list[tuple[type, list[str], list[tuple]]]:
    snapshot = []
    for model in _reference_models():
        fields = [field.attname for field in model._meta.concrete_fields]
        snapshot.append((model, fields, list(model.objects.order_by("pk").values_list(*fields))))
    return snapshot


def _restore_reference_data() -> None:
    """Put the migration's reference rows back after a flush: one executemany per table (bulk_create is 10× slower)."""
    global _reference_rows
    from django.db import connection, transaction

    from apps.reference.models import Municipality

    if Municipality.objects.exists():
        if _reference_rows is None:
            _reference_rows = _snapshot()
        return
    if _reference_rows is None:  # flushed before the first browser test: load from the bundled files
        from apps.reference.loader import load_reference

        load_reference()
        _reference_rows = _snapshot()
        return
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for model, fields, rows in _reference_rows:
            columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
            placeholders = ", ".join(["%s"] * len(fields))
            table = quote(model._meta.db_table)  # names from the models' metadata, values as parameters
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)  # noqa: S608


@pytest.fixture(autouse=True)
def reference_data(transactional_db):
    _restore_reference_data()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, live_server):
    """A fresh browser context (own cookies) speaking Dutch to the live server."""
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", accept_downloads=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A page that fails the test on any Content-Security-Policy violation (an inline script or style slipped in)."""
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    yield page
    assert not violations, violations


@pytest.fixture
def log_in(context, live_server):
    """`log_in(user)` puts a session cookie for `user` in the browser; the journey test uses the real form."""
    from django.conf import settings
    from django.test import Client

    def _log_in(user) -> None:
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])

    return _log_in
