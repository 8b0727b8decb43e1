# SPDX-License-Identifier: EUPL-1.2
"""Figures of the case flow on the coalition's monitor: right counts, small ones suppressed, no case in sight."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone

from apps.cases import explore, figures, referrals
from apps.cases import testing as t
from apps.cases.models import ReferralEvent
from apps.monitoring.pages.case_figures import suppressed


def test_suppression_hides_small_counts_and_the_one_the_total_would_give_away():
    rows = [("a", 25), ("b", 12), ("c", 3), ("d", 0)]
    assert suppressed(rows, 10) == [("a", "25"), ("b", "< 10"), ("c", "< 10"), ("d", "0")]
    assert suppressed([("a", 25), ("b", 3), ("c", 4)], 10) == [("a", "25"), ("b", "< 10"), ("c", "< 10")]
    assert suppressed([("a", 25), ("b", 12)], 10) == [("a", "25"), ("b", "12")]


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


def test_the_page_shows_only_suppressed_aggregates(client, case_a, lead_a, viewer_a):
    client.force_login(viewer_a)  # a viewer of the coalition: no case access, aggregates only
    page = client.get(reverse("monitoring:case-figures", args=[case_a.hub.coalition_id])).content.decode()
    assert "Cijfers casusstroom" in page and "&lt; 10" in page
    assert case_a.reference not in page and "Yılmaz" not in page
    assert "niet getoond (minder dan 10 verwijzingen)" in page
