# SPDX-License-Identifier: EUPL-1.2
"""Care pathways in the browser: a midwife finds help with debts for a pregnant client in Meppel through the
care-pathway lookup (by postcode and by municipality); the pathway, client route and regional map pages pass axe."""

from __future__ import annotations

import re

import pytest
from test_project_lead_journey import pick  # the shared autocomplete helper

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}
PHONE = {"width": 375, "height": 667}


def assert_accessible(page, what: str) -> None:
    """No serious or critical axe violation, on a desktop window and on a phone."""
    from axe_playwright_python.sync_playwright import Axe

    problems = []
    for viewport in ({"width": 1280, "height": 720}, PHONE):
        page.set_viewport_size(viewport)
        for violation in Axe().run(page).response["violations"]:
            if violation["impact"] in BLOCKING:
                targets = [node["target"] for node in violation["nodes"]][:5]
                problems.append(f"{viewport['width']}px {violation['id']}: {violation['help']} {targets}")
    page.set_viewport_size({"width": 1280, "height": 720})
    assert not problems, f"{what}:\n" + "\n".join(problems)


@pytest.fixture
def site():
    from apps.core.testing import factories as f
    from apps.directory.testing.factories import (
        CarePathwayFactory,
        InterventionFactory,
        PathwayStepFactory,
        ServiceFactory,
    )

    midwife = f.UserFactory(first_name="Fenna", last_name="Bos", password=None)
    meppel = f.CoalitionFactory(name="Kansrijke Start Meppel", municipality=f.municipality("GM0119"))
    f.member(meppel, "project_lead", midwife)
    region = f.CoalitionFactory(name="Kansrijke Start Noord- en Midden-Limburg", scope="regional",
                                municipality=None)
    region.municipalities.set([f.municipality("GM0983"), f.municipality("GM0957"), f.municipality("GM0984")])
    f.member(region, "regional_coordinator", midwife)

    debt_help = ServiceFactory(name="Schuldhulp Meppel", organisation__name="Gemeente Meppel, sociaal team",
                               phone="0522-000100", email="schuldhulp@voorbeeld.invalid",
                               capacity="waiting_list", waiting_weeks=2, phases=["during", "after"])
    ServiceFactory(name="Budgetcafé Meppel", organisation__name="Welzijn Meppel (voorbeeld)", phone="0522-000200",
                   phases=["during"])
    pathway = CarePathwayFactory(coalition=meppel, title="Geldzorgen tijdens de zwangerschap",
                                 summary="Rust in de geldzaken vóór de geboorte.")
    PathwayStepFactory(pathway=pathway, order=1, kind="signal", title="De verloskundige vraagt naar geldzorgen",
                       responsible_type="midwife")
    support = PathwayStepFactory(pathway=pathway, order=2, kind="support", title="Schuldhulp van de gemeente",
                                 responsible=debt_help.organisation)
    support.services.add(debt_help)
    voorzorg = InterventionFactory(code="voorzorg", name="VoorZorg")
    ServiceFactory(name="VoorZorg Venlo", intervention=voorzorg, covers=["GM0983"])
    return {"user": midwife, "meppel": meppel, "region": region, "pathway": pathway}


def test_midwife_finds_debt_help_for_a_pregnant_client_by_postcode(page, log_in, site):
    log_in(site["user"])
    page.goto("/zorgpaden/")
    page.get_by_label("Situatie van de cliënt").select_option("poverty_debts")
    page.get_by_label("of postcode").fill("7941")
    page.get_by_role("button", name="Toon het zorgpad").click()

    page.get_by_role("heading", name=re.compile("Armoede en schulden – Meppel")).wait_for()
    steps = page.locator("ol.pathway-steps > li")
    assert steps.count() == 2
    assert "De verloskundige vraagt naar geldzorgen" in steps.nth(0).inner_text()
    support = steps.nth(1).inner_text()
    assert "Schuldhulp Meppel" in support and "0522-000100" in support and "ongeveer 2 weken" in support
    assert "Budgetcafé Meppel" in page.locator("section").inner_text()  # other matching services
    assert_accessible(page, "zorgpad opzoeken (resultaat)")


