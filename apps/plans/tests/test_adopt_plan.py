# SPDX-License-Identifier: EUPL-1.2
"""Adopting the plan freezes its content as a numbered version."""

from __future__ import annotations

import datetime as dt

from apps.core.testing import factories as f
from apps.plans import services
from apps.plans.models import Goal, PlanVersion


def adopt(client, coalition, on: str = "2025-03-01", by: str = "projectgroep"):
    return client.post(f"/coalities/{coalition.pk}/plan/vaststellen/", {"adopted_on": on, "adopted_by": by})


def test_adopting_twice_makes_version_1_and_then_version_2(client_a, coalition_a, lead_a):
    f.GoalFactory(plan__coalition=coalition_a, title="Nu Niet Zwanger aanbieden")

    first = adopt(client_a, coalition_a, "2024-06-01", "projectgroep")
    second = adopt(client_a, coalition_a, "2025-02-01", "college van B&W")

    assert first.status_code == second.status_code == 302
    versions = PlanVersion.objects.filter(plan__coalition=coalition_a).order_by("number")
    assert [(v.number, str(v.adopted_on), v.adopted_by) for v in versions] == [
        (1, "2024-06-01", "projectgroep"), (2, "2025-02-01", "college van B&W"),
    ]
    assert versions[0].recorded_by == lead_a
    page = client_a.get(f"/coalities/{coalition_a.pk}/plan/").content.decode()
    assert "Versie 2, vastgesteld op 01-02-2025" in page


def test_an_adopted_version_keeps_its_content_when_the_goal_is_edited_later(client_a, coalition_a):
    goal = f.GoalFactory(plan__coalition=coalition_a, title="Prenataal huisbezoek", action_line="during",
                         topics=["preconception"])
    adopt(client_a, coalition_a)

    client_a.post(f"/coalities/{coalition_a.pk}/plan/doelen/{goal.pk}/bewerken/", {
        "title": "Prenataal huisbezoek voor iedereen", "action_line": "after", "topics": ["signalling"], "order": 0,
    })

    goal.refresh_from_db()
    assert goal.title == "Prenataal huisbezoek voor iedereen"
    version = PlanVersion.objects.get(plan__coalition=coalition_a, number=1)
    assert version.content["goals"] == [{
        "title": "Prenataal huisbezoek", "action_line": "2. Tijdens de zwangerschap", "theme": "",
        "ambition_id": None, "description": "", "measure": "", "topics": ["preconception"],
    }]
    page = client_a.get(f"/coalities/{coalition_a.pk}/plan/versies/1/").content.decode()
    assert "Prenataal huisbezoek</strong>" in page
    assert "Prenataal huisbezoek voor iedereen</strong>" not in page


def test_a_later_version_contains_the_edited_goal(client_a, coalition_a):
    goal = f.GoalFactory(plan__coalition=coalition_a, title="Oud doel")
    adopt(client_a, coalition_a)
    Goal.objects.filter(pk=goal.pk).update(title="Nieuw doel")

    adopt(client_a, coalition_a)

    titles = {v.number: [g["title"] for g in v.content["goals"]]
              for v in PlanVersion.objects.filter(plan__coalition=coalition_a)}
    assert titles == {1: ["Oud doel"], 2: ["Nieuw doel"]}


def test_adopting_a_plan_without_goals_is_refused(client_a, coalition_a):
    response = adopt(client_a, coalition_a)

    assert response.status_code == 200
    assert "Een plan zonder doelen kan niet worden vastgesteld. Voeg eerst doelen toe." in response.content.decode()
    assert not PlanVersion.objects.exists()


def test_an_adoption_date_in_the_future_is_refused(client_a, coalition_a):
    f.GoalFactory(plan__coalition=coalition_a)
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()

    response = adopt(client_a, coalition_a, on=tomorrow)

    assert response.context["form"].errors["adopted_on"] == ["Een vaststellingsdatum kan niet in de toekomst liggen."]
    assert not PlanVersion.objects.exists()


def test_a_version_of_another_coalition_is_not_found(client_a, coalition_a, coalition_b, lead_b):
    f.GoalFactory(plan__coalition=coalition_b)
    services.adopt(services.plan_for(coalition_b), dt.date(2024, 1, 1), "regieraad", lead_b)

    assert client_a.get(f"/coalities/{coalition_a.pk}/plan/versies/1/").status_code == 404
    assert client_a.get(f"/coalities/{coalition_b.pk}/plan/versies/1/").status_code == 404
