# SPDX-License-Identifier: EUPL-1.2
"""The case's route through the hub, as a status table (apps/core/workflow.py): state → next states → who.

Triage by the hub's team sends a new signal to regular care, a prenatal home visit by JGZ, or the case meeting; the
case meeting's decision (a care coordinator) starts tailored support; the team or the coordinator closes a case.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from apps.cases.access import CASE_POLICY, relations
from apps.cases.choices import Basis, CaseStatus, ReferralMode, ReferralStatus
from apps.cases.models import Case, Referral
from apps.core.workflow import Move, StatusTable

S = CaseStatus


def _hub_member(user, case: Case) -> bool:
    return Basis.HUB_MEMBER in relations(user, case, session=False)


def _hub_or_coordinator(user, case: Case) -> bool:
    found = relations(user, case, session=False)
    return Basis.HUB_MEMBER in found or Basis.COORDINATOR in found


TEAM = "team van het knooppunt"
TEAM_OR_COORDINATOR = "team van het knooppunt of regievoerder"

_moves = [
    # Triage of a new signal.
    Move(S.NEW, S.REGULAR_CARE, _hub_member, TEAM),
    Move(S.NEW, S.HOME_VISIT, _hub_member, TEAM),
    Move(S.NEW, S.CASE_MEETING, _hub_member, TEAM),
    # A new judgement later: the home visit or regular care shows more is needed, or less.
    Move(S.HOME_VISIT, S.CASE_MEETING, _hub_member, TEAM),
    Move(S.HOME_VISIT, S.REGULAR_CARE, _hub_member, TEAM),
    Move(S.REGULAR_CARE, S.HOME_VISIT, _hub_member, TEAM),
    Move(S.REGULAR_CARE, S.CASE_MEETING, _hub_member, TEAM),
    # The case meeting chooses a care coordinator: tailored support starts; she can bring it back to the meeting.
    Move(S.CASE_MEETING, S.SUPPORT, _hub_member, TEAM),
    Move(S.SUPPORT, S.CASE_MEETING, _hub_or_coordinator, TEAM_OR_COORDINATOR),
    # Closing, from every open state.
    *[Move(state, S.CLOSED, _hub_or_coordinator, TEAM_OR_COORDINATOR) for state in S.values if state != S.CLOSED],
]

CASE_ROUTE = StatusTable(Case, _moves, refused=_("Deze stap kan vanuit de huidige status niet."))


# --------------------------------------------------------------------------------------------------------------
# Referrals: the closed loop (FHIR Task states), each move by the referring side or the receiving organisation
# --------------------------------------------------------------------------------------------------------------

R = ReferralStatus


def _referrer(user, referral: Referral) -> bool:
    """The referring side: the case's hub team or its care coordinator."""
    return "refer" in CASE_POLICY.actions(user, referral.case, session=False)


def _receiver(user, referral: Referral) -> bool:
    """The receiving organisation; for a logged referral (the receiver is not in the loop) the referring side
    records the answer it got by phone."""
    if user.is_authenticated and user.organisations.filter(pk=referral.to_organisation_id).exists():
        return True
    return referral.mode == ReferralMode.LOGGED and _referrer(user, referral)


def _either(user, referral: Referral) -> bool:
    return _referrer(user, referral) or _receiver(user, referral)


REFERRER, RECEIVER, EITHER = "verwijzer", "ontvangende organisatie", "verwijzer of ontvanger"

REFERRAL = StatusTable(Referral, [
    Move(R.DRAFT, R.REQUESTED, _referrer, REFERRER),
    Move(R.DRAFT, R.CANCELLED, _referrer, REFERRER),
    Move(R.REQUESTED, R.ACCEPTED, _receiver, RECEIVER),
    Move(R.REQUESTED, R.REJECTED, _receiver, RECEIVER),
    Move(R.REQUESTED, R.CANCELLED, _referrer, REFERRER),
    Move(R.ACCEPTED, R.IN_PROGRESS, _receiver, RECEIVER),
    Move(R.ACCEPTED, R.CANCELLED, _either, EITHER),
    Move(R.IN_PROGRESS, R.ON_HOLD, _receiver, RECEIVER),
    Move(R.IN_PROGRESS, R.COMPLETED, _receiver, RECEIVER),
    Move(R.IN_PROGRESS, R.FAILED, _receiver, RECEIVER),
    Move(R.IN_PROGRESS, R.CANCELLED, _referrer, REFERRER),
    Move(R.ON_HOLD, R.IN_PROGRESS, _receiver, RECEIVER),
    Move(R.ON_HOLD, R.FAILED, _receiver, RECEIVER),
    Move(R.ON_HOLD, R.CANCELLED, _either, EITHER),
], refused=_("Deze stap kan vanuit de huidige status van de verwijzing niet."))
