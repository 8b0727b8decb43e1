# SPDX-License-Identifier: EUPL-1.2
"""Error pages (400, 403, 404, 500, a failed CSRF check) are Dutch, in the site's layout, and give nothing away.

This module is also the URL conf of its tests: the project's routes, plus views that fail with a message a user
must never see (a model name, an id, internal wording).
"""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404
from django.template.loader import render_to_string
from django.test import Client
from django.urls import path
from django.utils import translation

from kansrijk.urls import urlpatterns as project_urlpatterns

SECRET = "Coalition pk=4242 in apps.coalitions.models"


def bad_request(request):
    raise SuspiciousOperation(SECRET)


def forbidden(request):
    raise PermissionDenied(SECRET)


def not_found(request):
    raise Http404(SECRET)


def crash(request):
    raise RuntimeError(SECRET)


urlpatterns = [
    path("fout/400/", bad_request),
    path("fout/403/", forbidden),
    path("fout/404/", not_found),
    path("fout/500/", crash),
    *project_urlpatterns,
]

PAGES = {
    "/fout/400/": (400, "Verzoek niet begrepen"),
    "/fout/403/": (403, "Geen toegang"),
    "/fout/404/": (404, "Pagina niet gevonden"),
    "/fout/500/": (500, "Er ging iets mis"),
}


def assert_a_dutch_page_in_the_layout_that_gives_nothing_away(body: str, heading: str) -> None:
    title = re.search(r"<title>(.*?)</title>", body, re.S).group(1)
    assert title == f"{heading} – Kansrijke Start"
    assert '<html lang="nl"' in body
    assert '<header class="site-header">' in body and 'class="brand"' in body and 'class="site-footer' in body
    assert f"<h1>{heading}</h1>" in body
    for leak in ("4242", "Coalition", "apps.", "Traceback", "Error", "Server Error", "Forbidden", "Not Found"):
        assert leak not in body, leak


@pytest.fixture
def visitor(request, lead_a):
    """A signed-in project lead or an anonymous visitor; a crash must answer with a page, not an exception."""
    client = Client(raise_request_exception=False)
    if request.param == "lead":
        client.force_login(lead_a)
    return client


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("visitor", ["lead", "anonymous"], indirect=True)
@pytest.mark.parametrize("url", PAGES)
def test_an_error_page_is_dutch_in_the_layout_and_gives_nothing_away(url, visitor):
    status, heading = PAGES[url]

    response = visitor.get(url)

    assert response.status_code == status
    assert_a_dutch_page_in_the_layout_that_gives_nothing_away(response.content.decode(), heading)


@pytest.mark.django_db
def test_another_coalitions_page_is_the_dutch_404_without_its_id(client_a, coalition_b):
    response = client_a.get(f"/coalities/{coalition_b.pk}/partners/")

    assert response.status_code == 404
    main = response.content.decode().split('<main id="main"', 1)[1]
    assert "Pagina niet gevonden" in main and f"/coalities/{coalition_b.pk}/" not in main


@pytest.mark.django_db
def test_a_form_without_its_csrf_token_gets_the_dutch_csrf_page():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/inloggen/", {"username": "iemand", "password": "geheim"})

    assert response.status_code == 403
    body = response.content.decode()
    assert_a_dutch_page_in_the_layout_that_gives_nothing_away(body, "Formulier verlopen")
    assert "CSRF" not in body


def test_the_500_page_renders_without_request_database_or_url_conf(monkeypatch):
    """Django renders 500.html with no context; the fault may lie in the database (not marked django_db here: any
    query fails the test) or in the URL conf (reversing a URL fails the test)."""

    def no_reversing(*args, **kwargs):
        raise AssertionError("500.html reverses a URL")

    monkeypatch.setattr("django.urls.reverse", no_reversing)  # the {% url %} tag imports it when it renders

    with translation.override("nl"):  # the request's language, which LocaleMiddleware set before the fault
        body = render_to_string("500.html")

    assert_a_dutch_page_in_the_layout_that_gives_nothing_away(body, "Er ging iets mis")
    assert 'href="/"' in body


@pytest.mark.django_db
def test_an_error_page_speaks_english_to_who_switched_to_english(client):
    client.cookies["django_language"] = "en"

    body = client.get("/bestaat-niet/").content.decode()

    assert "<h1>Page not found</h1>" in body and "To the start page" in body
