# SPDX-License-Identifier: EUPL-1.2
"""The five national process indicators, computed live from the workspace and the service directory.

The national monitor asks every municipality once a year (coalition formed, joint plan, Nu Niet Zwanger
available, JGZ prenatal home visit, VoorZorg offered). Here each is a fact in the data:

- coalition_formed: the municipality is covered by a coalition (local, or a member of a regional one) whose
  status is "gevormd"; since = its formed_on date.
- joint_plan: a coalition covering the municipality has a plan of approach; since = the plan's start date.
- nnz_available / prenatal_home_visit / voorzorg_offered: a directory Service with HSDS status "active" whose
  intervention code is "nu-niet-zwanger" / "prenataal-huisbezoek" / "voorzorg" lists the municipality; since =
  when the service was entered in the directory.

"Last true" is today while a fact holds; for a service that is no longer active it is the service's last change
(normally the status change itself). The whole country is a fixed handful of queries, whatever the number of coalitions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from apps.coalitions.choices import CoalitionStatus
from apps.coalitions.models import Coalition
from apps.reference.models import Municipality

SERVICE_CODES = {
    "nnz_available": "nu-niet-zwanger",
    "prenatal_home_visit": "prenataal-huisbezoek",
    "voorzorg_offered": "voorzorg",
}
PROCESS_CODES = ["coalition_formed", "joint_plan", *SERVICE_CODES]


@dataclass
class Fact:
    true: bool = False
    since: dt.date | None = None
    last_true: dt.date | None = None

    def mark(self, since: dt.date | None, today: dt.date) -> None:
        self.true = True
        self.last_true = today
        if since and (self.since is None or since < self.since):
            self.since = since

    def ended(self, end: dt.date | None) -> None:
        if not self.true and end and (self.last_true is None or end > self.last_true):
            self.last_true = end


@dataclass
class Summary:
    code: str
    true: int
    total: int
    last_true: dt.date | None

    @property
    def share(self) -> float | None:
        return self.true / self.total * 100 if self.total else None


def _coverage(coalition_ids: Iterable[int] | None = None) -> dict[int, set[int]]:
    """Coalition id → the municipality ids it covers (local: its municipality; regional: its members)."""
    result: dict[int, set[int]] = defaultdict(set)
    locals_ = Coalition.objects.filter(municipality__isnull=False)
    members = Coalition.municipalities.through.objects.all()
    if coalition_ids is not None:
        locals_ = locals_.filter(pk__in=coalition_ids)
        members = members.filter(coalition_id__in=coalition_ids)
    for coalition_id, municipality_id in locals_.values_list("pk", "municipality_id"):
        result[coalition_id].add(municipality_id)
    for coalition_id, municipality_id in members.values_list("coalition_id", "municipality_id"):
        result[coalition_id].add(municipality_id)
    return result


def _services(code: str) -> list[tuple[int, dt.date | None, dt.date | None, bool]]:
    """(municipality id, since, last change, active) for every directory service of an intervention.

    A service counts while its HSDS status is "active"; since = when it was entered in the directory. For one
    that is no longer active, its last change (normally the status change) is the last date it was true.
    """
    from apps.directory.choices import ServiceStatus
    from apps.directory.models import Service

    rows = []
    services = {pk: (status, created, updated) for pk, status, created, updated in Service.objects.filter(
        intervention__code=code).values_list("pk", "status", "created_at", "updated_at")}
    through = Service.municipalities.through.objects.filter(service_id__in=list(services))
    for service_id, municipality_id in through.values_list("service_id", "municipality_id"):
        status, created, updated = services[service_id]
        rows.append((municipality_id, created.date() if created else None, updated.date() if updated else None,
                     status == ServiceStatus.ACTIVE))
    return rows


def facts(municipality_ids: Iterable[int] | None = None, today: dt.date | None = None) -> dict[int, dict[str, Fact]]:
    """Per municipality, per process indicator: is it true now, since when, when was it last true."""
    from apps.plans.models import Plan

    today = today or dt.date.today()
    qs = Municipality.objects.filter(active=True)
    if municipality_ids is not None:
        qs = qs.filter(pk__in=list(municipality_ids))
    ids = set(qs.values_list("pk", flat=True))
    result = {pk: {code: Fact() for code in PROCESS_CODES} for pk in ids}
    coverage = _coverage()
    formed = dict(Coalition.objects.filter(status=CoalitionStatus.FORMED).values_list("pk", "formed_on"))
    for coalition_id, since in formed.items():
        for municipality_id in coverage.get(coalition_id, ()):
            if municipality_id in result:
                result[municipality_id]["coalition_formed"].mark(since, today)
    for coalition_id, start, updated in Plan.objects.values_list("coalition_id", "period_start", "updated_at"):
        for municipality_id in coverage.get(coalition_id, ()):
            if municipality_id in result:
                result[municipality_id]["joint_plan"].mark(start or (updated.date() if updated else None), today)
    for code, intervention in SERVICE_CODES.items():
        ended = []
        for municipality_id, start, end, active in _services(intervention):
            if municipality_id not in result:
                continue
            if active:
                result[municipality_id][code].mark(start, today)
            else:
                ended.append((municipality_id, end))
        for municipality_id, end in ended:
            result[municipality_id][code].ended(end)
    return result


def summarise(per_municipality: dict[int, dict[str, Fact]], municipality_ids: Iterable[int] | None = None
              ) -> list[Summary]:
    ids = list(per_municipality) if municipality_ids is None else [i for i in municipality_ids
                                                                     if i in per_municipality]
    summaries = []
    for code in PROCESS_CODES:
        states = [per_municipality[i][code] for i in ids]
        last = max((s.last_true for s in states if s.last_true), default=None)
        summaries.append(Summary(code, sum(s.true for s in states), len(states), last))
    return summaries


def groups(per_municipality: dict[int, dict[str, Fact]]) -> dict[str, list[Summary]]:
    """The country, each province and each GGD region ("NL", "PV22", "GG0706")."""
    members: dict[str, list[int]] = defaultdict(list)
    for pk, province, region in Municipality.objects.filter(pk__in=list(per_municipality)).values_list(
            "pk", "province__code", "health_region__code"):
        members["NL"].append(pk)
        members[province].append(pk)
        members[region].append(pk)
    return {code: summarise(per_municipality, ids) for code, ids in members.items()}
