# SPDX-License-Identifier: EUPL-1.2
"""The case flow's demo: the Meppel hub and its families, walkable by a newcomer with a two-step code."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from apps.cases import explore
from apps.cases.models import Case, Handover, Hub, Referral
from apps.demo.loader import DemoLoader


@pytest.fixture
def demo(db, monkeypatch):
    monkeypatch.setenv("KANSRIJK_DEV", "1")
    loader = DemoLoader("kansrijk-demo")
    loader.load()
    return loader


def code_for(username: str) -> str:
    out = StringIO()
    call_command("demo_code", username, stdout=out)
    return out.getvalue().strip()


def test_the_meppel_hub_has_its_team_and_families_in_each_built_state(demo):
    hub = Hub.objects.get(coalition__name="Kansrijke Start Meppel")
    assert hub.get_cadence_display() == "elke drie weken"
    assert {m.user.username for m in hub.members.all()} == {"lotte.devries", "sanne.bakker", "wijkcoach"}
    cases = {key: Case.objects.get(pk=case.pk) for key, case in demo.demo_cases.items()}
    assert {c.consent_status for c in cases.values()} == {"given", "not_yet", "refused"}
    assert cases["anon"].full_name == "" and cases["consented"].full_name == "Samira el Idrissi"
    assert {key: c.status for key, c in cases.items()} == {
        "anon": "new", "consented": "home_visit", "coordinated": "support", "refused": "new",
        "meeting": "case_meeting", "home_visit": "home_visit", "closed": "closed", "duplicate": "new"}
    assert cases["coordinated"].care_coordinator.username == "wijkcoach"
    assert cases["coordinated"].goals.count() == 2
    assert list(explore.known_matches(cases["duplicate"])) == [cases["consented"]]  # a spelling variant
    statuses = sorted(Referral.objects.filter(case__hub=hub).values_list("mode", "status", "reason"))
    assert statuses == [("live", "in_progress", ""), ("live", "rejected", "no_capacity"), ("live", "requested", ""),
                        ("logged", "accepted", "")]
    assert sum(r.overdue for r in Referral.objects.filter(case__hub=hub)) == 1
    assert sorted(h.acknowledged_at is not None for h in Handover.objects.filter(case__hub=hub)) == [False, True]
    DemoLoader("kansrijk-demo").load()  # again: no second copy of any family, meeting, goal or referral
    assert Case.objects.filter(hub=hub).count() == 8 and hub.meetings.count() == 1
    assert Referral.objects.filter(case__hub=hub).count() == 4


def test_a_newcomer_logs_in_with_the_printed_code_and_walks_to_a_case(client, demo, settings):
    out = StringIO()
    call_command("demo", stdout=out)
    assert "demo_code" in out.getvalue() and "femke.jansen" in out.getvalue()
    response = client.post(reverse("login"), {"username": "lotte.devries", "password": "kansrijk-demo",
                                              "otp_token": code_for("lotte.devries")})
    assert response.status_code == 302
    page = client.get(reverse("cases:index")).content.decode()
    assert "Samira el Idrissi" in page and "Anoniem" in page


def test_the_receiving_organisation_answers_in_the_demo(client, demo):
    response = client.post(reverse("login"), {"username": "aanbieder.meppel", "password": "kansrijk-demo",
                                              "otp_token": code_for("aanbieder.meppel")})
    assert response.status_code == 302
    page = client.get(reverse("cases:incoming")).content.decode()
    assert "Samira el Idrissi" in page and "Thuisadministratie voor aanstaande ouders" in page


def test_demo_code_refuses_real_accounts_and_production(demo, settings):
    with pytest.raises(CommandError):
        code_for("projectleider")  # no demo device
    settings.CASE_DEV_KEYS = False
    with pytest.raises(CommandError):
        code_for("lotte.devries")
