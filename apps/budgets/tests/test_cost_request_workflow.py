# SPDX-License-Identifier: EUPL-1.2
"""The cost request's status table: the only moves, who may make them, and the audit record each leaves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError

from apps.budgets.models import RequestStatus
from apps.budgets.services import decide
from apps.budgets.workflow import COST_REQUEST
from apps.core.testing import factories as f
from apps.core.workflow import Move, StatusTable
from apps.reference.models import Municipality

YEAR = dt.date.today().year


@pytest.fixture
def submitted(coalition_a):
    f.BudgetLineFactory(coalition=coalition_a, year=YEAR, amount=Decimal("1000.00"))
    return f.CostRequestFactory(coalition=coalition_a, year=YEAR, amount=Decimal("100.00"))


def test_the_table_allows_only_a_decision_on_a_submitted_request(submitted, lead_a, viewer_a):
    assert COST_REQUEST.targets(submitted) == {RequestStatus.APPROVED, RequestStatus.REJECTED}
    assert COST_REQUEST.allowed(lead_a, submitted, RequestStatus.APPROVED)
    assert not COST_REQUEST.allowed(viewer_a, submitted, RequestStatus.APPROVED)
    assert not COST_REQUEST.allowed(lead_a, submitted, RequestStatus.SUBMITTED)


def test_a_decision_is_audited_with_its_actor_and_the_status_change(submitted, lead_a):
    decide(submitted, True, lead_a, "Past.")
    entry = LogEntry.objects.get_for_object(submitted).order_by("-timestamp").first()
    assert entry.actor == lead_a
    assert entry.changes_dict["status"] == ["submitted", "approved"]
    assert entry.additional_data == {"coalition_id": submitted.coalition_id}


def test_someone_without_the_budget_right_cannot_decide_through_the_service(submitted, viewer_a):
    with pytest.raises(PermissionDenied):
        decide(submitted, False, viewer_a)
    submitted.refresh_from_db()
    assert submitted.status == RequestStatus.SUBMITTED and submitted.decided_by is None


def test_a_decided_request_cannot_be_decided_again(submitted, lead_a):
    decide(submitted, False, lead_a)
    with pytest.raises(ValidationError, match="al besloten"):
        decide(submitted, True, lead_a)
    submitted.refresh_from_db()
    assert submitted.status == RequestStatus.REJECTED


def test_a_table_for_a_model_without_an_audit_trail_is_refused():
    with pytest.raises(TypeError, match="not audited"):
        StatusTable(Municipality, [Move("a", "b", lambda user, obj: True, "iedereen")], refused="nee")
