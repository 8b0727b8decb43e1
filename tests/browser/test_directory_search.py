# SPDX-License-Identifier: EUPL-1.2
"""Browser: a professional finds "schulden" help for a pregnant client in Meppel; a parent finds help on a phone;
axe-core finds no serious or critical violation on the search, service, catalogue and public pages."""

from __future__ import annotations

import datetime as dt

import pytest
from test_accessibility import PHONE, assert_accessible
from test_project_lead_journey import pick  # the shared autocomplete helper

pytestmark = pytest.mark.browser


@pytest.fixture
def directory(db):
    from django.utils import timezone

    from apps.core.testing import factories as f
    from apps.directory.catalogue import load_catalogue
    from apps.directory.models import Intervention, OpeningHours
    from apps.directory.testing.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory

    load_catalogue(Intervention)  # the flush of a live-server test empties the data migration's catalogue
    debt = ServiceFactory(
        name="Schuldhulpverlening voor aanstaande ouders", organisation__name="Gemeente Meppel, Sociaal Team",
        description="Zit u in de schulden en bent u zwanger? Wij helpen met een plan voor uw geld.",
        phases=["during", "after"], situations=["poverty_debts"], self_registration=True, free_of_charge=True,
        capacity="waiting_list", waiting_weeks=2, phone="0000-123456", email="schulden@voorbeeld.invalid",
        last_verified_at=timezone.now() - dt.timedelta(days=20), covers=["GM0119"])
    location = LocationFactory(name="Wijkcentrum Koedijkslanden", address_1="Voorbeeldlaan 12", postcode="7943 AB",
                               pc4="7943", organisation=debt.organisation)
    ServiceAtLocationFactory(service=debt, location=location)
    OpeningHours.objects.create(location=location, weekday=3, opens_at=dt.time(9), closes_at=dt.time(12))
    # Same help elsewhere, and other help in Meppel: neither may show up.
    ServiceFactory(name="Schuldhulp Venlo", description="Hulp bij schulden.", covers=["GM0983"],
                   phases=["during"], situations=["poverty_debts"])
    ServiceFactory(name="Babymassage Meppel", description="Ontspannen met uw baby.", phases=["after"],
                   situations=[], covers=["GM0119"])
    user = f.UserFactory(first_name="Fictieve", last_name="Verloskundige", password=None)
    return {"debt": debt, "user": user}


def test_professional_finds_debt_help_for_pregnant_client_in_meppel(page, log_in, directory):
    log_in(directory["user"])
    page.goto("/sociale-kaart/")
    assert_accessible(page, "zoekpagina sociale kaart")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_label("Zoek op woord").fill("schulden")
    pick(page, "Gemeente", "Meppel")  # 342 municipalities: an autocomplete over the select
    page.get_by_label("Fase").select_option(label="Tijdens de zwangerschap")
    page.get_by_role("button", name="Zoeken").click()
    results = page.locator("ol.results > li")
    assert results.count() == 1
    assert "Schuldhulpverlening voor aanstaande ouders" in results.first.inner_text()
    assert "Wachtlijst: ongeveer 2 weken" in results.first.inner_text()
    assert "Schuldhulp Venlo" not in page.content()
    assert_accessible(page, "zoekresultaten sociale kaart")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_role("link", name="Schuldhulpverlening voor aanstaande ouders").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Schuldhulpverlening voor aanstaande ouders"
    assert "Wijkcentrum Koedijkslanden" in page.content() and "0000-123456" in page.content()
    assert_accessible(page, "dienstpagina sociale kaart")


def test_professional_with_a_typo_and_a_postcode(page, log_in, directory):
    log_in(directory["user"])
    page.goto("/sociale-kaart/?q=schuldn&postcode=7942")
    assert "Schuldhulpverlening voor aanstaande ouders" in page.locator("ol.results").inner_text()


def test_intervention_catalogue_is_accessible(page, log_in, directory):
    log_in(directory["user"])
    page.goto("/sociale-kaart/interventies/")
    assert page.get_by_role("heading", name="VoorZorg").is_visible()
    assert_accessible(page, "interventiecatalogus")


def test_parent_finds_help_on_a_phone(page, directory):
    page.set_viewport_size(PHONE)
    response = page.goto("/hulp/")
    assert response.status == 200 and page.locator("html").get_attribute("lang") == "nl"
    assert_accessible(page, "publieke zoekpagina")
    page.get_by_label("Waar zoekt u hulp bij?").fill("geld")
    page.get_by_label("Uw postcode").fill("7941 AB")
    page.get_by_role("button", name="Zoeken").click()
    assert "Wij vonden 1 plek" in page.content()
    page.get_by_role("link", name="Schuldhulpverlening voor aanstaande ouders").click()
    assert "Het is gratis." in page.content() and "Wijkcentrum Koedijkslanden" in page.content()
    assert "Fictieve" not in page.content()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 376, f"the public service page scrolls sideways on a phone ({width}px)"
    assert_accessible(page, "publieke dienstpagina")
