# SPDX-License-Identifier: EUPL-1.2
"""Referrals refused for lack of capacity, as gap signals in the client route's cells (phase × situation).

Aggregates only: a service name and a count, never a case. Counts below the suppression threshold read "minder dan
N", as monitoring does, so that a single refusal still signals without being counted out.
"""

from __future__ import annotations

from collections import Counter

from django.conf import settings
from django.utils.translation import gettext as _

from apps.cases.choices import CasePhase, ReferralReason, ReferralStatus
from apps.cases.models import Referral

PHASE_OF = {CasePhase.PREGNANT: "during", CasePhase.BORN: "after"}  # case phase → directory Phase


def capacity_refusals(coalition, municipality) -> dict[tuple[str, str], list[str]]:
    refused = (Referral.objects.filter(case__hub__coalition=coalition, service__municipalities=municipality,
                                       status=ReferralStatus.REJECTED, reason=ReferralReason.NO_CAPACITY)
               .select_related("case", "service").distinct())
    counts: Counter = Counter()
    for referral in refused:
        for situation in referral.case.situations:
            counts[(PHASE_OF[referral.case.phase], situation, referral.service.name)] += 1
    threshold = settings.MONITORING_SUPPRESSION_THRESHOLD
    signals: dict[tuple[str, str], list[str]] = {}
    for (phase, situation, service), n in sorted(counts.items()):
        amount = str(n) if n >= threshold else _("minder dan %(n)s") % {"n": threshold}
        signals.setdefault((phase, situation), []).append(
            _("%(service)s: verwijzingen afgewezen wegens capaciteit (%(amount)s)") % {"service": service,
                                                                                       "amount": amount})
    return signals
