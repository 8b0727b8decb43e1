# SPDX-License-Identifier: EUPL-1.2
"""The upkeep pages: editing services and locations, opening hours, capacity, verifying and claiming."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.core.testing import factories as f
from apps.directory.models import Location, OpeningHours, Service
from apps.directory.testing.factories import LocationFactory, OpeningHoursFactory, ServiceFactory

pytestmark = pytest.mark.django_db
LONG_AGO = timezone.now() - dt.timedelta(days=400)


@pytest.fixture
def as_employee(client, employee):
    client.force_login(employee)
    return client


def _service_data(**overrides) -> dict:
    data = {
        "name": "Thuisadministratie voor aanstaande ouders",
        "description": "Een vrijwilliger helpt u thuis met post, rekeningen en formulieren.",
        "status": "active", "phases": ["during", "after"], "situations": ["poverty_debts"],
        "languages": ["nl", "ar"], "free_of_charge": "on", "self_registration": "on",
        "application_process": "Bel of mail ons.", "email": "thuisadministratie@voorbeeld.invalid",
        "phone": "0000-000000", "municipalities": ["GM0119"],
    }
    data.update(overrides)
    return data


def _municipality_pks(*codes) -> list[int]:
    return [f.municipality(code).pk for code in codes]


# --- Mijn vermeldingen ---------------------------------------------------------------------------------------

def test_my_listings_shows_stale_listings_first_and_only_my_organisations(as_employee, provider):
    fresh = ServiceFactory(organisation=provider, name="Taalcafé", last_verified_at=timezone.now())
    stale = ServiceFactory(organisation=provider, name="Geldzorgen-spreekuur", last_verified_at=LONG_AGO)
    never = ServiceFactory(organisation=provider, name="Babyspullenbank")
    other = ServiceFactory(name="Aanbod van een ander")

    response = as_employee.get(reverse("directory:manage"))

    assert response.status_code == 200
    assert [r["service"] for r in response.context["stale_rows"]] == [never, stale]
    assert [r["service"] for r in response.context["fresh_rows"]] == [fresh]
    assert other.name not in response.content.decode()
    assert list(response.context["coalitions"]) == []


def test_my_listings_links_to_the_upkeep_page_of_her_coalitions(client_a, coalition_a):
    response = client_a.get(reverse("directory:manage"))
    assert reverse("directory:coalition-upkeep", args=[coalition_a.pk]) in response.content.decode()


def test_my_listings_needs_a_login(client):
    response = client.get(reverse("directory:manage"))
    assert response.status_code == 302
    assert "/inloggen/" in response["Location"]


def test_one_click_verify_records_who_and_when(as_employee, employee, provider):
    service = ServiceFactory(organisation=provider, last_verified_at=LONG_AGO)

    response = as_employee.post(reverse("directory:manage-verify", args=[service.uuid]))

    assert response.status_code == 302
    service.refresh_from_db()
    assert service.last_verified_by == employee
    assert timezone.now() - service.last_verified_at < dt.timedelta(minutes=1)


def test_verify_is_post_only(as_employee, provider):
    service = ServiceFactory(organisation=provider, last_verified_at=LONG_AGO)
    assert as_employee.get(reverse("directory:manage-verify", args=[service.uuid])).status_code == 405
    service.refresh_from_db()
    assert service.last_verified_at == LONG_AGO


def test_outsider_cannot_verify_and_is_told_why(client, provider, outsider):
    service = ServiceFactory(organisation=provider, last_verified_at=LONG_AGO)
    client.force_login(outsider)

    response = client.post(reverse("directory:manage-verify", args=[service.uuid]))

    assert response.status_code == 403
    assert "Humanitas Meppel" in response.content.decode()
    service.refresh_from_db()
    assert service.last_verified_at == LONG_AGO


def test_claim_one_and_claim_all(as_employee, employee, provider):
    one, two, three = (ServiceFactory(organisation=provider) for _ in range(3))
    ServiceFactory(name="Van een ander")

    assert as_employee.post(reverse("directory:manage-claim", args=[one.uuid])).status_code == 302
    one.refresh_from_db()
    assert one.claimed_by == employee and one.claimed_at is not None

    response = as_employee.post(reverse("directory:manage-claim-all"), {"organisation": provider.pk})
    assert response.status_code == 302
    assert Service.objects.filter(organisation=provider, claimed_by=employee).count() == 3
    assert Service.objects.filter(claimed_at__isnull=True).count() == 1


def test_claiming_twice_or_for_another_organisation_is_refused(as_employee, provider):
    claimed = ServiceFactory(organisation=provider, claimed_at=LONG_AGO)
    foreign = f.OrganisationFactory(name="GGD Drenthe")
    theirs = ServiceFactory(organisation=foreign)

    assert as_employee.post(reverse("directory:manage-claim", args=[claimed.uuid])).status_code == 403
    assert as_employee.post(reverse("directory:manage-claim", args=[theirs.uuid])).status_code == 403
    assert as_employee.post(reverse("directory:manage-claim-all"), {"organisation": foreign.pk}).status_code == 403
    assert as_employee.post(reverse("directory:manage-claim-all"), {"organisation": "abc"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.claimed_at is None


# --- capacity ------------------------------------------------------------------------------------------------

def test_capacity_waiting_list_with_weeks_is_saved_with_its_date(as_employee, employee, provider):
    service = ServiceFactory(organisation=provider)
    url = reverse("directory:manage-capacity", args=[service.uuid])

    response = as_employee.post(url, {"capacity": "waiting_list", "waiting_weeks": "6"})

    assert response.status_code == 302
    service.refresh_from_db()
    assert (service.capacity, service.waiting_weeks) == ("waiting_list", 6)
    assert service.capacity_updated_at is not None
    assert service.last_verified_by == employee
    assert "ongeveer 6 weken" in as_employee.get(reverse("directory:manage")).content.decode()


def test_capacity_waiting_list_without_weeks_gets_a_dutch_error(as_employee, provider):
    service = ServiceFactory(organisation=provider)
    response = as_employee.post(reverse("directory:manage-capacity", args=[service.uuid]),
                                {"capacity": "waiting_list", "waiting_weeks": ""})
    assert response.status_code == 200
    assert "verwachte wachttijd in weken" in response.content.decode()
    service.refresh_from_db()
    assert service.capacity == "open"


def test_capacity_full_drops_leftover_weeks(as_employee, provider):
    service = ServiceFactory(organisation=provider, capacity="waiting_list", waiting_weeks=4)
    as_employee.post(reverse("directory:manage-capacity", args=[service.uuid]),
                     {"capacity": "full", "waiting_weeks": "4"})
    service.refresh_from_db()
    assert (service.capacity, service.waiting_weeks) == ("full", None)


def test_outsider_cannot_set_capacity(client, provider, outsider):
    service = ServiceFactory(organisation=provider)
    client.force_login(outsider)
    url = reverse("directory:manage-capacity", args=[service.uuid])
    assert client.get(url).status_code == 403
    assert client.post(url, {"capacity": "full"}).status_code == 403
    service.refresh_from_db()
    assert service.capacity == "open"


# --- editing a service ---------------------------------------------------------------------------------------

def test_employee_adds_a_service_which_starts_claimed_and_verified(as_employee, employee, provider):
    location = LocationFactory(organisation=provider)
    data = _service_data(organisation=provider.pk, municipalities=_municipality_pks("GM0119", "GM1690"),
                         locations=[location.pk])

    response = as_employee.post(reverse("directory:manage-service-create"), data)

    assert response.status_code == 302, response.context["form"].errors
    service = Service.objects.get(name=data["name"])
    assert service.organisation == provider
    assert service.phases == ["during", "after"]
    assert service.languages == ["ar", "nl"]
    assert service.free_of_charge and service.self_registration
    assert {m.code for m in service.municipalities.all()} == {"GM0119", "GM1690"}
    assert list(service.locations.all()) == [location]
    assert service.claimed_by == employee and service.last_verified_by == employee
    assert response["Location"] == reverse("directory:manage-hours", args=["aanbod", service.uuid])


def test_saving_an_edit_marks_the_service_verified(as_employee, employee, provider):
    service = ServiceFactory(organisation=provider, claimed_at=LONG_AGO, last_verified_at=LONG_AGO)
    data = _service_data(municipalities=_municipality_pks("GM0119"), name="Nieuwe naam")

    response = as_employee.post(reverse("directory:manage-service-edit", args=[service.uuid]), data)

    assert response.status_code == 302
    service.refresh_from_db()
    assert service.name == "Nieuwe naam"
    assert service.last_verified_by == employee
    assert service.last_verified_at > LONG_AGO


def test_invalid_service_gets_dutch_errors_and_nothing_is_saved(as_employee, provider):
    data = _service_data(organisation=provider.pk, name="", description="", municipalities=[],
                         phases=["ooit"], minimum_age="30", maximum_age="18", email="geen-adres")

    response = as_employee.post(reverse("directory:manage-service-create"), data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["name"] == ["Geef het aanbod een naam."]
    assert errors["municipalities"] == ["Kies minstens één gemeente."]
    assert "email" in errors and "phases" in errors
    assert not Service.objects.exists()


def test_age_rule_of_the_model_is_reported_in_dutch(as_employee, provider):
    data = _service_data(organisation=provider.pk, municipalities=_municipality_pks("GM0119"),
                         minimum_age="30", maximum_age="18", pregnancy_week_from="50")
    response = as_employee.post(reverse("directory:manage-service-create"), data)
    errors = response.context["form"].errors
    assert errors["maximum_age"] == ["De maximumleeftijd is lager dan de minimumleeftijd."]
    assert errors["pregnancy_week_from"] == ["Een zwangerschap duurt hooguit 43 weken."]


def test_employee_cannot_edit_before_claiming_nor_an_outsider_ever(as_employee, client, provider, outsider):
    service = ServiceFactory(organisation=provider)
    url = reverse("directory:manage-service-edit", args=[service.uuid])
    response = as_employee.get(url)
    assert response.status_code == 403
    assert "Claim dit aanbod eerst" in response.content.decode()
    client.force_login(outsider)
    response = client.post(url, _service_data(municipalities=_municipality_pks("GM0119"), name="Gekaapt"))
    assert response.status_code == 403
    assert "coalitie van een gemeente in het werkgebied" in response.content.decode()
    service.refresh_from_db()
    assert service.name != "Gekaapt"


def test_coalition_editor_edits_unclaimed_listings_in_her_municipality(client_a, provider):
    service = ServiceFactory(organisation=provider, covers=["GM0119"])
    response = client_a.post(reverse("directory:manage-service-edit", args=[service.uuid]),
                             _service_data(municipalities=_municipality_pks("GM0119")))
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.claimed_at is None  # a coalition does not claim on behalf of the organisation


def test_coalition_editor_adds_a_listing_only_for_her_own_area(client_a, provider):
    outside = _service_data(organisation=provider.pk, municipalities=_municipality_pks("GM0983"))
    response = client_a.post(reverse("directory:manage-service-create"), outside)
    assert response.status_code == 200
    assert "uw coalitie" in response.context["form"].errors["municipalities"][0]

    inside = _service_data(organisation=provider.pk, municipalities=_municipality_pks("GM0119"))
    assert client_a.post(reverse("directory:manage-service-create"), inside).status_code == 302
    assert Service.objects.get().claimed_at is None


def test_user_with_no_organisation_or_coalition_cannot_add(client, provider, outsider):
    client.force_login(outsider)
    assert client.get(reverse("directory:manage-service-create")).status_code == 403
    response = client.post(reverse("directory:manage-service-create"), _service_data(organisation=provider.pk))
    assert response.status_code == 403
    assert not Service.objects.exists()


def test_locations_of_another_organisation_cannot_be_linked(as_employee, provider):
    foreign = LocationFactory()
    data = _service_data(organisation=provider.pk, municipalities=_municipality_pks("GM0119"),
                         locations=[foreign.pk])
    response = as_employee.post(reverse("directory:manage-service-create"), data)
    assert response.status_code == 200
    assert "locations" in response.context["form"].errors


# --- locations and opening hours -----------------------------------------------------------------------------

def test_location_postcode_gives_pc4_and_municipality(as_employee, provider):
    response = as_employee.post(reverse("directory:manage-location-create"), {
        "organisation": provider.pk, "name": "Huis van de Wijk", "address_1": "Zuideinde 1", "postcode": "7941ab"})

    assert response.status_code == 302, response.context["form"].errors
    location = Location.objects.get(name="Huis van de Wijk")
    assert (location.postcode, location.pc4, location.municipality.code) == ("7941 AB", "7941", "GM0119")
    assert location.city == "Meppel"


@pytest.mark.parametrize(("postcode", "message"), [
    ("0000 AA", "Vul een postcode in als 1234 AB."),
    ("12345", "Vul een postcode in als 1234 AB."),
    ("Meppel", "Vul een postcode in als 1234 AB."),
    ("5000 ZZ", "Postcode 5000 ZZ kennen we niet. Controleer de vier cijfers."),
    ("", "Vul de postcode in."),
])
def test_bad_or_unknown_postcode_gets_a_dutch_error(as_employee, provider, postcode, message):
    response = as_employee.post(reverse("directory:manage-location-create"), {
        "organisation": provider.pk, "name": "Huis van de Wijk", "postcode": postcode})
    assert response.status_code == 200
    assert response.context["form"].errors["postcode"] == [message]
    assert not Location.objects.exists()


def test_outsider_cannot_edit_a_location(client, provider, outsider):
    location = LocationFactory(organisation=provider, name="Origineel")
    client.force_login(outsider)
    url = reverse("directory:manage-location-edit", args=[location.uuid])
    assert client.post(url, {"name": "Gekaapt", "postcode": "7941 AB"}).status_code == 403
    location.refresh_from_db()
    assert location.name == "Origineel"


def test_opening_hours_are_added_checked_and_removed(as_employee, provider):
    location = LocationFactory(organisation=provider)
    url = reverse("directory:manage-hours", args=["locatie", location.uuid])

    assert as_employee.post(url, {"weekday": "2", "opens_at": "09:00", "closes_at": "12:30"}).status_code == 302
    bad = as_employee.post(url, {"weekday": "3", "opens_at": "14:00", "closes_at": "13:00"})
    assert bad.context["form"].errors["closes_at"] == ["De sluitingstijd ligt voor de openingstijd."]
    hours = OpeningHours.objects.get(location=location)
    assert str(hours) == "dinsdag 09:00–12:30"

    foreign = OpeningHoursFactory(opens_at=dt.time(9), closes_at=dt.time(12))
    as_employee.post(url, {"delete": foreign.pk})
    assert OpeningHours.objects.filter(pk=foreign.pk).exists()  # only this location's rows can be removed
    as_employee.post(url, {"delete": hours.pk})
    assert not OpeningHours.objects.filter(pk=hours.pk).exists()


def test_service_opening_hours_need_edit_rights(as_employee, client, provider, outsider):
    service = ServiceFactory(organisation=provider, claimed_at=LONG_AGO)
    url = reverse("directory:manage-hours", args=["aanbod", service.uuid])
    assert as_employee.post(url, {"weekday": "1", "opens_at": "09:00", "closes_at": "10:00"}).status_code == 302
    client.force_login(outsider)
    assert client.post(url, {"weekday": "1", "opens_at": "09:00", "closes_at": "10:00"}).status_code == 403
    assert OpeningHours.objects.filter(service=service).count() == 1
    assert as_employee.get(reverse("directory:manage-hours", args=["iets", service.uuid])).status_code == 404


def test_my_listings_row_rights_match_access_and_a_superuser_sees_only_what_she_keeps(
        client, lead_a, provider, employee, maintainer):
    from apps.directory import access

    unclaimed = ServiceFactory(organisation=provider, covers=["GM0119"])
    claimed = ServiceFactory(organisation=provider, covers=["GM0119"], claimed_at=LONG_AGO)
    seen = {}
    for user in (lead_a, employee):
        client.force_login(user)
        rows = client.get(reverse("directory:manage")).context["stale_rows"]
        seen[user] = {row["service"] for row in rows}
        for row in rows:
            service = row["service"]
            assert row["can_edit"] == access.can_edit_service(user, service)
            assert row["can_verify"] == access.can_verify(user, service)
            assert row["can_claim"] == access.can_claim(user, service)
    assert seen == {lead_a: {unclaimed}, employee: {unclaimed, claimed}}
    client.force_login(maintainer)
    assert client.get(reverse("directory:manage")).context["stale_rows"] == []


def test_claim_all_says_how_many_in_proper_dutch(as_employee, provider):
    ServiceFactory(organisation=provider)
    ServiceFactory(organisation=provider)
    url = reverse("directory:manage-claim-all")

    first = as_employee.post(url, {"organisation": provider.pk}, follow=True).content.decode()
    again = as_employee.post(url, {"organisation": provider.pk}, follow=True).content.decode()

    assert "2 vermeldingen geclaimd." in first and "(en)" not in first
    assert "Er waren geen vermeldingen meer om te claimen." in again
