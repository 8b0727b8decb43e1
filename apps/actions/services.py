# SPDX-License-Identifier: EUPL-1.2
"""The yearly review: record per action whether it continues, is new, stopped or done, and apply it."""

from __future__ import annotations

from django.db import transaction

from apps.actions.models import Action, ActionStatus, ReviewDecision, ReviewItem, YearlyReview

STATUS_AFTER = {ReviewDecision.STOPPED: ActionStatus.STOPPED, ReviewDecision.DONE: ActionStatus.DONE}


@transaction.atomic
def record_decisions(review: YearlyReview, decisions: dict[int, tuple[str, str]]) -> int:
    """`decisions` maps action id → (decision or "", note). Returns the number of decisions kept."""
    actions = {a.pk: a for a in Action.objects.filter(coalition=review.coalition, pk__in=decisions)}
    kept = 0
    for action_id, (decision, note) in decisions.items():
        action = actions.get(action_id)
        if action is None:
            continue
        if not decision:
            ReviewItem.objects.filter(review=review, action=action).delete()
            continue
        ReviewItem.objects.update_or_create(review=review, action=action,
                                            defaults={"decision": decision, "note": note})
        kept += 1
        if decision in STATUS_AFTER and action.status != STATUS_AFTER[decision]:
            action.status = STATUS_AFTER[decision]
            action.save(update_fields=["status"])
    return kept
