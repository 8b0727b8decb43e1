# SPDX-License-Identifier: EUPL-1.2
"""Signalling: professionals with a registered profession, routed to the hub of the postcode."""

from __future__ import annotations

from django.urls import reverse

from apps.cases import testing as t
from apps.cases.models import AccessRecord, Case

VALID = {"consent_status": "given", "consent_scope": ["hub"], "consent_how": "verbal", "full_name": "Fatma Yılmaz",
         "date_of_birth": "1998-03-14", "phone": "0612345678", "postcode": "7941 AB", "phase": "pregnant",
         "due_date": "2027-05-20", "situations": ["poverty_debts"], "description": "Schulden, weinig netwerk."}


def test_a_midwife_signals_a_family_with_consent(client, hub_a, midwife):
    t.verify(client, midwife)
    response = client.post(reverse("cases:signal"), VALID)
    case = Case.objects.get()
    assert response.status_code == 302 and response.url == reverse("cases:detail", args=[case.pk])
    assert (case.hub, case.full_name, case.pc4, case.situations) == (hub_a, "Fatma Yılmaz", "7941", ["poverty_debts"])
    signal = case.signals.get()
    assert (signal.signalled_by, signal.source, signal.organisation.name) == (
        midwife, "midwife", "Verloskundigenpraktijk De Wieg Meppel")
    assert AccessRecord.objects.filter(case=case, action="create", user=midwife).count() == 1


def test_a_postcode_without_hub_says_whom_to_contact(client, hub_a, midwife):
    t.verify(client, midwife)
    page = client.post(reverse("cases:signal"), VALID | {"postcode": "1011 AB"}).content.decode()
    assert "geen lokaal knooppunt" in page and "(JGZ)" in page
    assert not Case.objects.exists()


def test_without_profession_no_signal(client, hub_a, lead_a):
    t.verify(client, lead_a)
    response = client.get(reverse("cases:signal"))
    assert response.status_code == 403 and "beroep" in response.content.decode()
    assert client.post(reverse("cases:signal"), VALID).status_code == 403
    assert client.post(reverse("case-list"), VALID).status_code == 403
    assert not Case.objects.exists()


def test_the_api_takes_the_same_signal_with_the_same_reasons(client, hub_a, midwife):
    t.verify(client, midwife)
    bad = client.post(reverse("case-list"), VALID | {"postcode": "9999 ZZ"}, content_type="application/json")
    assert bad.status_code == 400 and "knooppunt" in str(bad.json())
    ok = client.post(reverse("case-list"), VALID, content_type="application/json")
    assert ok.status_code == 201, ok.content
    body = ok.json()
    assert body["full_name"] == "Fatma Yılmaz" and body["hub"] == hub_a.pk
    anon = client.post(reverse("case-list"), VALID | {"consent_status": "not_yet", "consent_scope": [],
                                                      "full_name": "", "date_of_birth": "", "phone": ""},
                       content_type="application/json")
    assert anon.status_code == 201 and anon.json()["full_name"] is None


def test_unverified_api_signal_is_refused_with_a_reason(client, hub_a, midwife):
    client.force_login(midwife)
    response = client.post(reverse("case-list"), VALID, content_type="application/json")
    assert response.status_code == 403 and "tweestapsverificatie" in response.json()["detail"]
