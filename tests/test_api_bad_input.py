# SPDX-License-Identifier: EUPL-1.2
"""The API refuses anonymous requests and answers bad input with a 4xx and a reason, never a 500, for every
endpoint of tests/isolation_api_endpoints.py."""

from __future__ import annotations

from typing import Any

import pytest
from isolation_api_endpoints import ENDPOINTS, SCOPED, _rows
from rest_framework.test import APIClient

from apps.coalitions.models import Coalition, Partner
from apps.core.testing import factories as f

# --------------------------------------------------------------------------------------------------------------
# Authentication and the schema
# --------------------------------------------------------------------------------------------------------------

def test_schema_is_served_to_a_logged_in_user(api_a):
    response = api_a.get("/api/schema/")
    assert response.status_code == 200
    assert b"/api/partners/" in response.content


@pytest.mark.parametrize("endpoint", [*SCOPED, "coalitions"])
def test_anonymous_api_request_is_refused(coalition_a, endpoint):
    api = APIClient()
    obj = coalition_a if endpoint == "coalitions" else ENDPOINTS[endpoint].make(coalition_a)
    for response in (api.get(f"/api/{endpoint}/"), api.get(f"/api/{endpoint}/{obj.pk}/"),
                     api.post(f"/api/{endpoint}/", {}, format="json"),
                     api.patch(f"/api/{endpoint}/{obj.pk}/", {}, format="json"),
                     api.delete(f"/api/{endpoint}/{obj.pk}/")):
        assert response.status_code in (401, 403)
        assert response.data["detail"]
    assert type(obj)._default_manager.filter(pk=obj.pk).exists()


def test_anonymous_api_root_is_refused():
    assert APIClient().get("/api/").status_code in (401, 403)


# --------------------------------------------------------------------------------------------------------------
# Never 500: bad input gets a 4xx with a reason
# --------------------------------------------------------------------------------------------------------------

def _assert_refused_with_reason(response, *statuses):
    assert response.status_code in (statuses or range(400, 500)), (response.status_code, response.content)
    assert response.content.strip(), "a refusal must say why"
    data = response.json()
    assert data, "a refusal must say why"


@pytest.mark.parametrize("endpoint", [*SCOPED, "coalitions"])
@pytest.mark.parametrize(("body", "content_type"), [
    ("{niet: json", "application/json"),
    ('{"title": "open', "application/json"),
    ("[]", "application/json"),
    ('"tekst"', "application/json"),
    ("null", "application/json"),
    ("42", "application/json"),
    ("", "application/json"),
    ("title=X", "text/plain"),
    (b"\xff\xfe{}", "application/json"),
])
def test_malformed_bodies_get_a_4xx_with_a_reason(api_a, coalition_a, endpoint, body, content_type):
    obj = coalition_a if endpoint == "coalitions" else ENDPOINTS[endpoint].make(coalition_a)
    for method, url in (("post", f"/api/{endpoint}/"), ("put", f"/api/{endpoint}/{obj.pk}/"),
                        ("patch", f"/api/{endpoint}/{obj.pk}/")):
        if method == "patch" and body == "":
            continue  # an empty PATCH changes nothing, and may succeed
        response = getattr(api_a, method)(url, body, content_type=content_type)
        _assert_refused_with_reason(response, 400, 415)


