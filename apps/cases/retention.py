# SPDX-License-Identifier: EUPL-1.2
"""Retention (AVG): a closed case is anonymised once its retention period has passed.

What goes: every identifier, every free text (signals, triage reasons, minutes, decisions, goals, referral notes and
reasons, handover summaries, the outcome), the blind-index keys, the postcode area and exact dates (months stay).
What stays: what the monitoring figures count — hub, phase, situations, statuses, triage levels, referral states and
reasons, services, timestamps — and the access trail, which is never touched.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.cases.choices import CaseStatus
from apps.cases.models import Case, CaseMeeting, Handover, IdentityKey, MeetingItem, Referral, Signal, SupportGoal, Triage

GONE = "[geanonimiseerd]"


@dataclass
class Outcome:
    cases: int
    texts: int


def cutoff(now: datetime.datetime | None = None) -> datetime.datetime:
    now = now or timezone.now()
    months = settings.CASE_RETENTION_MONTHS
    year, month = divmod(now.month - 1 - months, 12)
    day = min(now.day, 28)  # a month back from the 31st lands on a day that exists
    return now.replace(year=now.year + year, month=month + 1, day=day)


def expired(now: datetime.datetime | None = None):
    return Case.objects.filter(status=CaseStatus.CLOSED, closed_at__lt=cutoff(now), anonymised_at__isnull=True)


def purge(*, dry_run: bool, now: datetime.datetime | None = None) -> Outcome:
    cases = list(expired(now).values_list("pk", flat=True))
    texts = (Signal.objects.filter(case__in=cases).exclude(description="").count()
             + Triage.objects.filter(case__in=cases).count() + MeetingItem.objects.filter(case__in=cases).count()
             + SupportGoal.objects.filter(case__in=cases).count() + Referral.objects.filter(case__in=cases).count()
             + Handover.objects.filter(case__in=cases).count())
    if dry_run or not cases:
        return Outcome(len(cases), texts)
    stamp = timezone.now()
    with transaction.atomic():
        # Free text is never in the change history, so bulk updates lose no trail; the case rows go one by one so
        # that Case.save applies the same stripping as "no consent" and the history records `anonymised_at`.
        Signal.objects.filter(case__in=cases).exclude(description="").update(description=GONE)
        Triage.objects.filter(case__in=cases).update(reasons=GONE)
        MeetingItem.objects.filter(case__in=cases).update(notes="", decision="")
        SupportGoal.objects.filter(case__in=cases).update(goal=GONE)
        Referral.objects.filter(case__in=cases).update(note="", reason_text="")
        Handover.objects.filter(case__in=cases).update(summary=GONE)
        IdentityKey.objects.filter(case__in=cases).delete()
        meetings = CaseMeeting.objects.filter(items__case__in=cases).distinct()
        for meeting in meetings:
            if not meeting.items.exclude(case__in=cases).exists():  # minutes only of purged families
                meeting.minutes = ""
                meeting.save(update_fields=["minutes"])
        for case in Case.objects.filter(pk__in=cases):
            case.anonymised_at = stamp
            case.outcome = ""
            case.save()
    return Outcome(len(cases), texts)
