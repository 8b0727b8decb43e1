# SPDX-License-Identifier: EUPL-1.2
"""The nine minimum requirements of a local coalition (Toets minimale eisen), decided from the data.

Each check returns whether it is met, the evidence it saw, and, when unmet, what to do next and where.
Data for many coalitions is loaded in bulk (`check_many`) so the regional overview stays at a fixed
number of queries however many members it has.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.agreements.models import Agreement, AgreementLevel, Covenant
from apps.coalitions.choices import Domain
from apps.coalitions.models import Coalition, Partner
from apps.plans.models import Goal, GoalTopic, PlanVersion

SOCIAL_SIDE = {Domain.SOCIAL, Domain.MUNICIPAL}

# The nine checks in a few words, for tables that show many coalitions side by side (the regional overview).
SHORT_TITLES = {
    1: gettext_lazy("medisch én sociaal domein"), 2: gettext_lazy("plan van aanpak"),
    3: gettext_lazy("doelgroep betrokken"), 4: gettext_lazy("doel: voorbereid zwanger worden"),
    5: gettext_lazy("doel: minder onbedoelde zwangerschappen"), 6: gettext_lazy("doel: eerder signaleren"),
    7: gettext_lazy("doel: taalontwikkeling"), 8: gettext_lazy("samenwerkingsafspraak"),
    9: gettext_lazy("RIVM-monitoring"),
}


@dataclass
class Check:
    number: int
    title: str
    met: bool
    evidence: list[str]
    todo: str = ""
    link: str = ""


@dataclass
class Facts:
    """What the checks need to know about one coalition."""

    partners: list[tuple[str, str]] = field(default_factory=list)  # (organisation name, domain)
    adopted_versions: list[tuple[int, str]] = field(default_factory=list)  # (number, date)
    plan_ends: dt.date | None = None  # end of the plan's period: past it, an adopted plan no longer counts
    goal_topics: dict[str, list[str]] = field(default_factory=dict)  # topic → goal titles
    agreements: list[str] = field(default_factory=list)
    covenants: list[str] = field(default_factory=list)


def gather(coalition_ids: list[int]) -> dict[int, Facts]:
    facts: dict[int, Facts] = defaultdict(Facts)
    for cid, name, domain in Partner.objects.filter(coalition_id__in=coalition_ids).values_list(
            "coalition_id", "organisation__name", "domain"):
        facts[cid].partners.append((name, domain))
    for cid, number, adopted_on, ends in PlanVersion.objects.filter(plan__coalition_id__in=coalition_ids).values_list(
            "plan__coalition_id", "number", "adopted_on", "plan__period_end"):
        facts[cid].adopted_versions.append((number, adopted_on.strftime("%d-%m-%Y")))
        facts[cid].plan_ends = ends
    for cid, title, topics in Goal.objects.filter(plan__coalition_id__in=coalition_ids).values_list(
            "plan__coalition_id", "title", "topics"):
        for topic in topics or []:
            facts[cid].goal_topics.setdefault(topic, []).append(title)
    for cid, subject, level in Agreement.objects.filter(coalition_id__in=coalition_ids).values_list(
            "coalition_id", "subject", "level"):
        facts[cid].agreements.append(f"{subject} ({AgreementLevel(level).label})")
    for cid, title in Covenant.objects.filter(coalition_id__in=coalition_ids, signed_on__isnull=False).values_list(
            "coalition_id", "title"):
        facts[cid].covenants.append(title)
    return facts


def _topic_check(number: int, title: str, facts: Facts, topic: str, todo: str, link: str) -> Check:
    goals = facts.goal_topics.get(topic, [])
    evidence = [_("Doel: %(t)s") % {"t": g} for g in goals]
    return Check(number, title, bool(goals), evidence, "" if goals else todo, link)


def _plan_check(facts: Facts, today: dt.date, link: str) -> Check:
    evidence = [_("Versie %(n)s vastgesteld op %(d)s") % {"n": n, "d": d} for n, d in facts.adopted_versions]
    expired = facts.plan_ends is not None and facts.plan_ends < today
    if expired:
        evidence.append(_("Looptijd verstreken op %(d)s") % {"d": facts.plan_ends.strftime("%d-%m-%Y")})
    todo = ""
    if not facts.adopted_versions:
        todo = _("Stel het plan van aanpak vast; een concept telt nog niet.")
    elif expired:
        todo = _("De looptijd van het plan is voorbij: werk het bij, verleng de looptijd en stel het opnieuw vast.")
    return Check(2, _("Een plan van aanpak"), bool(facts.adopted_versions) and not expired, evidence, todo, link)


def evaluate(coalition: Coalition, facts: Facts, today: dt.date | None = None) -> list[Check]:
    pk = coalition.pk
    today = today or timezone.localdate()
    partners_url = reverse("coalitions:partners-list", args=[pk])
    goal_url = reverse("plans:goals-create", args=[pk])
    medical = [n for n, d in facts.partners if d == Domain.MEDICAL]
    social = [n for n, d in facts.partners if d in SOCIAL_SIDE]
    target = [n for n, d in facts.partners if d == Domain.TARGET_GROUP]
    involvement_goals = facts.goal_topics.get(GoalTopic.TARGET_GROUP, [])
    checks = [
        Check(1, _("Samenwerking tussen ten minste één partij uit het medische en één uit het sociale domein"),
              bool(medical and social),
              [_("Medisch: %(n)s") % {"n": ", ".join(medical) or _("geen")},
               _("Sociaal/gemeente: %(n)s") % {"n": ", ".join(social) or _("geen")}],
              "" if medical and social else (
                  _("Voeg een partner uit het medische domein toe (verloskundige, kraamzorg, huisarts, ...).")
                  if not medical else _("Voeg een partner uit het sociale domein toe (JGZ, wijkteam, gemeente, ...).")),
              partners_url),
        _plan_check(facts, today, reverse("plans:plan", args=[pk])),
        Check(3, _("Ten minste één vorm van betrekken van de doelgroep"), bool(target or involvement_goals),
              [_("Partner: %(n)s") % {"n": n} for n in target] + [_("Doel: %(t)s") % {"t": t} for t in involvement_goals],
              "" if target or involvement_goals else _(
                  "Betrek ouders of ervaringsdeskundigen: voeg ze toe als partner (domein ‘doelgroep zelf’) of "
                  "neem een doel op over het betrekken van de doelgroep."), partners_url),
        _topic_check(4, _("Een doel op goed voorbereid zwanger worden"), facts, GoalTopic.PRECONCEPTION,
                     _("Neem een doel op over preconceptiezorg, bijvoorbeeld het prenataal huisbezoek."), goal_url),
        _topic_check(5, _("Een doel op minder onbedoelde zwangerschappen"), facts, GoalTopic.UNINTENDED_PREGNANCY,
                     _("Neem een doel op over onbedoelde zwangerschappen, bijvoorbeeld met Nu Niet Zwanger."),
                     goal_url),
        _topic_check(6, _("Een doel op eerder en beter signaleren van hulp- of ondersteuningsbehoeften"), facts,
                     GoalTopic.SIGNALLING, _("Neem een doel op over signaleren, bijvoorbeeld een lokaal knooppunt."),
                     goal_url),
        _topic_check(7, _("Aandacht voor taalontwikkeling"), facts, GoalTopic.LANGUAGE,
                     _("Neem een doel op over taalontwikkeling, bijvoorbeeld BoekStart met de bibliotheek."),
                     goal_url),
        Check(8, _("Eén of meer samenwerkingsafspraken (uitvoerend, beleidsmatig of bestuurlijk)"),
              bool(facts.agreements or facts.covenants),
              [_("Afspraak: %(a)s") % {"a": a} for a in facts.agreements]
              + [_("Convenant: %(c)s") % {"c": c} for c in facts.covenants],
              "" if facts.agreements or facts.covenants else _("Leg een samenwerkingsafspraak of convenant vast."),
              reverse("agreements:index", args=[pk])),
        Check(9, _("Deelname aan de RIVM-monitoring van Kansrijke Start"), coalition.monitoring_participation,
              [_("Deelname aangevinkt bij de coalitie")] if coalition.monitoring_participation else [],
              "" if coalition.monitoring_participation else _(
                  "Meld de coalitie aan voor de RIVM-monitor en vink dat aan bij de coalitiegegevens."),
              reverse("coalitions:update", args=[pk])),
    ]
    return checks


def check(coalition: Coalition) -> list[Check]:
    return evaluate(coalition, gather([coalition.pk])[coalition.pk])


def check_many(coalitions: list[Coalition]) -> dict[int, list[Check]]:
    facts = gather([c.pk for c in coalitions])
    return {c.pk: evaluate(c, facts[c.pk]) for c in coalitions}
