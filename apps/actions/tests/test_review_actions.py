# SPDX-License-Identifier: EUPL-1.2
"""The yearly review: per action continue, new, stopped or done; stopped and done change the action's status."""

from __future__ import annotations

import datetime as dt

import pytest

from apps.actions.models import ReviewItem, YearlyReview
from apps.core.testing import factories as f


@pytest.fixture
def review(client_a, coalition_a):
    year = dt.date.today().year
    response = client_a.post(f"/coalities/{coalition_a.pk}/evaluaties/nieuw/",
                             {"year": year, "held_on": dt.date.today().isoformat(), "summary": "Goed jaar."})
    review = YearlyReview.objects.get(coalition=coalition_a, year=year)
    assert response["Location"] == f"/coalities/{coalition_a.pk}/evaluaties/{review.pk}/"
    return review


def decide(client, review, decisions: dict) -> object:
    data = {}
    for action, (decision, note) in decisions.items():
        data[f"decision_{action.pk}"] = decision
        data[f"note_{action.pk}"] = note
    return client.post(f"/coalities/{review.coalition_id}/evaluaties/{review.pk}/", data)


def test_stopped_sets_the_action_to_stopped_and_done_sets_it_to_done(client_a, coalition_a, review):
    stop = f.ActionFactory(coalition=coalition_a, title="Facebookgroep", status="in_bud")
    finish = f.ActionFactory(coalition=coalition_a, title="Zorgkaart", status="in_bloom")
    keep = f.ActionFactory(coalition=coalition_a, title="Nieuwsbrief", status="in_bloom")

    response = decide(client_a, review, {stop: ("stopped", "Te weinig bereik."), finish: ("done", ""),
                                         keep: ("continue", "")})

    assert response.status_code == 302
    for action in (stop, finish, keep):
        action.refresh_from_db()
    assert (stop.status, finish.status, keep.status) == ("stopped", "done", "in_bloom")
    assert ReviewItem.objects.get(action=stop).note == "Te weinig bereik."
    page = client_a.get(response["Location"])
    assert "3 besluiten vastgelegd." in page.content.decode()
    assert {d: len(items) for d, items in page.context["summary"].items()} == {
        "continue": 1, "new": 0, "stopped": 1, "done": 1}


def test_clearing_a_decision_removes_it(client_a, coalition_a, review):
    action = f.ActionFactory(coalition=coalition_a)
    decide(client_a, review, {action: ("continue", "")})

    decide(client_a, review, {action: ("", "")})

    assert not ReviewItem.objects.exists()


def test_an_unknown_decision_is_refused(client_a, coalition_a, review):
    action = f.ActionFactory(coalition=coalition_a, status="in_bud")

    response = decide(client_a, review, {action: ("vergeten", "")})

    assert response.status_code == 200
    assert f"decision_{action.pk}" in response.context["form"].errors
    action.refresh_from_db()
    assert action.status == "in_bud"
    assert not ReviewItem.objects.exists()


def test_a_second_review_for_the_same_year_is_refused(client_a, coalition_a, review):
    response = client_a.post(f"/coalities/{coalition_a.pk}/evaluaties/nieuw/",
                             {"year": review.year, "held_on": dt.date.today().isoformat()})

    assert response.status_code == 200
    assert response.context["form"].errors["year"] == [f"Voor {review.year} is al een jaarlijkse evaluatie vastgelegd."]
    assert YearlyReview.objects.filter(coalition=coalition_a).count() == 1


def test_editing_a_review_keeps_its_own_year(client_a, coalition_a, review):
    response = client_a.post(f"/coalities/{coalition_a.pk}/evaluaties/{review.pk}/bewerken/",
                             {"year": review.year, "held_on": review.held_on.isoformat(), "summary": "Bijgewerkt."})

    assert response.status_code == 302
    review.refresh_from_db()
    assert review.summary == "Bijgewerkt."


def test_a_year_before_kansrijke_start_is_refused(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/evaluaties/nieuw/",
                             {"year": 2016, "held_on": "2016-12-01"})

    assert response.context["form"].errors["year"] == ["Kies een jaar vanaf 2018 (de start van Kansrijke Start)."]
    assert not YearlyReview.objects.exists()


def test_a_working_group_member_cannot_record_decisions(client, coalition_a, review, member_a):
    action = f.ActionFactory(coalition=coalition_a, status="in_bud")
    client.force_login(member_a)

    response = decide(client, review, {action: ("stopped", "")})

    assert response.status_code == 403
    action.refresh_from_db()
    assert action.status == "in_bud"
