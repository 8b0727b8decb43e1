# SPDX-License-Identifier: EUPL-1.2
"""The HSDS API answers every path and parameter of the spec's openapi.json (issue 13, point 8): a schema-valid
answer, or a 400 that names the parameter. Never an HTML page, never a silently ignored parameter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rest_framework.test import APIClient

from apps.directory.exchange.hsds.importer import import_hsds
from apps.directory.exchange.hsds.taxonomy import TAXONOMY_ID, TERMS
from apps.directory.exchange.hsds.validation import schema_errors
from apps.directory.models import ServiceAtLocation
from apps.directory.tests.hsds_world import rich_directory

pytestmark = pytest.mark.django_db

SPEC = json.loads((Path(__file__).resolve().parents[1] / "exchange" / "hsds" / "schema" / "api" / "openapi.json")
                  .read_text(encoding="utf-8"))
FOREIGN_TAXONOMY = "5d5b1f8e-6a51-4b8e-9d6c-0c8f4e1b2a01"
FOREIGN_TERM = "5d5b1f8e-6a51-4b8e-9d6c-0c8f4e1b2a02"


def _parameters(operation: dict) -> list[str]:
    names = []
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        if parameter.get("in", "query") == "query":
            names.append(parameter["name"])
    return names


SPEC_CALLS = [(path, name) for path, item in SPEC["paths"].items() for name in [None, *_parameters(item["get"])]]


@pytest.fixture
def world():
    world = rich_directory()
    service = world["service"]
    assert import_hsds([{"id": FOREIGN_TAXONOMY, "name": "Buurregio", "description": "x"}], kind="taxonomy").ok
    assert import_hsds([{"id": FOREIGN_TERM, "name": "Opvoeden", "description": "x", "taxonomy_id": FOREIGN_TAXONOMY}],
                       kind="taxonomy_term").ok
    service.hsds_extra = {"attributes": [{"id": "5d5b1f8e-6a51-4b8e-9d6c-0c8f4e1b2a03", "taxonomy_term_id": FOREIGN_TERM,
                                          "link_type": "x", "link_entity": "service", "link_id": str(service.uuid)}]}
    service.save()
    return world


def _values(world) -> dict[str, str]:
    link = ServiceAtLocation.objects.get(service=world["service"])
    return {
        "search": "ouders", "page": "1", "per_page": "5", "format": "json", "minimal": "true", "full": "true",
        "full_service": "true", "modified_after": "2000-01-01T00:00:00Z", "taxonomy_term_id": TERMS["phase-during"].id,
        "taxonomy_id": str(TAXONOMY_ID), "organization_id": str(world["organisation"].uuid), "postcode": "7941",
        "proximity": "52.6958,6.1944,5000", "top_only": "true", "parent_id": TERMS["phase"].id,
        "{id}/services": str(world["service"].uuid), "{id}/organizations": str(world["organisation"].uuid),
        "{id}/service_at_locations": str(link.uuid), "{id}/taxonomies": str(TAXONOMY_ID),
        "{id}/taxonomy_terms": TERMS["phase-during"].id,
    }


ITEM_SCHEMA = {"/services": "service_list.json", "/organizations": "organization_list.json",
               "/service_at_locations": "service_at_location_list.json", "/taxonomies": "taxonomy.json",
               "/taxonomy_terms": "taxonomy_term.json"}
FULL_SCHEMA = {"/services": "service.json", "/organizations": "organization.json",
               "/service_at_locations": "service_at_location.json"}


def _check(path: str, name: str | None, body) -> None:
    base = "/" + path.strip("/").split("/")[0] if path != "/" else "/"
    if path == "/":
        assert body["version"] == "3.0"
    elif path.endswith("{id}"):
        schema = FULL_SCHEMA.get(base) or ITEM_SCHEMA[base]
        assert schema_errors(body, schema) == [], (path, name)
    elif name == "minimal":
        assert body and all(set(item) == {"id", "last_modified"} for item in body)
    else:
        schema = FULL_SCHEMA[base] if name in ("full", "full_service") else ITEM_SCHEMA[base]
        assert body["total_items"] >= 1, (path, name)  # the example values match something: the filter is applied
        for record in body["contents"]:
            assert schema_errors(record, schema) == [], (path, name, record.get("id"))


@pytest.mark.parametrize(("path", "name"), SPEC_CALLS)
def test_every_path_and_parameter_of_the_spec_works(world, path, name):
    values = _values(world)
    url = "/hsds" + path.replace("{id}", values.get(f"{{id}}/{path.split('/')[1]}", ""))
    value = {"/taxonomies": "kansrijk", "/organizations": "ggd"}.get(path, values[name]) if name == "search" else (
        values.get(name))
    response = APIClient().get(url, {name: value} if name else {})
    assert response.status_code == 200, (url, name, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    _check(path, name, response.json())


def test_filters_filter():
    world = rich_directory()
    api = APIClient()
    sid = str(world["service"].uuid)
    assert [s["id"] for s in api.get("/hsds/services", {"taxonomy_term_id": TERMS["phase-during"].id}).json()[
        "contents"]] == [sid]
    assert api.get("/hsds/services", {"taxonomy_term_id": TERMS["phase-before"].id}).json()["total_items"] == 0
    assert api.get("/hsds/services", {"taxonomy_id": FOREIGN_TAXONOMY}).json()["total_items"] == 0
    far = api.get("/hsds/service_at_locations", {"proximity": "53.2194,6.5665,5000"}).json()  # Groningen
    near = api.get("/hsds/service_at_locations", {"proximity": "52.70,6.20,2000"}).json()  # Meppel
    assert (far["total_items"], near["total_items"]) == (0, 1)
    terms = api.get("/hsds/taxonomy_terms", {"top_only": "true"}).json()["contents"]
    assert terms and all("parent_id" not in term for term in terms)
    assert api.get("/hsds/organizations", {"search": "schuldhulp"}).json()["total_items"] == 0  # inactive only


@pytest.mark.parametrize(("path", "params", "named"), [
    ("/hsds/services", {"minimum_age": "3"}, "minimum_age"), ("/hsds/services", {"day": "MO"}, "day"),
    ("/hsds/service_at_locations", {"start_time": "09:00"}, "start_time"),
    ("/hsds/service_at_locations", {"end_time": "17:00"}, "end_time"),
    ("/hsds/organizations", {"maximum_age": "18"}, "maximum_age"), ("/hsds/services", {"format": "csv"}, "format"),
    ("/hsds/service_at_locations", {"proximity": "5000"}, "proximity"),
    ("/hsds/taxonomies", {"taxonomy_id": "x"}, "taxonomy_id"),
])
def test_a_parameter_that_is_not_answered_is_a_400_naming_it(path, params, named):
    response = APIClient().get(path, params)
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert "niet ondersteund" in detail and named in detail


def test_unknown_paths_and_ids_answer_json_404():
    api = APIClient()
    for url in ("/hsds/bestaat-niet", "/hsds/organizations/5d5b1f8e-6a51-4b8e-9d6c-0c8f4e1b2a09",
                "/hsds/service_at_locations/abc", "/hsds/services/abc/extra"):
        response = api.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"].startswith("application/json") and response.json()["detail"], url


def test_ndjson_streams_every_record_without_pages():
    rich_directory()
    response = APIClient().get("/hsds/taxonomy_terms", {"format": "ndjson"})
    assert response.status_code == 200 and response["Content-Type"].startswith("application/x-ndjson")
    lines = response.content.decode().splitlines()
    assert len(lines) == len(TERMS) and all(json.loads(line)["id"] for line in lines)


def test_the_public_api_allows_other_sites_but_nothing_else_does():
    api = APIClient()
    response = api.get("/hsds/services", HTTP_ORIGIN="https://sociale-kaart.voorbeeld.invalid")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = api.options("/hsds/services", HTTP_ORIGIN="https://x.invalid", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert "GET" in preflight["Access-Control-Allow-Methods"] and "POST" not in preflight["Access-Control-Allow-Methods"]
    other = api.get("/api/schema/", HTTP_ORIGIN="https://x.invalid")
    assert "Access-Control-Allow-Origin" not in other  # only /hsds/


def test_the_allowed_origins_are_configurable(settings):
    settings.CORS_ALLOW_ALL_ORIGINS = False
    settings.CORS_ALLOWED_ORIGINS = ["https://buurregio.voorbeeld.invalid"]
    api = APIClient()
    allowed = api.get("/hsds/", HTTP_ORIGIN="https://buurregio.voorbeeld.invalid")
    refused = api.get("/hsds/", HTTP_ORIGIN="https://elders.invalid")
    assert allowed["Access-Control-Allow-Origin"] == "https://buurregio.voorbeeld.invalid"
    assert "Access-Control-Allow-Origin" not in refused
