# SPDX-License-Identifier: EUPL-1.2
"""Client route and gap analysis: phases × situations per municipality, gap notes linked to actions, exports."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.urls import reverse

from apps.actions.models import Action
from apps.core.testing import factories as f
from apps.directory.models import GapNote
from apps.directory.pathways import clientroute
from apps.directory.testing.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def _note_url(coalition, phase="during", situation="poverty_debts", municipality="GM0119") -> str:
    return reverse("directory:gapnote-edit", args=[coalition.pk, phase, situation]) + f"?gemeente={municipality}"


def test_cells_hold_the_active_services_covering_the_municipality(coalition_a):
    debt = ServiceFactory(name="Schuldhulp", phases=["during", "after"], situations=["poverty_debts"])
    ServiceFactory(name="Gesloten", phases=["during"], situations=["poverty_debts"], status="temporarily closed")
    ServiceFactory(name="Venlo", phases=["during"], situations=["poverty_debts"], covers=["GM0983"])

    route = clientroute.build(coalition_a, f.municipality("GM0119"))

    assert route.cell("during", "poverty_debts").services == [debt]
    assert route.cell("after", "poverty_debts").services == [debt]
    assert route.cell("before", "poverty_debts").is_gap
    assert len(route.cells) == 3 * len(route.rows)
    assert route.gap_count == len(route.cells) - 2


def test_page_shows_gaps_in_words_and_services_by_name(client_a, coalition_a):
    ServiceFactory(name="Schuldhulp Meppel", phases=["during"], situations=["poverty_debts"])
    page = client_a.get(reverse("directory:clientroute", args=[coalition_a.pk])).content.decode()
    assert "Klantroute Meppel" in page
    assert "Schuldhulp Meppel" in page
    assert "Gat: geen aanbod" in page  # not by colour alone


def test_a_regional_coalition_chooses_a_member_municipality(client):
    region = f.CoalitionFactory(name="Regio Noord- en Midden-Limburg", scope="regional", municipality=None)
    region.municipalities.add(f.municipality("GM0983"), f.municipality("GM0957"))
    client.force_login(f.member(region, "regional_coordinator"))
    ServiceFactory(name="Roermondse hulp", phases=["during"], situations=["poverty_debts"], covers=["GM0957"])
    url = reverse("directory:clientroute", args=[region.pk])

    first = client.get(url)
    chosen = client.get(url, {"gemeente": "GM0957"})

    assert first.context["route"].municipality.code == "GM0957"  # Roermond comes before Venlo
    assert "Roermondse hulp" in chosen.content.decode()
    assert client.get(url, {"gemeente": "GM0983"}).context["route"].municipality.code == "GM0983"
    assert client.get(url, {"gemeente": "GM0119"}).status_code == 404  # not a member municipality


def test_note_with_an_existing_action(client_a, coalition_a):
    action = f.ActionFactory(coalition=coalition_a, title="Budgetcoach werven")
    response = client_a.post(_note_url(coalition_a), {"note": "Geen budgetcoach", "action": action.pk})
    assert response.status_code == 302
    note = GapNote.objects.get(coalition=coalition_a)
    assert (note.phase, note.situation, note.municipality.code, note.action) == (
        "during", "poverty_debts", "GM0119", action)
    page = client_a.get(reverse("directory:clientroute", args=[coalition_a.pk])).content.decode()
    assert "Geen budgetcoach" in page and "Budgetcoach werven" in page


def test_note_creates_a_new_action_of_the_coalition(client_a, coalition_a):
    client_a.post(_note_url(coalition_a, "before"), {"note": "Niemand helpt bij schulden", "create_action": "on"})
    note = GapNote.objects.get(coalition=coalition_a)
    action = Action.objects.get(coalition=coalition_a)
    assert note.action == action
    assert action.description == "Niemand helpt bij schulden"
    assert action.action_line == "before"
    assert "Meppel" in action.title


def test_note_refuses_an_action_of_another_coalition(client_a, coalition_a, coalition_b):
    theirs = f.ActionFactory(coalition=coalition_b)
    response = client_a.post(_note_url(coalition_a), {"note": "x", "action": theirs.pk})
    assert response.status_code == 200 and response.context["form"].errors["action"]
    assert not GapNote.objects.exists()


def test_note_refuses_both_an_action_and_a_new_one(client_a, coalition_a):
    action = f.ActionFactory(coalition=coalition_a)
    response = client_a.post(_note_url(coalition_a), {"note": "x", "action": action.pk, "create_action": "on"})
    assert "niet allebei" in str(response.context["form"].errors["action"])
    assert Action.objects.filter(coalition=coalition_a).count() == 1


def test_unknown_cells_and_municipalities_are_not_found(client_a, coalition_a):
    assert client_a.get(_note_url(coalition_a, phase="ooit")).status_code == 404
    assert client_a.get(_note_url(coalition_a, situation="ruimtevaart")).status_code == 404
    assert client_a.get(_note_url(coalition_a, municipality="GM0983")).status_code == 404


def test_a_note_is_updated_and_deleted(client_a, coalition_a):
    client_a.post(_note_url(coalition_a), {"note": "Eerst"})
    client_a.post(_note_url(coalition_a), {"note": "Daarna"})
    assert list(GapNote.objects.values_list("note", flat=True)) == ["Daarna"]
    client_a.post(_note_url(coalition_a), {"delete": "1"})
    assert not GapNote.objects.exists()


def test_export_lists_every_cell_with_gap_and_note(client_a, coalition_a):
    ServiceFactory(name="Schuldhulp", phases=["during"], situations=["poverty_debts"])
    GapNote.objects.create(coalition=coalition_a, municipality=f.municipality("GM0119"), phase="before",
                           situation="poverty_debts", note="Nog niets voor de zwangerschap")
    url = reverse("directory:clientroute", args=[coalition_a.pk])

    csv = client_a.get(url, {"format": "csv"}).content.decode("utf-8-sig").splitlines()
    xlsx = client_a.get(url, {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active

    assert csv[0].split(";")[:5] == ["Situatie", "Fase", "Aantal aanbieders", "Aanbod", "Gat"]
    assert "armoede en schulden;Tijdens de zwangerschap;1;Schuldhulp;nee;;" in csv
    assert any("Nog niets voor de zwangerschap" in line and ";ja;" in line for line in csv)
    assert sheet.max_row == len(csv)
