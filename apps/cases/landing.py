# SPDX-License-Identifier: EUPL-1.2
"""Where a case-flow role starts after logging in (the home page asks, kansrijk/urls.py).

Only a session with a second factor can open case data, so without one this says nothing and the user starts
where her other work is. With one: the privacy officer starts in the access trail, a hub's team member on her
hub's dashboard, a receiving organisation on its open referrals and handovers (when none is open, on its listings:
apps/directory/landing.py), and whoever signals or coordinates on "Mijn casussen".
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse

from apps.cases.access import is_verified, visible_hubs
from apps.cases.choices import CLOSED_REFERRAL, ReferralMode, ReferralStatus
from apps.cases.models import Case, Handover, Referral


def open_for_organisation(user) -> bool:
    """A live referral still open (to answer or to follow up), or a warm handover not yet acknowledged, for an
    organisation of hers."""
    referrals = Referral.objects.filter(to_organisation__employees=user, mode=ReferralMode.LIVE).exclude(
        status__in=[ReferralStatus.DRAFT, *CLOSED_REFERRAL])
    handovers = Handover.objects.filter(to_organisation__employees=user, acknowledged_at__isnull=True)
    return referrals.exists() or handovers.exists()


def case_landing(user) -> str | None:
    if not is_verified(user):
        return None
    if user.has_perm("cases.inspect_access"):
        return reverse("cases:access-trail")
    hubs = list(visible_hubs(user)[:2])
    if hubs:
        return reverse("cases:hub", args=[hubs[0].pk]) if len(hubs) == 1 else reverse("cases:index")
    if open_for_organisation(user):
        return reverse("cases:incoming")
    if user.profession or Case.objects.filter(Q(signals__signalled_by=user) | Q(care_coordinator=user)).exists():
        return reverse("cases:index")
    return None
