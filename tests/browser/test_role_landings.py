# SPDX-License-Identifier: EUPL-1.2
"""Each role's first minutes in a real browser: where she lands, and the fixes of issue 10 she meets there.

A provider logs in and lands on her own listings; a hub member with her code lands on her hub; a coordinator on
her region. The project lead moves an action one step in the flower bed with one click and sees a late action
flagged; she is asked to confirm a second coalition for Meppel. On a phone the menus fold away so the page starts
on the first screen; on a desktop the coalition menu stands open in labelled groups and "API" and two-step
verification sit in the account menu. A parent on a phone calls 112 with a tap and sees a waiting list in the
results. axe-core runs on the pages that changed, at 1280 and at 375 pixels.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from test_accessibility import PHONE, assert_accessible, build_site
from test_project_lead_journey import choose, pick

pytestmark = pytest.mark.browser

PASSWORD = "Kansrijk-test-2026"  # what UserFactory gives every user
DESKTOP = {"width": 1280, "height": 720}


def log_in_with_form(page, user, code: str = "") -> None:
    page.goto("/inloggen/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    if code:
        page.fill("#id_otp_token", code)
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()


def test_a_provider_lands_on_her_own_listings(page):
    from apps.core.testing import factories as f
    from apps.directory.testing.factories import ServiceFactory

    provider = f.OrganisationFactory(name="Humanitas Meppel")
    ServiceFactory(organisation=provider, name="Thuisadministratie voor aanstaande ouders")
    employee = f.UserFactory(first_name="Ilse", last_name="Mulder")
    employee.organisations.add(provider)

    log_in_with_form(page, employee)
    assert page.url.endswith("/sociale-kaart/beheer/")
    assert page.get_by_role("main").get_by_text("Thuisadministratie voor aanstaande ouders").first.is_visible()
    assert "Start er een" not in page.content()
    assert_accessible(page, "a provider's listings after login")


def test_a_hub_member_with_her_code_lands_on_her_hub(page):
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from apps.cases import testing as t
    from apps.core.testing import factories as f

    coalition = f.CoalitionFactory(name="Kansrijke Start Meppel", municipality=f.municipality("GM0119"))
    jgz = t.partner(coalition, "GGD Drenthe JGZ", domain="social")
    nurse = t.professional(jgz, "jgz", first_name="Lotte", last_name="de Vries")
    hub = t.hub_for(coalition)
    t.add_member(hub, nurse, jgz, role="chair")
    device = TOTPDevice.objects.create(user=nurse, name="telefoon", confirmed=True)

    log_in_with_form(page, nurse, f"{totp(device.bin_key, step=device.step, t0=device.t0):06d}")
    assert page.url.endswith(f"/knooppunten/{hub.pk}/")


def test_a_regional_coordinator_lands_on_the_regional_overview(page, log_in):
    from apps.core.testing import factories as f

    site = build_site()
    coordinator = f.member(_region(site), "regional_coordinator")
    log_in(coordinator)
    page.goto("/")
    assert page.url.endswith(f"/coalities/{site.regional}/regio/")


def _region(site):
    from apps.coalitions.models import Coalition

    return Coalition.objects.get(pk=site.regional)


def test_the_project_lead_moves_an_action_on_with_one_click_and_sees_what_is_late(page, log_in):
    from apps.actions.models import Action

    site = build_site()
    late = Action.objects.get(title="Lokaal knooppunt")
    late.due_date = dt.date.today() - dt.timedelta(days=14)
    late.save()
    log_in(site.lead)
    page.goto(f"/coalities/{site.local}/")

    sown, in_bud = page.locator(".flowerbed > li.sown"), page.locator(".flowerbed > li.in_bud")
    assert sown.get_by_role("link", name="Nu Niet Zwanger").is_visible()
    late_card = page.locator(".flowerbed > li.in_bloom")
    assert late_card.get_by_text(f"streefdatum {late.due_date:%d-%m-%Y} verstreken").is_visible()
    assert late_card.get_by_text("1 over de streefdatum").is_visible()
    assert_accessible(page, "the overview with step buttons and a late action")

    page.set_viewport_size(DESKTOP)
    page.get_by_role("button", name="naar in knop: Nu Niet Zwanger").click()
    page.wait_for_url(re.compile(rf"/coalities/{site.local}/$"))
    assert page.get_by_role("status").inner_text().strip() == "“Nu Niet Zwanger” staat nu op in knop."
    assert in_bud.get_by_role("link", name="Nu Niet Zwanger").is_visible()
    assert not sown.get_by_role("link", name="Nu Niet Zwanger").count()
    assert Action.objects.get(title="Nu Niet Zwanger").status == "in_bud"


def test_a_second_coalition_for_meppel_asks_to_confirm(page, log_in):
    from apps.coalitions.models import Coalition

    site = build_site()
    log_in(site.lead)
    page.goto("/coalities/nieuw/")
    page.fill("#id_name", "Tweede coalitie Meppel")
    choose(page, "scope", "local")
    pick(page, "Gemeente", "Meppel")
    choose(page, "status", "in_talks")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()
    assert "Er bestaat al een coalitie voor deze gemeente(n): Kansrijke Start Meppel." in (
        page.get_by_role("alert").inner_text())
    assert Coalition.objects.filter(municipality__code="GM0119").count() == 1
    assert_accessible(page, "the coalition form asking to confirm a second coalition")

    page.set_viewport_size(DESKTOP)
    page.get_by_label("Ik weet het; maak toch een nieuwe coalitie aan").check()
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/coalities/\d+/$"))
    assert Coalition.objects.filter(municipality__code="GM0119").count() == 2


def test_menus_fold_away_on_a_phone_and_stand_open_in_groups_on_a_desktop(page, log_in):
    site = build_site()
    log_in(site.lead)
    page.set_viewport_size(PHONE)
    page.goto(f"/coalities/{site.local}/partners/")
    coalition_menu = page.get_by_role("navigation", name="Coalitiemenu")
    # The page's own heading is on the first screen; the menus wait behind their summaries.
    heading = page.get_by_role("heading", level=1).bounding_box()
    assert heading["y"] + heading["height"] < PHONE["height"] / 2
    assert not coalition_menu.get_by_role("link", name="Minimale eisen").is_visible()
    assert not page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Coalities").is_visible()
    page.get_by_text("Pagina’s van de coalitie").click()
    coalition_menu.get_by_role("link", name="Minimale eisen").click()
    page.wait_for_url(re.compile(r"/minimale-eisen/$"))

    page.set_viewport_size(DESKTOP)
    page.goto(f"/coalities/{site.local}/partners/")
    groups = coalition_menu.locator(".subnav-label").all_inner_texts()
    assert [g.lower() for g in groups] == ["coalitie", "plan en uitvoering", "toetsen en monitoren",
                                           "zorg en sociale kaart"]
    assert coalition_menu.get_by_role("list", name="Toetsen en monitoren").get_by_role(
        "link", name="Minimale eisen").is_visible()
    assert page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Coalities").is_visible()
    account = page.get_by_role("navigation", name="Accountmenu")
    assert not account.get_by_role("link", name="API").is_visible()
    page.locator(".account-menu > summary").click()
    assert account.get_by_role("link", name="API").is_visible()
    assert account.get_by_role("link", name="Tweestapsverificatie").is_visible()
    assert not page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="API").count()


def test_a_parent_on_a_phone_taps_to_call_and_sees_the_waiting_list(page):
    from apps.directory.choices import Capacity
    from apps.directory.testing.factories import ServiceFactory

    ServiceFactory(name="Thuisadministratie voor ouders", description="Hulp bij schulden en rekeningen.",
                   capacity=Capacity.WAITING_LIST, waiting_weeks=6)
    page.set_viewport_size(PHONE)
    page.goto("/hulp/?q=schulden")
    results = page.locator("ol[aria-labelledby=results]")
    assert results.get_by_text("Wachtlijst: ongeveer 6 weken").is_visible()
    assert page.get_by_role("link", name="112", exact=True).get_attribute("href") == "tel:112"
    assert page.get_by_role("link", name="0800 2000").get_attribute("href") == "tel:08002000"


def test_the_organisation_list_is_an_autocomplete_with_the_region_first(page, log_in):
    from apps.coalitions.models import Partner
    from apps.core.testing import factories as f

    site = build_site()
    f.OrganisationFactory(name="Stichting Welzijn Meppel", municipality=f.municipality("GM0119"))
    f.OrganisationFactory(name="Stichting Welzijn Venlo", municipality=f.municipality("GM0983"))
    log_in(site.lead)
    page.goto(f"/coalities/{site.local}/partners/nieuw/")
    field = page.get_by_role("combobox", name="Organisatie")
    field.fill("welzijn")
    listbox = page.get_by_role("listbox")
    groups = listbox.get_by_role("group")
    assert groups.nth(0).get_attribute("aria-labelledby")
    assert [groups.nth(i).locator(".combobox-group").inner_text().lower() for i in range(groups.count())] == [
        "in de regio", "andere organisaties"]
    assert listbox.get_by_role("option").all_inner_texts() == ["Stichting Welzijn Meppel", "Stichting Welzijn Venlo"]
    assert page.get_by_role("status").inner_text() == "2 keuzes"
    assert_accessible(page, "the partner form with the organisation list open")

    page.set_viewport_size(DESKTOP)
    field.fill("welzijn")
    field.press("ArrowDown")
    assert field.get_attribute("aria-activedescendant") == listbox.get_by_role("option").first.get_attribute("id")
    field.press("Enter")  # chooses, does not submit
    assert field.input_value() == "Stichting Welzijn Meppel" and page.url.endswith("/partners/nieuw/")
    choose(page, "domain", "social")
    choose(page, "partner_type", "welfare")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/partners/$"))
    assert Partner.objects.filter(coalition_id=site.local, organisation__name="Stichting Welzijn Meppel").exists()


def test_without_javascript_the_long_lists_are_plain_selects(browser, live_server, log_in):
    from apps.coalitions.models import Coalition
    from apps.core.testing import factories as f

    context = browser.new_context(base_url=live_server.url, locale="nl-NL", java_script_enabled=False)
    try:
        from django.conf import settings
        from django.test import Client

        user = f.UserFactory(password=None)
        client = Client()
        client.force_login(user)
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "url": live_server.url,
                              "value": client.cookies[settings.SESSION_COOKIE_NAME].value}])
        page = context.new_page()
        page.goto("/coalities/nieuw/")
        page.fill("#id_name", "Kansrijke Start Hoogeveen")
        choose(page, "scope", "local")
        page.select_option("#id_municipality", label="Hoogeveen")
        choose(page, "status", "in_talks")
        page.get_by_role("button", name="Opslaan").click()
        page.wait_for_url(re.compile(r"/coalities/\d+/$"))
        assert Coalition.objects.get().municipality.code == "GM0118"
    finally:
        context.close()
