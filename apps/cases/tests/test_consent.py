# SPDX-License-Identifier: EUPL-1.2
"""No consent, no name: anonymous until consent is given; withdrawal removes what it allowed."""

from __future__ import annotations

import datetime

from django.db import connection
from django.urls import reverse

from apps.cases import testing as t
from apps.cases.flow import WITHDRAWN_TEXT
from apps.cases.models import AccessRecord, Case, ConsentRecord, IdentityKey


def raw_row(case):
    with connection.cursor() as cursor:
        cursor.execute("SELECT full_name, date_of_birth, phone, postcode, due_date FROM cases_case WHERE id = %s",
                       [case.pk])
        return cursor.fetchone()


def test_without_consent_nothing_identifying_is_stored(hub_a, midwife, hub_nurse):
    case = t.signal(midwife, hub_a, consent=False, due_date=datetime.date(2027, 5, 20))
    case.refresh_from_db()
    full_name, born, phone, postcode, due = raw_row(case)
    assert (full_name, born, phone, postcode) == ("", "", "", "")
    assert str(due).startswith("2027-05-01")  # the month stays, to plan care; the exact date does not
    assert case.pc4 == "7941"
    assert not IdentityKey.objects.filter(case=case).exists()
    assert case.display_name() == f"Anoniem ({case.reference})"


def test_the_model_itself_refuses_a_name_without_consent(hub_a):
    case = Case(hub=hub_a, full_name="Fatma Yılmaz", date_of_birth=datetime.date(1998, 3, 14), phone="06")
    case.save()
    case.refresh_from_db()
    assert (case.full_name, case.date_of_birth, case.phone) == ("", None, "")


def test_signal_form_refuses_a_name_without_consent(client, hub_a, midwife):
    t.verify(client, midwife)
    response = client.post(reverse("cases:signal"), {
        "consent_status": "not_yet", "full_name": "Fatma Yılmaz", "postcode": "7941 AB", "phase": "pregnant",
        "due_date": "2027-05-20"})
    assert response.status_code == 200
    assert "Zonder toestemming legt u geen naam" in response.content.decode()
    assert not Case.objects.exists()


def test_consent_given_later_adds_the_name(client, hub_a, midwife, hub_nurse):
    case = t.signal(midwife, hub_a, consent=False)
    t.verify(client, hub_nurse)
    response = client.post(reverse("cases:consent", args=[case.pk]), {
        "status": "given", "scope": ["hub", "share"], "how": "written", "full_name": "Fatma Yilmaz",
        "date_of_birth": "1998-03-14", "phone": "0612345678", "postcode": "7941ab"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.full_name, case.date_of_birth, case.postcode) == ("Fatma Yilmaz", datetime.date(1998, 3, 14),
                                                                   "7941 AB")
    assert IdentityKey.objects.filter(case=case).count() == 3
    assert list(case.consents.values_list("status", "recorded_by")) == [("not_yet", midwife.pk),
                                                                          ("given", hub_nurse.pk)]
    assert AccessRecord.objects.filter(case=case, user=hub_nurse, action="consent").count() == 1


def test_withdrawal_removes_identity_free_text_and_index(client, case_a, midwife):
    t.verify(client, midwife)  # the signaller may record it too
    response = client.post(reverse("cases:consent", args=[case_a.pk]), {"status": "withdrawn"})
    assert response.status_code == 302
    case_a.refresh_from_db()
    assert raw_row(case_a)[:4] == ("", "", "", "")
    assert case_a.consent_scope == [] and case_a.consent_status == "withdrawn"
    assert [s.description for s in case_a.signals.all()] == [WITHDRAWN_TEXT]
    assert not IdentityKey.objects.filter(case=case_a).exists()
    assert ConsentRecord.objects.filter(case=case_a).last().status == "withdrawn"
    page = client.get(reverse("cases:detail", args=[case_a.pk])).content.decode()
    assert "Yılmaz" not in page and "Anoniem" in page


def test_consent_given_needs_name_scope_and_how(client, hub_a, midwife):
    case = t.signal(midwife, hub_a, consent=False)
    t.verify(client, midwife)
    page = client.post(reverse("cases:consent", args=[case.pk]), {"status": "given"}).content.decode()
    for text in ("ten minste het bespreken in het knooppunt", "Geef aan hoe de toestemming is gegeven",
                 "Met toestemming is dit nodig"):
        assert text in page
    case.refresh_from_db()
    assert case.consent_status == "not_yet"


def test_change_history_keeps_no_identifiers(case_a):
    from auditlog.models import LogEntry

    text = " ".join(str(e.changes) + e.object_repr for e in LogEntry.objects.all())
    assert "Yılmaz" not in text and "0612345678" not in text and "1998" not in text
    assert case_a.reference in text
