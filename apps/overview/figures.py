# SPDX-License-Identifier: EUPL-1.2
"""The figures of the coalition and regional overviews, in a fixed number of queries whatever the data size."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db.models import Count, F, Q, Sum, Window
from django.db.models.functions import RowNumber

from apps.actions.models import Action, ActionStatus
from apps.actions.workflow import NEXT_STEP, is_overdue
from apps.assessments.requirements import SHORT_TITLES, check_many
from apps.budgets.services import year_budget
from apps.coalitions.choices import Domain, Role
from apps.coalitions.models import Coalition, Membership, Partner
from apps.meetings.models import Attendance, Meeting, Output, OutputKind

FLOWERBED = [ActionStatus.SOWN, ActionStatus.IN_BUD, ActionStatus.IN_BLOOM]
FLOWERBED_SHOWN = 8  # titles per bed on the overview; the rest is one click away


def partners_by_domain(coalition_ids: list[int]) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = defaultdict(lambda: {d: 0 for d in Domain.values})
    rows = (Partner.objects.filter(coalition_id__in=coalition_ids).values("coalition_id", "domain")
            .annotate(n=Count("id")).order_by())
    for row in rows:
        result[row["coalition_id"]][row["domain"]] = row["n"]
    return result


def flowerbed(coalition: Coalition, today: dt.date) -> dict:
    """The three beds with their first titles; an action past its target date is flagged (and counted per bed)."""
    counts, late = {}, {}
    for status, n, n_late in (Action.objects.filter(coalition=coalition).values_list("status")
                              .annotate(n=Count("id"), late=Count("id", filter=Q(due_date__lt=today))).order_by()):
        counts[status], late[status] = n, n_late
    # The first titles of every bed in one query: rank the actions per status, keep the first FLOWERBED_SHOWN.
    ranked = (Action.objects.filter(coalition=coalition, status__in=FLOWERBED)
              .annotate(rank=Window(RowNumber(), partition_by=F("status"), order_by=[F("due_date").asc(), F("pk").asc()]))
              .filter(rank__lte=FLOWERBED_SHOWN).values_list("status", "rank", "pk", "title", "due_date"))
    cards: dict[str, list[dict]] = defaultdict(list)
    for status, _rank, pk, title, due_date in sorted(ranked, key=lambda row: row[1]):
        cards[status].append({"pk": pk, "title": title, "due_date": due_date, "status": status,
                              "overdue": is_overdue(status, due_date, today)})
    beds = [{"status": status, "label": status.label, "count": counts.get(status, 0), "late": late.get(status, 0),
             "titles": cards[status], "next": NEXT_STEP.get(status)}
            for status in FLOWERBED]
    return {"beds": beds, "done": counts.get(ActionStatus.DONE, 0), "stopped": counts.get(ActionStatus.STOPPED, 0),
            "total": sum(counts.values())}


def coalition_figures(coalition: Coalition, today: dt.date | None = None) -> dict:
    today = today or dt.date.today()
    meetings = Meeting.objects.filter(coalition=coalition)
    held = meetings.filter(date__lte=today).aggregate(n=Count("id", distinct=True),
                                                     people=Sum("attendances__attendees"))
    outputs = dict(Output.objects.filter(coalition=coalition).values_list("kind").annotate(n=Sum("quantity"))
                   .order_by())
    checks = check_many([coalition])[coalition.pk]
    domains = partners_by_domain([coalition.pk])[coalition.pk]
    return {
        "domains": [(Domain(d).label, n) for d, n in domains.items()],
        "partner_total": sum(domains.values()),
        "checks": checks,
        "met": sum(c.met for c in checks),
        "flowerbed": flowerbed(coalition, today),
        "upcoming": list(meetings.filter(date__gte=today).order_by("date")[:5]),
        "meetings_held": held["n"] or 0,
        "attendees": held["people"] or 0,
        "newsletters": outputs.get(OutputKind.NEWSLETTER, 0),
        "budget": year_budget(coalition, today.year),
        "year": today.year,
        "local_count": coalition.local_coalitions.count() if coalition.is_regional else 0,
        "leadership": leadership(coalition),
    }


LEAD_ROLES = [Role.PROJECT_LEAD, Role.REGIONAL_COORDINATOR, Role.CORE_GROUP]


def leadership(coalition: Coalition) -> list[tuple[str, list[str]]]:
    """Project lead (or regional coordinator) and core group, by role, in one query."""
    people: dict[str, list[str]] = {}
    for membership in (Membership.objects.filter(coalition=coalition, role__in=LEAD_ROLES)
                       .select_related("user").order_by("user__last_name")):
        people.setdefault(membership.role, []).append(str(membership.user))
    return [(Role(role).label, people[role]) for role in LEAD_ROLES if role in people]


def regional_figures(region: Coalition, visible_ids) -> dict:
    """Per member municipality: its local coalition (if any and visible), requirements, partners, attendance."""
    municipalities = list(region.municipalities.order_by("name"))
    locals_ = list(Coalition.objects.filter(region=region, pk__in=visible_ids).select_related("municipality"))
    by_municipality = {c.municipality_id: c for c in locals_}
    checks = check_many(locals_)
    domains = partners_by_domain([c.pk for c in locals_])
    attendance, meetings_with = {}, {}
    for municipality_id, people, meetings in (
        Attendance.objects.filter(meeting__coalition=region, municipality__isnull=False)
        .values_list("municipality_id").annotate(people=Sum("attendees"), meetings=Count("meeting_id", distinct=True))
        .order_by()
    ):
        attendance[municipality_id], meetings_with[municipality_id] = people, meetings
    regional_meetings = Meeting.objects.filter(coalition=region).count()
    local_ids = [c.pk for c in locals_]
    beds = actions_by_status(local_ids)
    balances = budget_left(local_ids, dt.date.today().year)
    rows = []
    for municipality in municipalities:
        local = by_municipality.get(municipality.pk)
        rows.append({
            "municipality": municipality,
            "coalition": local,
            "met": sum(c.met for c in checks[local.pk]) if local else None,
            "unmet": [c.number for c in checks[local.pk] if not c.met] if local else [],
            "unmet_titles": [str(SHORT_TITLES[c.number]) for c in checks[local.pk] if not c.met] if local else [],
            "domains": [domains[local.pk][d] for d in Domain.values] if local else None,
            "attendees": attendance.get(municipality.pk, 0),
            "meetings_attended": meetings_with.get(municipality.pk, 0),
            "flowerbed": [beds[local.pk].get(s, 0) for s in FLOWERBED] if local else None,
            "budget_left": balances.get(local.pk) if local else None,
        })
    return {"rows": rows, "domain_labels": [Domain(d).label for d in Domain.values],
            "flowerbed_labels": [s.label for s in FLOWERBED], "year": dt.date.today().year,
            "regional_meetings": regional_meetings, "with_coalition": len(locals_)}


def actions_by_status(coalition_ids: list[int]) -> dict[int, dict[str, int]]:
    result: dict[int, dict[str, int]] = defaultdict(dict)
    for coalition_id, status, n in (Action.objects.filter(coalition_id__in=coalition_ids)
                                    .values_list("coalition_id", "status").annotate(n=Count("id")).order_by()):
        result[coalition_id][status] = n
    return result


def budget_left(coalition_ids: list[int], year: int):
    """Budget of `year` minus approved requests, per coalition (only coalitions with a budget that year)."""
    from decimal import Decimal

    from apps.budgets.models import BudgetLine, CostRequest, RequestStatus

    totals = dict(BudgetLine.objects.filter(coalition_id__in=coalition_ids, year=year)
                  .values_list("coalition_id").annotate(s=Sum("amount")).order_by())
    approved = dict(CostRequest.objects.filter(coalition_id__in=coalition_ids, year=year,
                                               status=RequestStatus.APPROVED)
                    .values_list("coalition_id").annotate(s=Sum("amount")).order_by())
    cents = Decimal("0.01")  # SQLite sums decimals without their scale
    return {cid: (total - approved.get(cid, Decimal("0"))).quantize(cents) for cid, total in totals.items()}
