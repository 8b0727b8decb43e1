# SPDX-License-Identifier: EUPL-1.2
"""The case's route through the hub, as a status table (apps/core/workflow.py): state → next states → who.

Triage by the hub's team sends a new signal to regular care, a prenatal home visit by JGZ, or the case meeting; the
case meeting's decision (a care coordinator) starts tailored support; the team or the coordinator closes a case.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from apps.cases.access import relations
from apps.cases.choices import Basis, CaseStatus
from apps.cases.models import Case
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
