# SPDX-License-Identifier: EUPL-1.2
"""Pages that show one table also export it as CSV and Excel, with Dutch headers and only the user's data."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from apps.assessments.services import record
from apps.core.testing import factories as f


def csv_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return response.content.decode("utf-8-sig")


@pytest.mark.django_db
def test_the_coalition_list_exports_only_visible_coalitions(client_a, coalition_a, coalition_b):
    text = csv_text(client_a.get("/coalities/?format=csv"))
    assert text.splitlines()[0].startswith("Coalitie;Schaal;CBS-code")
    assert "Kansrijke Start Meppel;lokaal;GM0119" in text
    assert coalition_b.name not in text


@pytest.mark.django_db
def test_meeting_attendance_exports_per_organisation(client_a, coalition_a):
    meeting = f.MeetingFactory(coalition=coalition_a)
    f.AttendanceFactory(meeting=meeting, organisation=f.OrganisationFactory(name="Icare JGZ"), attendees=4,
                        new_connections=3)
    response = client_a.get(f"/coalities/{coalition_a.pk}/bijeenkomsten/{meeting.pk}/?format=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Organisatie", "Gemeente", "Deelnemers", "Nieuwe verbinding gemaakt")
    assert rows[1] == ("Icare JGZ", None, 4, 3)


@pytest.mark.django_db
def test_the_requirements_check_exports_every_check_with_its_verdict(client_a, coalition_a):
    text = csv_text(client_a.get(f"/coalities/{coalition_a.pk}/minimale-eisen/?format=csv"))
    lines = text.splitlines()
    assert len(lines) == 10  # header and the nine checks
    assert lines[9].startswith("9;") and "nog niet voldaan" in lines[9]


@pytest.mark.django_db
def test_a_self_assessment_snapshot_exports_its_points(client_a, coalition_a):
    items = {point: ("started", f"notitie {point}", "") for point in range(1, 11)}
    snapshot = record(coalition_a, "securing", dt.date(2024, 5, 1), items)
    text = csv_text(client_a.get(f"/coalities/{coalition_a.pk}/borging/{snapshot.pk}/?format=csv"))
    assert len(text.splitlines()) == 11
    assert "1;Stip op de horizon;mee bezig;notitie 1;" in text


@pytest.mark.django_db
def test_another_coalitions_page_export_is_not_found(client_a, coalition_b):
    meeting = f.MeetingFactory(coalition=coalition_b)
    assert client_a.get(f"/coalities/{coalition_b.pk}/bijeenkomsten/{meeting.pk}/?format=csv").status_code == 404
    assert client_a.get(f"/coalities/{coalition_b.pk}/minimale-eisen/?format=xlsx").status_code == 404
