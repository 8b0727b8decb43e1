# SPDX-License-Identifier: EUPL-1.2
"""The directory's upkeep API: the access rules of apps/directory/access.py, actions, and no 500 on bad input."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from apps.core.testing import factories as f
from apps.directory.models import Intervention, Location, OpeningHours, Service
from apps.directory.testing.factories import (
    InterventionFactory,
    LocationFactory,
    OpeningHoursFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db
LONG_AGO = timezone.now() - dt.timedelta(days=400)
SERVICES = "/api/directory/services/"
LOCATIONS = "/api/directory/locations/"
HOURS = "/api/directory/opening-hours/"
INTERVENTIONS = "/api/directory/interventions/"


def _api(user) -> APIClient:
    api = APIClient()
    api.force_authenticate(type(user).objects.get(pk=user.pk))  # fresh: access caches on the user object
    return api


@pytest.fixture
def api_employee(employee):
    return _api(employee)


@pytest.fixture
def api_outsider(outsider):
    return _api(outsider)


def _new_service(organisation, **overrides) -> dict[str, Any]:
    data = {"organisation": organisation.pk, "name": "Geldzorgen-spreekuur",
            "description": "Hulp bij rekeningen en schulden als u zwanger bent.", "phases": ["during"],
            "situations": ["poverty_debts"], "languages": ["nl"], "municipalities": ["GM0119"],
            "self_registration": True, "free_of_charge": True}
    data.update(overrides)
    return data


def _hours(**kwargs) -> OpeningHours:
    return OpeningHoursFactory(opens_at=dt.time(9), closes_at=dt.time(12), **kwargs)


# --- reading ---------------------------------------------------------------------------------------------------

def test_every_logged_in_professional_reads_services_but_anonymous_does_not(api_outsider):
    service = ServiceFactory(name="Taalcafé")
    response = api_outsider.get(SERVICES)
    assert response.status_code == 200
    assert [item["uuid"] for item in response.data["results"]] == [str(service.uuid)]
    assert api_outsider.get(f"{SERVICES}{service.uuid}/").data["name"] == "Taalcafé"
    assert APIClient().get(SERVICES).status_code in (401, 403)


def test_filters_mine_editable_stale_and_municipality(api_employee, provider):
    mine = ServiceFactory(organisation=provider, claimed_at=LONG_AGO, last_verified_at=timezone.now())
    stale_elsewhere = ServiceFactory(covers=["GM0983"], last_verified_at=LONG_AGO)

    def uuids(query):
        return {item["uuid"] for item in api_employee.get(SERVICES, query).data["results"]}

    assert uuids({"mine": "true"}) == {str(mine.uuid)}
    assert uuids({"editable": "true"}) == {str(mine.uuid)}
    assert uuids({"stale": "true"}) == {str(stale_elsewhere.uuid)}
    assert uuids({"municipality": "GM0983"}) == {str(stale_elsewhere.uuid)}


# --- writing services ------------------------------------------------------------------------------------------

def test_employee_creates_a_service_that_starts_claimed_and_verified(api_employee, employee, provider):
    location = LocationFactory(organisation=provider)
    response = api_employee.post(SERVICES, _new_service(provider, locations=[str(location.uuid)]), format="json")
    assert response.status_code == 201, response.data
    service = Service.objects.get(uuid=response.data["uuid"])
    assert service.claimed_by == employee and service.last_verified_by == employee
    assert response.data["claimed"] is True
    assert list(service.locations.all()) == [location]


def test_outsider_cannot_create_update_or_delete_and_is_told_why(api_outsider, provider):
    service = ServiceFactory(organisation=provider, name="Origineel")
    url = f"{SERVICES}{service.uuid}/"

    created = api_outsider.post(SERVICES, _new_service(provider), format="json")
    patched = api_outsider.patch(url, {"name": "Gekaapt"}, format="json")
    deleted = api_outsider.delete(url)

    assert (created.status_code, patched.status_code, deleted.status_code) == (403, 403, 403)
    assert "Humanitas Meppel" in patched.data["detail"]
    assert Service.objects.get(pk=service.pk).name == "Origineel"
    assert Service.objects.count() == 1


def test_coalition_editor_edits_unclaimed_but_not_claimed_listings(api_a, provider):
    unclaimed = ServiceFactory(organisation=provider, covers=["GM0119"])
    claimed = ServiceFactory(organisation=provider, covers=["GM0119"], claimed_at=LONG_AGO)

    assert api_a.patch(f"{SERVICES}{unclaimed.uuid}/", {"name": "Bijgewerkt"}, format="json").status_code == 200
    refused = api_a.patch(f"{SERVICES}{claimed.uuid}/", {"name": "Gekaapt"}, format="json")
    assert refused.status_code == 403
    assert "geclaimd" in refused.data["detail"]
    unclaimed.refresh_from_db()
    assert unclaimed.name == "Bijgewerkt" and unclaimed.last_verified_at is not None


def test_coalition_editor_creates_only_for_her_own_area(api_a, provider):
    outside = api_a.post(SERVICES, _new_service(provider, municipalities=["GM0983"]), format="json")
    inside = api_a.post(SERVICES, _new_service(provider), format="json")
    assert outside.status_code == 403
    assert inside.status_code == 201
    assert Service.objects.get().claimed_at is None


def test_a_service_does_not_move_to_another_organisation(api_employee, provider):
    service = ServiceFactory(organisation=provider, claimed_at=LONG_AGO)
    other = f.OrganisationFactory()
    response = api_employee.patch(f"{SERVICES}{service.uuid}/", {"organisation": other.pk}, format="json")
    assert response.status_code == 400
    assert "organisation" in response.data
    assert Service.objects.get(pk=service.pk).organisation == provider


# --- actions ---------------------------------------------------------------------------------------------------

def test_verify_claim_and_capacity_actions(api_employee, employee, provider):
    service = ServiceFactory(organisation=provider, last_verified_at=LONG_AGO)
    url = f"{SERVICES}{service.uuid}/"

    assert api_employee.post(url + "verify/").data["stale"] is False
    claimed = api_employee.post(url + "claim/")
    assert claimed.status_code == 200 and claimed.data["claimed"] is True
    assert api_employee.post(url + "claim/").status_code == 403  # only once
    capacity = api_employee.post(url + "capacity/", {"capacity": "waiting_list", "waiting_weeks": 5}, format="json")
    assert capacity.status_code == 200, capacity.data
    service.refresh_from_db()
    assert (service.capacity, service.waiting_weeks, service.claimed_by) == ("waiting_list", 5, employee)


@pytest.mark.parametrize("body", [
    {"capacity": "waiting_list"}, {"capacity": "altijd"}, {"capacity": "full", "waiting_weeks": -1},
    {"capacity": "waiting_list", "waiting_weeks": 1000}, {}, {"waiting_weeks": "veel"},
])
def test_bad_capacity_gets_a_400_with_the_field_named(api_employee, provider, body):
    service = ServiceFactory(organisation=provider)
    response = api_employee.post(f"{SERVICES}{service.uuid}/capacity/", body, format="json")
    assert response.status_code == 400
    assert set(response.data) & {"capacity", "waiting_weeks"}
    assert Service.objects.get(pk=service.pk).capacity == "open"


def test_outsider_actions_are_refused(api_outsider, provider):
    service = ServiceFactory(organisation=provider, last_verified_at=LONG_AGO)
    url = f"{SERVICES}{service.uuid}/"
    for path in ("verify/", "claim/", "capacity/"):
        response = api_outsider.post(url + path, {"capacity": "full"}, format="json")
        assert response.status_code == 403, path
        assert response.data["detail"]
    service.refresh_from_db()
    assert (service.last_verified_at, service.claimed_at, service.capacity) == (LONG_AGO, None, "open")


# --- locations and opening hours -------------------------------------------------------------------------------

def test_location_postcode_becomes_pc4_and_municipality(api_employee, provider):
    response = api_employee.post(LOCATIONS, {"organisation": provider.pk, "name": "Huis van de Wijk",
                                             "postcode": "5911ab"}, format="json")
    assert response.status_code == 201, response.data
    assert (response.data["postcode"], response.data["pc4"], response.data["municipality"]) == (
        "5911 AB", "5911", "GM0983")
    assert response.data["city"] == "Venlo"


@pytest.mark.parametrize(("postcode", "message"), [
    ("5000 AA", "Postcode 5000 AA kennen we niet"), ("abc", "Vul een postcode in als 1234 AB."),
    ("", "mag niet leeg"),
])
def test_bad_postcode_gets_a_dutch_400(api_employee, provider, postcode, message):
    response = api_employee.post(LOCATIONS, {"organisation": provider.pk, "name": "X", "postcode": postcode},
                                 format="json")
    assert response.status_code == 400
    assert message in str(response.data["postcode"])
    assert not Location.objects.exists()


def test_location_of_another_organisation_is_refused(api_employee, api_outsider, provider):
    theirs = LocationFactory(name="Origineel")
    assert api_employee.post(LOCATIONS, {"organisation": theirs.organisation_id, "name": "X",
                                         "postcode": "7941 AB"}, format="json").status_code == 403
    assert api_employee.patch(f"{LOCATIONS}{theirs.uuid}/", {"name": "Gekaapt"}, format="json").status_code == 403
    assert api_outsider.delete(f"{LOCATIONS}{theirs.uuid}/").status_code == 403
    assert Location.objects.get(pk=theirs.pk).name == "Origineel"


def test_opening_hours_crud_with_the_service_keepers_rights(api_employee, api_outsider, provider):
    service = ServiceFactory(organisation=provider, claimed_at=LONG_AGO)
    body = {"service": str(service.uuid), "weekday": 1, "opens_at": "09:00", "closes_at": "12:00"}

    created = api_employee.post(HOURS, body, format="json")
    assert created.status_code == 201, created.data
    url = f"{HOURS}{created.data['uuid']}/"
    assert api_outsider.post(HOURS, body, format="json").status_code == 403
    assert api_outsider.patch(url, {"note": "Gekaapt"}, format="json").status_code == 403
    assert api_employee.get(f"{SERVICES}{service.uuid}/").data["opening_hours"][0]["opens_at"] == "09:00:00"

    backwards = api_employee.patch(url, {"opens_at": "13:00"}, format="json")
    assert backwards.status_code == 400
    assert "De sluitingstijd ligt voor de openingstijd." in str(backwards.data)

    theirs = ServiceFactory()
    assert api_employee.patch(url, {"service": str(theirs.uuid)}, format="json").status_code == 403
    assert api_employee.delete(url).status_code == 204


def test_opening_hours_need_exactly_one_owner(api_employee, provider):
    service = ServiceFactory(organisation=provider, claimed_at=LONG_AGO)
    location = LocationFactory(organisation=provider)
    both = {"service": str(service.uuid), "location": str(location.uuid), "weekday": 1, "opens_at": "09:00",
            "closes_at": "10:00"}
    response = api_employee.post(HOURS, both, format="json")
    assert response.status_code == 400
    response = api_employee.post(HOURS, {k: v for k, v in both.items() if k not in ("service", "location")},
                                 format="json")
    assert response.status_code == 400


def test_opening_hours_filter_by_service(api_employee, provider):
    service = ServiceFactory(organisation=provider)
    mine = _hours(service=service, location=None)
    _hours()
    response = api_employee.get(HOURS, {"service": str(service.uuid)})
    assert [item["uuid"] for item in response.data["results"]] == [str(mine.uuid)]
    assert api_employee.get(HOURS, {"service": "geen-uuid"}).status_code == 400


# --- interventions ---------------------------------------------------------------------------------------------

def test_interventions_are_read_by_all_and_written_by_administrators_only(api_outsider, maintainer):
    InterventionFactory(code="test-programma", name="Testprogramma")
    assert api_outsider.get(f"{INTERVENTIONS}test-programma/").data["name"] == "Testprogramma"
    assert api_outsider.patch(f"{INTERVENTIONS}test-programma/", {"name": "X"}, format="json").status_code == 403
    admin = _api(maintainer)
    assert admin.patch(f"{INTERVENTIONS}test-programma/", {"name": "Nieuw"}, format="json").status_code == 200
    assert Intervention.objects.get(code="test-programma").name == "Nieuw"


def test_intervention_with_local_services_is_not_deleted(maintainer):
    intervention = InterventionFactory(code="in-gebruik")
    ServiceFactory(intervention=intervention)
    admin = _api(maintainer)
    response = admin.delete(f"{INTERVENTIONS}in-gebruik/")
    assert response.status_code == 400
    assert Intervention.objects.filter(code="in-gebruik").exists()


# --- never 500 -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("endpoint", [SERVICES, LOCATIONS, HOURS])
@pytest.mark.parametrize("pk", ["abc", "-1", "0", "1.5", "99999999999999999999", "%20", "null",
                                "00000000-0000-0000-0000-000000000000"])
def test_unknown_and_malformed_ids_get_a_404_with_a_reason(api_employee, endpoint, pk):
    url = f"{endpoint}{pk}/"
    for response in (api_employee.get(url), api_employee.patch(url, {}, format="json"), api_employee.delete(url)):
        assert response.status_code == 404
        assert response.json()["detail"]


@pytest.mark.parametrize("endpoint", [SERVICES, LOCATIONS, HOURS, INTERVENTIONS])
@pytest.mark.parametrize(("body", "content_type"), [
    ("{niet: json", "application/json"), ("[]", "application/json"), ('"tekst"', "application/json"),
    ("null", "application/json"), ("42", "application/json"), ("title=X", "text/plain"),
    (b"\xff\xfe{}", "application/json"),
])
def test_malformed_bodies_get_a_4xx_with_a_reason(api_employee, endpoint, body, content_type):
    response = api_employee.post(endpoint, body, content_type=content_type)
    assert response.status_code in (400, 403, 415), response.content
    assert response.json()


BAD_SERVICE_FIELDS: list[dict[str, Any]] = [
    {"phases": "during"}, {"phases": ["ooit"]}, {"phases": [["during"]]}, {"situations": ["onbekend"]},
    {"languages": ["klingon"]}, {"municipalities": []}, {"municipalities": ["GM9999"]}, {"municipalities": "GM0119"},
    {"organisation": "abc"}, {"organisation": 99999999999999999999}, {"intervention": "bestaat-niet"},
    {"minimum_age": 30, "maximum_age": 18}, {"pregnancy_week_from": 50}, {"minimum_age": -1},
    {"email": "geen-adres"}, {"url": "geen url"}, {"name": ""}, {"name": None}, {"name": "x" * 201},
    {"description": {"nl": "tekst"}}, {"status": "weg"}, {"free_of_charge": "misschien"},
    {"locations": ["geen-uuid"]}, {"locations": "abc"}, {"name": "nul\x00teken"},
]


@pytest.mark.parametrize("bad", BAD_SERVICE_FIELDS, ids=[f"{sorted(b)[0]}-{i}" for i, b in
                                                         enumerate(BAD_SERVICE_FIELDS)])
def test_bad_service_fields_get_a_400_with_the_field_named(api_employee, provider, bad):
    service = ServiceFactory(organisation=provider, claimed_at=LONG_AGO, name="Origineel")
    count = Service.objects.count()

    created = api_employee.post(SERVICES, {**_new_service(provider), **bad}, format="json")
    patched = api_employee.patch(f"{SERVICES}{service.uuid}/", bad, format="json")

    for response in (created, patched):
        assert response.status_code == 400, (bad, response.status_code, response.content)
        assert set(response.json()) & {*bad, "non_field_errors"}, response.json()  # also the guard's 400
    assert Service.objects.count() == count
    assert Service.objects.get(pk=service.pk).name == "Origineel"


@pytest.mark.parametrize("query", [
    {"organisation": "abc"}, {"status": "weg"}, {"capacity": "altijd"}, {"mine": "misschien"},
    {"stale": "soms"}, {"page": "abc"}, {"page": "99999999999999999999"},
])
def test_bad_filters_get_a_4xx_or_are_ignored(api_employee, query):
    response = api_employee.get(SERVICES, query)
    assert response.status_code in (200, 400, 404)
    if response.status_code != 200:
        assert response.json()
