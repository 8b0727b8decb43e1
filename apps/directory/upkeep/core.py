# SPDX-License-Identifier: EUPL-1.2
"""Upkeep of the directory: re-verifying listings, claiming them, stating capacity, and the share of stale ones.

A care-pathway tool is only as good as its upkeep (seed 003). A listing is *stale* when nobody confirmed it for
more than six months (STALE_AFTER); the organisation's contact sees those first and confirms them in one click.
Permissions are decided in apps.directory.access; these functions write and record who and when, and a claim
goes through its status table (upkeep/workflow.py), which checks that rule once more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from apps.coalitions.models import Coalition
from apps.directory.choices import Capacity, ServiceStatus
from apps.directory.models import Service
from apps.directory.upkeep.workflow import CLAIM, CLAIMED

STALE_AFTER = dt.timedelta(days=183)  # "not verified for more than six months"
# Listings that count in the coalition's figure: the ones a parent or professional could still be sent to.
LISTED_STATUSES = (ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED)


def stale_since(now: dt.datetime | None = None) -> dt.datetime:
    """Listings last verified before this moment are stale."""
    return (now or timezone.now()) - STALE_AFTER


def stale_q(now: dt.datetime | None = None) -> Q:
    """Never verified, or verified before `stale_since`, or incomplete: no description, or no known organisation
    (an HSDS import allows both; docs/directory-hsds.md, the Kansrijk rules)."""
    return (Q(last_verified_at__isnull=True) | Q(last_verified_at__lt=stale_since(now)) | Q(description="")
            | Q(organisation__hsds_extra__has_key="kansrijk_placeholder"))


def is_stale(service: Service, now: dt.datetime | None = None) -> bool:
    return service.last_verified_at is None or service.last_verified_at < stale_since(now)


def oldest_first(services: QuerySet[Service]) -> QuerySet[Service]:
    """Never-verified listings first, then the longest unverified; ties by name."""
    return services.order_by(F("last_verified_at").asc(nulls_first=True), "name", "pk")


def mark_verified(service: Service, user, now: dt.datetime | None = None) -> None:
    """Set who verified the listing and when on the instance (the caller saves it, e.g. with the edit form)."""
    service.last_verified_at = now or timezone.now()
    service.last_verified_by = user


def verify(service: Service, user, now: dt.datetime | None = None) -> Service:
    """The keeper confirms the listing is still correct."""
    mark_verified(service, user, now)
    service.save(update_fields=["last_verified_at", "last_verified_by", "updated_at"])
    return service


def claim(service: Service, user, now: dt.datetime | None = None) -> Service:
    """The organisation claims its listing; claiming is also a confirmation by someone who knows it."""
    moment = now or timezone.now()
    return CLAIM.move(service, CLAIMED, user,
                      changes={"claimed_at": moment, "last_verified_at": moment, "last_verified_by": user},
                      update_fields=["claimed_at", "claimed_by", "last_verified_at", "last_verified_by", "updated_at"])


@transaction.atomic
def claim_all(services: QuerySet[Service], user, now: dt.datetime | None = None) -> int:
    """Claim every unclaimed listing in `services` (one click for an organisation); returns how many.

    One save per listing, not a bulk update: each claim is audited like any other write.
    """
    moment = now or timezone.now()
    claimed = 0
    for service in services.filter(claimed_at__isnull=True).select_for_update():
        claim(service, user, moment)
        claimed += 1
    return claimed


def set_capacity(service: Service, user, capacity: str, waiting_weeks: int | None,
                 now: dt.datetime | None = None) -> Service:
    """State whether there is room. Whoever states it knows the listing, so it counts as verified too."""
    moment = now or timezone.now()
    service.capacity = capacity
    service.waiting_weeks = waiting_weeks if capacity == Capacity.WAITING_LIST else None
    service.capacity_updated_at = moment
    mark_verified(service, user, moment)
    service.save(update_fields=["capacity", "waiting_weeks", "capacity_updated_at", "last_verified_at",
                                "last_verified_by", "updated_at"])
    return service


def services_of_coalition(coalition: Coalition) -> QuerySet[Service]:
    """Listed services covering the coalition's municipality (local) or one of its municipalities (regional)."""
    municipalities = coalition.member_municipalities().values("pk")
    covering = Service.objects.filter(municipalities__in=municipalities).values("pk")
    return Service.objects.filter(pk__in=covering, status__in=LISTED_STATUSES)


@dataclass(frozen=True)
class UpkeepFigures:
    total: int
    stale: int

    @property
    def share(self) -> float:
        """Share of stale listings, 0.0–1.0 (0 when there are none at all)."""
        return self.stale / self.total if self.total else 0.0

    @property
    def percentage(self) -> int:
        return round(self.share * 100)


def coalition_figures(coalition: Coalition, now: dt.datetime | None = None) -> UpkeepFigures:
    services = services_of_coalition(coalition)
    return UpkeepFigures(total=services.count(), stale=services.filter(stale_q(now)).count())


def stale_services_of_coalition(coalition: Coalition, now: dt.datetime | None = None) -> QuerySet[Service]:
    return oldest_first(services_of_coalition(coalition).filter(stale_q(now)))