def test_midwife_finds_the_pathway_by_municipality_and_sees_when_there_is_none(page, log_in, site):
    log_in(site["user"])
    page.goto("/zorgpaden/")
    page.get_by_label("Situatie van de cliënt").select_option("poverty_debts")
    pick(page, "Gemeente", "Meppel")  # 342 municipalities: an autocomplete over the select
    page.get_by_role("button", name="Toon het zorgpad").click()
    page.get_by_text("Schuldhulp van de gemeente").wait_for()

    page.get_by_label("Situatie van de cliënt").select_option("addiction")
    page.get_by_role("button", name="Toon het zorgpad").click()
    page.get_by_text("(nog) geen zorgpad afgesproken").wait_for()


def test_lookup_form_errors_are_accessible(page, log_in, site):
    log_in(site["user"])
    page.goto("/zorgpaden/?situation=poverty_debts&postcode=12")
    page.get_by_text("Vul een postcode in als 1234 of 1234 AB.").first.wait_for()
    assert_accessible(page, "zorgpad opzoeken (fout)")


def test_pathway_page_moves_a_step_and_is_accessible(page, log_in, site):
    log_in(site["user"])
    page.goto(f"/coalities/{site['meppel'].pk}/zorgpaden/{site['pathway'].pk}/")
    assert_accessible(page, "zorgpad")
    page.get_by_role("button", name=re.compile(r"Omhoog\s*: Schuldhulp van de gemeente")).click()
    page.get_by_text("is verplaatst").wait_for()
    first = page.locator("ol.pathway-steps > li").first.inner_text()
    assert "Schuldhulp van de gemeente" in first


def test_client_route_shows_gaps_in_words_and_is_accessible(page, log_in, site):
    log_in(site["user"])
    page.goto(f"/coalities/{site['meppel'].pk}/klantroute/")
    cell = page.locator("#cel-during-poverty_debts")
    assert "Schuldhulp Meppel" in cell.inner_text()
    assert "Gat: geen aanbod" in page.locator("#cel-before-poverty_debts").inner_text()
    assert_accessible(page, "klantroute")
    page.locator("#cel-before-poverty_debts").get_by_role("link").click()
    assert_accessible(page, "notitie bij de klantroute")
    page.get_by_role("textbox", name="Notitie").fill("Vóór de zwangerschap geen aanbod bij geldzorgen.")
    page.get_by_label("Maak van deze notitie een nieuwe actie").check()
    page.get_by_role("button", name="Opslaan").click()
    assert "Vóór de zwangerschap geen aanbod" in page.locator("#cel-before-poverty_debts").inner_text()


def test_regional_map_is_accessible_and_records_a_planned_intervention(page, log_in, site):
    log_in(site["user"])
    page.goto(f"/coalities/{site['region'].pk}/regionale-kaart/")
    row = page.locator("#rij-voorzorg")
    assert "VoorZorg Venlo" in row.inner_text()
    assert_accessible(page, "regionale sociale kaart")
    row.get_by_role("link", name=re.compile(r"Vastleggen\s*: VoorZorg, Roermond")).click()
    assert_accessible(page, "interventie vastleggen")
    page.get_by_label("Status").select_option("planned")
    page.get_by_label("Toelichting").fill("Start in 2026")
    page.get_by_role("button", name="Opslaan").click()
    assert "Start in 2026" in page.locator("#rij-voorzorg").inner_text()


def test_regional_map_keeps_the_intervention_column_in_view_when_scrolled(page, log_in, site):
    log_in(site["user"])
    page.set_viewport_size({"width": 480, "height": 800})
    page.goto(f"/coalities/{site['region'].pk}/regionale-kaart/")
    wrap = page.locator(".table-wrap").first
    header = page.locator("#rij-voorzorg th[scope=row]")
    before = header.bounding_box()["x"]
    wrap.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    assert wrap.evaluate("el => el.scrollLeft") > 100  # the table is wider than the phone
    assert abs(header.bounding_box()["x"] - before) < 2
    # the first column covers what scrolls under it instead of letting it show through
    assert header.evaluate("el => getComputedStyle(el).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
