# SPDX-License-Identifier: EUPL-1.2
"""Browser: an organisation contact keeps her listings current — sees a stale one, re-verifies it in one click,
puts another on a waiting list — and the upkeep pages pass axe on desktop and phone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect
from test_accessibility import assert_accessible  # the shared axe check of tests/browser

pytestmark = pytest.mark.browser


@pytest.fixture
def listings(db):
    from django.utils import timezone

    from apps.core.testing import factories as f
    from apps.directory.testing.factories import LocationFactory, ServiceFactory

    now = timezone.now()
    humanitas = f.OrganisationFactory(name="Humanitas Meppel")
    contact = f.UserFactory(first_name="Ilse", last_name="Mulder", password=None)
    contact.organisations.add(humanitas)
    stale = ServiceFactory(organisation=humanitas, name="Thuisadministratie voor aanstaande ouders",
                           claimed_at=now - dt.timedelta(days=400), claimed_by=contact,
                           last_verified_at=now - dt.timedelta(days=300))
    fresh = ServiceFactory(organisation=humanitas, name="Babyspullen voor wie het krap heeft",
                           claimed_at=now, claimed_by=contact, last_verified_at=now - dt.timedelta(days=10))
    ServiceFactory(organisation=humanitas, name="Mama-café Meppel")  # not yet claimed
    LocationFactory(organisation=humanitas, name="Huis van de Buurt")
    coalition = f.CoalitionFactory(name="Kansrijke Start Meppel", municipality=f.municipality("GM0119"))
    lead = f.member(coalition, "project_lead", user=f.UserFactory(password=None))
    return {"contact": contact, "stale": stale, "fresh": fresh, "coalition": coalition, "lead": lead}


def test_organisation_contact_reverifies_a_stale_listing_and_sets_a_waiting_list(page, log_in, listings):
    from apps.directory.models import Service

    log_in(listings["contact"])
    page.goto("/sociale-kaart/beheer/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn vermeldingen in de sociale kaart")
    stale_table = page.get_by_role("table", name="Verouderde vermeldingen")
    expect(stale_table).to_contain_text("Thuisadministratie voor aanstaande ouders")
    expect(page.get_by_role("button", name=re.compile("Alle vermeldingen van Humanitas Meppel claimen"))).to_be_visible()
    assert_accessible(page, "Mijn vermeldingen")
    page.set_viewport_size({"width": 1280, "height": 720})

    page.get_by_role("button", name="Thuisadministratie voor aanstaande ouders klopt nog").click()
    expect(page.get_by_role("status")).to_contain_text("is gecontroleerd")
    expect(page.get_by_role("table", name="Recent gecontroleerde vermeldingen")).to_contain_text(
        "Thuisadministratie voor aanstaande ouders")
    service = Service.objects.get(pk=listings["stale"].pk)
    assert service.last_verified_by == listings["contact"]

    page.get_by_role("link", name="Beschikbaarheid van Babyspullen voor wie het krap heeft").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Beschikbaarheid van Babyspullen")
    page.get_by_label("wachtlijst").check()
    page.get_by_role("button", name="Beschikbaarheid opslaan").click()
    expect(page.get_by_role("alert")).to_contain_text("verwachte wachttijd in weken")  # weeks forgotten
    assert_accessible(page, "Beschikbaarheid na een fout")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_label("wachtlijst").check()
    page.get_by_label("Verwachte wachttijd (weken)").fill("6")
    page.get_by_role("button", name="Beschikbaarheid opslaan").click()
    expect(page.get_by_role("status")).to_contain_text("is bijgewerkt")
    expect(page.get_by_role("main")).to_contain_text("wachtlijst, ongeveer 6 weken")
    fresh = Service.objects.get(pk=listings["fresh"].pk)
    assert (fresh.capacity, fresh.waiting_weeks) == ("waiting_list", 6)


@pytest.mark.parametrize("which", ["edit", "new-location", "hours", "coalition"])
def test_upkeep_forms_and_the_coalition_page_pass_axe(page, log_in, listings, which):
    service, coalition = listings["stale"], listings["coalition"]
    if which == "coalition":
        log_in(listings["lead"])
        page.goto(f"/coalities/{coalition.pk}/sociale-kaart/onderhoud/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Onderhoud van de sociale kaart")
        assert_accessible(page, "Onderhoud per coalitie")
        return
    log_in(listings["contact"])
    if which == "edit":
        page.goto(f"/sociale-kaart/beheer/aanbod/{service.uuid}/bewerken/")
        page.get_by_role("textbox", name="Naam (verplicht)").fill("")
        page.get_by_role("button", name="Opslaan").click()
        expect(page.get_by_role("alert")).to_contain_text("Geef het aanbod een naam.")
        assert_accessible(page, "Aanbod bewerken na een fout")
    elif which == "new-location":
        page.goto("/sociale-kaart/beheer/locaties/nieuw/")
        page.get_by_role("textbox", name="Naam (verplicht)").fill("Wijkpunt")
        page.get_by_role("textbox", name="Postcode (verplicht)").fill("5000 AA")
        page.get_by_role("button", name="Opslaan").click()
        expect(page.get_by_role("alert")).to_contain_text("kennen we niet")
        assert_accessible(page, "Nieuwe locatie na een fout")
    else:
        page.goto(f"/sociale-kaart/beheer/aanbod/{service.uuid}/openingstijden/")
        page.get_by_label("Dag").select_option("2")
        page.get_by_label("Open van").fill("09:00")
        page.get_by_label("Open tot").fill("12:00")
        page.get_by_role("button", name="Toevoegen").click()
        expect(page.get_by_role("table", name="Openingstijden")).to_contain_text("dinsdag")
        assert_accessible(page, "Openingstijden")
