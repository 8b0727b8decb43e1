# SPDX-License-Identifier: EUPL-1.2
"""Meetings and who came: attendance per organisation and/or municipality, and new connections."""

from __future__ import annotations

import pytest

from apps.core.testing import factories as f
from apps.meetings.models import Attendance, Meeting


@pytest.fixture
def meeting(coalition_a):
    return f.MeetingFactory(coalition=coalition_a, title="Inspiratieavond Meppel")


def url(meeting) -> str:
    return f"/coalities/{meeting.coalition_id}/bijeenkomsten/{meeting.pk}/"


def test_a_meeting_is_created_and_opens_its_detail_page(client_a, coalition_a):
    response = client_a.post(f"/coalities/{coalition_a.pk}/bijeenkomsten/nieuw/", {
        "title": "Coalitiebijeenkomst voorjaar", "date": "2025-04-10", "kind": "coalition", "location": "Meppel",
    })

    meeting = Meeting.objects.get()
    assert response["Location"] == url(meeting)
    assert (meeting.coalition, str(meeting.date)) == (coalition_a, "2025-04-10")


def test_attendance_is_recorded_for_an_organisation(client_a, meeting):
    organisation = f.OrganisationFactory(name="Kraamzorg De Wieg")

    response = client_a.post(url(meeting), {"organisation": organisation.pk, "municipality": "", "attendees": 4,
                                            "new_connections": 3})

    assert response.status_code == 302
    attendance = Attendance.objects.get(meeting=meeting)
    assert (attendance.organisation, attendance.attendees, attendance.new_connections) == (organisation, 4, 3)
    page = client_a.get(url(meeting))
    assert (page.context["total"], page.context["connections"], page.context["answered"]) == (4, 3, 4)
    assert "Kraamzorg De Wieg" in page.content.decode()


def test_attendance_for_the_coalition_municipality_alone_is_accepted(client_a, meeting, coalition_a):
    client_a.post(url(meeting), {"municipality": coalition_a.municipality_id, "attendees": 2})

    attendance = Attendance.objects.get(meeting=meeting)
    assert (attendance.organisation, attendance.municipality, attendance.new_connections) == (
        None, coalition_a.municipality, None)


def test_more_new_connections_than_attendees_is_refused_with_a_dutch_message(client_a, meeting):
    organisation = f.OrganisationFactory()

    response = client_a.post(url(meeting), {"organisation": organisation.pk, "attendees": 2, "new_connections": 5})

    assert response.status_code == 200
    assert response.context["form"].errors["new_connections"] == [
        "Dit kan niet meer zijn dan het aantal deelnemers."
    ]
    assert "Dit kan niet meer zijn dan het aantal deelnemers." in response.content.decode()
    assert not Attendance.objects.exists()


def test_attendance_without_organisation_or_municipality_is_refused(client_a, meeting):
    response = client_a.post(url(meeting), {"organisation": "", "municipality": "", "attendees": 3})

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == ["Kies een organisatie, een gemeente of beide."]
    assert "Kies een organisatie, een gemeente of beide." in response.content.decode()
    assert not Attendance.objects.exists()


def test_zero_attendees_is_refused(client_a, meeting):
    response = client_a.post(url(meeting), {"organisation": f.OrganisationFactory().pk, "attendees": 0})

    assert "attendees" in response.context["form"].errors
    assert not Attendance.objects.exists()


def test_a_municipality_outside_the_coalition_is_refused(client_a, meeting):
    venlo = f.municipality("GM0983")

    response = client_a.post(url(meeting), {"municipality": venlo.pk, "attendees": 1})

    assert "municipality" in response.context["form"].errors
    assert not Attendance.objects.exists()


def test_an_attendance_line_is_deleted(client_a, meeting):
    attendance = f.AttendanceFactory(meeting=meeting)

    client_a.post(url(meeting), {"delete_attendance": attendance.pk})

    assert not Attendance.objects.exists()


def test_a_viewer_cannot_record_attendance(client, viewer_a, meeting):
    client.force_login(viewer_a)

    response = client.post(url(meeting), {"organisation": f.OrganisationFactory().pk, "attendees": 1})

    assert response.status_code == 403
    assert not Attendance.objects.exists()
