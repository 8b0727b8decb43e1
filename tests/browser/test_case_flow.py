# SPDX-License-Identifier: EUPL-1.2
"""Browser: the whole route of the case flow — a midwife signals with consent, the hub triages "very vulnerable",
the case meeting picks a care coordinator, she refers to a service which the receiving organisation's user accepts,
the midwife hands over to JGZ which acknowledges, the coordinator agrees a goal and closes the case; and a parent
registers herself on her phone. Each page passes axe on desktop and phone."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect
from test_accessibility import assert_accessible  # the shared axe check of tests/browser

pytestmark = pytest.mark.browser


@pytest.fixture
def meppel(db):
    from apps.cases import testing as t
    from apps.core.testing import factories as f

    coalition = f.CoalitionFactory(name="Kansrijke Start Meppel", municipality=f.municipality("GM0119"))
    midwives = t.partner(coalition, "Verloskundig Centrum Meppel")
    jgz = t.partner(coalition, "Icare JGZ", domain="social")
    team = t.partner(coalition, "Sociaal Team Meppel", domain="social")
    hub = t.hub_for(coalition, name="Knooppunt Kansrijke Start Meppel")
    midwife = t.professional(midwives, "midwife", first_name="Femke", last_name="Jansen")
    nurse = t.professional(jgz, "jgz", first_name="Lotte", last_name="de Vries")
    t.add_member(hub, nurse, jgz, role="chair")
    coach = t.professional(team, "neighbourhood_team", first_name="Ayla", last_name="Kaya")
    jgz_nurse = t.professional(jgz, "jgz", first_name="Sanne", last_name="Bakker")  # JGZ, not in the hub's team
    from apps.directory.testing.factories import ServiceFactory

    humanitas = f.OrganisationFactory(name="Humanitas Meppel")
    ServiceFactory(organisation=humanitas, name="Thuisadministratie voor aanstaande ouders", capacity="open")
    provider = t.professional(humanitas, first_name="Ilse", last_name="Mulder")
    return {"hub": hub, "midwife": midwife, "nurse": nurse, "coach": coach, "provider": provider,
            "jgz_nurse": jgz_nurse}


@pytest.fixture
def log_in_verified(context, live_server):
    """A session that logged in with a second factor, as after entering the code on the login form."""
    from django.conf import settings
    from django.test import Client

    from apps.cases import testing as t

    def _log_in(user) -> None:
        context.clear_cookies()
        client = t.verify(Client(), user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])

    return _log_in


def test_signal_triage_case_meeting_coordinator_goal_and_close(page, log_in_verified, meppel):
    from apps.cases.models import AccessRecord, Case

    log_in_verified(meppel["midwife"])
    page.goto("/casussen/signaleren/")
    assert_accessible(page, "Gezin signaleren")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_label("gegeven", exact=True).check()
    page.get_by_label("met naam bespreken in het lokale knooppunt").check()
    page.get_by_label("gegevens delen met de hulpverleners die betrokken raken").check()
    page.get_by_label("Hoe is de toestemming gegeven?").select_option("verbal")
    page.get_by_label("Naam (voor- en achternaam)").fill("Kim Oosterhuis")
    page.get_by_label("Geboortedatum", exact=True).fill("2005-09-30")
    page.get_by_label("Telefoonnummer").fill("0612345678")
    page.get_by_label("Postcode").fill("7941 AB")
    page.get_by_label("Uitgerekende datum").fill((dt.date.today() + dt.timedelta(days=60)).isoformat())
    page.get_by_label("tienerouders").check()
    page.get_by_label("Toelichting").fill("Twintig jaar, alleen, veel spanning thuis.")
    page.get_by_role("button", name="Signaal doorgeven").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kim Oosterhuis")
    expect(page.get_by_role("status")).to_contain_text("Het signaal is doorgegeven aan Knooppunt Kansrijke Start")
    assert_accessible(page, "Casus (signaleerder)")
    case = Case.objects.get()

    log_in_verified(meppel["nurse"])
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"/knooppunten/{meppel['hub'].pk}/")
    assert_accessible(page, "Knooppunt")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_role("link", name="Kim Oosterhuis").click()
    page.get_by_role("link", name="Inschatten").click()
    page.get_by_label("zeer kwetsbaar").check()
    page.get_by_label("Onderbouwing").fill("Jong, geen netwerk, spanning thuis: casusoverleg.")
    page.get_by_role("button", name="Vastleggen").click()
    expect(page.get_by_role("status")).to_contain_text("op de agenda van het casusoverleg")

    page.goto(f"/knooppunten/{meppel['hub'].pk}/casusoverleg/")
    page.get_by_label("Datum").fill(dt.date.today().isoformat())
    page.get_by_role("button", name="Plannen en agenda maken").click()
    expect(page.get_by_role("heading", level=2, name="Kim Oosterhuis")).to_be_visible()
    assert_accessible(page, "Casusoverleg")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_label("Besluit").fill("Wijkcoach wordt regievoerder.")
    page.get_by_label("Regievoerder").select_option(label="Ayla Kaya (Sociaal Team Meppel)")
    page.get_by_role("button", name=f"Vastleggen voor {case.reference}").click()
    expect(page.get_by_role("status")).to_contain_text(case.reference)

    log_in_verified(meppel["coach"])
    page.goto(f"/casussen/{case.pk}/")
    expect(page.get_by_text("steun op maat, met regievoerder")).to_be_visible()
    page.get_by_role("link", name="Verwijzen").click()
    expect(page.get_by_label("Aanbod uit de sociale kaart")).to_contain_text("plek beschikbaar")
    assert_accessible(page, "Verwijzen")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_label("Aanbod uit de sociale kaart").select_option(
        label="Thuisadministratie voor aanstaande ouders – Humanitas Meppel (plek beschikbaar)")
    page.get_by_label("Toelichting voor de ontvanger").fill("Graag samen de post doornemen.")
    page.get_by_role("button", name="Verwijzing vastleggen").click()
    expect(page.get_by_role("status")).to_contain_text("De verwijzing naar Humanitas Meppel is vastgelegd")

    log_in_verified(meppel["provider"])
    page.goto("/verwijzingen/")
    assert_accessible(page, "Verwijzingen voor mijn organisatie")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_role("link", name="Kim Oosterhuis").click()
    assert_accessible(page, "Verwijzing (ontvanger)")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_role("button", name="Naar: geaccepteerd").click()
    expect(page.get_by_role("status")).to_contain_text("geaccepteerd")

    log_in_verified(meppel["midwife"])
    page.goto(f"/casussen/{case.pk}/")
    page.get_by_role("link", name="Warme overdracht").click()
    page.get_by_label("Van").select_option("midwife")
    page.locator("#id_to_phase").select_option("jgz")  # "Naar" is also part of "Naar organisatie"
    page.get_by_label("Naar organisatie").select_option(label="Icare JGZ")
    page.get_by_label("Wat draagt u over?").fill("Bevalling goed verlopen; graag vroeg huisbezoek.")
    page.get_by_role("button", name="Vastleggen").click()
    expect(page.get_by_role("status")).to_contain_text("De overdracht aan Icare JGZ is vastgelegd")

    log_in_verified(meppel["jgz_nurse"])
    page.goto("/verwijzingen/")
    page.get_by_role("link", name="Kim Oosterhuis").click()
    page.get_by_role("button", name="Ontvangst bevestigen").click()
    expect(page.get_by_role("status")).to_contain_text("De ontvangst van de overdracht is bevestigd")
    assert_accessible(page, "Casus (JGZ na overdracht)")
    page.set_viewport_size({"width": 1280, "height": 720})

    log_in_verified(meppel["coach"])
    page.goto(f"/casussen/{case.pk}/")
    page.get_by_role("link", name="Doel toevoegen").click()
    page.get_by_label("Leefgebied").select_option("network")
    page.get_by_label("Doel, zoals afgesproken met de ouder").fill("Twee mensen die ze kan bellen.")
    page.get_by_role("button", name="Vastleggen").click()
    expect(page.get_by_role("table", name="Doelen per leefgebied")).to_contain_text("Twee mensen")
    assert_accessible(page, "Casus (regievoerder)")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_role("link", name="Afsluiten").click()
    page.get_by_label("Reden").select_option("support_ended")
    page.get_by_label("Uitkomst").fill("Netwerk staat, eigen woonruimte gevonden.")
    page.get_by_role("button", name="Vastleggen").click()
    expect(page.get_by_role("status")).to_contain_text("De casus is afgesloten")

    case.refresh_from_db()
    assert (case.status, case.care_coordinator, case.close_reason) == ("closed", meppel["coach"], "support_ended")
    readers = set(AccessRecord.objects.filter(case=case, action="read").values_list("user", flat=True))
    assert readers == {meppel[k].pk for k in ("midwife", "nurse", "coach", "provider", "jgz_nurse")}
    assert case.referrals.get().status == "accepted" and case.handovers.get().acknowledged_by == meppel["jgz_nurse"]


def test_a_parent_registers_herself_on_her_phone(page, meppel):
    from apps.cases.models import Case

    page.set_viewport_size({"width": 375, "height": 667})
    page.goto("/hulp/aanmelden/")
    assert_accessible(page, "Aanmelden voor steun")
    page.get_by_label("Voor mezelf").check()
    page.get_by_label("Naam (voor- en achternaam)").fill("Lotte Hendriks")
    page.get_by_label("Geboortedatum", exact=True).fill("2001-07-02")
    page.get_by_label("Telefoonnummer").fill("0687654321")
    page.get_by_label("Postcode").fill("7941 AB")
    page.get_by_label("Uitgerekende datum").fill((dt.date.today() + dt.timedelta(days=90)).isoformat())
    page.get_by_label("Ik geef toestemming").check()
    page.get_by_role("button", name="Aanmelding versturen").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("uw aanmelding is ontvangen")
    assert Case.objects.get().full_name == "Lotte Hendriks"
