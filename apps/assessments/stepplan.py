# SPDX-License-Identifier: EUPL-1.2
"""The local step plan (lokaal stappenplan) as a guide: each step says whether the workspace data covers it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from apps.actions.models import ActionStatus
from apps.assessments.requirements import SOCIAL_SIDE
from apps.coalitions.choices import Domain, Role
from apps.coalitions.models import Coalition


@dataclass
class Step:
    number: int
    title: str
    covered: bool
    evidence: str
    link: str


def steps(coalition: Coalition) -> dict[str, list[Step]]:
    pk = coalition.pk
    domains = set(coalition.partners.values_list("domain", flat=True))
    leads = coalition.memberships.filter(role__in=[Role.PROJECT_LEAD, Role.REGIONAL_COORDINATOR]).count()
    plan = getattr(coalition, "plan", None)  # reverse one-to-one: None when no plan yet
    starting = bool(plan and plan.starting_situation.strip())
    adopted = bool(plan and plan.versions.exists())
    groups = coalition.working_groups.filter(active=True).count()
    network = coalition.agreements.count() + coalition.covenants.count()
    interventions = coalition.actions.filter(status__in=[ActionStatus.IN_BUD, ActionStatus.IN_BLOOM,
                                                         ActionStatus.DONE]).count()
    year_ago = dt.date.today() - dt.timedelta(days=366)
    last_review = coalition.reviews.order_by("-held_on").first()
    recent_review = bool(last_review and last_review.held_on >= year_ago)
    snapshots = coalition.self_assessments.count()
    both = Domain.MEDICAL in domains and bool(domains & SOCIAL_SIDE)

    def url(name: str) -> str:
        return reverse(name, args=[pk])

    starting_track = [
        Step(1, _("Stel een projectleider aan"), leads > 0,
             _("%(n)s projectleider(s)/regiocoördinator(en)") % {"n": leads}, url("coalitions:members-list")),
        Step(2, _("Vorm een brede coalitie"), both,
             _("Domeinen: %(d)s") % {"d": ", ".join(sorted(str(Domain(d).label) for d in domains)) or _("geen")},
             url("coalitions:partners-list")),
        Step(3, _("Breng de uitgangssituatie in kaart en maak een plan van aanpak"), starting and adopted,
             _("Uitgangssituatie %(s)s; plan %(p)s") % {
                 "s": _("beschreven") if starting else _("nog niet beschreven"),
                 "p": _("vastgesteld") if adopted else _("nog niet vastgesteld")}, url("plans:plan")),
        Step(4, _("Versterk het lokale netwerk (ketenafspraken per fase)"), network > 0 and groups > 0,
             _("%(g)s actieve werkgroep(en), %(a)s afspraak/convenant(en)") % {"g": groups, "a": network},
             url("agreements:index")),
        Step(5, _("Zet interventies in (bij voorkeur erkend)"), interventions > 0,
             _("%(n)s acties in knop, in bloei of afgerond") % {"n": interventions}, url("actions:actions-list")),
        Step(6, _("Evalueer en borg"), recent_review or snapshots > 0,
             _("Laatste jaarevaluatie: %(d)s; %(s)s zelfevaluatie(s)") % {
                 "d": last_review.held_on.strftime("%d-%m-%Y") if last_review else _("geen"), "s": snapshots},
             url("actions:reviews-list")),
    ]
    underway_track = [
        Step(1, _("Maak een tussentijdse foto"), snapshots > 0,
             _("%(s)s zelfevaluatie(s) vastgelegd") % {"s": snapshots}, url("assessments:self-list")),
        Step(2, _("Monitor en evalueer"), recent_review,
             _("Jaarevaluatie in de afgelopen twaalf maanden: %(r)s") % {"r": _("ja") if recent_review else _("nee")},
             url("actions:reviews-list")),
        Step(3, _("Stel (opnieuw) doelen"), adopted,
             _("Plan vastgesteld: %(p)s") % {"p": _("ja") if adopted else _("nee")}, url("plans:plan")),
    ]
    return {"starting": starting_track, "underway": underway_track}
