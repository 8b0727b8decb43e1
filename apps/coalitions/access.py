# SPDX-License-Identifier: EUPL-1.2
"""Who may do what in a coalition: one table of role → capabilities, and the scoping helpers.

Every view and API endpoint goes through `visible_coalitions` (to scope querysets before anything else) and
`capabilities` (to decide on writes). A coalition the user cannot see does not exist for her: 404, not 403.
See docs/authorization.md.
"""

from __future__ import annotations

from enum import StrEnum

from django.db.models import Q, QuerySet

from apps.coalitions.choices import Role
from apps.coalitions.models import Coalition, Membership
from apps.core.access import AccessPolicy


class Cap(StrEnum):
    VIEW = "view"                    # read everything of the coalition
    EDIT = "edit"                    # coalition data: partners, plan, agreements, meetings, assessments
    EDIT_ACTIONS = "edit_actions"    # working groups' actions and progress notes
    REQUEST_COSTS = "request_costs"  # submit a cost request from a working group
    DECIDE_BUDGET = "decide_budget"  # budget lines and decisions on cost requests
    MANAGE = "manage"                # members and roles, coalition settings, delete


ALL = frozenset(Cap)
ROLE_CAPABILITIES: dict[str, frozenset[Cap]] = {
    Role.PROJECT_LEAD: ALL,
    Role.REGIONAL_COORDINATOR: ALL,
    Role.CORE_GROUP: frozenset({Cap.VIEW, Cap.EDIT, Cap.EDIT_ACTIONS, Cap.REQUEST_COSTS, Cap.DECIDE_BUDGET}),
    Role.WORKING_GROUP_MEMBER: frozenset({Cap.VIEW, Cap.EDIT_ACTIONS, Cap.REQUEST_COSTS}),
    Role.PARTNER_CONTACT: frozenset({Cap.VIEW, Cap.REQUEST_COSTS}),
    Role.VIEWER: frozenset({Cap.VIEW}),
}
# A regional coordinator reads the local coalitions of her region (for the roll-up) but does not edit them.
INHERITED_FROM_REGION = frozenset({Cap.VIEW})


def visible_coalitions(user) -> QuerySet[Coalition]:
    """Coalitions the user may read: by membership, or as coordinator of the region they belong to."""
    if not user.is_authenticated:
        return Coalition.objects.none()
    if user.is_superuser:  # maintainer shortcut, see docs/authorization.md ("Superusers")
        return Coalition.objects.all()
    own = Membership.objects.filter(user=user).values("coalition_id")
    coordinated = Membership.objects.filter(user=user, role=Role.REGIONAL_COORDINATOR).values("coalition_id")
    return Coalition.objects.filter(Q(pk__in=own) | Q(region_id__in=coordinated))


def _roles_by_coalition(user) -> dict[int, set[str]]:
    # Cached on the user object: one query per request, however many checks a page makes.
    cache = getattr(user, "_kansrijk_roles", None)
    if cache is None:
        cache = {}
        for coalition_id, role in Membership.objects.filter(user=user).values_list("coalition_id", "role"):
            cache.setdefault(coalition_id, set()).add(role)
        user._kansrijk_roles = cache
    return cache


def capabilities(user, coalition: Coalition) -> frozenset[Cap]:
    if not user.is_authenticated:
        return frozenset()
    if user.is_superuser:  # maintainer shortcut, see docs/authorization.md ("Superusers")
        return ALL
    roles = _roles_by_coalition(user)
    caps: set[Cap] = set()
    for role in roles.get(coalition.pk, ()):
        caps |= ROLE_CAPABILITIES[role]
    if coalition.region_id and Role.REGIONAL_COORDINATOR in roles.get(coalition.region_id, ()):
        caps |= INHERITED_FROM_REGION
    return frozenset(caps)


def can(user, coalition: Coalition, cap: Cap) -> bool:
    return cap in capabilities(user, coalition)


def get_coalition_for_user(user, pk, cap: Cap = Cap.VIEW) -> Coalition:
    """The coalition if the user may see it (else 404); PermissionDenied if she sees it but lacks `cap`."""
    return COALITION_POLICY.resolve(user, pk, cap)


def editable_coalitions(user, cap: Cap = Cap.EDIT) -> QuerySet[Coalition]:
    """Coalitions in which the user holds `cap` (for choice fields and API writes)."""
    if user is None or not user.is_authenticated:
        return Coalition.objects.none()
    if user.is_superuser:  # maintainer shortcut, see docs/authorization.md ("Superusers")
        return Coalition.objects.all()
    roles = [role for role, caps in ROLE_CAPABILITIES.items() if cap in caps]
    return Coalition.objects.filter(
        pk__in=Membership.objects.filter(user=user, role__in=roles).values("coalition_id")
    )


class CoalitionPolicy(AccessPolicy):
    """Access to a coalition's data by membership and role (the table above); the seam's first policy."""

    model = Coalition
    url_kwarg = "coalition_pk"
    url_prefix = "coalities/<int:coalition_pk>/"
    scope_field = "coalition"
    view_action = Cap.VIEW
    denied_change = "U hebt in deze coalitie geen recht om dit te wijzigen."
    denied_add = "U hebt in deze coalitie geen recht om dit toe te voegen."
    no_move = "Een object kan niet naar een andere coalitie verhuizen."

    def visible(self, user) -> QuerySet[Coalition]:
        return visible_coalitions(user)

    def actions(self, user, scope: Coalition) -> frozenset[Cap]:
        return capabilities(user, scope)

    def granting(self, user, action: str) -> QuerySet[Coalition]:
        return editable_coalitions(user, Cap(action))

    def resolution_queryset(self, user) -> QuerySet[Coalition]:
        return visible_coalitions(user).select_related("municipality", "region")


COALITION_POLICY = CoalitionPolicy()