BAD_FIELDS: list[tuple[str, dict[str, Any]]] = [
    # wrong types for the coalition reference
    ("partners", {"coalition": "abc"}),
    ("partners", {"coalition": [1]}),
    ("partners", {"coalition": {"id": 1}}),
    ("partners", {"coalition": True}),
    ("partners", {"coalition": -1}),
    ("partners", {"coalition": 99999999999999999999}),
    ("partners", {"coalition": None}),
    ("partners", {"organisation": "Gemeente"}),
    ("partners", {"organisation": 99999999999999999999}),
    # unknown choices and rules of the model
    ("partners", {"domain": "ruimtevaart"}),
    ("partners", {"partner_type": "astronaut"}),
    ("partners", {"domain": "medical", "partner_type": "jgz"}),
    ("partners", {"contact_email": "geen-e-mailadres"}),
    ("partners", {"joined_on": "gisteren"}),
    ("partners", {"covenant_signed": "misschien"}),
    ("partners", {"contact_name": "a" * 1000}),
    ("partners", {"contact_name": "nul\x00teken"}),
    ("goals", {"action_line": "tijdens"}),
    ("goals", {"topics": "lifestyle"}),
    ("goals", {"topics": ["onbekend"]}),
    ("goals", {"topics": None}),
    ("goals", {"topics": [["lifestyle"]]}),
    ("goals", {"order": -1}),
    ("goals", {"order": 10**20}),
    ("goals", {"order": "eerste"}),
    ("goals", {"theme": "abc"}),
    ("goals", {"ambition": 99999999999999999999}),
    ("goals", {"action_line": "", "theme": None}),
    ("goals", {"title": ""}),
    ("goals", {"title": {"nl": "doel"}}),
    ("working-groups", {"active": "misschien"}),
    ("working-groups", {"name": None}),
    ("working-groups", {"name": ["lijst"]}),
    ("actions", {"status": "bloeiend"}),
    ("actions", {"term": "eeuwig"}),
    ("actions", {"due_date": "2025-02-30"}),
    ("actions", {"due_date": "99999-01-01"}),
    ("actions", {"due_date": 20250101}),
    ("actions", {"working_group": "abc"}),
    ("actions", {"working_group": -5}),
    ("actions", {"theme": "1.5"}),
    ("meetings", {"kind": "feest"}),
    ("meetings", {"date": None}),
    ("meetings", {"date": "01-02-2025"}),
    ("meetings", {"title": "x" * 201}),
    # --- directory pathways ---
    ("care-pathways", {"situation": "ruimtevaart"}),
    ("care-pathways", {"title": ""}),
    ("care-pathways", {"steps": "geen lijst"}),
    ("care-pathways", {"steps": [{"kind": "signal", "title": "Niemand verantwoordelijk"}]}),
    ("care-pathways", {"steps": [{"kind": "ooit", "title": "x", "responsible_type": "jgz"}]}),
    ("care-pathways", {"steps": [{"kind": "signal", "title": "x", "responsible": 99999999999999999999}]}),
    ("care-pathways", {"steps": [{"kind": "signal", "title": "x", "responsible_type": "jgz",
                                  "services": ["abc"]}]}),
    ("care-pathways", {"steps": [None]}),
    ("coalitions", {"scope": "wereldwijd"}),
    ("coalitions", {"status": "opgeheven"}),
    ("coalitions", {"municipality": "GM9999"}),
    ("coalitions", {"municipality": 119}),
    ("coalitions", {"municipalities": "GM0119"}),
    ("coalitions", {"municipalities": ["GM9999"]}),
    ("coalitions", {"region": "abc"}),
    ("coalitions", {"in_talks_since": "2025-01-01", "preparing_since": "2024-01-01"}),
    ("coalitions", {"status": "formed", "formed_on": None}),
    ("coalitions", {"scope": "local", "municipality": None}),
    ("coalitions", {"monitoring_participation": "soms"}),
]


def _valid(endpoint: str, coalition: Coalition) -> dict:
    if endpoint == "coalitions":
        return {"name": "Kansrijke Start Westerveld", "scope": "local", "municipality": "GM1701"}
    return ENDPOINTS[endpoint].create(coalition)


@pytest.mark.parametrize(("endpoint", "bad"), BAD_FIELDS, ids=[f"{e}-{sorted(b)[0]}-{i}"
                                                             for i, (e, b) in enumerate(BAD_FIELDS)])
