# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from decimal import Decimal

import pytest

from apps.core.testing import factories as f


@pytest.mark.django_db
def test_a_working_group_member_cannot_change_someone_elses_request(client, coalition_a, lead_a, member_a):
    f.BudgetLineFactory(coalition=coalition_a)
    request = f.CostRequestFactory(coalition=coalition_a, requested_by=lead_a, amount=Decimal("1800"))
    client.force_login(member_a)
    url = f"/coalities/{coalition_a.pk}/budget/aanvragen/{request.pk}/bewerken/"
    response = client.post(url, {"year": request.year, "title": "Gekaapt", "amount": "1.00",
                                 "submitted_on": request.submitted_on.isoformat()})
    assert response.status_code == 404
    request.refresh_from_db()
    assert request.amount == Decimal("1800") and request.title == "Drukwerk folder"


@pytest.mark.django_db
def test_the_requester_can_still_correct_her_own_open_request(client, coalition_a, member_a):
    f.BudgetLineFactory(coalition=coalition_a)
    request = f.CostRequestFactory(coalition=coalition_a, requested_by=member_a)
    client.force_login(member_a)
    url = f"/coalities/{coalition_a.pk}/budget/aanvragen/{request.pk}/bewerken/"
    response = client.post(url, {"year": request.year, "title": "Drukwerk folder (herzien)", "amount": "450.00",
                                 "submitted_on": request.submitted_on.isoformat()})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.amount == Decimal("450.00") and request.status == "submitted"


@pytest.mark.django_db
def test_a_decided_request_cannot_be_edited_back(client_a, coalition_a, lead_a):
    f.BudgetLineFactory(coalition=coalition_a)
    request = f.CostRequestFactory(coalition=coalition_a, requested_by=lead_a, status="approved")
    url = f"/coalities/{coalition_a.pk}/budget/aanvragen/{request.pk}/bewerken/"
    response = client_a.post(url, {"year": request.year, "title": "Anders", "amount": "10.00",
                                   "submitted_on": request.submitted_on.isoformat()})
    assert response.status_code == 200
    assert "al besloten" in response.content.decode()
    request.refresh_from_db()
    assert request.status == "approved" and request.amount == Decimal("500.00")
