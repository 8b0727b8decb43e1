# SPDX-License-Identifier: EUPL-1.2
"""Status changes as declared tables: state → allowed next states → who may make the move.

A `StatusTable` is the one place that says how an object may move (a cost request is decided, a listing is
claimed; the referrals of the case flow will follow). `StatusTable.move` is the one write path: it checks the
table, sets the new state and saves under the acting user, so django-auditlog records who moved what from → to.
A model that is not audited is refused when the table is declared: a status change without a trail is a bug.
The pattern is Signalen's `workflow.py`, written here in our own terms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model

Who = Callable[[Any, Any], bool]  # (user, obj) → may she make this move?


@dataclass(frozen=True)
class Move:
    source: str
    target: str
    who: Who
    who_label: str  # for people reading the table (docs, admin): "projectgroep (budget beslissen)"


class StatusTable:
    """The allowed moves of one kind of object, and the single function that makes them.

    `state_of(obj)` reads the current state (by default the `status` field); `enter(obj, target, user)` sets the
    fields that the new state means (by default `status = target`).
    """

    def __init__(self, model: type[Model], moves: Iterable[Move], *, refused: str,
                 state_of: Callable[[Any], str] | None = None,
                 enter: Callable[[Any, str, Any], None] | None = None) -> None:
        from auditlog.registry import auditlog

        if not auditlog.contains(model):
            raise TypeError(f"{model.__name__} is not audited; its status changes would leave no trail.")
        self.model = model
        self.moves = {(m.source, m.target): m for m in moves}
        self.refused = refused  # the message when a move is not in the table (e.g. "already decided")
        self.state_of = state_of or (lambda obj: obj.status)
        self.enter = enter or (lambda obj, target, user: setattr(obj, "status", target))

    def targets(self, obj) -> set[str]:
        """The states the object may move to from where it is, by anyone."""
        state = self.state_of(obj)
        return {target for source, target in self.moves if source == state}

    def allowed(self, user, obj, target: str) -> bool:
        move = self.moves.get((self.state_of(obj), target))
        return move is not None and move.who(user, obj)

    def move(self, obj, target: str, user, *, changes: dict[str, Any] | None = None,
             update_fields: Iterable[str] | None = None):
        """Move `obj` to `target` for `user`, with the other field `changes` the move brings; audited.

        ValidationError when the table has no such move from the current state, PermissionDenied when the
        move exists but this user may not make it.
        """
        from auditlog.context import auditlog_value, set_actor

        move = self.moves.get((self.state_of(obj), target))
        if move is None:
            raise ValidationError(self.refused)
        if not move.who(user, obj):
            raise PermissionDenied
        self.enter(obj, target, user)
        for name, value in (changes or {}).items():
            setattr(obj, name, value)
        outer = auditlog_value.get(None)  # a request's own actor context (AuditlogMiddleware), if any
        with set_actor(user):
            obj.save(update_fields=list(update_fields) if update_fields is not None else None)
        if outer is not None:
            auditlog_value.set(outer)  # give the request's later writes their actor back
        return obj
