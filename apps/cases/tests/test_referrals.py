# SPDX-License-Identifier: EUPL-1.2
"""Referrals, closed loop: the status table, who moves, reasons, capacity, live vs logged, overdue, notifications
without personal data, gap signals in the client route; and warm handovers with the receiver's acknowledgement."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from apps.cases import explore, referrals
from apps.cases import testing as t
from apps.cases.models import AccessRecord, Referral
from apps.cases.workflow import REFERRAL


@pytest.fixture
def referral(case_a, hub_nurse, service):
    return referrals.refer(case_a, hub_nurse, service, mode="live", note="Graag bellen.", explicit_consent=True)


def test_a_live_referral_is_sent_with_the_capacity_seen_and_a_mail_without_personal_data(referral, case_a):
    assert (referral.status, referral.capacity_seen) == ("requested", "wachtlijst, ongeveer 6 weken")
    assert referral.respond_by == timezone.localdate() + datetime.timedelta(days=10)
    assert [e.target for e in referral.events.all()] == ["draft", "requested"]
    (message,) = mail.outbox
    assert message.to == ["thuisadministratie@humanitas.invalid"]  # the service's own address first
    text = message.subject + message.body
    assert reverse("cases:incoming") in text
    for secret in ("Fatma", "Yılmaz", case_a.reference, "0612345678", "Graag bellen"):
        assert secret not in text


def test_live_needs_consent_to_share_logged_does_not(hub_a, midwife, hub_nurse, service):
    anonymous = t.signal(midwife, hub_a, consent=False)
    with pytest.raises(ValidationError):
        referrals.refer(anonymous, hub_nurse, service, mode="live", note="", explicit_consent=True)
    logged = referrals.refer(anonymous, hub_nurse, service, mode="logged", note="Telefonisch aangemeld",
                             explicit_consent=False)
    assert logged.status == "requested" and not mail.outbox
    # Logged: the receiver is not in the loop, so the referring side records the answer it got by phone.
    referrals.move(logged, "accepted", hub_nurse)
    assert logged.status == "accepted"


def test_the_receiver_answers_the_referrer_cannot_answer_for_her(referral, hub_nurse, receiver, midwife):
    assert not REFERRAL.allowed(hub_nurse, referral, "accepted")
    with pytest.raises(PermissionDenied):
        referrals.move(referral, "accepted", midwife)
    referrals.move(referral, "accepted", receiver)
    referrals.move(referral, "in_progress", receiver)
    with pytest.raises(ValidationError):
        referrals.move(referral, "on_hold", receiver)  # a pause needs a reason
    referrals.move(referral, "on_hold", receiver, "client_declined", "Na de bevalling verder.")
    referrals.move(referral, "in_progress", receiver)
    referrals.move(referral, "completed", receiver)
    assert [e.target for e in referral.events.all()] == [
        "draft", "requested", "accepted", "in_progress", "on_hold", "in_progress", "completed"]
    with pytest.raises(ValidationError):
        referrals.move(referral, "cancelled", hub_nurse, "other")  # a completed loop stays closed
    assert len(mail.outbox) == 1 + 5  # sent, then each of the receiver's answers to the referring side


def test_receiver_sees_the_case_summary_and_her_referral_only(client, referral, receiver, case_a, hub_nurse,
                                                               service):
    other_org = t.partner(case_a.hub.coalition, "Stevig Ouderschap Drenthe")
    from apps.directory.testing.factories import ServiceFactory

    elsewhere = referrals.refer(case_a, hub_nurse, ServiceFactory(organisation=other_org), mode="live", note="",
                                explicit_consent=True)
    t.verify(client, receiver)
    page = client.get(reverse("cases:detail", args=[case_a.pk])).content.decode()
    assert "Fatma Yılmaz" in page and "Thuisadministratie" in page
    assert "Zorgen over geld" not in page  # the signal's text is the hub's, not hers
    assert str(other_org) not in page
    assert client.get(reverse("cases:referral", args=[case_a.pk, elsewhere.pk])).status_code == 404
    incoming = client.get(reverse("cases:incoming")).content.decode()
    assert "Fatma Yılmaz" in incoming and reverse("cases:referral", args=[case_a.pk, referral.pk]) in incoming
    assert AccessRecord.objects.filter(user=receiver, action="list", basis="receiving_organisation").exists()


def test_rejecting_needs_a_reason_through_the_page_and_counts_on_the_dashboard(client, referral, receiver, case_a,
                                                                                hub_nurse):
    t.verify(client, receiver)
    url = reverse("cases:referral", args=[case_a.pk, referral.pk])
    page = client.post(url, {"target": "rejected"}).content.decode()
    assert "Geef een reden op" in page
    client.post(url, {"target": "rejected", "rejected-reason": "no_capacity"})
    referral.refresh_from_db()
    assert (referral.status, referral.reason) == ("rejected", "no_capacity")
    t.verify(client, hub_nurse)
    dashboard = client.get(reverse("cases:hub", args=[case_a.hub_id])).content.decode()
    assert "Geen plek of capaciteit: 1" in dashboard


def test_a_capacity_refusal_is_a_gap_signal_in_the_client_route(client, referral, receiver, case_a, lead_a):
    referrals.move(referral, "rejected", receiver, "no_capacity")
    client.force_login(lead_a)  # a project lead sees the aggregate signal, never the case
    page = client.get(reverse("directory:clientroute", args=[case_a.hub.coalition_id])).content.decode()
    assert "Thuisadministratie voor aanstaande ouders: verwijzingen afgewezen wegens capaciteit (minder dan 10)" in page
    assert case_a.reference not in page and "Yılmaz" not in page


def test_overdue_referrals_surface_on_the_hub_dashboard(client, referral, case_a, hub_nurse):
    Referral.objects.filter(pk=referral.pk).update(respond_by=timezone.localdate() - datetime.timedelta(days=1))
    referral.refresh_from_db()
    assert referral.overdue
    t.verify(client, hub_nurse)
    page = client.get(reverse("cases:hub", args=[case_a.hub_id])).content.decode()
    assert "antwoord verwacht voor" in page and case_a.reference in page


def test_warm_handover_midwife_to_jgz_is_acknowledged_by_the_receiver(client, hub_a, midwife, org_jgz, hub_nurse):
    case = t.signal(midwife, hub_a, consent_scope=["hub", "share"])
    org_jgz.email = "jgz@ggd-drenthe.invalid"
    org_jgz.save()
    nurse_elsewhere = t.professional(org_jgz, "jgz", first_name="Anna", last_name="Smit")  # JGZ, not in the hub
    t.verify(client, midwife)
    client.post(reverse("cases:handover", args=[case.pk]), {
        "from_phase": "midwife", "to_phase": "jgz", "organisation": org_jgz.pk,
        "summary": "Bevalling goed verlopen; moeder somber, graag vroeg huisbezoek."})
    handover = case.handovers.get()
    (message,) = mail.outbox
    assert message.to == ["jgz@ggd-drenthe.invalid"] and "somber" not in message.body
    t.verify(client, nurse_elsewhere)  # her organisation received it: now she sees the case
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "graag vroeg huisbezoek" in page and "Ontvangst bevestigen" in page
    client.post(reverse("cases:handover-ack", args=[case.pk, handover.pk]))
    handover.refresh_from_db()
    assert handover.acknowledged_by == nurse_elsewhere and handover.acknowledged_at
    assert client.get(reverse("cases:handover-ack", args=[case.pk, handover.pk])).status_code == 405
    t.verify(client, midwife)  # the midwife may hand over, not acknowledge
    assert client.post(reverse("cases:handover-ack", args=[case.pk, handover.pk])).status_code == 403


def test_a_handover_needs_consent_to_share(hub_a, midwife, org_jgz):
    case = t.signal(midwife, hub_a)  # consent for the hub only
    with pytest.raises(ValidationError):
        referrals.hand_over(case, midwife, from_phase="midwife", to_phase="jgz", organisation=org_jgz,
                            summary="x")


def test_the_timeline_tells_the_route_in_order(client, referral, receiver, case_a, hub_nurse):
    explore.triage(case_a, hub_nurse, "vulnerable", "Huisbezoek.")
    referrals.move(referral, "accepted", receiver)
    t.verify(client, hub_nurse)
    page = client.get(reverse("cases:detail", args=[case_a.pk])).content.decode()
    timeline = page[page.index("Tijdlijn"):]
    order = [timeline.index(text) for text in ("geaccepteerd", "Inschatting: kwetsbaar", "Signaal: verloskundige")]
    assert order == sorted(order)  # newest first


def test_the_referrals_api_lists_what_each_side_may_follow(client, referral, receiver, midwife, hub_nurse, case_a):
    for user, expected in ((hub_nurse, {referral.pk}), (receiver, {referral.pk}), (midwife, set())):
        t.verify(client, user)
        rows = client.get(reverse("referral-list")).json()["results"]
        assert {row["id"] for row in rows} == expected, user
    t.verify(client, receiver)
    row = client.get(reverse("referral-list")).json()["results"][0]
    assert (row["case_reference"], row["to_organisation"], row["status"]) == (case_a.reference, "Humanitas Meppel",
                                                                               "requested")
    assert AccessRecord.objects.filter(case=case_a, user=receiver, action="list").count() == 2


def test_a_service_that_leaves_the_directory_leaves_the_referral_and_its_name(referral, service, hub_nurse, client,
                                                                             case_a):
    service.delete()
    referral.refresh_from_db()
    assert (referral.service, referral.service_name, referral.status) == (
        None, "Thuisadministratie voor aanstaande ouders", "requested")
    t.verify(client, hub_nurse)
    page = client.get(reverse("cases:referral", args=[case_a.pk, referral.pk])).content.decode()
    assert "Thuisadministratie voor aanstaande ouders" in page
