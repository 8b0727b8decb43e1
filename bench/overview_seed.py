# SPDX-License-Identifier: EUPL-1.2
"""The national-scale data set of bench/overview.py: 342 local and 25 regional coalitions, bulk-created.

See bench/README.md ("The data set") for what it holds.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

PARTNERS_PER_COALITION = 50
ACTIONS_PER_COALITION = 100
MEETINGS_PER_COALITION = 20
GOALS_PER_PLAN = 8
WORKING_GROUPS_PER_COALITION = 5
REGIONAL_MEETINGS = 12


def seed(rng: random.Random) -> dict:
    """Bulk-creates the national data set; returns the ids the timing needs."""
    from django.db import transaction

    with transaction.atomic():
        return _seed(rng)


def _seed(rng: random.Random) -> dict:
    from apps.accounts.models import User
    from apps.actions.models import Action, ActionStatus, Term, WorkingGroup
    from apps.agreements.models import Agreement, AgreementLevel, Covenant
    from apps.budgets.models import BudgetLine, BudgetSource, CostRequest, RequestStatus
    from apps.coalitions.choices import PARTNER_TYPES, ActionLine, CoalitionStatus, Role, Scope
    from apps.coalitions.models import Coalition, Membership, Partner
    from apps.meetings.models import Attendance, Meeting, MeetingKind, Output, OutputKind
    from apps.organisations.models import Organisation
    from apps.plans.models import Goal, GoalTopic, Plan, PlanVersion
    from apps.reference.models import HealthRegion, Municipality

    today = dt.date.today()
    day = dt.timedelta(days=1)
    types = [(code, domain) for code, domain, _label in PARTNER_TYPES if domain]
    statuses = [ActionStatus.SOWN, ActionStatus.IN_BUD, ActionStatus.IN_BLOOM, ActionStatus.DONE, ActionStatus.STOPPED]
    status_weights = [25, 25, 25, 20, 5]
    lines = [v for v, _ in ActionLine.choices]
    topics = list(GoalTopic.values)
    kinds = list(MeetingKind.values)

    regions = list(HealthRegion.objects.order_by("code"))
    municipalities = list(Municipality.objects.filter(active=True).order_by("code"))

    # Coalitions: 25 regional, then 342 local ones linked to the region of their GGD.
    regionals = Coalition.objects.bulk_create([
        Coalition(name=f"Kansrijke Start regio {r.name}", scope=Scope.REGIONAL, status=CoalitionStatus.FORMED,
                  formed_on=today - 900 * day, monitoring_participation=True,
                  description=f"Regionaal samenwerkingsverband {r.name}.")
        for r in regions
    ])
    regional_of = {r.pk: c for r, c in zip(regions, regionals, strict=True)}
    Coalition.municipalities.through.objects.bulk_create([
        Coalition.municipalities.through(coalition_id=regional_of[m.health_region_id].pk, municipality_id=m.pk)
        for m in municipalities
    ])
    locals_ = []
    for m in municipalities:
        status = rng.choices([CoalitionStatus.FORMED, CoalitionStatus.IN_PREPARATION, CoalitionStatus.IN_TALKS],
                             [70, 20, 10])[0]
        locals_.append(Coalition(
            name=f"Kansrijke Start {m.name}", scope=Scope.LOCAL, municipality_id=m.pk,
            region_id=regional_of[m.health_region_id].pk, status=status,
            in_talks_since=today - 1200 * day, preparing_since=today - 1000 * day,
            formed_on=today - 800 * day if status == CoalitionStatus.FORMED else None,
            monitoring_participation=rng.random() < 0.6,
        ))
    locals_ = Coalition.objects.bulk_create(locals_)
    everyone = regionals + locals_
    muni_of = {c.pk: c.municipality_id for c in locals_}

    # Organisations and partners: 50 per local coalition, 20 per regional one, over all partner types.
    orgs = []
    for c in everyone:
        n = PARTNERS_PER_COALITION if c.scope == Scope.LOCAL else 20
        orgs += [Organisation(name=f"{types[i % len(types)][0].replace('_', ' ').title()} {c.name} {i}",
                              municipality_id=muni_of.get(c.pk)) for i in range(n)]
    orgs = Organisation.objects.bulk_create(orgs, batch_size=2000)
    orgs_of: dict[int, list[int]] = {}
    partners, it = [], iter(orgs)
    for c in everyone:
        n = PARTNERS_PER_COALITION if c.scope == Scope.LOCAL else 20
        for i in range(n):
            org = next(it)
            orgs_of.setdefault(c.pk, []).append(org.pk)
            code, domain = types[(i + c.pk) % len(types)]
            partners.append(Partner(coalition_id=c.pk, organisation_id=org.pk, domain=domain, partner_type=code,
                                    contact_name=f"Contact {i}", joined_on=today - rng.randint(30, 900) * day,
                                    covenant_signed=rng.random() < 0.5))
    Partner.objects.bulk_create(partners, batch_size=2000)

    # Working groups and actions.
    groups = WorkingGroup.objects.bulk_create([
        WorkingGroup(coalition_id=c.pk, name=f"Werkgroep {j + 1}", theme=f"Thema {j + 1}", action_owner="Eigenaar")
        for c in everyone for j in range(WORKING_GROUPS_PER_COALITION)
    ], batch_size=2000)
    groups_of: dict[int, list[int]] = {}
    for g in groups:
        groups_of.setdefault(g.coalition_id, []).append(g.pk)
    actions = []
    for c in everyone:
        n = ACTIONS_PER_COALITION if c.scope == Scope.LOCAL else 30
        for i in range(n):
            actions.append(Action(
                coalition_id=c.pk, working_group_id=rng.choice(groups_of[c.pk]), title=f"Actie {i + 1} van {c.name}",
                description="Omschrijving van de actie.", owner="Eigenaar", action_line=rng.choice(lines),
                term=rng.choice([Term.SHORT, Term.LONG]), status=rng.choices(statuses, status_weights)[0],
                due_date=today + rng.randint(-300, 400) * day,
            ))
    Action.objects.bulk_create(actions, batch_size=2000)

    # Meetings (about two thirds held) with attendance per organisation; regional meetings per municipality.
    meetings = []
    for c in locals_:
        for i in range(MEETINGS_PER_COALITION):
            offset = rng.randint(-600, 0) if i < 14 else rng.randint(1, 180)
            meetings.append(Meeting(coalition_id=c.pk, date=today + offset * day, kind=rng.choice(kinds),
                                    title=f"Bijeenkomst {i + 1}", location="Gemeentehuis"))
    for c in regionals:
        for i in range(REGIONAL_MEETINGS):
            offset = rng.randint(-600, 0) if i < 9 else rng.randint(1, 180)
            meetings.append(Meeting(coalition_id=c.pk, date=today + offset * day, kind=MeetingKind.LEARNING,
                                    title=f"Regionaal lerend netwerk {i + 1}", location="GGD"))
    meetings = Meeting.objects.bulk_create(meetings, batch_size=2000)
    region_munis: dict[int, list[int]] = {}
    for m in municipalities:
        region_munis.setdefault(regional_of[m.health_region_id].pk, []).append(m.pk)
    attendances = []
    for meeting in meetings:
        if meeting.date > today:
            continue
        if meeting.coalition_id in region_munis:
            members = region_munis[meeting.coalition_id]
            for muni in rng.sample(members, k=max(1, len(members) * 2 // 3)):
                attendances.append(Attendance(meeting_id=meeting.pk, municipality_id=muni,
                                              attendees=rng.randint(1, 4), new_connections=rng.randint(0, 1)))
        else:
            for org in rng.sample(orgs_of[meeting.coalition_id], k=4):
                attendances.append(Attendance(meeting_id=meeting.pk, organisation_id=org,
                                              municipality_id=muni_of[meeting.coalition_id],
                                              attendees=rng.randint(1, 5), new_connections=rng.randint(0, 1)))
    Attendance.objects.bulk_create(attendances, batch_size=2000)

    outputs = [Output(coalition_id=c.pk, kind=OutputKind.NEWSLETTER, date=today - rng.randint(1, 700) * day,
                      title=f"Nieuwsbrief {i + 1}") for c in everyone for i in range(rng.randint(0, 8))]
    Output.objects.bulk_create(outputs, batch_size=2000)

    # Plans with goals (topics the requirement checks look for), adopted versions for most.
    plans = Plan.objects.bulk_create([
        Plan(coalition_id=c.pk, title="Plan van aanpak", summary="Samen voor een kansrijke start.",
             period_start=today - 400 * day, period_end=today + 700 * day)
        for c in everyone
    ], batch_size=2000)
    goals, versions = [], []
    for plan in plans:
        for i in range(GOALS_PER_PLAN):
            goals.append(Goal(plan_id=plan.pk, action_line=rng.choice(lines), title=f"Doel {i + 1}",
                              measure="Telling", topics=rng.sample(topics, k=rng.randint(0, 2)), order=i))
        if rng.random() < 0.75:
            versions.append(PlanVersion(plan_id=plan.pk, number=1, adopted_on=today - 300 * day,
                                        adopted_by="Regieraad", content={"goals": GOALS_PER_PLAN}))
    Goal.objects.bulk_create(goals, batch_size=2000)
    PlanVersion.objects.bulk_create(versions, batch_size=2000)

    levels = list(AgreementLevel.values)
    Agreement.objects.bulk_create([
        Agreement(coalition_id=c.pk, subject=f"Afspraak {i + 1}", level=rng.choice(levels),
                  concluded_on=today - rng.randint(10, 500) * day)
        for c in everyone if rng.random() < 0.7 for i in range(rng.randint(1, 3))
    ], batch_size=2000)
    Covenant.objects.bulk_create([
        Covenant(coalition_id=c.pk, title="Convenant Kansrijke Start", signed_on=today - 400 * day)
        for c in everyone if rng.random() < 0.5
    ], batch_size=2000)

    year = today.year
    BudgetLine.objects.bulk_create([
        BudgetLine(coalition_id=c.pk, year=y, source=s, amount=Decimal(rng.randint(5, 60) * 1000))
        for c in everyone for y in (year - 1, year) for s in (BudgetSource.STATE, BudgetSource.MUNICIPALITY)
    ], batch_size=2000)
    CostRequest.objects.bulk_create([
        CostRequest(coalition_id=c.pk, year=year, title=f"Aanvraag {i + 1}", amount=Decimal(rng.randint(100, 3000)),
                    submitted_on=today - rng.randint(1, 200) * day,
                    status=rng.choice([RequestStatus.SUBMITTED, RequestStatus.APPROVED, RequestStatus.REJECTED]))
        for c in everyone for i in range(5)
    ], batch_size=2000)

    # People: three members per local coalition, a regional coordinator per region, one national coordinator
    # who coordinates every region (the benchmark's user), and a superuser.
    users = [User(username=f"lid{c.pk}-{r}", first_name="Lid", last_name=str(c.pk), password="!")
             for c in locals_ for r in range(3)]
    users += [User(username=f"regio{c.pk}", first_name="Regio", last_name=c.name, password="!") for c in regionals]
    users += [User(username="landelijk", first_name="Landelijk", last_name="Coördinator", password="!"),
              User(username="beheerder", first_name="Beheer", last_name="Der", password="!",
                   is_superuser=True, is_staff=True)]
    users = User.objects.bulk_create(users, batch_size=2000)
    by_name = {u.username: u for u in users}
    roles = [Role.PROJECT_LEAD, Role.CORE_GROUP, Role.VIEWER]
    memberships = [Membership(coalition_id=c.pk, user_id=by_name[f"lid{c.pk}-{r}"].pk, role=roles[r])
                   for c in locals_ for r in range(3)]
    memberships += [Membership(coalition_id=c.pk, user_id=by_name[f"regio{c.pk}"].pk, role=Role.REGIONAL_COORDINATOR)
                    for c in regionals]
    memberships += [Membership(coalition_id=c.pk, user_id=by_name["landelijk"].pk, role=Role.REGIONAL_COORDINATOR)
                    for c in regionals]
    Membership.objects.bulk_create(memberships, batch_size=2000)

    return {"locals": [c.pk for c in locals_], "regionals": [c.pk for c in regionals],
            "coordinator": by_name["landelijk"].pk, "superuser": by_name["beheerder"].pk,
            "rows": {"coalitions": len(everyone), "partners": len(partners), "actions": len(actions),
                     "meetings": len(meetings), "attendances": len(attendances), "goals": len(goals)}}
