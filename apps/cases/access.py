# SPDX-License-Identifier: EUPL-1.2
"""Access to case data by *relation*, plugged into the access seam (apps/core/access.py).

A professional sees a case only through a relation recorded in data (docs/authorization.md):
- she signalled it (`Signal.signalled_by`),
- she coordinates it (`Case.care_coordinator`),
- she is a member of its hub's team (`HubMember`),
- her organisation received a referral (sent, not a draft or a logged one) or a warm handover.
Coalition roles, regional coordinators and maintainers get nothing from their role: this module has no
`is_superuser` test, on purpose. Every user also needs a second factor in this session (`is_verified`).

Reads are audited where they are resolved: `CasePolicy.resolve` writes the access record, so a page or endpoint
that shows one case cannot forget it; lists call `audit.record_list` for the cases they show.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from apps.cases import audit
from apps.cases.choices import AccessAction, Basis, CaseStatus, ReferralMode, ReferralStatus
from apps.cases.models import Case, Handover, Hub, HubMember, Referral, Signal
from apps.core.access import AccessPolicy


def is_verified(user) -> bool:
    """Logged in with a second factor in this session (django-otp); API clients without one never are."""
    check = getattr(user, "is_verified", None)
    return bool(user.is_authenticated and check is not None and check())


def received(user) -> Q:
    """Cases referred (live, sent) or handed over to an organisation she works for."""
    referred = Referral.objects.filter(to_organisation__employees=user, mode=ReferralMode.LIVE).exclude(
        status=ReferralStatus.DRAFT).values("case")
    handed = Handover.objects.filter(to_organisation__employees=user).values("case")
    return Q(pk__in=referred) | Q(pk__in=handed)


def relation_filter(user) -> Q:
    return (Q(signals__signalled_by=user) | Q(care_coordinator=user) | Q(hub__members__user=user) | received(user))


def visible_cases(user) -> QuerySet:
    if not is_verified(user):
        return Case.objects.none()
    # The relations as one subquery, so the outer query has no joins that could repeat a case.
    ids = Case.objects.filter(relation_filter(user)).values("pk")
    return Case.objects.filter(pk__in=ids)


def visible_hubs(user) -> QuerySet:
    """The hubs whose team she is in: their dashboard and case list."""
    if not is_verified(user):
        return Hub.objects.none()
    return Hub.objects.filter(members__user=user).distinct()


def relations(user, case: Case, *, session: bool = True) -> list[str]:
    """Every relation that grants this user access to this case (the basis written into the access record).

    `session=False` asks only about the relation, for the write functions and status table behind the pages: the
    second factor guards the session at the door (the pages, the API), the relation guards each action.
    """
    if not user.is_authenticated or (session and not is_verified(user)):
        return []
    found = []
    if case.signals.filter(signalled_by=user).exists():
        found.append(Basis.SIGNALLER)
    if case.care_coordinator_id == user.pk:
        found.append(Basis.COORDINATOR)
    if case.hub.members.filter(user=user).exists():
        found.append(Basis.HUB_MEMBER)
    if Case.objects.filter(received(user), pk=case.pk).exists():
        found.append(Basis.RECEIVING_ORGANISATION)
    return found


def with_relations(queryset: QuerySet, user) -> QuerySet:
    """Cases annotated with the user's relations, for lists: their access records need the basis of each row."""
    return queryset.annotate(
        rel_signaller=Exists(Signal.objects.filter(case=OuterRef("pk"), signalled_by=user)),
        rel_hub_member=Exists(HubMember.objects.filter(hub=OuterRef("hub"), user=user)),
        rel_receiver=Exists(Case.objects.filter(received(user), pk=OuterRef("pk"))),
    )


def basis_of(user):
    """Reads the annotations of `with_relations` into the list of relations of one case."""
    def basis(case) -> list[str]:
        found = []
        if case.rel_signaller:
            found.append(Basis.SIGNALLER)
        if case.care_coordinator_id == user.pk:
            found.append(Basis.COORDINATOR)
        if case.rel_hub_member:
            found.append(Basis.HUB_MEMBER)
        if case.rel_receiver:
            found.append(Basis.RECEIVING_ORGANISATION)
        return found
    return basis


# What each relation allows. "view" is the case summary; "view_full" adds the hub's notes and every signal's text.
RELATION_ACTIONS = {
    Basis.SIGNALLER: {"view", "consent", "handover"},
    Basis.COORDINATOR: {"view", "view_full", "edit", "consent", "refer", "handover"},
    Basis.HUB_MEMBER: {"view", "view_full", "edit", "consent", "triage", "refer", "handover"},
    # The receiving organisation sees the summary and what was sent to it, and answers it; nothing else.
    # A warm handover goes on from her too (maternity care hands over to JGZ).
    Basis.RECEIVING_ORGANISATION: {"view", "receive", "handover"},
}


class CasePolicy(AccessPolicy):
    model = Case
    url_kwarg = "case_pk"
    url_prefix = "casussen/<int:case_pk>/"
    scope_field = "case"
    denied_change = "U hebt geen relatie met deze casus die dit toestaat."

    def visible(self, user) -> QuerySet:
        return visible_cases(user)

    def resolution_queryset(self, user) -> QuerySet:
        return self.visible(user).select_related("hub", "hub__coalition", "care_coordinator")

    def actions(self, user, scope, *, session: bool = True) -> frozenset[str]:
        granted: set[str] = set()
        for basis in relations(user, scope, session=session):
            granted |= RELATION_ACTIONS[basis]
        if scope.status == CaseStatus.CLOSED:
            granted -= {"edit", "triage", "refer", "handover"}
        return frozenset(granted)

    def granting(self, user, action: str) -> QuerySet:
        if not is_verified(user):
            return Case.objects.none()
        by_relation = {
            Basis.SIGNALLER: Q(signals__signalled_by=user),
            Basis.COORDINATOR: Q(care_coordinator=user),
            Basis.HUB_MEMBER: Q(hub__members__user=user),
            Basis.RECEIVING_ORGANISATION: received(user),
        }
        query = Q(pk__in=[])
        for basis, condition in by_relation.items():
            if action in RELATION_ACTIONS[basis]:
                query |= condition
        return Case.objects.filter(pk__in=Case.objects.filter(query).values("pk"))

    def resolve(self, user, pk, action: str | None = None, *, audit_action: str | None = None):
        """The case (or 404 / 403), with its access record: a read for GET, a change for a write, or what the
        page says it does (an export, a print)."""
        case = super().resolve(user, pk, action)
        audit.record(user, case, audit_action or audit.action_for_request(AccessAction.READ), relations(user, case))
        return case


CASE_POLICY = CasePolicy()
