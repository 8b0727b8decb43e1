# SPDX-License-Identifier: EUPL-1.2
"""Malformed input on the directory's public and professional endpoints: always a 4xx with a reason, never a 500."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from apps.directory.testing.factories import ServiceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

LONG = "schulden " * 200
BAD_QUERIES = [
    {"q": LONG}, {"postcode": "0000"}, {"postcode": "ABCD"}, {"postcode": "7941" * 20}, {"postcode": "9999"},
    {"municipality": "GM9999"}, {"municipality": "x" * 500}, {"phase": "nope"}, {"situation": "🙂"},
    {"language": "xx"}, {"self_registration": "maybe"}, {"limit": "-1"}, {"limit": "0"}, {"limit": "abc"},
    {"limit": "99999999999999999999999"}, {"limit": "1e3"}, {"q": "\x00"}, {"postcode": "\x00"},
    {"q": "ǃ ª ² ½ ﷺ 𝔰𝔠𝔥𝔲𝔩𝔡𝔢𝔫 schuldén"}, {"q": "a:* & !(b) | 'c'"}, {"municipality": "\x00"}, {"limit": "\x00"},
]


@pytest.mark.parametrize("params", BAD_QUERIES)
@pytest.mark.parametrize("url", ["/api/public/services/", "/api/directory/search/"])
def test_search_api_answers_400_with_reason(url, params, lead_a):
    api = APIClient()
    api.force_authenticate(lead_a)
    response = api.get(url, params)
    assert response.status_code in (200, 400), response.content
    if response.status_code == 400:
        assert response.json()


@pytest.mark.parametrize("params", BAD_QUERIES + [{"page": "-1"}, {"page": "999999999999999999999"},
                                                  {"page": "abc"}])
@pytest.mark.parametrize("url", ["/hulp/", "/sociale-kaart/"])
def test_search_pages_never_fail(client, lead_a, url, params):
    client.force_login(lead_a)
    ServiceFactory(name="Geldzorgen", description="schulden")
    response = client.get(url, params)
    # A control character is refused at the edge with a reason (apps/core/guard.py); anything else is a page.
    assert response.status_code == (400 if "\x00" in "".join(params.values()) else 200), params


HSDS_BAD = [
    ("/hsds/services", {"page": "-1"}), ("/hsds/services", {"page": "0"}), ("/hsds/services", {"page": "x"}),
    ("/hsds/services", {"page": "99999999999999999999999"}), ("/hsds/services", {"per_page": "99999999999999999"}),
    ("/hsds/services", {"organization_id": "abc"}), ("/hsds/services", {"modified_after": "2026-13-45"}),
    ("/hsds/services", {"modified_after": "x"}), ("/hsds/services", {"postcode": "0000"}),
    ("/hsds/services", {"postcode": "ABCD"}), ("/hsds/services", {"taxonomy_term_id": "x"}),
    ("/hsds/services", {"search": "\x00"}), ("/hsds/services", {"organization_id": "\x00"}),
    ("/hsds/services", {"taxonomy_term_id": "\x00"}), ("/hsds/services", {"postcode": "\x00"}),
    ("/hsds/services", {"modified_after": "\x00"}), ("/hsds/taxonomy_terms", {"parent_id": "\x00"}),
    ("/hsds/services", {"modified_after": "9999-12-31T23:59:59+14:00"}),
    ("/hsds/services", {"modified_after": "0001-01-01T00:00:00-14:00"}),
    ("/hsds/services/abc", {}), ("/hsds/services/" + "-" * 36, {}), ("/hsds/taxonomies/abc", {}),
    ("/hsds/taxonomy_terms/abc", {}), ("/hsds/taxonomy_terms", {"parent_id": "abc"}),
    ("/hsds/service_at_locations", {"postcode": "0000"}), ("/hsds/service_at_locations", {"organization_id": "1"}),
    ("/hsds/service_at_locations", {"page": "99999999999999999999"}),
    ("/api/public/services/" + "-" * 36 + "/", {}), ("/api/public/services/" + "g" * 36 + "/", {}),
]


@pytest.mark.parametrize(("url", "params"), HSDS_BAD)
def test_public_exchange_never_fails(url, params):
    ServiceFactory()
    response = APIClient().get(url, params)
    assert response.status_code < 500, (url, params, response.content[:300])


SERVICE_BAD = [
    {}, {"name": ""}, {"name": "x" * 5000}, {"organisation": "abc"}, {"organisation": 10**20},
    {"organisation": -1}, {"municipalities": []}, {"municipalities": ["GM9999"]}, {"municipalities": "GM0119"},
    {"municipalities": [None]}, {"phases": ["nope"]}, {"phases": "during"}, {"phases": [[]]},
    {"languages": ["xx"]}, {"intervention": "bestaat-niet"}, {"locations": ["abc"]}, {"locations": [10**20]},
    {"minimum_age": -5}, {"minimum_age": 10**20}, {"maximum_age": "oud"}, {"pregnancy_week_from": 10**12},
    {"pregnancy_week_from": 30, "pregnancy_week_to": 10}, {"status": "weg"}, {"email": "geen-mail"},
    {"url": "javascript:alert(1)"}, {"child_age_months_to": -1}, {"phone": "x" * 5000},
]


@pytest.mark.parametrize("extra", SERVICE_BAD)
def test_service_api_rejects_bad_input_with_reason(lead_a, extra):
    from apps.core.testing.factories import OrganisationFactory

    organisation = OrganisationFactory()
    api = APIClient()
    api.force_authenticate(lead_a)
    body = {"organisation": organisation.pk, "name": "Geldzorgen", "municipalities": ["GM0119"], **extra}
    response = api.post("/api/directory/services/", body, format="json")
    assert response.status_code == 400, (extra, response.status_code, response.content[:300])
    assert response.json()


CAPACITY_BAD = [{}, {"capacity": "vol"}, {"capacity": "waiting_list"}, {"capacity": "waiting_list",
                "waiting_weeks": -1}, {"capacity": "waiting_list", "waiting_weeks": 10**20},
                {"capacity": "open", "waiting_weeks": "x"}, {"capacity": ["open"]}]


@pytest.mark.parametrize("body", CAPACITY_BAD)
def test_capacity_api_rejects_bad_input(lead_a, body):
    service = ServiceFactory()
    lead_a.organisations.add(service.organisation)
    api = APIClient()
    api.force_authenticate(lead_a)
    response = api.post(f"/api/directory/services/{service.uuid}/capacity/", body, format="json")
    assert response.status_code == 400, (body, response.content[:300])


HOURS_BAD = [{"weekday": 9}, {"weekday": -1}, {"weekday": "ma"}, {"opens_at": "25:00"},
             {"opens_at": "10:00", "closes_at": "09:00"}, {"service": "abc"}, {"location": "abc"},
             {"note": "x" * 5000}]


@pytest.mark.parametrize("extra", HOURS_BAD)
def test_opening_hours_api_rejects_bad_input(lead_a, extra):
    service = ServiceFactory()
    api = APIClient()
    api.force_authenticate(lead_a)
    body = {"service": str(service.uuid), "weekday": 1, "opens_at": "09:00", "closes_at": "12:00", **extra}
    response = api.post("/api/directory/opening-hours/", body, format="json")
    assert response.status_code == 400, (extra, response.content[:300])


LOCATION_BAD = [{"postcode": "0000"}, {"postcode": "٧٩٤١ AB"}, {"postcode": "0794 AB"}, {"postcode": "ABCD"},
                {"postcode": ""}, {"latitude": 1000}, {"latitude": "noord"}, {"longitude": 10**30},
                {"longitude": -181}, {"name": ""}, {"organisation": "abc"}]


@pytest.mark.parametrize("extra", LOCATION_BAD)
def test_location_api_rejects_bad_input(lead_a, extra):
    from apps.core.testing.factories import OrganisationFactory

    organisation = OrganisationFactory()
    lead_a.organisations.add(organisation)
    api = APIClient()
    api.force_authenticate(lead_a)
    body = {"organisation": organisation.pk, "name": "Praktijk", "address_1": "Straat 1", "postcode": "7941 AB",
            **extra}
    response = api.post("/api/directory/locations/", body, format="json")
    assert response.status_code == 400, (extra, response.content[:300])


LIST_BAD = [{"organisation": "abc"}, {"status": "x"}, {"capacity": "x"}, {"mine": "misschien"},
            {"municipality": "\x00"}, {"page": "-1"}, {"stale": "x"}]


@pytest.mark.parametrize("params", LIST_BAD)
@pytest.mark.parametrize("url", ["/api/directory/services/", "/api/directory/locations/",
                                 "/api/directory/opening-hours/", "/api/directory/interventions/"])
def test_manage_lists_never_fail(lead_a, url, params):
    api = APIClient()
    api.force_authenticate(lead_a)
    response = api.get(url, params)
    assert response.status_code < 500, (url, params, response.content[:300])


@pytest.mark.parametrize("path", ["services/abc/", "services/" + "0" * 32 + "/", "locations/x/",
                                  "opening-hours/1/", "services/abc/verify/", "services/abc/claim/"])
def test_manage_detail_bad_ids_are_404(lead_a, path):
    api = APIClient()
    api.force_authenticate(lead_a)
    method = api.post if path.endswith(("verify/", "claim/")) else api.get
    assert method(f"/api/directory/{path}").status_code == 404


FORM_BAD = [
    ("directory:manage-service-create", {"organisation": "99999999999999999999999", "name": "x"}),
    ("directory:manage-service-create", {"organisation": "abc", "municipalities": ["x"], "phases": ["nope"]}),
    ("directory:manage-service-create", {"organisation": "-1", "minimum_age": "-4", "url": "javascript:x"}),
    ("directory:manage-location-create", {"organisation": "abc", "postcode": "0000", "latitude": "1e400"}),
    ("directory:manage-location-create", {"postcode": "ABCD", "longitude": "noord"}),
]


@pytest.mark.parametrize(("name", "data"), FORM_BAD)
def test_manage_forms_show_errors_not_500(client, lead_a, name, data):
    from django.urls import reverse

    client.force_login(lead_a)
    response = client.post(reverse(name), data)
    assert response.status_code == 200, response.status_code
    assert response.context["form"].errors


@pytest.mark.parametrize("query", ["?organisation=abc", "?organisation=99999999999999999999999",
                                   "?organisation=-1"])
def test_new_service_page_with_odd_organisation(client, lead_a, query):
    from django.urls import reverse

    client.force_login(lead_a)
    assert client.get(reverse("directory:manage-service-create") + query).status_code == 200


@pytest.mark.parametrize("data", [{"delete": "abc"}, {"delete": "99999999999999999999999"},
                                  {"weekday": "9", "opens_at": "25:99"}, {"weekday": "1", "opens_at": "10:00",
                                                                          "closes_at": "09:00"}])
def test_opening_hours_page_bad_posts(client, lead_a, data):
    from django.urls import reverse

    service = ServiceFactory()
    client.force_login(lead_a)
    url = reverse("directory:manage-hours", kwargs={"kind": "aanbod", "uuid": service.uuid})
    assert client.post(url, data).status_code in (200, 302, 404)


@pytest.mark.parametrize("data", [{"capacity": "x"}, {"capacity": "waiting_list", "waiting_weeks": "-3"},
                                  {"capacity": "waiting_list", "waiting_weeks": "99999999999999999999"},
                                  {"capacity": "waiting_list"}])
def test_capacity_page_bad_posts(client, lead_a, data):
    from django.urls import reverse

    service = ServiceFactory()
    client.force_login(lead_a)
    response = client.post(reverse("directory:manage-capacity", kwargs={"uuid": service.uuid}), data)
    assert response.status_code == 200 and response.context["form"].errors


def test_hsds_page_far_beyond_the_last_is_empty_not_an_error():
    ServiceFactory()
    page = APIClient().get("/hsds/services", {"page": str(10**19)}).json()
    assert page["contents"] == [] and page["total_items"] == 1 and page["last_page"] is True


def test_hsds_search_with_a_nul_character_is_refused_with_a_reason():
    response = APIClient().get("/hsds/services", {"search": "geld\x00"})
    assert response.status_code == 400 and "search" in response.json()["detail"]


def test_one_postcode_rule_for_search_upkeep_and_imports():
    from django import forms

    from apps.directory.search import engine as search
    from apps.directory.upkeep import forms as forms_manage
    from apps.reference import places

    assert forms_manage.normalise_postcode(" 7941ab ") == ("7941 AB", "7941")
    for text in ("0794 AB", "٧٩٤١", "7941 A", "79411"):
        assert places.normalise_postcode(text) is None and places.pc4(text) is None
        with pytest.raises(search.PostcodeError):
            search.municipalities_for_postcode(text)
        with pytest.raises(forms.ValidationError):
            forms_manage.normalise_postcode(text)
