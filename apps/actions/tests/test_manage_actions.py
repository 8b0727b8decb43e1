# SPDX-License-Identifier: EUPL-1.2
"""Actions on the roadmap: create, update, progress notes."""

from __future__ import annotations

import datetime as dt

from apps.actions.models import Action, ProgressNote
from apps.core.testing import factories as f


def action_data(**overrides) -> dict:
    data = {"title": "Inspiratieavond organiseren", "working_group": "", "owner": "Fatima El Amrani",
            "action_line": "after", "theme": "", "term": "short", "status": "sown", "due_date": "2025-11-20",
            "description": ""}
    data.update(overrides)
    return data


def test_an_action_is_created_for_the_coalition(client_a, coalition_a):
    group = f.WorkingGroupFactory(coalition=coalition_a, name="Werkgroep geboortezorg")

    response = client_a.post(f"/coalities/{coalition_a.pk}/acties/nieuw/", action_data(working_group=group.pk))

    assert response.status_code == 302
    assert response["Location"] == f"/coalities/{coalition_a.pk}/acties/"
    action = Action.objects.get()
    assert (action.coalition, action.working_group, action.status, str(action.due_date)) == (
        coalition_a, group, "sown", "2025-11-20")
    assert "Inspiratieavond organiseren" in client_a.get(response["Location"]).content.decode()


def test_an_action_is_updated(client_a, coalition_a):
    action = f.ActionFactory(coalition=coalition_a, title="Folder maken", status="sown")

    response = client_a.post(f"/coalities/{coalition_a.pk}/acties/{action.pk}/bewerken/",
                             action_data(title="Folder maken en verspreiden", status="in_bloom", term="long"))

    assert response.status_code == 302
    action.refresh_from_db()
    assert (action.title, action.status, action.term) == ("Folder maken en verspreiden", "in_bloom", "long")


def test_a_working_group_of_another_coalition_is_refused(client_a, coalition_a, coalition_b):
    foreign = f.WorkingGroupFactory(coalition=coalition_b)

    response = client_a.post(f"/coalities/{coalition_a.pk}/acties/nieuw/", action_data(working_group=foreign.pk))

    assert "working_group" in response.context["form"].errors
    assert not Action.objects.exists()


def test_an_action_of_another_coalition_cannot_be_edited(client_a, coalition_a, coalition_b):
    foreign = f.ActionFactory(coalition=coalition_b, title="Venlo-actie")

    response = client_a.post(f"/coalities/{coalition_a.pk}/acties/{foreign.pk}/bewerken/", action_data())

    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.title == "Venlo-actie"


def test_a_progress_note_is_added_with_its_author(client_a, coalition_a, lead_a):
    action = f.ActionFactory(coalition=coalition_a)
    today = dt.date.today()

    response = client_a.post(f"/coalities/{coalition_a.pk}/acties/{action.pk}/",
                             {"date": today.isoformat(), "text": "Eerste werkgroepoverleg gehouden."})

    assert response.status_code == 302
    note = ProgressNote.objects.get(action=action)
    assert (note.author, note.date, note.text) == (lead_a, today, "Eerste werkgroepoverleg gehouden.")
    page = client_a.get(response["Location"]).content.decode()
    assert f"({lead_a})" in page
    assert "Eerste werkgroepoverleg gehouden." in page


def test_a_progress_note_dated_in_the_future_is_refused(client_a, coalition_a):
    action = f.ActionFactory(coalition=coalition_a)
    tomorrow = dt.date.today() + dt.timedelta(days=1)

    response = client_a.post(f"/coalities/{coalition_a.pk}/acties/{action.pk}/",
                             {"date": tomorrow.isoformat(), "text": "Vooruitgelopen."})

    assert response.status_code == 200
    assert "Voortgang kan niet in de toekomst liggen." in response.content.decode()
    assert not ProgressNote.objects.exists()


def test_a_viewer_cannot_add_progress(client, viewer_a, coalition_a):
    action = f.ActionFactory(coalition=coalition_a)
    client.force_login(viewer_a)

    response = client.post(f"/coalities/{coalition_a.pk}/acties/{action.pk}/",
                           {"date": dt.date.today().isoformat(), "text": "Mag niet."})

    assert response.status_code == 403
    assert not ProgressNote.objects.exists()


def test_a_working_group_member_may_add_progress(client, coalition_a, member_a):
    action = f.ActionFactory(coalition=coalition_a)
    client.force_login(member_a)

    client.post(f"/coalities/{coalition_a.pk}/acties/{action.pk}/",
                {"date": dt.date.today().isoformat(), "text": "Folder bij de drukker."})

    assert ProgressNote.objects.get().author == member_a
