# SPDX-License-Identifier: EUPL-1.2
"""Coalition process figures from the workspace (actions by status, meetings, attendance, partners per domain)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Q, QuerySet, Sum

from apps.actions.models import Action, ActionStatus
from apps.coalitions.choices import Domain
from apps.coalitions.models import Coalition
from apps.meetings.models import Meeting
from apps.overview.figures import partners_by_domain


def coalitions_for_municipality(municipality, visible: QuerySet[Coalition]) -> list[Coalition]:
    """The coalitions working for a municipality that the user may see (local first, then regional)."""
    if municipality is None:
        return []
    qs = visible.filter(Q(municipality=municipality) | Q(municipalities=municipality)).distinct()
    return sorted(qs, key=lambda c: (c.is_regional, c.name))


def process_figures(coalition: Coalition, year: int | None = None) -> dict:
    """Counts of one coalition; with `year`, meetings and attendance of that year only."""
    today = dt.date.today()
    statuses = dict(Action.objects.filter(coalition=coalition).values_list("status").annotate(n=Count("id"))
                    .order_by())
    meetings = Meeting.objects.filter(coalition=coalition, date__lte=today)
    if year:
        meetings = meetings.filter(date__year=year)
    held = meetings.aggregate(n=Count("id", distinct=True), people=Sum("attendances__attendees"),
                              connections=Sum("attendances__new_connections"))
    domains = partners_by_domain([coalition.pk])[coalition.pk]
    return {
        "coalition": coalition,
        "actions": [(ActionStatus(s).label, statuses.get(s, 0)) for s in ActionStatus.values],
        "actions_total": sum(statuses.values()),
        "meetings": held["n"] or 0,
        "attendees": held["people"] or 0,
        "new_connections": held["connections"] or 0,
        "domains": [(Domain(d).label, domains.get(d, 0)) for d in Domain.values],
        "partners": sum(domains.values()),
        "year": year,
    }
