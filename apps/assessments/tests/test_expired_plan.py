# SPDX-License-Identifier: EUPL-1.2
"""An adopted plan whose period has ended no longer meets minimum requirement 2, and its page says so."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from apps.assessments.requirements import check
from apps.core.testing import factories as f
from apps.plans.services import adopt

TODAY = dt.date.today()


def plan_check(coalition):
    return next(c for c in check(coalition) if c.number == 2)


def test_an_expired_plan_no_longer_counts_as_met(client, coalition_a, lead_a):
    plan = f.PlanFactory(coalition=coalition_a, period_start=TODAY - dt.timedelta(days=800),
                         period_end=TODAY + dt.timedelta(days=1))
    adopt(plan, TODAY - dt.timedelta(days=700), "projectgroep", lead_a)
    assert plan_check(coalition_a).met

    plan.period_end = TODAY - dt.timedelta(days=1)
    plan.save()
    result = plan_check(coalition_a)
    assert not result.met
    assert f"Looptijd verstreken op {plan.period_end:%d-%m-%Y}" in result.evidence
    assert "verleng de looptijd" in result.todo

    client.force_login(lead_a)
    page = client.get(reverse("plans:plan", args=[coalition_a.pk])).content.decode()
    assert "looptijd verstreken" in page
    requirements = client.get(reverse("assessments:requirements", args=[coalition_a.pk])).content.decode()
    assert "verleng de looptijd" in requirements


def test_a_plan_without_an_end_date_or_ending_today_still_counts(coalition_a, lead_a):
    plan = f.PlanFactory(coalition=coalition_a)
    adopt(plan, TODAY, "projectgroep", lead_a)
    assert plan_check(coalition_a).met
    plan.period_end = TODAY
    plan.save()
    assert plan_check(coalition_a).met
