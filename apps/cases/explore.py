# SPDX-License-Identifier: EUPL-1.2
"""Explore (*verkennen*): triage, "is this family already known?", the case meeting, the support plan, closing.

Every status change goes through the case's status table (workflow.py); every function here is one transaction
and runs under the acting user, so django-auditlog records who changed what (status fields only, ADR 0008).
"""

from __future__ import annotations

import datetime

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.cases import identity
from apps.cases.access import CASE_POLICY
from apps.cases.choices import LEVEL_STATUS, CaseStatus, CloseReason
from apps.cases.models import Case, CaseMeeting, Hub, MeetingItem, SupportGoal, Triage
from apps.cases.workflow import CASE_ROUTE
from apps.organisations.models import Organisation

# The agenda of a case meeting: new families (sent there by triage) and running ones (in tailored support).
AGENDA_STATUSES = (CaseStatus.CASE_MEETING, CaseStatus.SUPPORT)


@transaction.atomic
def triage(case: Case, user, level: str, reasons: str) -> Case:
    """Record the hub's judgement with its reasons, and move the case where the level leads."""
    if "triage" not in CASE_POLICY.actions(user, case, session=False):
        raise PermissionDenied
    target = LEVEL_STATUS[level]
    if target == case.status:  # a new judgement with the same outcome: recorded, no move
        case.triage_level = level
        with set_actor(user):
            case.save()
    else:
        CASE_ROUTE.move(case, target, user, changes={"triage_level": level})
    with set_actor(user):
        Triage.objects.create(case=case, level=level, reasons=reasons, decided_by=user)
    return case


def same_person(hub: Hub, full_name: str, date_of_birth: datetime.date | None) -> QuerySet:
    """Cases of this hub whose person shares a blind-index key with the name and date given (never other hubs)."""
    keys = identity.keys(full_name, date_of_birth)
    return (Case.objects.filter(hub=hub, identity_keys__key__in=keys, merged_into__isnull=True)
            .distinct().order_by("created_at"))


def known_matches(case: Case) -> QuerySet:
    """Other cases of the same hub that are probably the same person: for the team to check, and merge."""
    keys = list(case.identity_keys.values_list("key", flat=True))
    return (Case.objects.filter(hub_id=case.hub_id, identity_keys__key__in=keys, merged_into__isnull=True)
            .exclude(pk=case.pk).distinct().order_by("created_at"))


@transaction.atomic
def merge(duplicate: Case, into: Case, user) -> Case:
    """One family, one record: the duplicate's signals and consents move to the older case, the duplicate closes."""
    if duplicate.hub_id != into.hub_id or duplicate.pk == into.pk or into.status == CaseStatus.CLOSED:
        raise ValidationError(_("Alleen een lopende casus van hetzelfde knooppunt kan de andere opnemen."))
    with set_actor(user):
        for signal in duplicate.signals.all():
            signal.case = into
            signal.save()
        for consent in duplicate.consents.all():
            consent.case = into
            consent.save()
        into.situations = sorted(set(into.situations) | set(duplicate.situations))
        into.save()
    CASE_ROUTE.move(duplicate, CaseStatus.CLOSED, user, changes={
        "closed_at": timezone.now(), "close_reason": CloseReason.MERGED, "merged_into": into})
    return into


def coordinator_choices(hub: Hub) -> QuerySet:
    """A care coordinator may come from any partner organisation of the coalition: the one who fits the family."""
    from apps.accounts.models import User

    partners = Organisation.objects.filter(partnerships__coalition=hub.coalition)
    return User.objects.filter(organisations__in=partners, is_active=True).distinct().order_by(
        "last_name", "first_name")


@transaction.atomic
def plan_meeting(hub: Hub, user, date: datetime.date, location: str) -> CaseMeeting:
    """A case meeting with its agenda: every family sent to the meeting, then every family in tailored support."""
    with set_actor(user):
        meeting = CaseMeeting.objects.create(hub=hub, date=date, location=location)
        for case in hub.cases.filter(status__in=AGENDA_STATUSES).order_by("status", "created_at"):
            MeetingItem.objects.create(meeting=meeting, case=case)
    return meeting


@transaction.atomic
def decide(item: MeetingItem, user, *, notes: str, decision: str, coordinator=None) -> MeetingItem:
    """Minutes and decision for one family; choosing a care coordinator starts tailored support."""
    case = item.case
    if "edit" not in CASE_POLICY.actions(user, case, session=False):
        raise PermissionDenied
    with set_actor(user):
        item.notes, item.decision = notes, decision
        if coordinator is not None:
            if not coordinator_choices(case.hub).filter(pk=coordinator.pk).exists():
                raise ValidationError(_("De regievoerder moet werken voor een partnerorganisatie van de coalitie."))
            item.care_coordinator = coordinator
            item.decided_at = timezone.now()
        item.save()
    if coordinator is not None:
        if case.status == CaseStatus.CASE_MEETING:
            CASE_ROUTE.move(case, CaseStatus.SUPPORT, user, changes={"care_coordinator": coordinator})
        else:
            case.care_coordinator = coordinator
            with set_actor(user):
                case.save()
    return item


def add_goal(case: Case, user, domain: str, goal: str) -> SupportGoal:
    if "edit" not in CASE_POLICY.actions(user, case, session=False):
        raise PermissionDenied
    with set_actor(user):
        return SupportGoal.objects.create(case=case, domain=domain, goal=goal)


def set_goal_status(goal: SupportGoal, user, status: str) -> SupportGoal:
    if "edit" not in CASE_POLICY.actions(user, goal.case, session=False):
        raise PermissionDenied
    goal.status = status
    with set_actor(user):
        goal.save()
    return goal


def close(case: Case, user, reason: str, outcome: str) -> Case:
    return CASE_ROUTE.move(case, CaseStatus.CLOSED, user, changes={
        "closed_at": timezone.now(), "close_reason": reason, "outcome": outcome})
