# SPDX-License-Identifier: EUPL-1.2
"""API of care pathways, the lookup, the client route and the regional map: outcomes and coalition isolation."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from apps.core.testing import factories as f
from apps.directory.models import CarePathway
from apps.directory.testing.factories import (
    CarePathwayFactory,
    InterventionFactory,
    PathwayStepFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db


def _api(user) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


def test_steps_are_written_in_list_order_and_replaced_as_a_whole(api_a, coalition_a):
    service = ServiceFactory(name="Schuldhulp Meppel")
    organisation = f.OrganisationFactory(name="Verloskundigen Meppel")
    created = api_a.post("/api/care-pathways/", {
        "coalition": coalition_a.pk, "situation": "poverty_debts", "title": "Geldzorgen", "steps": [
            {"kind": "signal", "title": "Signaleren", "responsible": organisation.pk},
            {"kind": "support", "title": "Schuldhulp", "responsible_type": "debt_help", "services": [service.pk]},
        ]}, format="json")
    assert created.status_code == 201, created.content
    pathway = CarePathway.objects.get(pk=created.data["id"])
    assert list(pathway.steps.values_list("order", "title")) == [(1, "Signaleren"), (2, "Schuldhulp")]

    read = api_a.get(f"/api/care-pathways/{pathway.pk}/").data
    assert read["steps"][1]["service_details"][0]["phone"] == "0000-000000"
    assert read["steps"][0]["responsible_contact"]["name"] == "Verloskundigen Meppel"

    api_a.patch(f"/api/care-pathways/{pathway.pk}/", {"steps": [
        {"kind": "support", "title": "Schuldhulp", "responsible_type": "debt_help"},
        {"kind": "handover", "title": "Overdracht aan JGZ", "responsible_type": "jgz"}]}, format="json")
    assert list(pathway.steps.values_list("order", "title")) == [(1, "Schuldhulp"), (2, "Overdracht aan JGZ")]

    api_a.patch(f"/api/care-pathways/{pathway.pk}/", {"title": "Geldzorgen in de zwangerschap"}, format="json")
    assert pathway.steps.count() == 2  # a PATCH without steps keeps them


def test_a_step_cannot_use_a_service_outside_the_coalitions_area(api_a, coalition_a):
    venlo = ServiceFactory(covers=["GM0983"])
    response = api_a.post("/api/care-pathways/", {
        "coalition": coalition_a.pk, "situation": "poverty_debts", "title": "Geldzorgen",
        "steps": [{"kind": "support", "title": "x", "responsible_type": "jgz", "services": [venlo.pk]}]},
        format="json")
    assert response.status_code == 400
    assert "werkgebied" in str(response.data["steps"])
    assert not CarePathway.objects.exists()


def test_a_second_pathway_for_a_situation_is_refused(api_a, coalition_a):
    CarePathwayFactory(coalition=coalition_a)
    response = api_a.post("/api/care-pathways/", {"coalition": coalition_a.pk, "situation": "poverty_debts",
                                                  "title": "Nog een"}, format="json")
    assert response.status_code == 400 and "situation" in response.data


def test_lookup_by_postcode(lead_a, coalition_a):
    pathway = CarePathwayFactory(coalition=coalition_a)
    step = PathwayStepFactory(pathway=pathway, order=1, responsible_type="midwife")
    step.services.add(ServiceFactory(name="Schuldhulp Meppel"))
    ServiceFactory(name="Budgetcafé")
    data = _api(f.UserFactory()).get("/api/pathway-lookup/", {"situation": "poverty_debts",
                                                              "postcode": "7941AB"}).data
    assert data["municipality"] == {"code": "GM0119", "name": "Meppel"}
    assert data["pathway"]["id"] == pathway.pk
    assert data["pathway"]["steps"][0]["service_details"][0]["name"] == "Schuldhulp Meppel"
    assert [s["name"] for s in data["other_services"]] == ["Budgetcafé"]
    assert data["message"] == ""


def test_lookup_without_pathway_says_so(lead_a):
    data = _api(lead_a).get("/api/pathway-lookup/", {"situation": "addiction", "municipality": "GM0119"}).data
    assert data["pathway"] is None and "geen zorgpad" in data["message"]


@pytest.mark.parametrize(("query", "field"), [
    ({}, "situation"),
    ({"situation": "poverty_debts"}, "municipality"),
    ({"situation": "poverty_debts", "municipality": "GM9999"}, "municipality"),
    ({"situation": "poverty_debts", "postcode": "abcd"}, "postcode"),
    ({"situation": "poverty_debts", "postcode": "0000"}, "postcode"),
    ({"situation": "ruimtevaart", "municipality": "GM0119"}, "situation"),
])
def test_lookup_bad_input_gets_a_400_naming_the_field(lead_a, query, field):
    response = _api(lead_a).get("/api/pathway-lookup/", query)
    assert response.status_code == 400 and field in response.data


def test_lookup_needs_a_login():
    assert APIClient().get("/api/pathway-lookup/", {"situation": "addiction", "municipality": "GM0119"}
                           ).status_code in (401, 403)


def test_client_route_as_json(api_a, coalition_a):
    ServiceFactory(name="Schuldhulp", phases=["during"], situations=["poverty_debts"])
    data = api_a.get(f"/api/client-routes/{coalition_a.pk}/").data
    cell = next(c for c in data["cells"] if (c["phase"], c["situation"]) == ("during", "poverty_debts"))
    assert data["municipality"]["code"] == "GM0119"
    assert (cell["count"], cell["is_gap"], cell["services"][0]["name"]) == (1, False, "Schuldhulp")
    assert data["gap_count"] == len(data["cells"]) - 1


def test_client_route_of_another_coalition_is_not_found(api_a, coalition_b):
    for url in (f"/api/client-routes/{coalition_b.pk}/", "/api/client-routes/abc/", "/api/client-routes/999999/"):
        response = api_a.get(url)
        assert response.status_code == 404 and response.data["detail"]
    assert api_a.get(f"/api/client-routes/{coalition_b.pk}/", {"municipality": "GM0983"}).status_code == 404


def test_regional_map_as_json_and_isolated(region_b, api_a):
    voorzorg = InterventionFactory(code="voorzorg", name="VoorZorg")
    ServiceFactory(intervention=voorzorg, covers=["GM0983"])
    coordinator = _api(f.member(region_b, "regional_coordinator"))
    data = coordinator.get(f"/api/regional-maps/{region_b.pk}/").data
    row = next(r for r in data["rows"] if r["intervention"] == "voorzorg")
    assert [m["code"] for m in data["municipalities"]] == ["GM0957", "GM0983"]
    assert [c["status"] for c in row["cells"]] == ["not_offered", "offered"]
    assert api_a.get(f"/api/regional-maps/{region_b.pk}/").status_code == 404


def test_a_local_coalition_has_no_regional_map(api_a, coalition_a):
    assert api_a.get(f"/api/regional-maps/{coalition_a.pk}/").status_code == 404


def test_the_endpoints_are_in_the_schema(api_a):
    schema = api_a.get("/api/schema/").content.decode()
    for path in ("/api/care-pathways/", "/api/pathway-lookup/", "/api/client-routes/{id}/",
                 "/api/regional-maps/{id}/"):
        assert path in schema
