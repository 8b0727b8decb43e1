# SPDX-License-Identifier: EUPL-1.2
"""The cost request's status table: a submitted request is approved or rejected by the project group, once."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from apps.budgets.models import CostRequest, RequestStatus
from apps.coalitions.access import Cap, can
from apps.core.workflow import Move, StatusTable


def _decides_budget(user, request: CostRequest) -> bool:
    return can(user, request.coalition, Cap.DECIDE_BUDGET)


COST_REQUEST = StatusTable(
    CostRequest,
    [
        Move(RequestStatus.SUBMITTED, RequestStatus.APPROVED, _decides_budget, "budget beslissen"),
        Move(RequestStatus.SUBMITTED, RequestStatus.REJECTED, _decides_budget, "budget beslissen"),
    ],
    # A decided request stays decided: a second decision (two tabs, a double click) is refused with this reason.
    refused=_("Over deze aanvraag is al besloten."),
)
