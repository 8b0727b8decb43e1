# SPDX-License-Identifier: EUPL-1.2
"""The flower bed's one-click step: sown → in bud → in bloom → done, as a status table (apps/core/workflow.py).

The action form still sets any status (a stop, a correction); this table is the path of the step button on the
overview's cards, so that a click is checked, saved under the acting user and audited like every other move.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

from apps.actions.models import Action, ActionStatus
from apps.coalitions.access import Cap, can
from apps.core.workflow import Move, StatusTable

NEXT_STEP = {ActionStatus.SOWN: ActionStatus.IN_BUD, ActionStatus.IN_BUD: ActionStatus.IN_BLOOM,
             ActionStatus.IN_BLOOM: ActionStatus.DONE}
GROWING = tuple(NEXT_STEP)  # the states of the flower bed, in which a target date can pass


def _edits_actions(user, action: Action) -> bool:
    return can(user, action.coalition, Cap.EDIT_ACTIONS)


ACTION_STEP = StatusTable(
    Action,
    [Move(source, target, _edits_actions, "werkgroepleden, kerngroep, projectleider (acties bewerken)")
     for source, target in NEXT_STEP.items()],
    refused=_("Deze actie kan niet verder: ze is al afgerond of gestopt."),
)


def is_overdue(status: str, due_date: dt.date | None, today: dt.date) -> bool:
    """Past its target date while still growing (done and stopped actions are never late)."""
    return bool(due_date and due_date < today and status in GROWING)
