# SPDX-License-Identifier: EUPL-1.2
"""Isolation between coalitions in the API, for every endpoint registered in kansrijk/api_urls.py.

An endpoint added to the router without an entry in ENDPOINTS fails `test_every_api_endpoint_is_mapped`.
Besides isolation: role permissions on writes, refused cross-coalition references, and no 500 on bad input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import models
from rest_framework.test import APIClient

from apps.actions.models import Action, WorkingGroup
from apps.coalitions.models import Coalition, Partner, Theme
from apps.core.testing import factories as f
from apps.directory.models import CarePathway
from apps.directory.testing import factories as df
from apps.meetings.models import Meeting
from apps.plans.models import Ambition, Goal
from kansrijk.api_urls import router

TODAY = dt.date.today()


@dataclass(frozen=True)
class Endpoint:
    model: type[models.Model]
    make: Callable[[Coalition], models.Model]  # an existing object in the coalition
    create: Callable[[Coalition], dict]         # a valid new object for the coalition
    change: dict                                # a valid PATCH
    coalition_of: Callable[[models.Model], Coalition]

    def count(self, coalition: Coalition) -> int:
        return sum(1 for obj in self.model._default_manager.all() if self.coalition_of(obj) == coalition)


def _own(obj):
    return obj.coalition


ENDPOINTS: dict[str, Endpoint] = {
    "partners": Endpoint(
        Partner, lambda c: f.PartnerFactory(coalition=c, contact_name="Anna de Vries"),
        lambda c: {"coalition": c.pk, "organisation": f.OrganisationFactory().pk, "domain": "social",
                   "partner_type": "jgz"},
        {"contact_name": "Gekaapt"}, _own),
    "goals": Endpoint(
        Goal, lambda c: f.GoalFactory(plan=f.PlanFactory(coalition=c), title="Warme overdracht"),
        lambda c: {"coalition": c.pk, "title": "Nieuw doel", "action_line": "before", "topics": ["lifestyle"]},
        {"title": "Gekaapt"}, lambda goal: goal.plan.coalition),
    "working-groups": Endpoint(
        WorkingGroup, lambda c: f.WorkingGroupFactory(coalition=c, name="Werkgroep zwangerschap"),
        lambda c: {"coalition": c.pk, "name": "Nieuwe werkgroep"},
        {"name": "Gekaapt"}, _own),
    "actions": Endpoint(
        Action, lambda c: f.ActionFactory(coalition=c, title="Folder maken"),
        lambda c: {"coalition": c.pk, "title": "Nieuwe actie", "status": "in_bud", "term": "long",
                   "due_date": TODAY.isoformat()},
        {"title": "Gekaapt"}, _own),
    "meetings": Endpoint(
        Meeting, lambda c: f.MeetingFactory(coalition=c, title="Startbijeenkomst"),
        lambda c: {"coalition": c.pk, "date": TODAY.isoformat(), "title": "Nieuwe bijeenkomst", "kind": "learning"},
        {"title": "Gekaapt"}, _own),
    # --- directory pathways ---
    "care-pathways": Endpoint(
        CarePathway, lambda c: df.CarePathwayFactory(coalition=c, title="Geldzorgen"),
        lambda c: {"coalition": c.pk, "situation": "addiction", "title": "Roken tijdens de zwangerschap",
                   "steps": [{"kind": "signal", "title": "Verloskundige vraagt naar roken",
                              "responsible_type": "midwife"}]},
        {"title": "Gekaapt"}, _own),
}
SCOPED = sorted(ENDPOINTS)
# Endpoints with their own access tests (read-only, aggregate, or not coalition-scoped), in their app's tests.
OWN_TESTS = {
    "coalitions",
    # --- directory pathways --- (apps/directory/tests/test_api_pathways.py)
    "pathway-lookup", "client-routes", "regional-maps",
    # --- directory (dir-manage) --- (apps/directory/tests/test_manage_api.py)
    "directory/services", "directory/locations", "directory/opening-hours", "directory/interventions",
    # --- directory search --- (apps/directory/tests/test_public.py, test_search_views.py)
    "directory/search", "directory/catalogue", "public/services",
    # --- monitoring --- (apps/monitoring/tests/test_api.py)
    "monitoring/indicators", "monitoring/areas", "monitoring/observations", "monitoring/results",
    "monitoring/process",
}


def _rows(model, pk) -> list[dict]:
    return list(model._default_manager.filter(pk=pk).values())


def _ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.data["results"]}


def _client(user) -> APIClient:
    api = APIClient()
    api.force_authenticate(type(user).objects.get(pk=user.pk))  # fresh: roles are cached on the user object
    return api


def test_every_api_endpoint_is_mapped():
    registered = {prefix for prefix, _viewset, _basename in router.registry}
    assert registered, "the router has no endpoints"
    assert registered == {*ENDPOINTS, *OWN_TESTS}, (
        "Every router endpoint needs an entry in ENDPOINTS of tests/test_isolation_api.py "
        "(or its own tests, like coalitions).")


# --------------------------------------------------------------------------------------------------------------
# Objects of another coalition
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("endpoint", SCOPED)
def test_outsider_list_contains_none_of_another_coalitions_objects(api_a, coalition_a, coalition_b, endpoint):
    spec = ENDPOINTS[endpoint]
    own, theirs = spec.make(coalition_a), spec.make(coalition_b)

    ids = _ids(api_a.get(f"/api/{endpoint}/"))
    assert own.pk in ids
    assert theirs.pk not in ids


@pytest.mark.parametrize("endpoint", SCOPED)
def test_outsider_cannot_filter_her_way_into_another_coalition(api_a, coalition_b, endpoint):
    theirs = ENDPOINTS[endpoint].make(coalition_b)
    response = api_a.get(f"/api/{endpoint}/", {"coalition": coalition_b.pk})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert theirs.pk not in _ids(response)


@pytest.mark.parametrize("endpoint", SCOPED)
def test_outsider_gets_404_for_another_coalitions_object(api_a, coalition_b, endpoint):
    spec = ENDPOINTS[endpoint]
    theirs = spec.make(coalition_b)
    before = _rows(spec.model, theirs.pk)
    url = f"/api/{endpoint}/{theirs.pk}/"

    assert api_a.get(url).status_code == 404
    assert api_a.put(url, spec.create(coalition_b), format="json").status_code == 404
    assert api_a.patch(url, spec.change, format="json").status_code == 404
    assert api_a.delete(url).status_code == 404
    assert _rows(spec.model, theirs.pk) == before


@pytest.mark.parametrize("endpoint", SCOPED)
def test_outsider_cannot_create_in_another_coalition(api_a, coalition_b, endpoint):
    spec = ENDPOINTS[endpoint]
    payload = spec.create(coalition_b)
    before = spec.model._default_manager.count()

    response = api_a.post(f"/api/{endpoint}/", payload, format="json")

    assert response.status_code in (400, 403), response.content
    if response.status_code == 400:
        assert "coalition" in response.data
    assert spec.model._default_manager.count() == before


@pytest.mark.parametrize("endpoint", SCOPED)
def test_outsider_cannot_move_her_own_object_into_another_coalition(api_a, coalition_a, coalition_b, endpoint):
    spec = ENDPOINTS[endpoint]
    own = spec.make(coalition_a)
    before = _rows(spec.model, own.pk)

    response = api_a.patch(f"/api/{endpoint}/{own.pk}/", {"coalition": coalition_b.pk}, format="json")

    assert response.status_code == 400
    assert "coalition" in response.data
    assert _rows(spec.model, own.pk) == before


@pytest.mark.parametrize("endpoint", SCOPED)
def test_member_of_both_coalitions_cannot_move_an_object_between_them(lead_a, coalition_a, coalition_b, endpoint):
    f.member(coalition_b, "project_lead", user=lead_a)
    spec = ENDPOINTS[endpoint]
    own = spec.make(coalition_a)
    before = _rows(spec.model, own.pk)

    response = _client(lead_a).patch(f"/api/{endpoint}/{own.pk}/", {"coalition": coalition_b.pk}, format="json")

    assert response.status_code == 400
    assert "coalition" in response.data
    assert _rows(spec.model, own.pk) == before


# --------------------------------------------------------------------------------------------------------------
# Roles inside the coalition
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("endpoint", SCOPED)
def test_viewer_reads_but_gets_403_on_every_write(viewer_a, coalition_a, endpoint):
    spec = ENDPOINTS[endpoint]
    own = spec.make(coalition_a)
    before, count = _rows(spec.model, own.pk), spec.model._default_manager.count()
    api = _client(viewer_a)
    url = f"/api/{endpoint}/{own.pk}/"

    assert own.pk in _ids(api.get(f"/api/{endpoint}/"))
    assert api.get(url).status_code == 200
    assert api.post(f"/api/{endpoint}/", spec.create(coalition_a), format="json").status_code == 403
    assert api.put(url, spec.create(coalition_a), format="json").status_code == 403
    assert api.patch(url, spec.change, format="json").status_code == 403
    assert api.delete(url).status_code == 403
    assert _rows(spec.model, own.pk) == before
    assert spec.model._default_manager.count() == count


@pytest.mark.parametrize("endpoint", SCOPED)
def test_regional_coordinator_reads_local_coalitions_of_her_region_but_cannot_write(coalition_a, endpoint):
    region = f.CoalitionFactory(name="Regio Zuidwest-Drenthe", scope="regional", municipality=None)
    coalition_a.region = region
    coalition_a.save()
    api = _client(f.member(region, "regional_coordinator"))
    spec = ENDPOINTS[endpoint]
    own = spec.make(coalition_a)
    before = _rows(spec.model, own.pk)
    url = f"/api/{endpoint}/{own.pk}/"

    assert own.pk in _ids(api.get(f"/api/{endpoint}/"))
    assert api.post(f"/api/{endpoint}/", spec.create(coalition_a), format="json").status_code == 403
    assert api.patch(url, spec.change, format="json").status_code == 403
    assert api.delete(url).status_code == 403
    assert _rows(spec.model, own.pk) == before


@pytest.mark.parametrize("endpoint", SCOPED)
def test_project_lead_creates_updates_and_deletes_in_her_coalition(api_a, coalition_a, endpoint):
    spec = ENDPOINTS[endpoint]

    created = api_a.post(f"/api/{endpoint}/", spec.create(coalition_a), format="json")
    assert created.status_code == 201, created.content
    obj = spec.model._default_manager.get(pk=created.data["id"])
    assert spec.coalition_of(obj) == coalition_a

    url = f"/api/{endpoint}/{obj.pk}/"
    changed = api_a.patch(url, spec.change, format="json")
    assert changed.status_code == 200, changed.content
    field, value = next(iter(spec.change.items()))
    assert getattr(spec.model._default_manager.get(pk=obj.pk), field) == value

    assert api_a.delete(url).status_code == 204
    assert not spec.model._default_manager.filter(pk=obj.pk).exists()


def test_working_group_member_edits_actions_but_not_partners(coalition_a, member_a):
    api = _client(member_a)
    action, partner = f.ActionFactory(coalition=coalition_a), f.PartnerFactory(coalition=coalition_a)

    assert api.patch(f"/api/actions/{action.pk}/", {"status": "in_bloom"}, format="json").status_code == 200
    assert api.post("/api/actions/", ENDPOINTS["actions"].create(coalition_a), format="json").status_code == 201
    assert api.patch(f"/api/partners/{partner.pk}/", {"contact_name": "X"}, format="json").status_code == 403
    assert api.post("/api/partners/", ENDPOINTS["partners"].create(coalition_a), format="json").status_code == 403
    assert api.delete(f"/api/partners/{partner.pk}/").status_code == 403
    assert Partner.objects.filter(pk=partner.pk, contact_name=partner.contact_name).exists()


# --------------------------------------------------------------------------------------------------------------
# The coalitions endpoint itself
# --------------------------------------------------------------------------------------------------------------

def test_outsider_coalition_list_contains_only_her_coalitions(api_a, coalition_a, coalition_b):
    ids = _ids(api_a.get("/api/coalitions/"))
    assert ids == {coalition_a.pk}


def test_outsider_gets_404_for_another_coalition(api_a, coalition_b):
    before = _rows(Coalition, coalition_b.pk)
    url = f"/api/coalitions/{coalition_b.pk}/"
    assert api_a.get(url).status_code == 404
    assert api_a.put(url, {"name": "Gekaapt", "scope": "local", "municipality": "GM0983"},
                     format="json").status_code == 404
    assert api_a.patch(url, {"name": "Gekaapt"}, format="json").status_code == 404
    assert api_a.delete(url).status_code == 404
    assert _rows(Coalition, coalition_b.pk) == before


def test_outsider_cannot_attach_a_coalition_to_a_region_she_cannot_see(api_a, coalition_a):
    region_b = f.CoalitionFactory(name="Regio Noord-Limburg", scope="regional", municipality=None)
    f.member(region_b, "regional_coordinator")
    count = Coalition.objects.count()

    created = api_a.post("/api/coalitions/", {"name": "Nieuw", "scope": "local", "municipality": "GM0119",
                                              "region": region_b.pk}, format="json")
    moved = api_a.patch(f"/api/coalitions/{coalition_a.pk}/", {"region": region_b.pk}, format="json")

    assert (created.status_code, moved.status_code) == (400, 400)
    assert "region" in created.data and "region" in moved.data
    assert Coalition.objects.count() == count
    assert Coalition.objects.get(pk=coalition_a.pk).region_id is None


def test_viewer_gets_403_changing_or_deleting_the_coalition(viewer_a, coalition_a):
    api = _client(viewer_a)
    before = _rows(Coalition, coalition_a.pk)
    url = f"/api/coalitions/{coalition_a.pk}/"
    assert api.get(url).status_code == 200
    assert api.patch(url, {"name": "Gekaapt"}, format="json").status_code == 403
    assert api.delete(url).status_code == 403
    assert _rows(Coalition, coalition_a.pk) == before


def test_project_lead_creates_updates_and_deletes_a_coalition(api_a, lead_a, coalition_a):
    created = api_a.post("/api/coalitions/", {"name": "Kansrijke Start Westerveld", "scope": "local",
                                              "municipality": "GM1701"}, format="json")
    assert created.status_code == 201, created.content
    new = Coalition.objects.get(pk=created.data["id"])
    assert new.memberships.filter(user=lead_a, role="project_lead").exists()

    url = f"/api/coalitions/{new.pk}/"
    assert api_a.patch(url, {"description": "Gestart"}, format="json").status_code == 200
    assert Coalition.objects.get(pk=new.pk).description == "Gestart"
    assert api_a.delete(url).status_code == 204
    assert not Coalition.objects.filter(pk=new.pk).exists()
    assert Coalition.objects.filter(pk=coalition_a.pk).exists()


# --------------------------------------------------------------------------------------------------------------
# Cross-coalition references
# --------------------------------------------------------------------------------------------------------------

@pytest.fixture
def b_objects(coalition_b):
    plan = f.PlanFactory(coalition=coalition_b)
    return {
        "working_group": f.WorkingGroupFactory(coalition=coalition_b),
        "theme": Theme.objects.create(coalition=coalition_b, name="Thema van B"),
        "ambition": Ambition.objects.create(plan=plan, text="Ambitie van B"),
    }


@pytest.mark.parametrize(("endpoint", "field"), [
    ("actions", "working_group"), ("actions", "theme"), ("goals", "theme"), ("goals", "ambition"),
])
def test_creating_an_object_that_points_at_another_coalitions_object_is_refused(
    api_a, lead_a, coalition_a, coalition_b, b_objects, endpoint, field
):
    spec = ENDPOINTS[endpoint]
    count = spec.model._default_manager.count()
    payload = {**spec.create(coalition_a), field: b_objects[field].pk}

    response = api_a.post(f"/api/{endpoint}/", payload, format="json")

    assert response.status_code == 400
    assert field in response.data
    # No hint that the object exists elsewhere: to an outsider it simply does not exist.
    assert "bestaat niet" in str(response.data[field])
    assert spec.model._default_manager.count() == count
    # Also when she is a member of both coalitions.
    f.member(coalition_b, "project_lead", user=lead_a)
    assert _client(lead_a).post(f"/api/{endpoint}/", payload, format="json").status_code == 400
    assert spec.model._default_manager.count() == count


@pytest.mark.parametrize(("endpoint", "field"), [
    ("actions", "working_group"), ("actions", "theme"), ("goals", "theme"), ("goals", "ambition"),
])
def test_pointing_an_existing_object_at_another_coalitions_object_is_refused(
    api_a, coalition_a, b_objects, endpoint, field
):
    spec = ENDPOINTS[endpoint]
    own = spec.make(coalition_a)
    before = _rows(spec.model, own.pk)

    response = api_a.patch(f"/api/{endpoint}/{own.pk}/", {field: b_objects[field].pk}, format="json")

    assert response.status_code == 400
    assert field in response.data
    assert _rows(spec.model, own.pk) == before


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
        assert set(response.data) & {*bad, "non_field_errors", "coalition"}, response.data
    assert model._default_manager.count() == count
    assert _rows(model, obj.pk) == before


@pytest.mark.parametrize("endpoint", [*SCOPED, "coalitions"])
@pytest.mark.parametrize("pk", ["abc", "-1", "0", "1.5", "99999999999999999999", "1e3", "%20", "null"])
def test_non_numeric_and_unknown_ids_get_a_404_with_a_reason(api_a, coalition_a, endpoint, pk):
    url = f"/api/{endpoint}/{pk}/"
    for response in (api_a.get(url), api_a.put(url, {}, format="json"), api_a.patch(url, {}, format="json"),
                     api_a.delete(url)):
        _assert_refused_with_reason(response, 404)


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
