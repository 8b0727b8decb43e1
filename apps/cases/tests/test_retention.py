# SPDX-License-Identifier: EUPL-1.2
"""Retention: the dry run changes nothing; the real run anonymises expired closed cases and keeps the counts."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from apps.cases import explore, referrals
from apps.cases import testing as t
from apps.cases.models import AccessRecord, Case, IdentityKey


def state():
    """Every row of the case tables, raw (tokens included): what a dry run must leave exactly as it was."""
    tables = ["cases_case", "cases_signal", "cases_triage", "cases_supportgoal", "cases_referral", "cases_identitykey"]
    rows = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608 - fixed table names
            rows[table] = cursor.fetchall()
    return rows


@pytest.fixture
def expired_case(case_a, hub_nurse, care_coordinator, service, settings):
    settings.CASE_RETENTION_MONTHS = 24
    explore.triage(case_a, hub_nurse, "vulnerable", "Zorgen om geld, Fatma wil hulp.")
    explore.add_goal(case_a, care_coordinator, "finances", "Fatma heeft overzicht over haar schulden")
    referral = referrals.refer(case_a, hub_nurse, service, mode="logged", note="Bel Fatma op 06-…",
                               explicit_consent=False)
    referrals.move(referral, "rejected", hub_nurse, "no_capacity", "Wachtlijst voor Fatma")
    explore.close(case_a, care_coordinator, "support_ended", "Fatma redt het nu zelf.")
    case_a.closed_at = timezone.now() - datetime.timedelta(days=800)
    case_a.save()
    return case_a


def test_the_dry_run_changes_nothing(expired_case, midwife, hub_a):
    recent = t.signal(midwife, hub_a, name="Anna Peters")
    explore.close(recent, recent.hub.members.get().user, "moved", "Verhuisd")
    before = state()
    out = StringIO()
    call_command("purge_expired_cases", "--dry-run", stdout=out)
    assert "1 casussen zouden worden geanonimiseerd" in out.getvalue()
    assert state() == before


def test_the_real_run_anonymises_and_keeps_counts_and_trail(expired_case, midwife, hub_a):
    open_case = t.signal(midwife, hub_a, name="Anna Peters")
    trail_before = AccessRecord.objects.count()
    call_command("purge_expired_cases", stdout=StringIO())
    case = Case.objects.get(pk=expired_case.pk)
    assert case.anonymised_at is not None and not case.identified
    assert (case.full_name, case.date_of_birth, case.phone, case.postcode, case.pc4, case.outcome) == (
        "", None, "", "", "", "")
    assert case.display_name().startswith("Anoniem")
    texts = [s.description for s in case.signals.all()] + [t_.reasons for t_ in case.triages.all()] + [
        g.goal for g in case.goals.all()] + [r.note + r.reason_text for r in case.referrals.all()]
    assert not any("Fatma" in text for text in texts)
    assert not IdentityKey.objects.filter(case=case).exists()
    # What the figures count is still there.
    assert (case.status, case.phase, case.situations, case.triage_level, case.close_reason) == (
        "closed", "pregnant", ["poverty_debts", "weak_network"], "vulnerable", "support_ended")
    referral = case.referrals.get()
    assert (referral.status, referral.reason, referral.service_id is not None) == ("rejected", "no_capacity", True)
    assert case.due_date.day == 1
    assert AccessRecord.objects.count() == trail_before  # the trail is kept, untouched
    assert Case.objects.get(pk=open_case.pk).full_name == "Anna Peters"  # open cases are not touched
    # A second run finds nothing more.
    out = StringIO()
    call_command("purge_expired_cases", stdout=out)
    assert "0 casussen geanonimiseerd" in out.getvalue()
