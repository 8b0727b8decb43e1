# SPDX-License-Identifier: EUPL-1.2
"""Budget arithmetic and the project group's decision on a cost request."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from apps.budgets.models import BudgetLine, CostRequest, RequestStatus
from apps.budgets.workflow import COST_REQUEST
from apps.coalitions.models import Coalition

ZERO = Decimal("0")


def euro(value: Decimal) -> str:
    return "€ " + number_format(value, 2, force_grouping=True)


@dataclass
class YearBudget:
    year: int
    total: Decimal
    approved: Decimal
    pending: Decimal

    @property
    def balance(self) -> Decimal:
        return self.total - self.approved


def year_budget(coalition: Coalition, year: int) -> YearBudget:
    total = BudgetLine.objects.filter(coalition=coalition, year=year).aggregate(s=Sum("amount"))["s"] or ZERO
    requests = CostRequest.objects.filter(coalition=coalition, year=year)
    approved = requests.filter(status=RequestStatus.APPROVED).aggregate(s=Sum("amount"))["s"] or ZERO
    pending = requests.filter(status=RequestStatus.SUBMITTED).aggregate(s=Sum("amount"))["s"] or ZERO
    return YearBudget(year, total, approved, pending)


def years_summary(coalition: Coalition) -> list[YearBudget]:
    """Every budget year of the coalition, newest first, in two queries."""
    totals = dict(BudgetLine.objects.filter(coalition=coalition).values_list("year").annotate(s=Sum("amount"))
                  .order_by())
    by_status: dict[tuple[int, str], Decimal] = {
        (year, status): amount
        for year, status, amount in CostRequest.objects.filter(coalition=coalition)
        .values_list("year", "status").annotate(s=Sum("amount")).order_by()
    }
    years = sorted(set(totals) | {year for year, _status in by_status}, reverse=True)
    return [
        YearBudget(year, totals.get(year, ZERO), by_status.get((year, RequestStatus.APPROVED), ZERO),
                   by_status.get((year, RequestStatus.SUBMITTED), ZERO))
        for year in years
    ]


def check_fits(coalition: Coalition, year: int, amount: Decimal, exclude_pk: int | None = None) -> None:
    """A request larger than what is left of the year's budget is refused, with the figures."""
    budget = year_budget(coalition, year)
    if exclude_pk:
        budget.approved -= CostRequest.objects.filter(pk=exclude_pk, status=RequestStatus.APPROVED).aggregate(
            s=Sum("amount"))["s"] or ZERO
    if amount > budget.balance:
        raise ValidationError(
            {"amount": _("Dit bedrag (%(amount)s) is hoger dan het resterende budget voor %(year)s (%(left)s).")
             % {"amount": euro(amount), "year": year, "left": euro(budget.balance)}}
        )


@transaction.atomic
def decide(request: CostRequest, approve: bool, user, note: str = "", on: dt.date | None = None) -> CostRequest:
    # Lock the coalition's requests so two simultaneous approvals cannot overspend the budget together.
    list(CostRequest.objects.select_for_update().filter(coalition=request.coalition, year=request.year))
    request.refresh_from_db()
    target = RequestStatus.APPROVED if approve else RequestStatus.REJECTED
    if approve and COST_REQUEST.allowed(user, request, target):
        check_fits(request.coalition, request.year, request.amount)
    return COST_REQUEST.move(request, target, user,
                             changes={"decided_on": on or dt.date.today(), "decided_by": user, "decision_note": note})
