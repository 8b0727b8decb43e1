# SPDX-License-Identifier: EUPL-1.2
"""The coalition overview: requirements, partners per domain, the flower bed, meetings and budget."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from apps.core.testing import factories as f


def overview(client, coalition, query: str = ""):
    response = client.get(f"/coalities/{coalition.pk}/{query}")
    assert response.status_code == 200
    return response


def test_the_overview_shows_requirements_met_out_of_nine(client_a, coalition_a):
    f.PartnerFactory(coalition=coalition_a, domain="medical", partner_type="midwife")
    f.PartnerFactory(coalition=coalition_a, domain="social", partner_type="jgz")
    f.AgreementFactory(coalition=coalition_a)

    response = overview(client_a, coalition_a)

    assert response.context["met"] == 2
    assert '<p class="figure">2/9</p>' in response.content.decode()


def test_the_overview_counts_partners_per_domain(client_a, coalition_a, coalition_b):
    for partner_type in ("midwife", "gp", "maternity_care"):
        f.PartnerFactory(coalition=coalition_a, domain="medical", partner_type=partner_type)
    f.PartnerFactory(coalition=coalition_a, domain="social", partner_type="library")
    f.PartnerFactory(coalition=coalition_a, domain="target_group", partner_type="parents_panel")
    f.PartnerFactory(coalition=coalition_b, domain="social", partner_type="jgz")

    response = overview(client_a, coalition_a)

    assert {str(label): n for label, n in response.context["domains"]} == {
        "medisch domein": 3, "sociaal/publiek domein": 1, "gemeente": 0, "informeel netwerk": 0,
        "doelgroep zelf": 1}
    assert response.context["partner_total"] == 5
    page = response.content.decode()
    assert '<th scope="row">Medisch domein</th><td class="num">3</td>' in page
    assert "5 partners" in page


def test_the_flower_bed_counts_actions_per_stage(client_a, coalition_a):
    for status, n in (("sown", 3), ("in_bud", 2), ("in_bloom", 1), ("done", 4), ("stopped", 1)):
        for i in range(n):
            f.ActionFactory(coalition=coalition_a, status=status, title=f"{status} {i}")

    response = overview(client_a, coalition_a)

    bed = response.context["flowerbed"]
    assert [(b["status"], b["count"]) for b in bed["beds"]] == [("sown", 3), ("in_bud", 2), ("in_bloom", 1)]
    assert (bed["done"], bed["stopped"], bed["total"]) == (4, 1, 11)
    page = response.content.decode()
    assert "Afgerond: 4 · gestopt: 1" in page
    assert '<span class="badge">3</span>' in page


def test_a_full_flower_bed_links_to_the_filtered_action_list(client_a, coalition_a):
    for i in range(10):
        f.ActionFactory(coalition=coalition_a, status="in_bud", title=f"Actie {i}")

    response = overview(client_a, coalition_a)

    in_bud = response.context["flowerbed"]["beds"][1]
    assert (in_bud["count"], len(in_bud["titles"])) == (10, 8)
    assert f"/coalities/{coalition_a.pk}/acties/?status=in_bud" in response.content.decode()


def test_the_overview_lists_upcoming_meetings_but_not_past_ones(client_a, coalition_a):
    today = dt.date.today()
    f.MeetingFactory(coalition=coalition_a, title="Inspiratieavond", date=today + dt.timedelta(days=10))
    f.MeetingFactory(coalition=coalition_a, title="Regieraad", date=today + dt.timedelta(days=3))
    past = f.MeetingFactory(coalition=coalition_a, title="Kick-off", date=today - dt.timedelta(days=30))
    f.AttendanceFactory(meeting=past, attendees=12)

    response = overview(client_a, coalition_a)

    assert [m.title for m in response.context["upcoming"]] == ["Regieraad", "Inspiratieavond"]
    assert (response.context["meetings_held"], response.context["attendees"]) == (1, 12)
    page = response.content.decode()
    assert "Inspiratieavond" in page
    assert "Kick-off" not in page
    assert "1 bijeenkomst gehouden (12 deelnemers)" in page


def test_the_overview_shows_the_budget_left_this_year(client_a, coalition_a):
    year = dt.date.today().year
    f.BudgetLineFactory(coalition=coalition_a, year=year, amount=Decimal("12000.00"))
    f.BudgetLineFactory(coalition=coalition_a, year=year - 1, amount=Decimal("5000.00"))
    f.CostRequestFactory(coalition=coalition_a, year=year, amount=Decimal("2500.00"), status="approved")
    f.CostRequestFactory(coalition=coalition_a, year=year, amount=Decimal("100.00"), status="submitted")

    response = overview(client_a, coalition_a)

    assert response.context["budget"].balance == Decimal("9500.00")
    page = response.content.decode()
    assert f"Budget {year} over" in page
    assert "€ 9.500,00" in page
    assert "van € 12.000,00 begroot" in page


def test_the_overview_downloads_as_a_pdf(client_a, coalition_a):
    f.ActionFactory(coalition=coalition_a, status="in_bloom", title="BoekStart")

    response = client_a.get(f"/coalities/{coalition_a.pk}/?format=pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_printable_overview_has_no_links_to_edit(client_a, coalition_a):
    response = overview(client_a, coalition_a, "?print=1")

    page = response.content.decode()
    assert response.templates[0].name == "overview/coalition_print.html"
    assert "Kansrijke Start Meppel – overzicht" in page
    assert "Coalitie bewerken" not in page


def test_an_outsider_does_not_see_the_overview(client, lead_b, coalition_a):
    client.force_login(lead_b)

    assert client.get(f"/coalities/{coalition_a.pk}/").status_code == 404


def test_the_overview_names_the_project_lead_and_the_core_group(client_a, coalition_a, lead_a):
    core = f.member(coalition_a, "core_group", f.UserFactory(first_name="Ineke", last_name="Voorbeeld"))
    page = client_a.get(f"/coalities/{coalition_a.pk}/").content.decode()
    assert f"Projectleider:</strong> {lead_a}" in page
    assert str(core) in page
