# SPDX-License-Identifier: EUPL-1.2
"""The overviews and the action API run a fixed number of SQL queries, however much data a coalition has.

Each test counts the queries of one page on a small data set (one of everything), then adds many more partners,
actions, meetings with attendance, goals, agreements and member coalitions, and counts again: the count must be
the same. A page that queries per row (N+1) fails here long before it is slow. bench/overview.py times the same
pages on a national-scale data set.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.accounts.models import User
from apps.actions.models import Action, ActionStatus, WorkingGroup
from apps.agreements.models import Agreement, AgreementLevel, Covenant
from apps.budgets.models import BudgetLine, BudgetSource, CostRequest, RequestStatus
from apps.coalitions.choices import PARTNER_TYPES
from apps.coalitions.models import Coalition, Membership, Partner
from apps.core.testing import factories as f
from apps.meetings.models import Attendance, Meeting, Output, OutputKind
from apps.organisations.models import Organisation
from apps.plans.models import Goal, GoalTopic, Plan, PlanVersion
from apps.reference.models import Municipality

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
PARTNER_TYPES_WITH_DOMAIN = [(code, domain) for code, domain, _label in PARTNER_TYPES if domain]


def member(coalition: Coalition, role: str) -> User:
    """Like factories.member, without hashing a password (Argon2 would make up most of the test's time)."""
    user = User.objects.create(username=f"lid{User.objects.count() + 1}", password="!")
    Membership.objects.create(coalition=coalition, user=user, role=role)
    return user


class World:
    """A GGD region (Drenthe) with its coordinator and local coalitions; starts with one of everything."""

    def __init__(self) -> None:
        self.municipalities = list(Municipality.objects.filter(province__code="PV22").order_by("code"))
        self.region = f.CoalitionFactory(name="Regio Drenthe", scope="regional", municipality=None, status="formed",
                                         formed_on=TODAY - 400 * DAY)
        self.region.municipalities.set(self.municipalities[:2])
        self.coordinator = member(self.region, "regional_coordinator")
        self.local = self.add_local(self.municipalities[0])
        self.fill(self.local, partners=1, actions=1, meetings=1, goals=1)
        self.fill_region(meetings=1, municipalities=self.municipalities[:1])

    def add_local(self, municipality: Municipality) -> Coalition:
        coalition = f.CoalitionFactory(name=f"Kansrijke Start {municipality.name}", municipality=municipality,
                                       region=self.region, monitoring_participation=True)
        member(coalition, "project_lead")
        return coalition

    def fill(self, coalition: Coalition, partners: int, actions: int, meetings: int, goals: int) -> None:
        """Adds data of every kind the pages read, spread over all domains, statuses and dates."""
        start = Organisation.objects.count()
        organisations = Organisation.objects.bulk_create(
            [Organisation(name=f"Organisatie {start + i}") for i in range(partners)])
        Partner.objects.bulk_create([
            Partner(coalition=coalition, organisation=org, domain=domain, partner_type=code)
            for org, (code, domain) in zip(organisations, PARTNER_TYPES_WITH_DOMAIN * partners, strict=False)
        ])
        group = WorkingGroup.objects.create(coalition=coalition, name=f"Werkgroep {start}")
        statuses = list(ActionStatus)
        Action.objects.bulk_create([
            Action(coalition=coalition, working_group=group, title=f"Actie {i}", status=statuses[i % len(statuses)],
                   due_date=TODAY + (i - actions // 2) * DAY)
            for i in range(actions)
        ])
        held = Meeting.objects.bulk_create([
            Meeting(coalition=coalition, title=f"Bijeenkomst {i}", date=TODAY + (i - meetings // 2) * DAY)
            for i in range(meetings)
        ])
        Attendance.objects.bulk_create([
            Attendance(meeting=meeting, organisation=org, attendees=3)
            for meeting in held for org in organisations[:3]
        ])
        plan, _ = Plan.objects.get_or_create(coalition=coalition)
        topics = list(GoalTopic.values)
        Goal.objects.bulk_create([Goal(plan=plan, title=f"Doel {start + i}", topics=topics[i % len(topics):][:2])
                                  for i in range(goals)])
        number = PlanVersion.objects.filter(plan=plan).count() + 1
        PlanVersion.objects.create(plan=plan, number=number, adopted_on=TODAY - DAY, adopted_by="Regieraad",
                                   content={})
        Agreement.objects.create(coalition=coalition, subject=f"Afspraak {start}", level=AgreementLevel.POLICY)
        Covenant.objects.create(coalition=coalition, title=f"Convenant {start}", signed_on=TODAY - DAY)
        Output.objects.create(coalition=coalition, kind=OutputKind.NEWSLETTER, date=TODAY - DAY, quantity=2)
        BudgetLine.objects.create(coalition=coalition, year=TODAY.year, source=BudgetSource.STATE,
                                  amount=Decimal("10000"))
        for status in RequestStatus.values:
            CostRequest.objects.create(coalition=coalition, year=TODAY.year, title="Drukwerk", status=status,
                                       amount=Decimal("100"), submitted_on=TODAY)

    def fill_region(self, meetings: int, municipalities: list[Municipality]) -> None:
        held = Meeting.objects.bulk_create([
            Meeting(coalition=self.region, title=f"Lerend netwerk {i}", date=TODAY - (i + 1) * DAY)
            for i in range(meetings)
        ])
        Attendance.objects.bulk_create([
            Attendance(meeting=meeting, municipality=municipality, attendees=2)
            for meeting in held for municipality in municipalities
        ])

    def grow(self) -> None:
        """Many more of everything: all twelve municipalities of the region, each with a busy local coalition."""
        self.fill(self.local, partners=40, actions=120, meetings=30, goals=12)
        self.region.municipalities.set(self.municipalities)
        for municipality in self.municipalities[1:]:
            self.fill(self.add_local(municipality), partners=25, actions=60, meetings=10, goals=8)
        self.fill(self.region, partners=10, actions=30, meetings=5, goals=4)
        self.fill_region(meetings=8, municipalities=self.municipalities)
        for _ in range(5):  # other people in the coalitions do not change what the coordinator's pages query
            member(self.local, "viewer")


PAGES = {
    "coalition overview (local)": lambda w: f"/coalities/{w.local.pk}/",
    "coalition overview (regional)": lambda w: f"/coalities/{w.region.pk}/",
    "regional overview": lambda w: f"/coalities/{w.region.pk}/regio/",
    "API action list of a coalition": lambda w: f"/api/actions/?coalition={w.local.pk}",
    "API action list": lambda w: "/api/actions/",
}


def count_queries(client, url: str) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries.captured_queries), [q["sql"] for q in queries.captured_queries]


@pytest.mark.parametrize("page", PAGES)
def test_query_count_does_not_grow_with_the_data(db, client, page):
    world = World()
    client.force_login(world.coordinator)
    url = PAGES[page](world)
    client.get(url)  # warm-up: anything cached per process (content types, ...) is not the page's own cost

    small, _ = count_queries(client, url)
    world.grow()
    large, sql = count_queries(client, url)

    assert large == small, f"{page}: {small} queries with little data, {large} with much more:\n" + "\n".join(sql)


def test_the_grown_pages_show_the_grown_data(db, client):
    """Guards the test above: the big data set really is on the pages, so equal counts mean something."""
    world = World()
    world.grow()
    client.force_login(world.coordinator)

    local = client.get(PAGES["coalition overview (local)"](world)).context
    assert local["partner_total"] == 41
    assert local["flowerbed"]["total"] == 121
    regional = client.get(PAGES["regional overview"](world)).context
    assert regional["with_coalition"] == len(world.municipalities) == len(regional["rows"])
    assert all(row["meetings_attended"] >= 8 for row in regional["rows"])
    api = client.get(PAGES["API action list of a coalition"](world)).json()
    assert api["count"] == 121
    assert len(api["results"]) == 50
