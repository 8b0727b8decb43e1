# SPDX-License-Identifier: EUPL-1.2
"""The listing claim's status table: an unclaimed listing is claimed, once, by an employee of its organisation.

The state is read from `Service.claimed_at` (claimed when set). Claiming is the one move; who may make it is
apps/directory/access.py's `is_employee`, the rule pages, forms and API already show.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.core.workflow import Move, StatusTable
from apps.directory import access
from apps.directory.models import Service

UNCLAIMED, CLAIMED = "unclaimed", "claimed"


def claim_state(service: Service) -> str:
    return CLAIMED if service.claimed_at is not None else UNCLAIMED


def _enter(service: Service, target: str, user) -> None:
    if target == CLAIMED:
        service.claimed_at, service.claimed_by = timezone.now(), user


CLAIM = StatusTable(
    Service,
    [Move(UNCLAIMED, CLAIMED, access.is_employee, "medewerker van de aanbieder")],
    refused=_("Dit aanbod is al geclaimd door de organisatie."),
    state_of=claim_state,
    enter=_enter,
)
