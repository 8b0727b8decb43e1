# SPDX-License-Identifier: EUPL-1.2
"""The flower bed: one click moves an action one step (audited, once per click), and late actions are flagged."""

from __future__ import annotations

import datetime as dt

import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from apps.actions.models import Action
from apps.core.testing import factories as f

TODAY = dt.date.today()


@pytest.fixture
def action(coalition_a):
    return f.ActionFactory(coalition=coalition_a, title="Folder prenataal huisbezoek", status="sown")


def step_url(action) -> str:
    return reverse("actions:action-step", args=[action.coalition_id, action.pk])


def test_a_working_group_member_moves_an_action_one_step_from_the_overview(client, member_a, action, coalition_a):
    client.force_login(member_a)
    overview = client.get(reverse("overview:coalition", args=[coalition_a.pk])).content.decode()
    # The card carries a form to the step route, drawn from the action's state, with a named button.
    assert f'action="{step_url(action)}"' in overview
    assert 'name="from" value="sown"' in overview
    assert 'aria-label="naar in knop: Folder prenataal huisbezoek">naar in knop</button>' in overview

    response = client.post(step_url(action), {"from": "sown", "next": f"/coalities/{coalition_a.pk}/"}, follow=True)
    assert response.redirect_chain[-1][0] == f"/coalities/{coalition_a.pk}/"
    assert "“Folder prenataal huisbezoek” staat nu op in knop." in response.content.decode()
    action.refresh_from_db()
    assert action.status == "in_bud"
    entry = LogEntry.objects.get_for_object(action).order_by("-timestamp").first()
    assert entry.actor == member_a and entry.changes_dict["status"] == ["sown", "in_bud"]


def test_a_double_submit_moves_the_action_only_once(client, lead_a, action):
    client.force_login(lead_a)
    client.post(step_url(action), {"from": "sown"})
    response = client.post(step_url(action), {"from": "sown"}, follow=True)
    action.refresh_from_db()
    assert action.status == "in_bud"
    assert "staat al op in knop" in response.content.decode()


def test_the_steps_go_to_done_and_no_further(client, lead_a, action):
    client.force_login(lead_a)
    for source, target in (("sown", "in_bud"), ("in_bud", "in_bloom"), ("in_bloom", "done")):
        client.post(step_url(action), {"from": source})
        action.refresh_from_db()
        assert action.status == target
    response = client.post(step_url(action), {"from": "done"}, follow=True)
    action.refresh_from_db()
    assert action.status == "done"
    assert "al afgerond of gestopt" in response.content.decode()


def test_a_viewer_sees_no_step_button_and_cannot_post_one(client, viewer_a, action, coalition_a):
    client.force_login(viewer_a)
    overview = client.get(reverse("overview:coalition", args=[coalition_a.pk])).content.decode()
    assert step_url(action) not in overview
    assert client.post(step_url(action), {"from": "sown"}).status_code == 403
    action.refresh_from_db()
    assert action.status == "sown"


def test_a_step_never_redirects_off_site(client, lead_a, action, coalition_a):
    client.force_login(lead_a)
    response = client.post(step_url(action), {"from": "sown", "next": "https://evil.example/"})
    assert response["Location"] == f"/coalities/{coalition_a.pk}/"


def test_actions_past_their_target_date_are_flagged_on_the_cards_and_the_action(client, lead_a, coalition_a):
    late = f.ActionFactory(coalition=coalition_a, title="Voorlichting scholen", status="in_bud",
                           due_date=TODAY - dt.timedelta(days=3))
    f.ActionFactory(coalition=coalition_a, title="Op tijd", status="in_bud", due_date=TODAY + dt.timedelta(days=3))
    f.ActionFactory(coalition=coalition_a, title="Klaar", status="done", due_date=TODAY - dt.timedelta(days=30))
    client.force_login(lead_a)
    page = client.get(reverse("overview:coalition", args=[coalition_a.pk])).content.decode()
    assert page.count("verstreken</strong>") == 1
    assert f"streefdatum {late.due_date:%d-%m-%Y} verstreken" in page
    assert "1 over de streefdatum" in page
    detail = client.get(reverse("actions:action-detail", args=[coalition_a.pk, late.pk])).content.decode()
    assert "streefdatum verstreken" in detail
    on_time = Action.objects.get(title="Op tijd")
    assert "streefdatum verstreken" not in client.get(
        reverse("actions:action-detail", args=[coalition_a.pk, on_time.pk])).content.decode()


def test_the_printable_overview_has_no_step_buttons(client, lead_a, action, coalition_a):
    client.force_login(lead_a)
    printable = client.get(reverse("overview:coalition", args=[coalition_a.pk]), {"print": 1}).content.decode()
    assert "Folder prenataal huisbezoek" in printable and step_url(action) not in printable
