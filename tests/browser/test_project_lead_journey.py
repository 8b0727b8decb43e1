# SPDX-License-Identifier: EUPL-1.2
"""A new project lead's first afternoon in Kansrijk, clicked through in a real browser.

She logs in through the login form, starts a local coalition for Meppel, adds a medical and a social partner
and sees minimum requirement 1 turn from unmet to met, adds a goal and an action, and downloads the overview
and the plan as PDF. A second test enters the phases of the coalition in the wrong order.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "Kansrijk-test-2026"  # what UserFactory gives every user


def choose(page, name: str, value: str) -> None:
    """Pick `value` for the field `name`, whether the form shows it as radio buttons or as a list."""
    radio = page.locator(f"input[type=radio][name={name}][value={value}]")
    if radio.count():
        radio.check()
    else:
        page.select_option(f"select[name={name}]", value)


def pick(page, label: str, text: str) -> None:
    """Choose `text` in a long list through its autocomplete (static/js/combobox.js): type, then click the option."""
    field = page.get_by_role("combobox", name=label)
    field.fill(text[:4])
    page.locator(f"#{field.get_attribute('aria-controls')}").get_by_role("option", name=text, exact=True).click()


def subnav(page, label: str) -> None:
    page.get_by_role("navigation", name="Coalitiemenu").get_by_role("link", name=label, exact=True).click()


def requirement(page, number: int):
    """The item of the minimum-requirements checklist with this number."""
    heading = page.get_by_role("heading", name=re.compile(rf"^{number}\. "))
    return page.locator(".checklist > li").filter(has=heading)


def add_partner(page, organisation: str, domain: str, partner_type: str) -> None:
    subnav(page, "Partners")
    page.get_by_role("link", name="Partner toevoegen").click()
    page.fill("#id_new_organisation", organisation)
    choose(page, "domain", domain)
    choose(page, "partner_type", partner_type)
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/partners/$"))
    assert page.get_by_role("status").inner_text().strip() == f"{organisation} is opgeslagen."
    assert page.get_by_role("rowheader", name=organisation).is_visible()


def download(page, link_name: str):
    with page.expect_download() as info:
        page.get_by_role("link", name=link_name).click()
    return info.value


def test_a_project_lead_sets_up_a_coalition_for_meppel(page):
    from apps.coalitions.models import Coalition
    from apps.core.testing.factories import UserFactory

    lead = UserFactory(first_name="Sanne", last_name="de Vries")

    # Logging in: the start page sends a visitor to the login form, the form to her (still empty) list.
    page.goto("/")
    assert page.url.endswith("/inloggen/")
    page.fill("#id_username", lead.username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r"/coalities/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Mijn coalities"
    assert page.get_by_text("U hebt nog geen toegang tot een coalitie.").is_visible()

    # A local coalition for Meppel.
    page.get_by_role("link", name="Nieuwe coalitie").click()
    page.fill("#id_name", "Kansrijke Start Meppel")
    choose(page, "scope", "local")
    pick(page, "Gemeente", "Meppel")
    choose(page, "status", "in_talks")
    page.fill("#id_in_talks_since", "2025-09-01")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/coalities/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Kansrijke Start Meppel"
    assert page.get_by_role("status").inner_text().strip() == "De coalitie Kansrijke Start Meppel is aangemaakt."
    coalition = Coalition.objects.get(name="Kansrijke Start Meppel")
    assert coalition.municipality.code == "GM0119"
    assert list(coalition.memberships.values_list("user__username", "role")) == [(lead.username, "project_lead")]

    # A medical partner alone does not meet requirement 1 ...
    add_partner(page, "Verloskundigenpraktijk De Wieg", "medical", "midwife")
    subnav(page, "Minimale eisen")
    check = requirement(page, 1)
    assert check.locator(".unmet").inner_text() == "Nog niet voldaan"
    assert "Medisch: Verloskundigenpraktijk De Wieg" in check.inner_text()
    assert "Voeg een partner uit het sociale domein toe" in check.inner_text()
    assert page.get_by_text("0 van de 9 eisen voldaan").is_visible()

    # ... with the JGZ beside it, it does.
    add_partner(page, "JGZ Drenthe", "social", "jgz")
    subnav(page, "Minimale eisen")
    check = requirement(page, 1)
    assert check.locator(".met").inner_text() == "Voldaan"
    assert "Sociaal/gemeente: JGZ Drenthe" in check.inner_text()
    assert page.get_by_text("1 van de 9 eisen voldaan").is_visible()
    assert coalition.partners.count() == 2

    # A goal on the first action line, about preconception care: requirement 4.
    subnav(page, "Plan van aanpak")
    page.get_by_role("link", name="Doel toevoegen").click()
    page.fill("#id_title", "Prenataal huisbezoek voor alle zwangeren")
    choose(page, "action_line", "before")
    page.get_by_label("goed voorbereid zwanger worden (preconceptie)").check()
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/plan/$"))
    goal = page.get_by_role("listitem").filter(has_text="Prenataal huisbezoek voor alle zwangeren")
    assert "Onderwerpen: goed voorbereid zwanger worden (preconceptie)" in goal.inner_text()
    subnav(page, "Minimale eisen")
    assert requirement(page, 4).locator(".met").inner_text() == "Voldaan"

    # An action that carries the goal out, on the same action line.
    subnav(page, "Acties")
    page.get_by_role("link", name="Actie toevoegen").click()
    page.fill("#id_title", "Huisbezoek door de JGZ-verpleegkundige invoeren")
    page.fill("#id_owner", "JGZ Drenthe")
    choose(page, "action_line", "before")
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_url(re.compile(r"/acties/$"))
    page.get_by_role("link", name="Huisbezoek door de JGZ-verpleegkundige invoeren").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Huisbezoek door de JGZ-verpleegkundige invoeren"
    assert coalition.actions.get().get_status_display() == "gezaaid"

    # The overview and the plan as PDF files.
    subnav(page, "Overzicht")
    pdf = download(page, "Download PDF")
    assert pdf.suggested_filename.endswith(".pdf")
    with open(pdf.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    subnav(page, "Plan van aanpak")
    pdf = download(page, "Download PDF")
    with open(pdf.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"


def test_phases_in_the_wrong_order_are_refused_in_dutch(page, log_in):
    from apps.coalitions.models import Coalition
    from apps.core.testing.factories import UserFactory

    log_in(UserFactory(password=None))
    page.goto("/coalities/nieuw/")
    page.fill("#id_name", "Kansrijke Start Meppel")
    choose(page, "scope", "local")
    pick(page, "Gemeente", "Meppel")
    choose(page, "status", "formed")
    page.fill("#id_in_talks_since", "2025-09-01")
    page.fill("#id_formed_on", "2025-03-01")  # formed half a year before the first talks
    page.get_by_role("button", name="Opslaan").click()
    page.wait_for_load_state()

    assert page.url.endswith("/coalities/nieuw/")
    message = "Deze datum ligt vóór de datum van de vorige fase; de fasen volgen elkaar op."
    summary = page.get_by_role("alert")
    assert "Controleer de gemarkeerde velden" in summary.inner_text()
    assert message in summary.inner_text()
    formed_on = page.locator("#id_formed_on")
    assert formed_on.get_attribute("aria-invalid") == "true"
    assert message in page.locator(f"#{formed_on.get_attribute('aria-describedby')}").inner_text()
    assert formed_on.input_value() == "2025-03-01"  # what she typed is kept for correcting
    assert not Coalition.objects.exists()
