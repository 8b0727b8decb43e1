# SPDX-License-Identifier: EUPL-1.2
"""The access trail (NEN 7513): complete, unchangeable, and readable by the privacy officer only."""

from __future__ import annotations

import csv
import io

import pytest
from django.db import connection, transaction
from django.db.utils import InternalError, ProgrammingError
from django.urls import reverse

from apps.cases import testing as t
from apps.cases.models import AccessRecord


def test_a_read_records_who_what_when_where_and_why(client, case_a, hub_nurse):
    t.verify(client, hub_nurse)
    client.get(reverse("cases:detail", args=[case_a.pk]), REMOTE_ADDR="192.0.2.7")
    record = AccessRecord.objects.filter(case=case_a, action="read").get()
    assert record.username == hub_nurse.username and record.user_name == "Noor Bakker"
    assert "jeugdgezondheidszorg" in record.role and record.organisations == "GGD Drenthe JGZ"
    assert (record.case_reference, record.ip_address, record.basis) == (case_a.reference, "192.0.2.7", "hub_member")
    assert record.at is not None


def test_creating_a_signal_is_recorded_as_the_signallers(case_a, midwife):
    record = AccessRecord.objects.get(case=case_a, action="create")
    assert (record.user, record.basis) == (midwife, "signaller")


def test_the_application_cannot_change_or_delete_a_record(case_a):
    record = AccessRecord.objects.filter(case=case_a).first()
    record.detail = "anders"
    with pytest.raises(PermissionError):
        record.save()
    with pytest.raises(PermissionError):
        record.delete()
    with pytest.raises(PermissionError):
        AccessRecord.objects.filter(pk=record.pk).update(detail="anders")
    with pytest.raises(PermissionError):
        AccessRecord.objects.all().delete()


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the trigger exists on PostgreSQL only")
def test_on_postgresql_not_even_sql_can_change_or_delete(case_a):
    pk = AccessRecord.objects.filter(case=case_a).first().pk
    for sql in ("UPDATE cases_accessrecord SET detail = 'x' WHERE id = %s", "DELETE FROM cases_accessrecord WHERE id = %s"):
        with pytest.raises((InternalError, ProgrammingError)), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [pk])
    assert AccessRecord.objects.filter(pk=pk).exists()


@pytest.mark.parametrize("persona,status", [
    ("privacy_officer", 200), ("hub_nurse", 403), ("lead_a", 403), ("maintainer", 200),
])
def test_only_who_holds_the_permission_reads_the_trail(request, client, case_a, persona, status):
    # A maintainer holds every permission (Django's ModelBackend); the trail shows who accessed, never content.
    t.verify(client, request.getfixturevalue(persona))
    response = client.get(reverse("cases:access-trail"))
    assert response.status_code == status
    if status == 200:
        assert case_a.reference in response.content.decode()
        assert "Fatma" not in response.content.decode()


def test_privacy_officer_finds_who_looked_by_name_and_date_of_birth(client, case_a, hub_nurse, privacy_officer):
    t.verify(client, hub_nurse)
    client.get(reverse("cases:detail", args=[case_a.pk]))
    t.verify(client, privacy_officer)
    page = client.get(reverse("cases:access-trail"), {"full_name": "fatma yilmaz", "date_of_birth": "1998-03-14",
                                                       "action": "read"}).content.decode()
    assert "Noor Bakker" in page and "1 registratie" in page
    other = client.get(reverse("cases:access-trail"), {"full_name": "Fatma Yılmaz", "date_of_birth": "1998-03-15"})
    assert "0 registraties" in other.content.decode()
    # Reading the trail is recorded too, without the name that was searched for.
    trail = AccessRecord.objects.filter(user=privacy_officer, action="trail")
    assert trail.count() == 2 and all("Fatma" not in r.detail and "fatma" not in r.detail for r in trail)


def test_the_trail_exports_as_csv_and_xlsx(client, case_a, privacy_officer):
    t.verify(client, privacy_officer)
    response = client.get(reverse("cases:access-trail"), {"reference": case_a.reference, "format": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))  # Dutch Excel
    assert rows[0][:3] == ["Tijdstip", "Gebruikersnaam", "Naam"]
    assert {row[5] for row in rows[1:]} == {case_a.reference}
    xlsx = client.get(reverse("cases:access-trail"), {"format": "xlsx"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert AccessRecord.objects.filter(user=privacy_officer, action="export").count() == 2
