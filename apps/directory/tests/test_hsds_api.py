# SPDX-License-Identifier: EUPL-1.2
"""The HSDS API: public, active services only, no staff data, responses valid against the official schemas."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from apps.directory.exchange.hsds.taxonomy import TERMS
from apps.directory.exchange.hsds.validation import schema_errors
from apps.directory.testing.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory
from apps.directory.tests.hsds_world import rich_directory

pytestmark = pytest.mark.django_db
PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}


@pytest.fixture
def api():
    return APIClient()


def test_root_describes_the_api(api):
    body = api.get("/hsds/").json()
    assert body["version"] == "3.0"
    assert body["openapi_url"].endswith("/api/schema/")
    assert api.get(body["profile"]).status_code == 200  # the Kansrijk taxonomy


def test_services_are_paged_public_active_only_and_valid(api):
    world = rich_directory()
    response = api.get("/hsds/services")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == PAGE_KEYS
    assert body["total_items"] == 1 and body["empty"] is False and body["first_page"] and body["last_page"]
    assert [s["id"] for s in body["contents"]] == [str(world["service"].uuid)]  # the inactive one is not shown
    for record in body["contents"]:
        assert schema_errors(record, "service_list.json") == []
        assert "assurer_email" not in record


def test_paging(api):
    for _ in range(3):
        ServiceFactory()
    body = api.get("/hsds/services", {"per_page": 2, "page": 2}).json()
    assert (body["total_items"], body["total_pages"], body["page_number"], body["size"]) == (3, 2, 2, 1)
    assert body["last_page"] and not body["first_page"]
    response = api.get("/hsds/services", {"page": "nul"})
    assert response.status_code == 400 and "‘page’" in response.json()["detail"]


def test_full_service_is_valid_and_has_no_staff_data(api):
    world = rich_directory()
    response = api.get(f"/hsds/services/{world['service'].uuid}")
    assert response.status_code == 200
    record = response.json()
    assert schema_errors(record, "service.json") == []
    text = response.content.decode()
    assert "controleur" not in text and "assurer_email" not in text
    assert record["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "7941 AB"


def test_inactive_unknown_and_malformed_ids_are_404(api):
    world = rich_directory()
    assert api.get(f"/hsds/services/{world['other'].uuid}").status_code == 404
    assert api.get("/hsds/services/6a0f3f5e-3c55-4c1e-9b43-6b2d1f0c6a11").status_code == 404
    response = api.get("/hsds/services/geen-id")
    assert response.status_code == 404 and "UUID" in response.json()["detail"]


def test_services_filter_by_taxonomy_term_and_organisation(api):
    world = rich_directory()
    teen = TERMS["situation-teenage_parents"].id
    assert api.get("/hsds/services", {"taxonomy_term_id": teen}).json()["total_items"] == 1
    assert api.get("/hsds/services", {"taxonomy_term_id": TERMS["situation-homeless"].id}).json()["empty"]
    org = str(world["organisation"].uuid)
    assert api.get("/hsds/services", {"organization_id": org}).json()["total_items"] == 1
    assert api.get("/hsds/services", {"organization_id": "nee"}).status_code == 400


def test_service_at_locations_filter_by_pc4_or_full_postcode(api):
    meppel = ServiceAtLocationFactory(service=ServiceFactory(name="In Meppel", covers=["GM0119"]))
    venlo = ServiceAtLocationFactory(service=ServiceFactory(name="In Venlo", covers=["GM0983"]),
                                     location=LocationFactory(postcode="5911 AA", pc4="5911", city="Venlo"))
    all_links = api.get("/hsds/service_at_locations").json()
    assert all_links["total_items"] == 2
    for postcode in ("7941", "7941AB", "7941 ab"):
        body = api.get("/hsds/service_at_locations", {"postcode": postcode}).json()
        assert [link["id"] for link in body["contents"]] == [str(meppel.uuid)], postcode
        for link in body["contents"]:
            assert schema_errors(link, "service_at_location_list.json") == []
    body = api.get("/hsds/service_at_locations", {"postcode": "5911"}).json()
    assert [link["id"] for link in body["contents"]] == [str(venlo.uuid)]
    response = api.get("/hsds/service_at_locations", {"postcode": "79A1"})
    assert response.status_code == 400 and "geen geldige postcode" in response.json()["detail"]


def test_taxonomy_and_terms_are_published_and_valid(api):
    taxonomies = api.get("/hsds/taxonomies").json()
    assert taxonomies["contents"][0]["name"] == "Kansrijk"
    assert schema_errors(taxonomies["contents"][0], "taxonomy.json") == []
    terms = api.get("/hsds/taxonomy_terms", {"per_page": 200}).json()
    assert terms["total_items"] == len(TERMS)
    assert all(schema_errors(term, "taxonomy_term.json") == [] for term in terms["contents"])
    phases = api.get("/hsds/taxonomy_terms", {"parent_id": TERMS["phase"].id}).json()
    assert {t["code"] for t in phases["contents"]} == {"phase-before", "phase-during", "phase-after"}
    term = api.get(f"/hsds/taxonomy_terms/{TERMS['capacity'].id}").json()
    assert term["name"] == "Beschikbaarheid"


def test_the_api_needs_no_login_and_refuses_writes(api):
    assert api.get("/hsds/services").status_code == 200
    assert api.post("/hsds/services", {}).status_code == 405


def test_modified_after_filters_and_bad_values_are_400(api):
    world = rich_directory()
    changed = world["service"].updated_at.isoformat()
    assert api.get("/hsds/services", {"modified_after": changed}).json()["total_items"] == 1
    assert api.get("/hsds/services", {"modified_after": "2999-01-01T00:00"}).json()["empty"]
    for bad in ("gisteren", "2024-13-01T00:00"):
        response = api.get("/hsds/services", {"modified_after": bad})
        assert response.status_code == 400 and "modified_after" in response.json()["detail"]
