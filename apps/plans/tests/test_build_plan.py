# SPDX-License-Identifier: EUPL-1.2
"""Writing the plan of approach: its period, ambitions and goals."""

from __future__ import annotations

from apps.plans.models import Ambition, Goal, Plan


def test_the_plan_period_and_starting_situation_are_saved(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/plan/bewerken/", {
        "title": "Plan van aanpak Kansrijke Start Meppel", "summary": "Samen voor een goede start.",
        "starting_situation": "Big2 in postcode 7942: 189,3 per 1000 geboorten.",
        "period_start": "2024-01-01", "period_end": "2026-12-31",
    })

    assert response.status_code == 302
    assert response["Location"] == f"/coalities/{coalition_a.pk}/plan/"
    plan = Plan.objects.get(coalition=coalition_a)
    assert (str(plan.period_start), str(plan.period_end)) == ("2024-01-01", "2026-12-31")
    page = client_a.get(response["Location"]).content.decode()
    assert "Plan van aanpak Kansrijke Start Meppel" in page
    assert "01-01-2024 – 31-12-2026" in page


def test_a_period_that_ends_before_it_starts_is_refused(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/plan/bewerken/", {
        "title": "Plan van aanpak", "period_start": "2025-01-01", "period_end": "2024-12-31",
    })

    assert response.status_code == 200
    assert response.context["form"].errors["period_end"] == ["De einddatum ligt vóór de begindatum."]
    assert "De einddatum ligt vóór de begindatum." in response.content.decode()
    plan = Plan.objects.filter(coalition=coalition_a).first()
    assert plan is None or (plan.period_start, plan.period_end) == (None, None)


def test_an_ambition_is_added_to_the_coalition_plan(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/plan/ambities/nieuw/",
                             {"text": "Elk kind in Meppel krijgt een kansrijke start.", "order": 1})

    assert response.status_code == 302
    ambition = Ambition.objects.get()
    assert ambition.plan.coalition == coalition_a
    assert "Elk kind in Meppel krijgt een kansrijke start." in client_a.get(response["Location"]).content.decode()


def test_a_goal_is_added_with_its_action_line_ambition_and_topics(client_a, coalition_a):
    client_a.post(f"/coalities/{coalition_a.pk}/plan/ambities/nieuw/", {"text": "Niemand valt tussen wal en schip.",
                                                                        "order": 0})
    ambition = Ambition.objects.get()

    response = client_a.post(f"/coalities/{coalition_a.pk}/plan/doelen/nieuw/", {
        "title": "Prenataal huisbezoek voor elke kwetsbare zwangere", "action_line": "during",
        "ambition": ambition.pk, "measure": "aantal huisbezoeken per jaar",
        "topics": ["preconception", "signalling"], "order": 0,
    })

    assert response.status_code == 302
    goal = Goal.objects.get()
    assert (goal.plan.coalition, goal.ambition, goal.action_line) == (coalition_a, ambition, "during")
    assert goal.topics == ["preconception", "signalling"]
    page = client_a.get(f"/coalities/{coalition_a.pk}/plan/").content.decode()
    assert "Prenataal huisbezoek voor elke kwetsbare zwangere" in page
    assert "eerder en beter signaleren van hulpvragen" in page


def test_a_goal_without_action_line_or_theme_is_refused(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/plan/doelen/nieuw/",
                             {"title": "Zwevend doel", "action_line": "", "order": 0})

    assert response.context["form"].errors["action_line"] == [
        "Koppel het doel aan een actielijn of aan een eigen thema."
    ]
    assert not Goal.objects.exists()


def test_an_unknown_topic_is_refused(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/plan/doelen/nieuw/",
                             {"title": "Doel", "action_line": "after", "topics": ["astrologie"], "order": 0})

    assert "topics" in response.context["form"].errors
    assert not Goal.objects.exists()


def test_an_ambition_of_another_coalition_cannot_be_linked(client_a, coalition_a, coalition_b):
    foreign = Ambition.objects.create(plan=Plan.objects.create(coalition=coalition_b), text="Venlo's ambitie")

    response = client_a.post(f"/coalities/{coalition_a.pk}/plan/doelen/nieuw/",
                             {"title": "Doel", "action_line": "after", "ambition": foreign.pk, "order": 0})

    assert "ambition" in response.context["form"].errors
    assert not Goal.objects.filter(plan__coalition=coalition_a).exists()


def test_a_viewer_cannot_add_goals(client, viewer_a, coalition_a):
    client.force_login(viewer_a)

    response = client.post(f"/coalities/{coalition_a.pk}/plan/doelen/nieuw/",
                           {"title": "Doel", "action_line": "after", "order": 0})

    assert response.status_code == 403
    assert not Goal.objects.exists()
