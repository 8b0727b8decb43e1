# SPDX-License-Identifier: EUPL-1.2
"""Care pathways (zorgpaden): step order, which coalition's pathway applies where, and the professional's lookup.

A municipality may be covered by a local coalition and by a regional one. The lookup prefers the local pathway
(agreed closest to the professional's work) and falls back on the region's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max, Prefetch, Q, QuerySet

from apps.coalitions.models import Coalition
from apps.coalitions.places import coalitions_covering
from apps.directory.choices import ServiceStatus, VulnerabilityFactor
from apps.directory.models import CarePathway, PathwayStep, Service
from apps.directory.search.engine import search_services
from apps.directory.upkeep.core import is_stale
from apps.reference.models import Municipality

# Smoking has no situation code of its own: its pathway is filed under `addiction` with this title.
SMOKING_TITLE = "Roken tijdens de zwangerschap"

# A suggested title per situation, for the "new pathway" form and the demo.
SUGGESTED_TITLES: dict[str, str] = {
    VulnerabilityFactor.POVERTY_DEBTS: "Geldzorgen tijdens de zwangerschap",
    VulnerabilityFactor.ADDICTION: SMOKING_TITLE,
    VulnerabilityFactor.POSTNATAL_DEPRESSION: "Postnatale depressie",
    VulnerabilityFactor.TEENAGE_PARENTS: "Tienerzwangerschap en tienerouders",
    VulnerabilityFactor.UNPLANNED_PREGNANCY: "Onbedoelde zwangerschap",
    VulnerabilityFactor.UNSAFE_SITUATION: "Huiselijk geweld en onveiligheid",
    VulnerabilityFactor.LOW_LITERACY: "Laaggeletterdheid",
    VulnerabilityFactor.WEAK_NETWORK: "Geen of zwak sociaal netwerk",
    VulnerabilityFactor.MENTAL_HEALTH: "Psychische problemen",
}

def steps_with_contacts(municipality: Municipality | None = None) -> Prefetch:
    """Steps with their responsible organisation and their services' current contact data, in one go.

    With a municipality, only the services covering it: a regional pathway's step lists each town's own desk,
    and the professional sees the one for her client."""
    services = Service.objects.select_related("organisation", "last_verified_by").order_by("name")
    if municipality is not None:
        services = services.filter(municipalities=municipality)
    return Prefetch("steps", queryset=PathwayStep.objects.select_related("responsible")
                    .prefetch_related(Prefetch("services", queryset=services)).order_by("order"))


def find_pathway(situation: str, municipality: Municipality) -> CarePathway | None:
    """The pathway for `situation` that applies in `municipality`: the local coalition's, else the region's."""
    for coalition in coalitions_covering(municipality):
        pathway = (CarePathway.objects.filter(coalition=coalition, situation=situation)
                   .select_related("coalition").prefetch_related(steps_with_contacts(municipality)).first())
        if pathway is not None:
            return pathway
    return None


def matching_services(situation: str, municipality: Municipality, limit: int = 50) -> list[Service]:
    """Active services for the situation that cover the municipality, ranked by the directory's search."""
    return search_services(situation=situation, municipality=municipality, limit=limit)


@dataclass
class LookupResult:
    situation: str
    municipality: Municipality
    pathway: CarePathway | None
    other_services: list[Service] = field(default_factory=list)

    @property
    def situation_label(self) -> str:
        return str(VulnerabilityFactor(self.situation).label)


def mark_stale(services) -> None:
    """Set `service.stale` for the templates: not verified for more than six months (upkeep.STALE_AFTER)."""
    for service in services:
        service.stale = is_stale(service)


def services_of(pathway: CarePathway) -> list[Service]:
    """The (prefetched) services of all steps of the pathway."""
    return [service for step in pathway.steps.all() for service in step.services.all()]


def lookup(situation: str, municipality: Municipality) -> LookupResult:
    """What a professional sees: the applicable pathway, and the other matching services of the directory."""
    pathway = find_pathway(situation, municipality)
    in_pathway = services_of(pathway) if pathway is not None else []
    known = {service.pk for service in in_pathway}
    others = [service for service in matching_services(situation, municipality) if service.pk not in known]
    mark_stale([*in_pathway, *others])
    return LookupResult(situation=situation, municipality=municipality, pathway=pathway, other_services=others)


# ---------------------------------------------------------------------------------------------------------------
# Step order. (pathway, order) is unique, so moves go through a free number first. Every write is a save() of the
# step, so that the audit trail (apps/directory/audit.py) records the new order; QuerySet.update() would bypass it.
# ---------------------------------------------------------------------------------------------------------------

def next_order(pathway: CarePathway) -> int:
    return (pathway.steps.aggregate(top=Max("order"))["top"] or 0) + 1


def _set_order(step: PathwayStep, order: int) -> None:
    step.order = order
    step.save(update_fields=["order"])


@transaction.atomic
def move_step(step: PathwayStep, direction: str) -> bool:
    """Swap the step with its neighbour above ('up') or below ('down'); False when it is already at the end."""
    steps = PathwayStep.objects.select_for_update().filter(pathway_id=step.pathway_id)
    if direction == "up":
        neighbour = steps.filter(order__lt=step.order).order_by("-order").first()
    elif direction == "down":
        neighbour = steps.filter(order__gt=step.order).order_by("order").first()
    else:
        raise ValueError(direction)
    if neighbour is None:
        return False
    mine, theirs = step.order, neighbour.order
    parking = next_order(step.pathway)
    _set_order(step, parking)
    _set_order(neighbour, mine)
    _set_order(step, theirs)
    return True


@transaction.atomic
def renumber(pathway: CarePathway) -> None:
    """Close gaps after a delete: orders become 1, 2, 3, … in their current sequence."""
    steps = list(PathwayStep.objects.select_for_update().filter(pathway=pathway).order_by("order", "pk"))
    if all(step.order == number for number, step in enumerate(steps, start=1)):
        return
    offset = max(step.order for step in steps) + 1
    for number, step in enumerate(steps):
        _set_order(step, offset + number)
    for number, step in enumerate(steps, start=1):
        _set_order(step, number)


def pathways_of(coalition: Coalition) -> QuerySet[CarePathway]:
    return coalition.care_pathways.prefetch_related(steps_with_contacts()).order_by("title")


def situation_choices() -> list[tuple[str, str]]:
    return list(VulnerabilityFactor.choices)


def services_for_steps(coalition: Coalition) -> QuerySet[Service]:
    """Services a step may point at: those covering one of the coalition's municipalities (any status, so a
    temporarily closed service can stay in the pathway and be shown as such)."""
    municipalities = coalition.member_municipalities()
    return (Service.objects.filter(Q(municipalities__in=municipalities)).exclude(status=ServiceStatus.DEFUNCT)
            .select_related("organisation").distinct().order_by("name"))

