# SPDX-License-Identifier: EUPL-1.2
"""Browser: the case flow as far as it stands (slices 1 and 2) — a midwife signals with consent, the hub triages
"very vulnerable", the case meeting picks a care coordinator, she agrees a goal and closes the case; a parent
registers herself. Each page passes axe on desktop and phone.
(Referrals and the warm handover to JGZ join this walk with slice 3.)"""

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
    return {"hub": hub, "midwife": midwife, "nurse": nurse, "coach": coach}


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
    assert readers == {meppel["midwife"].pk, meppel["nurse"].pk, meppel["coach"].pk}


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
