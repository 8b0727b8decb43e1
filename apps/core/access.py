# SPDX-License-Identifier: EUPL-1.2
"""The one seam for access: an *access policy* says what a user may see and do within one kind of scope.

A scope is the object that owns everything under a URL such as `/coalities/<coalition_pk>/…`: a coalition today,
a case tomorrow. Scoped views, viewsets, forms and URL helpers (apps/core/views.py, api.py, forms.py) take a policy
and never ask who the user is themselves, so a second policy (access by *relation* to a case) plugs in without
copying them. Core imports no domain app: each domain app owns its policy (apps/coalitions/access.py).

An object the user may not see does not exist for her: `resolve` answers 404, and 403 only when she sees the scope
but lacks the action. A policy grants nothing implicitly: whether a maintainer (superuser) has a shortcut is each
policy's own, documented decision (docs/authorization.md).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404


class AccessPolicy:
    """Subclasses set the scope model and URL, and answer `visible`, `actions` and `granting`."""

    model: type[Model]
    url_kwarg: str = ""       # the URL keyword that carries the scope's id, e.g. "coalition_pk"
    url_prefix: str = ""      # the path before a scoped route, e.g. "coalities/<int:coalition_pk>/"
    scope_field: str = ""     # the field by which a scoped object points at its scope, e.g. "coalition"
    view_action: str = "view"
    # Reasons given by the API, in the policy's own words (Dutch, as users read them).
    denied_change = "U hebt geen recht om dit te wijzigen."
    denied_add = "U hebt geen recht om dit toe te voegen."
    no_move = "Een object kan niet naar een andere plek verhuizen."

    def visible(self, user) -> QuerySet:
        """The scopes the user may read at all. Everything scoped is filtered by this before any lookup by id."""
        raise NotImplementedError

    def actions(self, user, scope) -> frozenset[str]:
        """What the user may do in this scope (strings, e.g. "view", "edit")."""
        raise NotImplementedError

    def granting(self, user, action: str) -> QuerySet:
        """The scopes in which the user may do `action` (choices of a form, the target of an API create)."""
        raise NotImplementedError

    def allows(self, user, scope, action: str) -> bool:
        return action in self.actions(user, scope)

    def resolution_queryset(self, user) -> QuerySet:
        """What `resolve` looks the id up in; a policy may add `select_related` for the pages' headers."""
        return self.visible(user)

    def resolve(self, user, pk, action: str | None = None):
        """The scope with this id if the user may see it (else 404); PermissionDenied without `action`."""
        try:
            scope = self.resolution_queryset(user).get(pk=pk)
        except (self.model.DoesNotExist, ValueError, TypeError, OverflowError):
            raise Http404 from None
        if not self.allows(user, scope, action or self.view_action):
            raise PermissionDenied
        return scope

    def scope_of(self, obj, path: str | None = None):
        """The scope an object belongs to, following `path` ("plan__coalition"), or `scope_field`."""
        for part in (path or self.scope_field).split("__"):
            obj = getattr(obj, part)
        return obj
