# SPDX-License-Identifier: EUPL-1.2
"""Public pages and the public search API for parents: no login, only active services, nothing personal."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from apps.core.testing.factories import UserFactory
from apps.directory.choices import Capacity, ServiceStatus
from apps.directory.testing.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def debt_help():
    verifier = UserFactory(first_name="Fictieve", last_name="Controleur")
    return ServiceFactory(name="Geldzorgen spreekuur", description="Hulp bij schulden en rekeningen.",
                          free_of_charge=True, self_registration=True, last_verified_by=verifier,
                          claimed_by=verifier)


def test_public_search_needs_no_login_and_finds_by_postcode(client, debt_help):
    ServiceFactory(name="Geldzorgen Venlo", description="Hulp bij schulden.", covers=["GM0983"])
    response = client.get(reverse("directory:public_search"), {"q": "schulden", "postcode": "7941"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geldzorgen spreekuur" in html and "Geldzorgen Venlo" not in html
    assert "Gratis." in html and "Zelf aanmelden kan." in html
    assert '<html lang="nl" ' in html


def test_public_page_is_small_and_loads_nothing_external(client, debt_help):
    response = client.get(reverse("directory:public_search"), {"q": "schulden"})
    html = response.content.decode()
    assert len(response.content) < 12_000
    assert "<script" not in html and "http://" not in html and "https://" not in html
    # Style only from this site's static files (the NL Design System bundle and our own); no inline style either,
    # which the Content-Security-Policy would refuse.
    sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert sheets and all(href.startswith("/static/") for href in sheets) and "<style" not in html
    assert not response.cookies  # no session, no CSRF cookie, nothing that follows the visitor


def test_public_pages_hide_inactive_services(client, debt_help):
    closed = ServiceFactory(name="Gesloten geldloket", description="Hulp bij schulden.",
                            status=ServiceStatus.INACTIVE)
    html = client.get(reverse("directory:public_search"), {"q": "schulden"}).content.decode()
    assert "Gesloten geldloket" not in html
    assert client.get(reverse("directory:public_service", args=[closed.uuid])).status_code == 404


def test_public_service_page_shows_address_and_no_staff_names(client, debt_help):
    location = LocationFactory(name="Buurthuis De Kern", address_1="Voorbeeldstraat 3")
    ServiceAtLocationFactory(service=debt_help, location=location)
    response = client.get(reverse("directory:public_service", args=[debt_help.uuid]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Buurthuis De Kern" in html and "Voorbeeldstraat 3" in html
    assert "Het is gratis." in html
    assert "Fictieve" not in html and "Controleur" not in html
    assert len(response.content) < 12_000


def test_public_service_page_says_when_there_is_a_waiting_list(client):
    service = ServiceFactory(capacity=Capacity.WAITING_LIST, waiting_weeks=6)
    html = client.get(reverse("directory:public_service", args=[service.uuid])).content.decode()
    assert "Wachtlijst: ongeveer 6 weken" in html


def test_public_search_bad_postcode_in_plain_dutch(client):
    html = client.get(reverse("directory:public_search"), {"postcode": "abc"}).content.decode()
    assert "Dit is geen geldige postcode" in html


def test_public_api_no_login_only_active_no_staff(debt_help):
    ServiceFactory(name="Geldzorgen oud", description="Hulp bij schulden.", status=ServiceStatus.DEFUNCT)
    api = APIClient()
    response = api.get("/api/public/services/", {"q": "schuldn", "postcode": "7941 AB"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    result = body["results"][0]
    assert result["name"] == "Geldzorgen spreekuur" and result["organisation"] == debt_help.organisation.name
    assert "last_verified_by" not in result and "claimed_by" not in result and "last_verified_at" not in result
    assert "Fictieve" not in response.content.decode()
    detail = api.get(f"/api/public/services/{debt_help.uuid}/")
    assert detail.status_code == 200 and detail.json()["id"] == str(debt_help.uuid)


def test_public_api_answers_400_with_a_reason(debt_help):
    api = APIClient()
    response = api.get("/api/public/services/", {"postcode": "12", "phase": "someday", "limit": "1000"})
    assert response.status_code == 400
    body = response.json()
    assert "postcode" in body and "phase" in body and "limit" in body


def test_public_api_is_throttled(settings, debt_help):
    settings.DIRECTORY_PUBLIC_SEARCH_RATE = "3/minute"
    api = APIClient()
    codes = [api.get("/api/public/services/", {"q": "schulden"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_professional_api_needs_login_and_filters(debt_help):
    api = APIClient()
    assert api.get("/api/directory/search/", {"q": "schulden"}).status_code == 403
    api.force_authenticate(UserFactory())
    ServiceFactory(name="Geldzorgen Venlo", description="Hulp bij schulden.", covers=["GM0983"])
    body = api.get("/api/directory/search/", {"q": "schulden", "municipality": "GM0983"}).json()
    assert [r["name"] for r in body["results"]] == ["Geldzorgen Venlo"]
    assert "last_verified_at" in body["results"][0]
    assert api.get("/api/directory/search/", {"municipality": "GM9999"}).status_code == 400


def test_catalogue_api(debt_help):
    api = APIClient()
    api.force_authenticate(UserFactory())
    items = api.get("/api/directory/catalogue/").json()
    assert any(item["code"] == "voorzorg" and item["recognition"] == "effective_good" for item in items)
    assert api.get("/api/directory/catalogue/boekstart/").json()["recognition_label"] == "goed onderbouwd"


def test_public_results_are_headings_below_the_results_heading(client, debt_help):
    html = client.get(reverse("directory:public_search"), {"q": "schulden"}).content.decode()
    assert '<h2 id="results">' in html
    assert f'<h3><a href="{reverse("directory:public_service", args=[debt_help.uuid])}">' in html


@pytest.mark.parametrize("params", [{"q": ""}, {"q": "  ", "postcode": ""}])
def test_an_empty_public_search_asks_for_a_word_or_postcode(client, debt_help, params):
    response = client.get(reverse("directory:public_search"), params)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vul een woord in of uw postcode, of allebei." in html
    assert "Geldzorgen spreekuur" not in html


def test_a_postcode_alone_is_enough_for_the_public_search(client, debt_help):
    html = client.get(reverse("directory:public_search"), {"postcode": "7941"}).content.decode()
    assert "Geldzorgen spreekuur" in html
