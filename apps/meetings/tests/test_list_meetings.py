# SPDX-License-Identifier: EUPL-1.2
"""The meeting list shows per meeting the number of attendees and new connections."""

from __future__ import annotations

import datetime as dt

from apps.core.testing import factories as f


def test_the_meeting_list_shows_totals_per_meeting(client_a, coalition_a, coalition_b):
    spring = f.MeetingFactory(coalition=coalition_a, title="Voorjaarsbijeenkomst", date=dt.date(2025, 4, 1))
    f.AttendanceFactory(meeting=spring, attendees=5, new_connections=2)
    f.AttendanceFactory(meeting=spring, attendees=7, new_connections=4)
    f.AttendanceFactory(meeting=spring, organisation=None, municipality=coalition_a.municipality, attendees=3,
                        new_connections=None)
    f.MeetingFactory(coalition=coalition_a, title="Najaarsbijeenkomst", date=dt.date(2025, 10, 1))
    f.MeetingFactory(coalition=coalition_b, title="Bijeenkomst Venlo")

    response = client_a.get(f"/coalities/{coalition_a.pk}/bijeenkomsten/")

    rows = {cells[0]: cells for _url, cells in response.context["rows"]}
    assert set(rows) == {"Voorjaarsbijeenkomst", "Najaarsbijeenkomst"}
    assert rows["Voorjaarsbijeenkomst"][1:] == ["01-04-2025", "coalitiebijeenkomst", "–", "15", "6"]
    assert rows["Najaarsbijeenkomst"][4:] == ["–", "–"]
    page = response.content.decode()
    assert "<td>15</td><td>6</td>" in page
    assert "Bijeenkomst Venlo" not in page


def test_the_meeting_list_exports_the_totals_to_csv(client_a, coalition_a):
    meeting = f.MeetingFactory(coalition=coalition_a, title="Lerend netwerk", date=dt.date(2025, 5, 20))
    f.AttendanceFactory(meeting=meeting, attendees=10, new_connections=3)

    response = client_a.get(f"/coalities/{coalition_a.pk}/bijeenkomsten/?format=csv")

    lines = response.content.decode("utf-8").lstrip("\ufeff").splitlines()
    assert lines[0] == "Bijeenkomst;Datum;Soort;Locatie;Deelnemers;Nieuwe verbindingen"
    assert lines[1] == "Lerend netwerk;2025-05-20;coalitiebijeenkomst;;10;3"
