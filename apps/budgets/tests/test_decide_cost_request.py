# SPDX-License-Identifier: EUPL-1.2
"""The project group's decision on a cost request."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from apps.budgets.services import year_budget
from apps.core.testing import factories as f

YEAR = dt.date.today().year


@pytest.fixture
def requests_(coalition_a):
    """€ 1.000 budget; two requests of € 600 that each fit alone, but not together."""
    f.BudgetLineFactory(coalition=coalition_a, year=YEAR, amount=Decimal("1000.00"))
    return [f.CostRequestFactory(coalition=coalition_a, year=YEAR, amount=Decimal("600.00"), title=title)
            for title in ("Zaalhuur", "Catering")]


def decide(client, request, decision: str, note: str = ""):
    return client.post(f"/coalities/{request.coalition_id}/budget/aanvragen/{request.pk}/",
                       {"decision": decision, "note": note})


def test_approving_a_request_records_the_decision(client_a, requests_, lead_a):
    response = decide(client_a, requests_[0], "approve", "Past in het jaarplan.")

    assert response.status_code == 302
    assert response["Location"] == f"/coalities/{requests_[0].coalition_id}/budget/?jaar={YEAR}"
    request = requests_[0]
    request.refresh_from_db()
    assert (request.status, request.decided_by, request.decided_on, request.decision_note) == (
        "approved", lead_a, dt.date.today(), "Past in het jaarplan.")
    page = client_a.get(response["Location"]).content.decode()
    assert "Het besluit is vastgelegd." in page
    assert "€ 400,00" in page  # still available


def test_rejecting_a_request_keeps_the_budget(client_a, requests_, coalition_a):
    decide(client_a, requests_[1], "reject", "Geen prioriteit.")

    requests_[1].refresh_from_db()
    assert requests_[1].status == "rejected"
    assert year_budget(coalition_a, YEAR).balance == Decimal("1000.00")


def test_approving_a_request_that_no_longer_fits_is_refused(client_a, requests_):
    decide(client_a, requests_[0], "approve")

    response = decide(client_a, requests_[1], "approve")

    assert response.status_code == 200
    message = f"Dit bedrag (€ 600,00) is hoger dan het resterende budget voor {YEAR} (€ 400,00)."
    assert response.context["form"].non_field_errors() == [message]
    assert message in response.content.decode()
    requests_[1].refresh_from_db()
    assert (requests_[1].status, requests_[1].decided_on) == ("submitted", None)


def test_a_request_already_decided_cannot_be_decided_again(client_a, requests_):
    decide(client_a, requests_[0], "reject")

    response = decide(client_a, requests_[0], "approve")

    assert "Over deze aanvraag is al besloten." in response.content.decode()
    requests_[0].refresh_from_db()
    assert requests_[0].status == "rejected"


def test_a_viewer_cannot_decide(client, viewer_a, requests_):
    client.force_login(viewer_a)

    page = client.get(f"/coalities/{requests_[0].coalition_id}/budget/aanvragen/{requests_[0].pk}/")
    response = decide(client, requests_[0], "approve")

    assert page.status_code == 200
    assert page.context["can_decide"] is False
    assert "Besluit vastleggen" not in page.content.decode()
    assert response.status_code == 403
    requests_[0].refresh_from_db()
    assert requests_[0].status == "submitted"


def test_a_working_group_member_cannot_decide(client, coalition_a, requests_, member_a):
    client.force_login(member_a)

    assert decide(client, requests_[0], "approve").status_code == 403
    requests_[0].refresh_from_db()
    assert requests_[0].status == "submitted"


def test_a_request_of_another_coalition_is_not_found(client_a, coalition_b):
    foreign = f.CostRequestFactory(coalition=coalition_b)

    response = client_a.post(f"/coalities/{coalition_b.pk}/budget/aanvragen/{foreign.pk}/", {"decision": "approve"})

    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == "submitted"


def test_the_year_budget_adds_lines_and_subtracts_approved_requests(coalition_a, coalition_b):
    f.BudgetLineFactory(coalition=coalition_a, year=2025, amount=Decimal("10000.00"))
    f.BudgetLineFactory(coalition=coalition_a, year=2025, source="municipality", amount=Decimal("2500.50"))
    f.BudgetLineFactory(coalition=coalition_a, year=2024, amount=Decimal("99999.00"))
    f.BudgetLineFactory(coalition=coalition_b, year=2025, amount=Decimal("77777.00"))
    f.CostRequestFactory(coalition=coalition_a, year=2025, amount=Decimal("500.00"), status="approved")
    f.CostRequestFactory(coalition=coalition_a, year=2025, amount=Decimal("250.25"), status="approved")
    f.CostRequestFactory(coalition=coalition_a, year=2025, amount=Decimal("1000.00"), status="submitted")
    f.CostRequestFactory(coalition=coalition_a, year=2025, amount=Decimal("300.00"), status="rejected")
    f.CostRequestFactory(coalition=coalition_a, year=2024, amount=Decimal("40.00"), status="approved")

    budget = year_budget(coalition_a, 2025)

    assert (budget.total, budget.approved, budget.pending) == (Decimal("12500.50"), Decimal("750.25"),
                                                               Decimal("1000.00"))
    assert budget.balance == Decimal("11750.25")


def test_a_year_without_data_has_a_zero_budget(coalition_a):
    budget = year_budget(coalition_a, 2019)

    assert (budget.total, budget.approved, budget.pending, budget.balance) == (0, 0, 0, 0)
