# SPDX-License-Identifier: EUPL-1.2
"""The route table of tests/test_isolation_ui.py: every coalition route of the URL conf, what its URL points at,
and a valid POST (what the coalition's own lead could send)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from isolation_ui_world import TODAY

from apps.assessments.frameworks import POINTS, Framework, ItemStatus
from apps.coalitions.models import Coalition
from apps.plans.models import PlanVersion

# --------------------------------------------------------------------------------------------------------------
# The route table: what each coalition route needs, and a valid POST (what the coalition's own lead could send)
# --------------------------------------------------------------------------------------------------------------

PAGE = "page"      # GET only; reading needs Cap.VIEW; POST is not allowed (405)
FORM = "form"      # GET and POST both need a write capability
DETAIL = "detail"  # GET needs Cap.VIEW; POST writes (adds a note, decides, ...)

Payload = Callable[[SimpleNamespace, Any], dict]


@dataclass(frozen=True)
class Route:
    kind: str
    obj: str | None = None            # attribute of the world whose pk (or number) goes in the URL
    post: Payload | None = None       # form data; None for pages
    query: Callable[[SimpleNamespace], dict] | None = None
    extra: dict = field(default_factory=dict)
    regional: bool = False            # the route only exists for regional coalitions: aim at the world's region


def _d(day: dt.date) -> str:
    return day.isoformat()


def _delete(_w, _actor) -> dict:
    return {}


def _self_assessment(_w, _actor) -> dict:
    data = {"taken_on": _d(TODAY)}
    for point, _title in POINTS[Framework.SECURING]:
        data[f"status_{point}"] = ItemStatus.IN_PLACE
        data[f"note_{point}"] = "gekaapt"
        data[f"next_{point}"] = ""
    return data


ROUTES: dict[str, Route] = {
    "monitoring:case-figures": Route(PAGE),
    # case flow: the hub's set-up in the workspace (GET for every reader, POST for managers)
    "cases:hub-setup": Route(DETAIL, post=lambda w, a: {"step": "hub", "name": "Gekaapt knooppunt",
                                                        "cadence": "monthly", "follow_up_months": 24, "active": "on"}),
    # coalitions
    "coalitions:update": Route(FORM, post=lambda w, a: {
        "name": "Gekaapt", "scope": "local", "municipality": w.coalition.municipality_id, "status": "in_talks"}),
    "coalitions:delete": Route(FORM, post=_delete),
    "coalitions:partners-list": Route(PAGE),
    "coalitions:partners-create": Route(FORM, post=lambda w, a: {
        "new_organisation": "Inbreker BV", "domain": "medical", "partner_type": "midwife"}),
    "coalitions:partners-update": Route(FORM, obj="partner", post=lambda w, a: {
        "organisation": w.partner.organisation_id, "domain": "medical", "partner_type": "midwife",
        "contact_name": "Gekaapt"}),
    "coalitions:partners-delete": Route(FORM, obj="partner", post=_delete),
    "coalitions:members-list": Route(PAGE),
    # The sender adds herself with a new role: for an outsider that would be a privilege escalation.
    "coalitions:members-create": Route(FORM, post=lambda w, a: {"email": a.email, "role": "core_group"}),
    "coalitions:members-update": Route(FORM, obj="membership", post=lambda w, a: {
        "email": w.membership.user.email, "role": "project_lead"}),
    "coalitions:members-delete": Route(FORM, obj="membership", post=_delete),
    "coalitions:themes-list": Route(PAGE),
    "coalitions:themes-create": Route(FORM, post=lambda w, a: {"name": "Gekaapt thema", "order": 1}),
    "coalitions:themes-update": Route(FORM, obj="theme", post=lambda w, a: {"name": "Gekaapt", "order": 0}),
    "coalitions:themes-delete": Route(FORM, obj="theme", post=_delete),
    # plans
    "plans:plan": Route(PAGE),
    "plans:edit": Route(FORM, post=lambda w, a: {"title": "Gekaapt plan"}),
    "plans:adopt": Route(FORM, post=lambda w, a: {"adopted_on": _d(TODAY), "adopted_by": "inbreker"}),
    "plans:version": Route(PAGE, obj="plan_version"),
    "plans:ambitions-list": Route(PAGE),
    "plans:ambitions-create": Route(FORM, post=lambda w, a: {"text": "Gekaapte ambitie", "order": 0}),
    "plans:ambitions-update": Route(FORM, obj="ambition", post=lambda w, a: {"text": "Gekaapt", "order": 0}),
    "plans:ambitions-delete": Route(FORM, obj="ambition", post=_delete),
    "plans:goals-list": Route(PAGE),
    "plans:goals-create": Route(FORM, post=lambda w, a: {"title": "Gekaapt doel", "action_line": "before",
                                                         "order": 0}),
    "plans:goals-update": Route(FORM, obj="goal", post=lambda w, a: {"title": "Gekaapt", "action_line": "during",
                                                                     "order": 0}),
    "plans:goals-delete": Route(FORM, obj="goal", post=_delete),
    # actions
    "actions:workinggroups-list": Route(PAGE),
    "actions:workinggroups-create": Route(FORM, post=lambda w, a: {"name": "Gekaapte werkgroep", "active": "on"}),
    "actions:workinggroups-update": Route(FORM, obj="working_group", post=lambda w, a: {"name": "Gekaapt",
                                                                                       "active": "on"}),
    "actions:workinggroups-delete": Route(FORM, obj="working_group", post=_delete),
    "actions:actions-list": Route(PAGE),
    "actions:actions-create": Route(FORM, post=lambda w, a: {"title": "Gekaapte actie", "term": "short",
                                                             "status": "sown"}),
    "actions:actions-update": Route(FORM, obj="action", post=lambda w, a: {"title": "Gekaapt", "term": "short",
                                                                           "status": "done"}),
    "actions:actions-delete": Route(FORM, obj="action", post=_delete),
    "actions:action-detail": Route(DETAIL, obj="action", post=lambda w, a: {"date": _d(TODAY), "text": "Gekaapt"}),
    "actions:action-step": Route(DETAIL, obj="action", post=lambda w, a: {"from": w.action.status}),
    "actions:reviews-list": Route(PAGE),
    "actions:reviews-create": Route(FORM, post=lambda w, a: {"year": TODAY.year - 1, "held_on": _d(TODAY)}),
    "actions:reviews-update": Route(FORM, obj="review", post=lambda w, a: {
        "year": w.review.year, "held_on": _d(w.review.held_on), "summary": "Gekaapt"}),
    "actions:reviews-delete": Route(FORM, obj="review", post=_delete),
    "actions:review-detail": Route(DETAIL, obj="review", post=lambda w, a: {
        f"decision_{w.action.pk}": "stopped", f"note_{w.action.pk}": "Gekaapt"}),
    # meetings
    "meetings:meetings-list": Route(PAGE),
    "meetings:meetings-create": Route(FORM, post=lambda w, a: {"title": "Gekaapt", "date": _d(TODAY),
                                                               "kind": "coalition"}),
    "meetings:meetings-update": Route(FORM, obj="meeting", post=lambda w, a: {
        "title": "Gekaapt", "date": _d(w.meeting.date), "kind": "other"}),
    "meetings:meetings-delete": Route(FORM, obj="meeting", post=_delete),
    "meetings:meeting-detail": Route(DETAIL, obj="meeting", post=lambda w, a: {
        "delete_attendance": w.attendance.pk}),
    "meetings:outputs-list": Route(PAGE),
    "meetings:outputs-create": Route(FORM, post=lambda w, a: {"kind": "newsletter", "date": _d(TODAY),
                                                              "quantity": 5}),
    "meetings:outputs-update": Route(FORM, obj="output", post=lambda w, a: {"kind": "newsletter", "date": _d(TODAY),
                                                                            "quantity": 99}),
    "meetings:outputs-delete": Route(FORM, obj="output", post=_delete),
    # agreements
    "agreements:index": Route(PAGE),
    "agreements:covenants-list": Route(PAGE),
    "agreements:covenants-create": Route(FORM, post=lambda w, a: {"title": "Gekaapt convenant"}),
    "agreements:covenants-update": Route(FORM, obj="covenant", post=lambda w, a: {"title": "Gekaapt"}),
    "agreements:covenants-delete": Route(FORM, obj="covenant", post=_delete),
    "agreements:covenant-detail": Route(DETAIL, obj="covenant", post=lambda w, a: {
        "delete_signatory": w.signatory.pk}),
    "agreements:agreements-list": Route(PAGE),
    "agreements:agreements-create": Route(FORM, post=lambda w, a: {"subject": "Gekaapt", "level": "policy"}),
    "agreements:agreements-update": Route(FORM, obj="agreement", post=lambda w, a: {"subject": "Gekaapt",
                                                                                    "level": "policy"}),
    "agreements:agreements-delete": Route(FORM, obj="agreement", post=_delete),
    "agreements:agreement-document": Route(PAGE, obj="agreement"),
    "agreements:covenant-document": Route(PAGE, obj="covenant"),
    # budgets
    "budgets:index": Route(PAGE),
    "budgets:lines-list": Route(PAGE),
    "budgets:lines-create": Route(FORM, post=lambda w, a: {"year": TODAY.year, "source": "ggd", "amount": "100.00"}),
    "budgets:lines-update": Route(FORM, obj="budget_line", post=lambda w, a: {
        "year": TODAY.year, "source": "state", "amount": "99999.00"}),
    "budgets:lines-delete": Route(FORM, obj="budget_line", post=_delete),
    "budgets:requests-list": Route(PAGE),
    "budgets:requests-create": Route(FORM, post=lambda w, a: {
        "year": TODAY.year, "title": "Gekaapt", "amount": "10.00", "submitted_on": _d(TODAY)}),
    "budgets:requests-update": Route(FORM, obj="cost_request", post=lambda w, a: {
        "year": TODAY.year, "title": "Gekaapt", "amount": "10.00", "submitted_on": _d(TODAY)}),
    "budgets:requests-delete": Route(FORM, obj="cost_request", post=_delete),
    "budgets:request-decide": Route(DETAIL, obj="cost_request", post=lambda w, a: {"decision": "approve",
                                                                                   "note": "Gekaapt"}),
    # assessments
    "assessments:requirements": Route(PAGE),
    "assessments:stepplan": Route(PAGE),
    "coalitions:history": Route(PAGE),
    "assessments:self-list": Route(PAGE),
    "assessments:self-create": Route(FORM, extra={"framework": Framework.SECURING.value}, post=_self_assessment),
    "assessments:self-detail": Route(PAGE, obj="assessment"),
    "assessments:compare": Route(PAGE, query=lambda w: {"van": w.older_assessment.pk, "naar": w.assessment.pk}),
    # overview
    "overview:coalition": Route(PAGE),
    "overview:regional": Route(PAGE, regional=True),
    # --- directory pathways ---
    "directory:pathways-list": Route(PAGE),
    "directory:pathways-create": Route(FORM, post=lambda w, a: {
        "situation": "addiction", "title": "Roken tijdens de zwangerschap"}),
    "directory:pathways-update": Route(FORM, obj="pathway", post=lambda w, a: {
        "situation": "poverty_debts", "title": "Gekaapt"}),
    "directory:pathways-delete": Route(FORM, obj="pathway", post=_delete),
    "directory:pathway-detail": Route(DETAIL, obj="pathway", post=lambda w, a: {
        "step": w.step.pk, "direction": "down"}),
    "directory:pathway-step-create": Route(FORM, obj="pathway", post=lambda w, a: {
        "kind": "handover", "title": "Gekaapte stap", "responsible_type": "jgz"}),
    "directory:pathway-step-update": Route(FORM, obj="step", post=lambda w, a: {
        "kind": "signal", "title": "Gekaapt", "responsible_type": "midwife"}),
    "directory:pathway-step-delete": Route(FORM, obj="step", post=_delete),
    "directory:clientroute": Route(PAGE, query=lambda w: {"gemeente": w.coalition.municipality.code}),
    "directory:gapnote-edit": Route(FORM, extra={"phase": "during", "situation": "poverty_debts"},
                                    query=lambda w: {"gemeente": w.coalition.municipality.code},
                                    post=lambda w, a: {"note": "Gekaapt"}),
    "directory:regional-map": Route(PAGE, regional=True),
    "directory:regional-offer-edit": Route(FORM, regional=True, extra={"intervention": "voorzorg"},
                                           query=lambda w: {"gemeente": "GM0119"},
                                           post=lambda w, a: {"status": "not_offered", "note": "Gekaapt"}),
    # --- directory (dir-manage) ---
    "directory:coalition-upkeep": Route(PAGE),
    # --- monitoring ---
    "monitoring:report": Route(PAGE, query=lambda w: {"jaar": TODAY.year}),
    "monitoring:stories-list": Route(PAGE),
    "monitoring:stories-create": Route(FORM, post=lambda w, a: {"year": TODAY.year, "title": "Gekaapt",
                                                                "body": "Gekaapt", "order": 0}),
    "monitoring:stories-update": Route(FORM, obj="story", post=lambda w, a: {"year": TODAY.year, "title": "Gekaapt",
                                                                             "body": "Gekaapt", "order": 0}),
    "monitoring:stories-delete": Route(FORM, obj="story", post=_delete),
    "monitoring:local-indicators-list": Route(PAGE),
    "monitoring:local-indicators-create": Route(FORM, post=lambda w, a: {"name": "Gekaapt", "unit": "count",
                                                                         "better": "higher"}),
    "monitoring:local-indicators-update": Route(FORM, obj="local_indicator", post=lambda w, a: {
        "name": "Gekaapt", "unit": "count", "better": "higher"}),
    "monitoring:local-indicators-delete": Route(FORM, obj="local_indicator", post=_delete),
    "monitoring:local-indicator-detail": Route(DETAIL, obj="local_indicator", post=lambda w, a: {
        "year": TODAY.year, "numerator": 999}),
}


# --------------------------------------------------------------------------------------------------------------
# Discovering the coalition routes in the URL conf
# --------------------------------------------------------------------------------------------------------------

def discover_coalition_routes() -> dict[str, set[str]]:
    """Name → URL kwargs of every route (at any depth of the URL conf) whose URL contains `coalition_pk`."""
    found: dict[str, set[str]] = {}
    unnamed: list[str] = []

    def walk(patterns, namespace: str, prefix: str, kwargs: set[str]) -> None:
        for pattern in patterns:
            groups = kwargs | set(pattern.pattern.regex.groupindex)
            if isinstance(pattern, URLResolver):
                ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, ns, prefix + str(pattern.pattern), groups)
            elif isinstance(pattern, URLPattern) and "coalition_pk" in groups:
                if pattern.name is None:
                    unnamed.append(prefix + str(pattern.pattern))
                else:
                    found[namespace + pattern.name] = groups

    walk(get_resolver().url_patterns, "", "", set())
    assert not unnamed, f"Coalition routes without a name cannot be mapped in ROUTES: {unnamed}"
    return found


DISCOVERED = discover_coalition_routes()
ALL_ROUTES = sorted(set(DISCOVERED) | set(ROUTES))
OBJECT_ROUTES = sorted(name for name in ALL_ROUTES if name in ROUTES and ROUTES[name].obj)
WRITE_ROUTES = sorted(name for name in ALL_ROUTES if name in ROUTES and ROUTES[name].post)


def route(name: str) -> Route:
    if name not in ROUTES:
        pytest.fail(f"The coalition route {name!r} is not in ROUTES of tests/isolation_ui_routes.py; add it, with the "
                    "object its pk points at and a valid POST, so its isolation is tested.")
    return ROUTES[name]


def url_for(name: str, world: SimpleNamespace, coalition: Coalition | None = None,
            obj_world: SimpleNamespace | None = None) -> str:
    """The URL of route `name` for the world's coalition (or `coalition`), with the object of `obj_world`."""
    spec = route(name)
    target = coalition or (world.region if spec.regional else world.coalition)
    kwargs: dict[str, Any] = {"coalition_pk": target.pk, **spec.extra}
    if spec.obj:
        obj = getattr(obj_world or world, spec.obj)
        kwargs["number" if "number" in DISCOVERED.get(name, ()) else "pk"] = (
            obj.number if isinstance(obj, PlanVersion) else obj.pk)
    url = reverse(name, kwargs=kwargs)
    if spec.query:
        from urllib.parse import urlencode

        url += "?" + urlencode(spec.query(obj_world or world))
    return url
