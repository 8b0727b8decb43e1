# SPDX-License-Identifier: EUPL-1.2
"""Factories with Dutch fake data for tests and benchmarks. People are fictional; municipalities are real."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from factory.django import DjangoModelFactory

from apps.accounts.models import User
from apps.actions.models import Action, ActionStatus, ProgressNote, WorkingGroup
from apps.agreements.models import Agreement, AgreementLevel, Covenant
from apps.budgets.models import BudgetLine, BudgetSource, CostRequest
from apps.coalitions.models import Coalition, Membership, Partner
from apps.meetings.models import Attendance, Meeting, MeetingKind
from apps.organisations.models import Organisation
from apps.plans.models import Goal, Plan
from apps.reference.models import Municipality


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda u: f"{u.username}@voorbeeld.invalid")
    password = factory.django.Password("Kansrijk-test-2026")


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisatie {n}")


def municipality(code: str) -> Municipality:
    return Municipality.objects.get(code=code)


class CoalitionFactory(DjangoModelFactory):
    class Meta:
        model = Coalition

    name = factory.Sequence(lambda n: f"Coalitie {n}")
    scope = "local"
    status = "in_talks"
    municipality = factory.LazyFunction(lambda: municipality("GM0119"))


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = Partner

    coalition = factory.SubFactory(CoalitionFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    domain = "medical"
    partner_type = "midwife"
    contact_name = factory.Faker("name", locale="nl_NL")


class PlanFactory(DjangoModelFactory):
    class Meta:
        model = Plan
        django_get_or_create = ("coalition",)

    coalition = factory.SubFactory(CoalitionFactory)


class GoalFactory(DjangoModelFactory):
    class Meta:
        model = Goal

    plan = factory.SubFactory(PlanFactory)
    title = factory.Sequence(lambda n: f"Doel {n}")
    action_line = "during"
    topics = factory.LazyFunction(list)


class WorkingGroupFactory(DjangoModelFactory):
    class Meta:
        model = WorkingGroup

    coalition = factory.SubFactory(CoalitionFactory)
    name = factory.Sequence(lambda n: f"Werkgroep {n}")
    action_owner = factory.Faker("name", locale="nl_NL")


class ActionFactory(DjangoModelFactory):
    class Meta:
        model = Action

    coalition = factory.SubFactory(CoalitionFactory)
    title = factory.Sequence(lambda n: f"Actie {n}")
    action_line = "after"
    status = ActionStatus.SOWN
    due_date = factory.LazyFunction(lambda: dt.date.today() + dt.timedelta(days=60))


class ProgressNoteFactory(DjangoModelFactory):
    class Meta:
        model = ProgressNote

    action = factory.SubFactory(ActionFactory)
    date = factory.LazyFunction(dt.date.today)
    text = "Eerste overleg gevoerd."


class MeetingFactory(DjangoModelFactory):
    class Meta:
        model = Meeting

    coalition = factory.SubFactory(CoalitionFactory)
    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    date = factory.LazyFunction(lambda: dt.date.today() + dt.timedelta(days=14))
    kind = MeetingKind.COALITION


class AttendanceFactory(DjangoModelFactory):
    class Meta:
        model = Attendance

    meeting = factory.SubFactory(MeetingFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    attendees = 2
    new_connections = 1


class CovenantFactory(DjangoModelFactory):
    class Meta:
        model = Covenant

    coalition = factory.SubFactory(CoalitionFactory)
    title = "Convenant Kansrijke Start"
    signed_on = factory.LazyFunction(lambda: dt.date.today() - dt.timedelta(days=100))


class AgreementFactory(DjangoModelFactory):
    class Meta:
        model = Agreement

    coalition = factory.SubFactory(CoalitionFactory)
    subject = "Warme overdracht verloskundige – JGZ"
    level = AgreementLevel.OPERATIONAL


class BudgetLineFactory(DjangoModelFactory):
    class Meta:
        model = BudgetLine

    coalition = factory.SubFactory(CoalitionFactory)
    year = factory.LazyFunction(lambda: dt.date.today().year)
    source = BudgetSource.STATE
    amount = Decimal("10000.00")


class CostRequestFactory(DjangoModelFactory):
    class Meta:
        model = CostRequest

    coalition = factory.SubFactory(CoalitionFactory)
    year = factory.LazyFunction(lambda: dt.date.today().year)
    title = "Drukwerk folder"
    amount = Decimal("500.00")
    submitted_on = factory.LazyFunction(dt.date.today)


def member(coalition: Coalition, role: str, user: User | None = None) -> User:
    user = user or UserFactory()
    Membership.objects.create(coalition=coalition, user=user, role=role)
    return user
