# SPDX-License-Identifier: EUPL-1.2
"""Figures of the case flow for monitoring: counts only, never a case. Suppression is the page's (monitoring's).

Definitions (docs/cases.md):
- *signals by source*: signals registered in the year, by who signalled;
- *triage level*: the latest judgement of each case signalled in the year;
- *vulnerable situation*: each situation tagged on a case signalled in the year;
- *referrals per service / intervention*: referrals sent (not drafts) in the year;
- *closed loop*: a sent referral whose receiver answered (any state after "requested"), as a share of those sent;
- *days from signal to first contact*: from the case's first signal to the first moment another professional took
  the family up — a referral accepted, a handover acknowledged, or a care coordinator chosen in the case meeting.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Min

from apps.cases.choices import ReferralStatus, TriageLevel
from apps.cases.models import Case, Handover, MeetingItem, Referral, ReferralEvent, Signal
from apps.directory.choices import VulnerabilityFactor

ANSWERED = set(ReferralStatus.values) - {ReferralStatus.DRAFT, ReferralStatus.REQUESTED, ReferralStatus.CANCELLED}


@dataclass
class Figures:
    year: int
    cases: int = 0
    by_source: list[tuple[str, int]] = field(default_factory=list)
    by_level: list[tuple[str, int]] = field(default_factory=list)
    by_situation: list[tuple[str, int]] = field(default_factory=list)
    by_service: list[tuple[str, int]] = field(default_factory=list)
    by_intervention: list[tuple[str, int]] = field(default_factory=list)
    referrals_sent: int = 0
    loops_closed: int = 0
    days_to_contact: list[int] = field(default_factory=list)

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days_to_contact) if self.days_to_contact else None


def compute(hubs, year: int) -> Figures:
    cases = Case.objects.filter(hub__in=hubs, created_at__year=year).exclude(close_reason="merged")
    result = Figures(year=year, cases=cases.count())
    signals = Signal.objects.filter(case__in=cases)
    sources = dict(Signal._meta.get_field("source").choices)
    result.by_source = sorted(((str(sources.get(s, s)), n) for s, n in
                               signals.values_list("source").annotate(n=Count("pk")).order_by()),
                              key=lambda row: -row[1])
    levels = dict(TriageLevel.choices)
    level_counts = dict(cases.exclude(triage_level="").values_list("triage_level").annotate(n=Count("pk")).order_by())
    result.by_level = [(str(label), level_counts.get(code, 0)) for code, label in levels.items()]
    situations = Counter(code for codes in cases.values_list("situations", flat=True) for code in codes)
    labels = dict(VulnerabilityFactor.choices)
    result.by_situation = [(str(labels.get(code, code)), n) for code, n in situations.most_common()]

    sent = Referral.objects.filter(case__in=cases).exclude(status=ReferralStatus.DRAFT)
    result.referrals_sent = sent.count()
    result.loops_closed = sent.filter(status__in=ANSWERED).count()
    result.by_service = [(name, n) for name, n in sent.values_list("service_name").annotate(n=Count("pk"))
                         .order_by("-n", "service_name") if name]
    result.by_intervention = [(name, n) for name, n in sent.values_list("service__intervention__name")
                              .annotate(n=Count("pk")).order_by("-n") if name]
    result.days_to_contact = days_to_first_contact(cases)
    return result


def days_to_first_contact(cases) -> list[int]:
    first_signal = dict(cases.annotate(first=Min("signals__created_at")).values_list("pk", "first"))
    contact: dict[int, object] = {}

    def earliest(rows):
        for case_id, at in rows:
            if at is not None and (case_id not in contact or at < contact[case_id]):
                contact[case_id] = at

    earliest(ReferralEvent.objects.filter(referral__case__in=cases, target=ReferralStatus.ACCEPTED)
             .values_list("referral__case").annotate(at=Min("at")).order_by())
    earliest(Handover.objects.filter(case__in=cases, acknowledged_at__isnull=False).values_list("case")
             .annotate(at=Min("acknowledged_at")).order_by())
    earliest(MeetingItem.objects.filter(case__in=cases, decided_at__isnull=False).values_list("case")
             .annotate(at=Min("decided_at")).order_by())
    return sorted(max(0, (at - first_signal[pk]).days) for pk, at in contact.items() if first_signal.get(pk))


def hubs_of(coalition):
    """The coalition's own hub, or for a regional coalition the hubs of its local coalitions."""
    from apps.cases.models import Hub

    if coalition.is_regional:
        return Hub.objects.filter(coalition__region=coalition)
    return Hub.objects.filter(coalition=coalition)

