# SPDX-License-Identifier: EUPL-1.2
"""Figures of the case flow: counted right (suppression and the page: apps/monitoring/tests/test_case_figures.py)."""

from __future__ import annotations

import datetime

from django.utils import timezone

from apps.cases import explore, figures, referrals
from apps.cases import testing as t
from apps.cases.models import ReferralEvent


def test_counts_and_days_to_first_contact(hub_a, midwife, hub_nurse, receiver, service, settings):
    year = timezone.now().year
    made = [t.signal(midwife, hub_a, name=f"Moeder {i}", born=datetime.date(1990, 1, 1 + i),
                     situations=["poverty_debts"] if i % 2 else ["weak_network", "teenage_parents"])
            for i in range(4)]
    for case in made[:3]:
        explore.triage(case, hub_nurse, "vulnerable", "x")
    sent = [referrals.refer(case, hub_nurse, service, mode="live", note="", explicit_consent=True)
            for case in made[:2]]
    referrals.move(sent[0], "accepted", receiver)
    # The acceptance came 5 days after the signal (set on the event the figure reads).
    event = ReferralEvent.objects.get(referral=sent[0], target="accepted")
    ReferralEvent.objects.filter(pk=event.pk).update(at=made[0].signals.get().created_at + datetime.timedelta(days=5))
    data = figures.compute(figures.hubs_of(hub_a.coalition), year)
    # Counted independently here from what was made above.
    assert data.cases == 4
    assert data.by_source == [("verloskundige", 4)]
    assert dict(data.by_level)["kwetsbaar"] == 3 and dict(data.by_level)["zeer kwetsbaar"] == 0
    assert dict(data.by_situation) == {"armoede en schulden": 2, "geen of zwak sociaal netwerk": 2, "tienerouders": 2}
    assert (data.referrals_sent, data.loops_closed) == (2, 1)
    assert data.by_service == [("Thuisadministratie voor aanstaande ouders", 2)]
    assert data.days_to_contact == [5]
