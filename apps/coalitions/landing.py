# SPDX-License-Identifier: EUPL-1.2
"""Where a coalition role starts after logging in (the home page asks, kansrijk/urls.py).

A project lead's work is her coalition, a regional coordinator's the regional overview; with more than one of
either, the list of coalitions is the place to choose. Other members (core group, working group, viewer) start in
their coalition too, but only after the case flow has had its say (see `kansrijk.urls.home`).
"""

from __future__ import annotations

from django.urls import reverse

from apps.coalitions.choices import Role
from apps.coalitions.models import Membership

LIST = "coalitions:list"


def _one_or_list(coalition_ids: set[int], url_name: str) -> str | None:
    if not coalition_ids:
        return None
    if len(coalition_ids) > 1:
        return reverse(LIST)
    return reverse(url_name, args=[coalition_ids.pop()])


def _ids(user, *roles: str) -> set[int]:
    queryset = Membership.objects.filter(user=user)
    if roles:
        queryset = queryset.filter(role__in=roles)
    return set(queryset.values_list("coalition_id", flat=True))


def lead_landing(user) -> str | None:
    """A project lead → her coalition's overview; a regional coordinator → the regional overview."""
    leads = _ids(user, Role.PROJECT_LEAD)
    regions = _ids(user, Role.REGIONAL_COORDINATOR)
    if leads and regions:
        return reverse(LIST)
    return _one_or_list(leads, "overview:coalition") or _one_or_list(regions, "overview:regional")


def member_landing(user) -> str | None:
    """Any other member → her coalition's overview (several: the list)."""
    return _one_or_list(_ids(user), "overview:coalition")
