# SPDX-License-Identifier: EUPL-1.2
"""Plan operations: get the coalition's plan, adopt (freeze) a version."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from apps.coalitions.models import Coalition
from apps.plans.models import Plan, PlanVersion


def existing_plan(coalition: Coalition) -> Plan:
    """The coalition's plan, or an unsaved empty one: for pages that only read."""
    return Plan.objects.filter(coalition=coalition).first() or Plan(coalition=coalition)


def plan_for(coalition: Coalition) -> Plan:
    """The coalition's plan, created on first write."""
    plan, _created = Plan.objects.get_or_create(coalition=coalition)
    return plan


def snapshot(plan: Plan) -> dict:
    """The plan's content as plain data, so an adopted version survives later edits."""
    return {
        "title": plan.title,
        "summary": plan.summary,
        "starting_situation": plan.starting_situation,
        "period_start": plan.period_start.isoformat() if plan.period_start else None,
        "period_end": plan.period_end.isoformat() if plan.period_end else None,
        "ambitions": [{"id": a.pk, "text": a.text} for a in plan.ambitions.all()],
        "goals": [
            {
                "title": g.title,
                "action_line": g.get_action_line_display() if g.action_line else "",
                "theme": str(g.theme) if g.theme else "",
                "ambition_id": g.ambition_id,
                "description": g.description,
                "measure": g.measure,
                "topics": list(g.topics),
            }
            for g in plan.goals.select_related("theme")
        ],
    }


@transaction.atomic
def adopt(plan: Plan, adopted_on: dt.date, adopted_by: str, user) -> PlanVersion:
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    last = plan.versions.order_by("-number").first()
    return PlanVersion.objects.create(
        plan=plan, number=(last.number + 1) if last else 1, adopted_on=adopted_on, adopted_by=adopted_by,
        recorded_by=user, content=snapshot(plan),
    )
