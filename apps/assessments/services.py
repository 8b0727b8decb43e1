# SPDX-License-Identifier: EUPL-1.2
"""Self-assessment snapshots: record one, and compare two."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction

from apps.assessments.frameworks import POINTS, ItemStatus
from apps.assessments.models import AssessmentItem, SelfAssessment


@transaction.atomic
def record(coalition, framework: str, taken_on: dt.date, items: dict[int, tuple[str, str, str]], user=None):
    """`items` maps point → (status, note, next steps)."""
    assessment = SelfAssessment.objects.create(coalition=coalition, framework=framework, taken_on=taken_on,
                                               recorded_by=user)
    # One by one, not bulk_create: each item must pass through the audit trail's signals.
    for point, (status, note, next_steps) in sorted(items.items()):
        AssessmentItem.objects.create(assessment=assessment, point=point, status=status, note=note,
                                      next_steps=next_steps)
    return assessment


@dataclass
class Change:
    point: int
    title: str
    before: str | None
    after: str | None
    direction: int  # +1 better, 0 same, -1 worse
    note_before: str
    note_after: str


def compare(older: SelfAssessment, newer: SelfAssessment) -> list[Change]:
    before = {i.point: i for i in older.items.all()}
    after = {i.point: i for i in newer.items.all()}
    labels = dict(ItemStatus.choices)
    changes = []
    for point, title in POINTS[newer.framework]:
        b, a = before.get(point), after.get(point)
        direction = 0
        if a and b:
            direction = (ItemStatus.rank(a.status) > ItemStatus.rank(b.status)) - (
                ItemStatus.rank(a.status) < ItemStatus.rank(b.status))
        changes.append(Change(point, str(title), str(labels[b.status]) if b else None,
                              str(labels[a.status]) if a else None, direction,
                              b.note if b else "", a.note if a else ""))
    return changes
