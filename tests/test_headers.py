# SPDX-License-Identifier: EUPL-1.2
"""Security headers: a Content-Security-Policy without 'unsafe-inline' (so no template may hold an inline script or
style), and `Cache-Control: private, no-store` on pages for a logged-in user and on API answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rest_framework.test import APIClient

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = sorted(p for p in [*ROOT.glob("templates/**/*.html"), *ROOT.glob("apps/*/templates/**/*.html")])
INLINE = [
    ("inline script", re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)),
    ("style element", re.compile(r"<style\b", re.I)),
    ("style attribute", re.compile(r"\sstyle\s*=", re.I)),
    ("event handler attribute", re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I)),
    ("javascript: URL", re.compile(r"javascript:", re.I)),
]


def test_the_template_list_is_the_whole_project():
    assert len(TEMPLATES) > 100
    assert ROOT / "templates/base.html" in TEMPLATES


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_template_holds_inline_script_or_style(path):
    text = path.read_text()
    for what, pattern in INLINE:
        assert not pattern.search(text), f"{what} in {path.relative_to(ROOT)}"


def _policy(response) -> dict[str, str]:
    return {part.split()[0]: part.strip() for part in response["Content-Security-Policy"].split(";") if part.strip()}


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/hulp/")
    policy = _policy(response)
    assert policy["script-src"] == "script-src 'self'"
    assert policy["style-src"] == "style-src 'self'"
    assert policy["frame-ancestors"] == "frame-ancestors 'none'"
    assert "unsafe" not in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/coalities/", "/sociale-kaart/", "/hulp/", "/monitor/", "/api/docs/",
                                 "/account/tweestapsverificatie/"])
def test_rendered_pages_hold_no_inline_script_or_style(client, lead_a, url):
    client.force_login(lead_a)
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    for what, pattern in INLINE:
        assert not pattern.search(body), f"{what} in {url}"


@pytest.mark.django_db
def test_the_api_docs_load_their_init_script_as_a_file(client, lead_a):
    client.force_login(lead_a)
    page = client.get("/api/docs/").content.decode()
    script = re.search(r'<script src="(/api/docs/\?[^"]*script=[^"]*)"', page).group(1)
    response = client.get(script.replace("&amp;", "&"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in response.content.decode()


@pytest.mark.django_db
def test_pages_for_a_logged_in_user_are_not_stored(client, lead_a, coalition_a):
    client.force_login(lead_a)
    for url in ("/coalities/", f"/coalities/{coalition_a.pk}/", "/hulp/"):
        cache_control = client.get(url)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url


@pytest.mark.django_db
def test_api_answers_are_not_stored_also_anonymous_ones(lead_a):
    api = APIClient()
    api.force_authenticate(lead_a)
    assert set(api.get("/api/coalitions/")["Cache-Control"].split(", ")) >= {"private", "no-store"}
    anonymous = APIClient().get("/api/public/services/")
    assert set(anonymous["Cache-Control"].split(", ")) >= {"private", "no-store"}


@pytest.mark.django_db
def test_anonymous_public_pages_may_be_cached(client):
    assert "no-store" not in client.get("/hulp/").get("Cache-Control", "")