def test_wrong_types_and_unknown_values_get_a_400_with_the_field_named(api_a, coalition_a, endpoint, bad):
    model = Coalition if endpoint == "coalitions" else ENDPOINTS[endpoint].model
    obj = coalition_a if endpoint == "coalitions" else ENDPOINTS[endpoint].make(coalition_a)
    before, count = _rows(model, obj.pk), model._default_manager.count()

    created = api_a.post(f"/api/{endpoint}/", {**_valid(endpoint, coalition_a), **bad}, format="json")
    patched = api_a.patch(f"/api/{endpoint}/{obj.pk}/", bad, format="json")

    for response in (created, patched):
        _assert_refused_with_reason(response, 400)
        # response.json(): a control character is refused by the input guard before DRF (apps/core/guard.py).
        assert set(response.json()) & {*bad, "non_field_errors", "coalition"}, response.json()
    assert model._default_manager.count() == count
    assert _rows(model, obj.pk) == before


@pytest.mark.parametrize("endpoint", [*SCOPED, "coalitions"])
@pytest.mark.parametrize("pk", ["abc", "-1", "0", "1.5", "99999999999999999999", "1e3", "%20", "null"])
def test_non_numeric_and_unknown_ids_get_a_404_with_a_reason(api_a, coalition_a, endpoint, pk):
    url = f"/api/{endpoint}/{pk}/"
    for response in (api_a.get(url), api_a.put(url, {}, format="json"), api_a.patch(url, {}, format="json")):
        _assert_refused_with_reason(response, 404)
    # A coalition cannot be deleted through the API at all (405), whatever the id (an id with a dot routes nowhere).
    no_delete = endpoint == "coalitions" and "." not in pk
    _assert_refused_with_reason(api_a.delete(url), 405 if no_delete else 404)


@pytest.mark.parametrize(("endpoint", "query"), [
    ("partners", {"coalition": "abc"}),
    ("partners", {"coalition": "99999999999999999999"}),
    ("partners", {"domain": "ruimtevaart"}),
    ("actions", {"status": "bloeiend"}),
    ("actions", {"working_group": "abc"}),
    ("actions", {"due_date": "morgen"}),
    ("goals", {"theme": "abc"}),
    ("goals", {"action_line": "tijdens"}),
    ("meetings", {"kind": "feest"}),
    ("working-groups", {"active": "misschien"}),
    ("coalitions", {"scope": "wereldwijd"}),
    ("partners", {"page": "abc"}),
    ("partners", {"page": "0"}),
    ("partners", {"page": "99999999999999999999"}),
])
def test_bad_filters_and_pages_get_a_4xx_with_a_reason_or_are_ignored(api_a, coalition_a, endpoint, query):
    response = api_a.get(f"/api/{endpoint}/", query)
    if response.status_code == 200:  # an unknown filter is ignored
        assert set(query) - {"page"}
        return
    _assert_refused_with_reason(response, 400, 404)


@pytest.mark.parametrize("endpoint", [*SCOPED, "coalitions"])
def test_unsupported_methods_get_a_405_with_a_reason(api_a, coalition_a, endpoint):
    obj = coalition_a if endpoint == "coalitions" else ENDPOINTS[endpoint].make(coalition_a)
    _assert_refused_with_reason(api_a.post(f"/api/{endpoint}/{obj.pk}/", {}, format="json"), 405)
    _assert_refused_with_reason(api_a.put(f"/api/{endpoint}/", {}, format="json"), 405)
    _assert_refused_with_reason(api_a.delete(f"/api/{endpoint}/"), 405)


def test_a_duplicate_partner_gets_a_4xx_with_a_reason(api_a, coalition_a):
    partner = f.PartnerFactory(coalition=coalition_a)
    payload = {"coalition": coalition_a.pk, "organisation": partner.organisation_id, "domain": "medical",
               "partner_type": "midwife"}
    _assert_refused_with_reason(api_a.post("/api/partners/", payload, format="json"), 400, 409)
    assert Partner.objects.filter(coalition=coalition_a).count() == 1
