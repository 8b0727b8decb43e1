# SPDX-License-Identifier: EUPL-1.2
"""The search APIs answer the types their schema declares, on SQLite and PostgreSQL alike (issue 11, point 5):
lists of codes are JSON arrays (not JSON-encoded strings), and the search, the public search and the pathway
lookup answer one object (count + results, or the lookup's result), not an array."""

from __future__ import annotations

import pytest
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from apps.core.testing.factories import UserFactory
from apps.directory.testing.factories import ServiceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]


@pytest.fixture
def service():
    return ServiceFactory(name="Geldzorgen spreekuur", description="Hulp bij schulden.", phases=["during", "after"],
                          situations=["poverty_debts", "weak_network"], languages=["nl", "ar"])


LISTS = {"phases": ["during", "after"], "situations": ["poverty_debts", "weak_network"], "languages": ["nl", "ar"]}


@pytest.mark.parametrize("params", [{"q": "schulden"}, {"q": "schulden", "postcode": "7941"}, {"municipality": "GM0119"}])
def test_both_search_apis_answer_lists_of_codes_as_arrays(service, params):
    api = APIClient()
    public = api.get("/api/public/services/", params).json()["results"][0]
    api.force_authenticate(UserFactory())
    professional = api.get("/api/directory/search/", params).json()["results"][0]
    detail = APIClient().get(f"/api/public/services/{service.uuid}/").json()
    for body in (public, professional, detail):
        for field, expected in LISTS.items():
            assert body[field] == expected, (field, body[field])
    assert professional["last_verified_at"] is None


def _schema():
    return SchemaGenerator().get_schema(request=None, public=True)


def _resolve(schema, node):
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


@pytest.mark.parametrize(("path", "fields"), [
    ("/api/directory/search/", {"count", "results"}),
    ("/api/public/services/", {"count", "results"}),
    ("/api/pathway-lookup/", {"situation", "municipality", "pathway", "message", "other_services"}),
])
def test_the_schema_declares_the_object_these_endpoints_answer(path, fields):
    schema = _schema()
    body = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    body = _resolve(schema, body)
    assert body.get("type") == "object", body
    assert fields <= set(body["properties"])
    if "results" in fields:
        results = body["properties"]["results"]
        assert results["type"] == "array"
        item = _resolve(schema, results["items"])
        assert item["properties"]["phases"]["type"] == "array"
