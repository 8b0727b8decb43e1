# SPDX-License-Identifier: EUPL-1.2
"""Isolation between coalitions in the API, for every endpoint registered in kansrijk/api_urls.py.

An endpoint added to the router without an entry in ENDPOINTS (tests/isolation_api_endpoints.py) fails
`test_every_api_endpoint_is_mapped`. Besides isolation: role permissions on writes and refused cross-coalition
references; tests/test_api_bad_input.py has authentication and bad input (never a 500).
"""

from __future__ import annotations

import pytest
from isolation_api_endpoints import ENDPOINTS, OWN_TESTS, SCOPED, _client, _ids, _rows

from apps.coalitions.models import Coalition, Partner, Theme
from apps.core.testing import factories as f
from apps.plans.models import Ambition
from kansrijk.api_urls import router


def test_every_api_endpoint_is_mapped():
    registered = {prefix for prefix, _viewset, _basename in router.registry}
    assert registered, "the router has no endpoints"
    assert registered == {*ENDPOINTS, *OWN_TESTS}, (
        "Every router endpoint needs an entry in ENDPOINTS of tests/isolation_api_endpoints.py "
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
    assert api_a.delete(url).status_code == 405  # the API offers no DELETE on a coalition
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
    assert api.delete(url).status_code == 405  # the API offers no DELETE on a coalition
    assert _rows(Coalition, coalition_a.pk) == before


def test_project_lead_creates_and_updates_a_coalition_but_cannot_delete_it_through_the_api(api_a, lead_a,
                                                                                            coalition_a):
    created = api_a.post("/api/coalitions/", {"name": "Kansrijke Start Westerveld", "scope": "local",
                                              "municipality": "GM1701"}, format="json")
    assert created.status_code == 201, created.content
    new = Coalition.objects.get(pk=created.data["id"])
    assert new.memberships.filter(user=lead_a, role="project_lead").exists()

    url = f"/api/coalitions/{new.pk}/"
    assert api_a.patch(url, {"description": "Gestart"}, format="json").status_code == 200
    assert Coalition.objects.get(pk=new.pk).description == "Gestart"
    response = api_a.delete(url)
    assert response.status_code == 405 and response.json()["detail"]
    assert Coalition.objects.filter(pk=new.pk).exists()  # removing a coalition asks for confirmation on its page


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
