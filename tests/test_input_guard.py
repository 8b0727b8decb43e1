# SPDX-License-Identifier: EUPL-1.2
"""NUL and other control characters are refused at the edge (apps/core/guard.py) with 400 and a Dutch reason, on
every route of the URL conf, anonymous and logged in; values with tab and newline still pass."""

from __future__ import annotations

import base64

import pytest
from django.urls import get_resolver
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def _routes(resolver=None, prefix: str = "") -> set[str]:
    """One concrete address per URL pattern (every parameter filled in), namespaced includes too."""
    resolver = resolver or get_resolver()
    urls = set()
    for _key, entries in resolver.reverse_dict.lists():
        for possibilities, _pattern, _defaults, _converters in entries:
            for template, params in possibilities:
                values = {p: ("json" if p == "format" else "1") for p in params}
                urls.add("/" + prefix + template % values)
    for ns_prefix, sub in resolver.namespace_dict.values():
        urls |= _routes(sub, prefix + ns_prefix.lstrip("^"))
    return urls


ROUTES = sorted(_routes())


def test_the_route_list_covers_the_application():
    # Checked against the URL conf by hand: workspace, directory, monitoring, cases, API and admin are all there.
    for expected in ("/coalities/1/acties/", "/api/coalitions/1/", "/hulp/", "/hsds/services", "/beheer/",
                     "/api/pathway-lookup/", "/inloggen/", "/monitor/"):
        assert any(url.startswith(expected) for url in ROUTES), expected
    assert len(ROUTES) > 200


def _basic(username: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:geheim-wachtwoord".encode()).decode()


ATTACKS = [
    ("query", lambda c, url: c.get(url, {"q": "geld\x00"})),
    ("query-key", lambda c, url: c.get(url + "?a%01b=1")),
    ("header", lambda c, url: c.get(url, HTTP_X_REQUESTED_BY="a\x00b")),
    ("basic-auth", lambda c, url: c.get(url, HTTP_AUTHORIZATION=_basic("anna\x00"))),
    ("form", lambda c, url: c.post(url, {"title": "Folder\x00", "name": "x"})),
    ("json", lambda c, url: c.post(url, '{"title": "ok", "steps": [{"title": "x\\u0000"}]}',
                                   content_type="application/json")),
    ("path", lambda c, url: c.get(url + "%00")),
]


@pytest.mark.parametrize(("kind", "send"), ATTACKS, ids=[a[0] for a in ATTACKS])
@pytest.mark.parametrize("logged_in", [False, True], ids=["anonymous", "logged-in"])
def test_every_route_refuses_control_characters_with_a_reason(client, lead_a, kind, send, logged_in):
    if logged_in:
        client.force_login(lead_a)
    for url in ROUTES:
        response = send(client, url)
        assert response.status_code == 400, (kind, url, response.status_code)
        body = response.content.decode()
        assert "stuurteken" in body, (kind, url)
        assert "\x00" not in body and "\x01" not in body


def test_the_reason_names_the_field_in_the_api_shape(lead_a):
    api = APIClient()
    api.force_authenticate(lead_a)
    response = api.post("/api/actions/", {"title": "nul\x00teken"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"title": ["Het veld 'title' bevat een ongeldig teken (een stuurteken)."]}
    response = api.get("/api/directory/search/", {"q": "\x07"})
    assert response.json() == {"detail": "De parameter 'q' bevat een ongeldig teken (een stuurteken)."}


def test_the_page_reason_is_dutch_in_the_site_layout(client):
    response = client.get("/hulp/", {"q": "\x00"})
    assert response.status_code == 400
    assert "De parameter &#x27;q&#x27; bevat een ongeldig teken" in response.content.decode()
    assert "Verzoek niet begrepen" in response.content.decode()


# The findings of issue 11 on PostgreSQL: a 500 before the guard, with the database queried with the NUL.
def test_nul_in_basic_credentials_is_refused_anonymously_on_every_api_route():
    api = APIClient()
    for url in [u for u in ROUTES if u.startswith("/api/")]:
        response = api.get(url, HTTP_AUTHORIZATION=_basic("lead\x00"))
        assert response.status_code == 400, url
        assert response.json() == {"detail": "De kopregel 'Authorization' bevat een ongeldig teken (een stuurteken)."}


def test_nul_in_the_pathway_lookup_municipality(lead_a):
    api = APIClient()
    api.force_authenticate(lead_a)
    response = api.get("/api/pathway-lookup/?situation=addiction&municipality=%00")
    assert response.status_code == 400
    assert "municipality" in response.json()["detail"]


def test_ordinary_text_with_tab_and_newline_still_passes(client, lead_a, coalition_a):
    client.force_login(lead_a)
    assert client.get("/hulp/", {"q": "geld zorgen\tschulden"}).status_code == 200
    api = APIClient()
    api.force_authenticate(lead_a)
    response = api.post("/api/working-groups/", {"coalition": coalition_a.pk, "name": "Werkgroep\nzwanger\r\n"},
                        format="json")
    assert response.status_code == 201, response.content
    assert client.get("/hulp/", HTTP_USER_AGENT="Mozilla/5.0\t(X11)").status_code == 200
