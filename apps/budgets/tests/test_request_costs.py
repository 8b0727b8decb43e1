# SPDX-License-Identifier: EUPL-1.2
"""Budget lines and cost requests: what the year's budget allows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from apps.budgets.models import BudgetLine, CostRequest
from apps.core.testing import factories as f

YEAR = dt.date.today().year


@pytest.fixture
def budget(coalition_a):
    """€ 10.000 this year, of which € 8.750 already approved: € 1.250 left."""
    f.BudgetLineFactory(coalition=coalition_a, year=YEAR, amount=Decimal("10000.00"))
    f.CostRequestFactory(coalition=coalition_a, year=YEAR, amount=Decimal("8750.00"), status="approved",
                         title="Inspiratieavond")
    return coalition_a


def request_data(**overrides) -> dict:
    data = {"year": YEAR, "working_group": "", "title": "Drukwerk folder", "amount": "500.00",
            "submitted_on": dt.date.today().isoformat(), "description": ""}
    data.update(overrides)
    return data


def test_a_budget_line_is_added(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/budget/regels/nieuw/",
                             {"year": YEAR, "source": "state", "description": "SPUK", "amount": "25000.00"})

    assert response.status_code == 302
    assert response["Location"] == f"/coalities/{coalition_a.pk}/budget/"
    assert BudgetLine.objects.get(coalition=coalition_a).amount == Decimal("25000.00")
    page = client_a.get(response["Location"]).content.decode()
    assert "€ 25.000,00" in page


def test_a_negative_budget_amount_is_refused_with_a_dutch_message(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/budget/regels/nieuw/",
                             {"year": YEAR, "source": "municipality", "amount": "-100.00"})

    assert response.status_code == 200
    assert response.context["form"].errors["amount"] == ["Zorg ervoor dat deze waarde minstens 0 is."]
    assert "Zorg ervoor dat deze waarde minstens 0 is." in response.content.decode()
    assert not BudgetLine.objects.exists()


def test_a_budget_year_before_2018_is_refused(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/budget/regels/nieuw/",
                             {"year": 2017, "source": "state", "amount": "100.00"})

    assert "year" in response.context["form"].errors
    assert not BudgetLine.objects.exists()


def test_a_working_group_member_cannot_add_budget(client, coalition_a, member_a):
    client.force_login(member_a)

    response = client.post(f"/coalities/{coalition_a.pk}/budget/regels/nieuw/",
                           {"year": YEAR, "source": "state", "amount": "100.00"})

    assert response.status_code == 403
    assert not BudgetLine.objects.exists()


def test_a_cost_request_within_the_balance_is_submitted(client_a, budget, lead_a):
    group = f.WorkingGroupFactory(coalition=budget)

    response = client_a.post(f"/coalities/{budget.pk}/budget/aanvragen/nieuw/",
                             request_data(amount="1250.00", working_group=group.pk))

    assert response.status_code == 302
    request = CostRequest.objects.get(title="Drukwerk folder")
    assert (request.amount, request.status, request.requested_by, request.working_group) == (
        Decimal("1250.00"), "submitted", lead_a, group)


def test_a_cost_request_above_the_balance_is_refused_naming_the_amounts(client_a, budget):
    response = client_a.post(f"/coalities/{budget.pk}/budget/aanvragen/nieuw/", request_data(amount="2000.00"))

    assert response.status_code == 200
    message = f"Dit bedrag (€ 2.000,00) is hoger dan het resterende budget voor {YEAR} (€ 1.250,00)."
    assert response.context["form"].errors["amount"] == [message]
    assert message in response.content.decode()
    assert not CostRequest.objects.filter(title="Drukwerk folder").exists()


def test_a_cost_request_without_any_budget_is_refused(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/budget/aanvragen/nieuw/", request_data(amount="10.00"))

    assert response.context["form"].errors["amount"] == [
        f"Dit bedrag (€ 10,00) is hoger dan het resterende budget voor {YEAR} (€ 0,00)."
    ]
    assert not CostRequest.objects.exists()


def test_a_cost_request_of_zero_is_refused(client_a, budget):
    response = client_a.post(f"/coalities/{budget.pk}/budget/aanvragen/nieuw/", request_data(amount="0"))

    assert "amount" in response.context["form"].errors
    assert not CostRequest.objects.filter(title="Drukwerk folder").exists()


def test_a_partner_contact_may_request_costs(client, budget):
    contact = f.member(budget, "partner_contact")
    client.force_login(contact)

    client.post(f"/coalities/{budget.pk}/budget/aanvragen/nieuw/", request_data(amount="100.00"))

    assert CostRequest.objects.get(title="Drukwerk folder").requested_by == contact


def test_a_decided_request_can_no_longer_be_edited(client_a, budget):
    approved = CostRequest.objects.get(title="Inspiratieavond")

    response = client_a.post(f"/coalities/{budget.pk}/budget/aanvragen/{approved.pk}/bewerken/",
                             request_data(title="Inspiratieavond", amount="1.00"))

    assert "Over deze aanvraag is al besloten; wijzigen kan niet meer." in response.content.decode()
    approved.refresh_from_db()
    assert approved.amount == Decimal("8750.00")


def test_the_budget_page_sums_every_year(client_a, coalition_a):
    from decimal import Decimal as D

    f.BudgetLineFactory(coalition=coalition_a, year=2021, amount=D("40000"))
    f.BudgetLineFactory(coalition=coalition_a, year=2022, amount=D("30000"))
    f.CostRequestFactory(coalition=coalition_a, year=2021, amount=D("1500"), status="approved")
    f.CostRequestFactory(coalition=coalition_a, year=2021, amount=D("700"))
    from apps.budgets.services import years_summary

    rows = {row.year: row for row in years_summary(coalition_a)}
    assert rows[2021].balance == D("38500") and rows[2021].pending == D("700")
    assert rows[2022].balance == D("30000")
    page = client_a.get(f"/coalities/{coalition_a.pk}/budget/").content.decode()
    assert "Alle jaren" in page and "€ 38.500,00" in page


def test_the_smallest_amount_is_written_with_a_decimal_comma(client_a, budget):
    response = client_a.post(f"/coalities/{budget.pk}/budget/aanvragen/nieuw/", request_data(amount="0.00"))

    assert response.status_code == 200
    assert response.context["form"].errors["amount"] == ["Zorg ervoor dat deze waarde minstens 0,01 is."]
    assert not CostRequest.objects.filter(title="Drukwerk folder").exists()
