# SPDX-License-Identifier: EUPL-1.2
"""The public form: anyone may register, the parent herself too; it needs consent and a way to reach her."""

from __future__ import annotations

from django.urls import reverse

from apps.cases.models import AccessRecord, Case

FORM = {"who": "parent", "full_name": "Lotte Hendriks", "date_of_birth": "2001-07-02", "phone": "0687654321",
        "postcode": "7941 AB", "phase": "born", "child_birth_date": "2026-11-20", "description": "Ik ben zo moe.",
        "consent": "on"}


def test_a_parent_registers_herself(client, hub_a):
    response = client.post(reverse("cases:public-signal"), FORM)
    assert response.status_code == 302 and response.url == reverse("cases:public-thanks")
    case = Case.objects.get()
    assert (case.hub, case.full_name, case.consent_status) == (hub_a, "Lotte Hendriks", "given")
    assert case.signals.get().source == "parent" and case.consents.get().how == "online"
    record = AccessRecord.objects.get(case=case)
    assert (record.user, record.action, record.basis) == (None, "create", "self_registration")
    thanks = client.get(response.url).content.decode()
    assert "Lotte" not in thanks  # nothing of the registration is echoed


def test_without_consent_or_contact_nothing_is_kept(client, hub_a):
    page = client.post(reverse("cases:public-signal"), {**FORM, "consent": "", "phone": ""}).content.decode()
    assert "Zonder toestemming kunnen we niets" in page and "telefoonnummer of e-mailadres" in page
    assert not Case.objects.exists()


def test_outside_every_hub_the_form_says_whom_to_call(client, hub_a):
    page = client.post(reverse("cases:public-signal"), {**FORM, "postcode": "9999 AA"}).content.decode()
    assert "geen lokaal knooppunt" in page
    assert not Case.objects.exists()


def test_the_form_page_shows_emergency_numbers_as_links(client, db):
    page = client.get(reverse("cases:public-signal")).content.decode()
    assert 'href="tel:112"' in page and 'href="tel:08002000"' in page
