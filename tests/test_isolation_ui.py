# SPDX-License-Identifier: EUPL-1.2
"""Isolation between coalitions in the web interface, generated from the URL conf.

Every route that takes a `coalition_pk` must appear in ROUTES below; a new route without an entry fails
`test_every_coalition_route_is_mapped` and its own parametrized cases, so no route can escape these tests.

Coalition B is filled with one object of every kind. For each route:
- lead_a (project lead of A, no role in B) gets 404 on GET and POST, and B's data does not change;
- the same POST sent by lead_b does change B (so the payloads are real attacks, and the 404 is what stops them);
- anonymous visitors are sent to the login page;
- read-only members (a viewer, a regional coordinator of the coalition's region) read pages but get 403 on writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest
from django.apps import apps as django_apps
from django.core.files.base import ContentFile
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from apps.actions.models import Action, ProgressNote, ReviewItem, WorkingGroup, YearlyReview
from apps.agreements.models import Agreement, Covenant, Signatory
from apps.assessments import services as assessment_services
from apps.assessments.frameworks import POINTS, Framework, ItemStatus
from apps.assessments.models import AssessmentItem, SelfAssessment
from apps.budgets.models import BudgetLine, CostRequest
from apps.coalitions.models import Coalition, Membership, Partner, Theme
from apps.core.testing import factories as f
from apps.directory.models import CarePathway, GapNote, InterventionOffer, PathwayStep
from apps.directory.testing import factories as df
from apps.meetings.models import Attendance, Meeting, Output
from apps.monitoring.models import Indicator, Observation, Story
from apps.organisations.models import Organisation
from apps.plans import services as plan_services
from apps.plans.models import Ambition, Goal, Plan, PlanVersion

TODAY = dt.date.today()
LOGIN_URL = "/inloggen/"


# --------------------------------------------------------------------------------------------------------------
# A coalition with one object of every kind
# --------------------------------------------------------------------------------------------------------------

def build_world(coalition: Coalition, lead) -> SimpleNamespace:
    """Fill `coalition` with one object of every kind, and put it in a regional coalition of its own."""
    region = f.CoalitionFactory(name=f"Regio rond {coalition.name}", scope="regional", municipality=None)
    region.municipalities.add(f.municipality("GM0119"), f.municipality("GM0983"))
    coalition.region = region
    coalition.save(update_fields=["region"])

    organisation = f.OrganisationFactory(name=f"Verloskundigenpraktijk {coalition.name}")
    partner = f.PartnerFactory(coalition=coalition, organisation=organisation, contact_name="Anna de Vries")
    member_user = f.member(coalition, "viewer")
    membership = Membership.objects.get(coalition=coalition, user=member_user)
    theme = Theme.objects.create(coalition=coalition, name="De eerste 1000 dagen")

    plan = f.PlanFactory(coalition=coalition, title="Plan van aanpak")
    ambition = Ambition.objects.create(plan=plan, text="Elk kind een kansrijke start")
    goal = f.GoalFactory(plan=plan, ambition=ambition, title="Warme overdracht", topics=["warm_handover"])
    plan_version = plan_services.adopt(plan, TODAY - dt.timedelta(days=30), "projectgroep", lead)

    working_group = f.WorkingGroupFactory(coalition=coalition, name="Werkgroep zwangerschap")
    action = f.ActionFactory(coalition=coalition, working_group=working_group, theme=theme, title="Folder maken")
    note = f.ProgressNoteFactory(action=action, text="Eerste overleg gevoerd.")
    review = YearlyReview.objects.create(coalition=coalition, year=TODAY.year, held_on=TODAY, summary="Goed jaar")
    ReviewItem.objects.create(review=review, action=action, decision="continue")

    meeting = f.MeetingFactory(coalition=coalition, title="Startbijeenkomst")
    attendance = f.AttendanceFactory(meeting=meeting, organisation=organisation, attendees=4, new_connections=2)
    output = Output.objects.create(coalition=coalition, kind="newsletter", date=TODAY, title="Nieuwsbrief 1",
                                   quantity=1)

    covenant = f.CovenantFactory(coalition=coalition, title="Convenant Kansrijke Start")
    covenant.document.save("convenant.pdf", ContentFile(b"%PDF-1.4 ondertekend"))
    signatory = Signatory.objects.create(covenant=covenant, organisation=organisation, signed_by="directeur")
    agreement = f.AgreementFactory(coalition=coalition, subject="Warme overdracht")
    agreement.parties.add(organisation)
    agreement.document.save("afspraak.pdf", ContentFile(b"%PDF-1.4 vertrouwelijk"))

    budget_line = f.BudgetLineFactory(coalition=coalition, year=TODAY.year)
    cost_request = f.CostRequestFactory(coalition=coalition, year=TODAY.year, working_group=working_group,
                                        title="Drukwerk folder")

    empty = {point: (ItemStatus.NOT_STARTED, "", "") for point, _title in POINTS[Framework.SECURING]}
    older_assessment = assessment_services.record(coalition, Framework.SECURING, TODAY - dt.timedelta(days=90),
                                                  empty, lead)
    assessment = assessment_services.record(coalition, Framework.SECURING, TODAY, empty, lead)

    # --- directory pathways ---
    service = df.ServiceFactory(organisation=organisation, name=f"Schuldhulp {organisation.name}",
                                covers=[coalition.municipality.code])
    pathway = df.CarePathwayFactory(coalition=coalition, situation="poverty_debts", title="Geldzorgen")
    step = df.PathwayStepFactory(pathway=pathway, order=1, kind="signal", title="Signaleren", responsible=organisation)
    step.services.add(service)
    df.PathwayStepFactory(pathway=pathway, order=2, kind="support", title="Schuldhulp")
    gap_note = GapNote.objects.create(coalition=coalition, municipality=coalition.municipality, phase="during",
                                      situation="poverty_debts", note="Geen budgetcoach", action=action)
    offer = InterventionOffer.objects.create(coalition=region, municipality=f.municipality("GM0119"),
                                             intervention=df.InterventionFactory(code="voorzorg"), status="planned")
    # --- monitoring ---
    from apps.monitoring.pages.views_coalition import save_local_value

    story = Story.objects.create(coalition=coalition, year=TODAY.year, title="Ons verhaal", body="**Tekst**")
    local_indicator = Indicator.objects.create(code=f"lokaal-{coalition.pk}-bereik", name="Ouders bereikt",
                                               unit="count", kind="local", coalition=coalition)
    save_local_value(coalition, local_indicator, TODAY.year, 12, None, lead)

    return SimpleNamespace(
        pathway=pathway, step=step, gap_note=gap_note, offer=offer,
        coalition=coalition, region=region, lead=lead, organisation=organisation, partner=partner,
        membership=membership, theme=theme, plan=plan, ambition=ambition, goal=goal, plan_version=plan_version,
        working_group=working_group, action=action, note=note, review=review, meeting=meeting,
        attendance=attendance, output=output, covenant=covenant, signatory=signatory, agreement=agreement,
        budget_line=budget_line, cost_request=cost_request, older_assessment=older_assessment,
        assessment=assessment, story=story, local_indicator=local_indicator,
    )


# Every model that belongs to a coalition, with the path to it. The snapshot compares all their rows.
SCOPED_MODELS: list[tuple[type[models.Model], str]] = [
    (Coalition, "pk"),
    (Coalition.municipalities.through, "coalition"),
    (Membership, "coalition"),
    (Partner, "coalition"),
    (Theme, "coalition"),
    (Plan, "coalition"),
    (Ambition, "plan__coalition"),
    (Goal, "plan__coalition"),
    (PlanVersion, "plan__coalition"),
    (WorkingGroup, "coalition"),
    (Action, "coalition"),
    (ProgressNote, "action__coalition"),
    (YearlyReview, "coalition"),
    (ReviewItem, "review__coalition"),
    (Meeting, "coalition"),
    (Attendance, "meeting__coalition"),
    (Output, "coalition"),
    (Covenant, "coalition"),
    (Signatory, "covenant__coalition"),
    (Agreement, "coalition"),
    (Agreement.parties.through, "agreement__coalition"),
    (BudgetLine, "coalition"),
    (CostRequest, "coalition"),
    (SelfAssessment, "coalition"),
    (AssessmentItem, "assessment__coalition"),
    # --- monitoring ---
    (Story, "coalition"),
    (Indicator, "coalition"),
    (Observation, "indicator__coalition"),
    # --- directory pathways ---
    (CarePathway, "coalition"),
    (PathwayStep, "pathway__coalition"),
    (PathwayStep.services.through, "pathwaystep__pathway__coalition"),
    (GapNote, "coalition"),
    (InterventionOffer, "coalition"),
]


def snapshot(*coalitions: Coalition) -> dict[str, Any]:
    """Every row (all field values) of everything the coalitions own, plus the shared organisation register."""
    pks = [c.pk for c in coalitions]
    data: dict[str, Any] = {}
    for model, path in SCOPED_MODELS:
        rows = model._default_manager.filter(**{f"{path}__in": pks}).order_by("pk").values()
        data[model._meta.label] = [dict(row) for row in rows]
    data["organisations"] = list(Organisation.objects.order_by("pk").values())
    return data


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
        pytest.fail(f"The coalition route {name!r} is not in ROUTES of tests/test_isolation_ui.py; add it, with the "
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


@pytest.fixture
def world_b(coalition_b, lead_b):
    world = build_world(coalition_b, lead_b)
    f.member(world.region, "regional_coordinator", user=lead_b)
    return world


# --------------------------------------------------------------------------------------------------------------
# The route table itself
# --------------------------------------------------------------------------------------------------------------

def test_the_url_conf_has_coalition_routes():
    assert len(DISCOVERED) > 50


def test_every_coalition_route_is_mapped():
    missing = sorted(set(DISCOVERED) - set(ROUTES))
    stale = sorted(set(ROUTES) - set(DISCOVERED))
    assert not missing, f"Add these coalition routes to ROUTES in tests/test_isolation_ui.py: {missing}"
    assert not stale, f"These ROUTES entries no longer exist in the URL conf: {stale}"


def test_every_route_with_an_object_in_its_url_is_given_an_object():
    for name, kwargs in DISCOVERED.items():
        needs = kwargs - {"coalition_pk"} - set(route(name).extra)
        assert bool(needs) == bool(route(name).obj), f"{name} needs {needs or 'no object'}"


def test_the_mapped_objects_are_of_the_model_the_view_shows(world_b):
    for name in OBJECT_ROUTES:
        view = resolve(url_for(name, world_b).split("?")[0]).func
        model = getattr(getattr(view, "view_class", None), "model", None)
        if model is not None:
            assert isinstance(getattr(world_b, route(name).obj), model), name


def test_coalition_b_has_an_object_of_every_coalition_model(world_b):
    rows = snapshot(world_b.coalition, world_b.region)
    empty = [label for label, items in rows.items() if not items]
    assert not empty, f"build_world leaves these empty: {empty}"


def test_every_model_that_belongs_to_a_coalition_is_in_the_snapshot():
    scoped = {model for model, _path in SCOPED_MODELS}
    missing = []
    for model in django_apps.get_models():
        if not model.__module__.startswith("apps.") or model in scoped:
            continue
        if any(isinstance(fk, models.ForeignKey) and fk.related_model in scoped for fk in model._meta.fields):
            missing.append(model._meta.label)
    assert not missing, f"Add to SCOPED_MODELS (and to build_world): {missing}"


# --------------------------------------------------------------------------------------------------------------
# Outsiders: 404, and nothing changes
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL_ROUTES)
def test_outsider_gets_404_for_every_route_of_another_coalition(client, lead_a, world_b, name):
    client.force_login(lead_a)
    before = snapshot(world_b.coalition, world_b.region)
    url = url_for(name, world_b)
    spec = route(name)

    assert client.get(url).status_code == 404
    payload = spec.post(world_b, lead_a) if spec.post else {}
    assert client.post(url, payload).status_code == 404
    assert snapshot(world_b.coalition, world_b.region) == before
    assert not Membership.objects.filter(user=lead_a, coalition=world_b.coalition).exists()


@pytest.mark.parametrize("name", ALL_ROUTES)
def test_regional_coordinator_gets_404_for_every_route_of_a_coalition_outside_her_region(client, world_b, name):
    other_region = f.CoalitionFactory(name="Regio elders", scope="regional", municipality=None)
    coordinator = f.member(other_region, "regional_coordinator")
    client.force_login(coordinator)
    before = snapshot(world_b.coalition, world_b.region)
    url = url_for(name, world_b)
    spec = route(name)

    assert client.get(url).status_code == 404
    assert client.post(url, spec.post(world_b, coordinator) if spec.post else {}).status_code == 404
    assert snapshot(world_b.coalition, world_b.region) == before


@pytest.mark.parametrize("name", OBJECT_ROUTES)
def test_outsider_gets_404_for_objects_of_another_coalition_through_her_own_coalition(
    client, lead_a, coalition_a, world_b, name
):
    """/coalities/<A>/…/<pk of B's object>/: the object is looked up inside A, so B's pk finds nothing."""
    client.force_login(lead_a)
    before = snapshot(world_b.coalition, world_b.region)
    url = url_for(name, world_b, coalition=coalition_a)
    spec = route(name)

    assert client.get(url).status_code == 404
    # A read-only page in her own coalition refuses the method before it looks for the object.
    expected_post = 405 if spec.kind == PAGE else 404
    assert client.post(url, spec.post(world_b, lead_a) if spec.post else {}).status_code == expected_post
    assert snapshot(world_b.coalition, world_b.region) == before


@pytest.mark.parametrize("name", sorted(n for n in ALL_ROUTES if n in ROUTES and ROUTES[n].kind == PAGE))
def test_outsider_gets_404_for_exports_and_print_versions_of_another_coalition(client, lead_a, world_b, name):
    client.force_login(lead_a)
    url = url_for(name, world_b)
    joiner = "&" if "?" in url else "?"
    for query in ("format=csv", "format=xlsx", "format=pdf", "print=1"):
        assert client.get(f"{url}{joiner}{query}").status_code == 404, query


# --------------------------------------------------------------------------------------------------------------
# Anonymous visitors: to the login page
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL_ROUTES)
def test_anonymous_visitor_is_sent_to_the_login_page_for_every_coalition_route(client, world_b, name):
    before = snapshot(world_b.coalition, world_b.region)
    url = url_for(name, world_b)
    spec = route(name)
    for response in (client.get(url), client.post(url, spec.post(world_b, world_b.lead) if spec.post else {})):
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_URL + "?next=")
    assert snapshot(world_b.coalition, world_b.region) == before


# --------------------------------------------------------------------------------------------------------------
# The coalition's own lead: proves the 404s are not accidental and the POSTs above are real attacks
# --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ALL_ROUTES)
def test_own_project_lead_opens_every_page_of_her_coalition(client, world_b, name):
    client.force_login(world_b.lead)
    response = client.get(url_for(name, world_b))
    assert response.status_code == 200
    if response.streaming:  # a document download
        assert b"".join(response.streaming_content).startswith(b"%PDF")
    elif route(name).kind != FORM:
        assert world_b.coalition.name in response.content.decode() or route(name).regional


@pytest.mark.parametrize("name", WRITE_ROUTES)
def test_own_project_lead_changes_her_coalition_with_the_same_post(client, world_b, name):
    client.force_login(world_b.lead)
    before = snapshot(world_b.coalition, world_b.region)
    response = client.post(url_for(name, world_b), route(name).post(world_b, world_b.lead))
    assert response.status_code == 302, getattr(response, "context", None) and [
        form.errors for key in ("form",) if (form := response.context.get(key)) is not None]
    assert snapshot(world_b.coalition, world_b.region) != before


@pytest.mark.parametrize("name", sorted(n for n in ALL_ROUTES if n in ROUTES and ROUTES[n].kind == PAGE))
def test_pages_do_not_accept_a_post(client, world_b, name):
    client.force_login(world_b.lead)
    assert client.post(url_for(name, world_b), {}).status_code == 405


# --------------------------------------------------------------------------------------------------------------
# Read-only members of the coalition: a viewer, and the coordinator of the coalition's region
# --------------------------------------------------------------------------------------------------------------

@pytest.fixture(params=["viewer", "regional_coordinator"])
def reader_a(request, coalition_a, lead_a):
    """A world in A and someone who may only read it: a viewer of A, or the coordinator of A's region."""
    world = build_world(coalition_a, lead_a)
    if request.param == "viewer":
        reader = f.member(coalition_a, "viewer")
        f.member(world.region, "viewer", user=reader)
    else:
        reader = f.member(world.region, "regional_coordinator")
    return world, reader


@pytest.mark.parametrize("name", ALL_ROUTES)
def test_read_only_member_reads_pages_but_gets_403_on_every_write(client, reader_a, name):
    world, reader = reader_a
    client.force_login(reader)
    spec = route(name)
    url = url_for(name, world)
    before = snapshot(world.coalition, world.region)

    if spec.regional and spec.kind != PAGE and Membership.objects.filter(
            user=reader, coalition=world.region, role="regional_coordinator").exists():
        pytest.skip("the region's own coordinator edits the region's pages")  # directory pathways: regional map
    get = client.get(url)
    post = client.post(url, spec.post(world, reader) if spec.post else {})

    if spec.kind == PAGE:
        assert (get.status_code, post.status_code) == (200, 405)
    elif spec.kind == DETAIL:
        assert (get.status_code, post.status_code) == (200, 403)
    else:
        assert (get.status_code, post.status_code) == (403, 403)
    assert snapshot(world.coalition, world.region) == before


# --------------------------------------------------------------------------------------------------------------
# Smuggling B's objects into A's own forms
# --------------------------------------------------------------------------------------------------------------

@pytest.fixture
def worlds(client, coalition_a, lead_a, world_b):
    world_a = build_world(coalition_a, lead_a)
    client.force_login(lead_a)
    return world_a, world_b


def _cross_references(a: SimpleNamespace, b: SimpleNamespace) -> list[tuple[str, str, dict]]:
    return [
        ("actions:actions-create", "", {"title": "X", "term": "short", "status": "sown",
                                        "working_group": b.working_group.pk}),
        ("actions:actions-create", "", {"title": "X", "term": "short", "status": "sown", "theme": b.theme.pk}),
        ("actions:actions-update", "action", {"title": "X", "term": "short", "status": "sown",
                                              "working_group": b.working_group.pk}),
        ("plans:goals-create", "", {"title": "X", "action_line": "before", "order": 0, "theme": b.theme.pk}),
        ("plans:goals-create", "", {"title": "X", "action_line": "before", "order": 0, "ambition": b.ambition.pk}),
        ("budgets:requests-create", "", {"year": TODAY.year, "title": "X", "amount": "1.00",
                                         "submitted_on": _d(TODAY), "working_group": b.working_group.pk}),
        ("agreements:agreements-create", "", {"subject": "X", "level": "policy",
                                              "parties": [b.organisation.pk]}),
        ("agreements:covenant-detail", "covenant", {"organisation": b.organisation.pk, "signed_by": "X"}),
    ]


def test_own_coalition_forms_refuse_objects_of_another_coalition(client, worlds):
    world_a, world_b = worlds
    for name, obj, data in _cross_references(world_a, world_b):
        before = snapshot(world_a.coalition, world_b.coalition)
        kwargs = {"coalition_pk": world_a.coalition.pk}
        if obj:
            kwargs["pk"] = getattr(world_a, obj).pk
        response = client.post(reverse(name, kwargs=kwargs), data)
        assert response.status_code == 200, name  # the form comes back with an error
        assert response.context["form"].errors, name
        assert snapshot(world_a.coalition, world_b.coalition) == before, name


def test_own_coalition_pages_do_not_delete_rows_of_another_coalition(client, worlds):
    world_a, world_b = worlds
    before = snapshot(world_b.coalition)
    meeting_url = reverse("meetings:meeting-detail", args=[world_a.coalition.pk, world_a.meeting.pk])
    covenant_url = reverse("agreements:covenant-detail", args=[world_a.coalition.pk, world_a.covenant.pk])
    assert client.post(meeting_url, {"delete_attendance": world_b.attendance.pk}).status_code == 302
    assert client.post(covenant_url, {"delete_signatory": world_b.signatory.pk}).status_code == 302
    assert snapshot(world_b.coalition) == before


def test_yearly_review_of_one_coalition_ignores_actions_of_another(client, worlds):
    world_a, world_b = worlds
    url = reverse("actions:review-detail", args=[world_a.coalition.pk, world_a.review.pk])
    before = snapshot(world_b.coalition)
    client.post(url, {f"decision_{world_b.action.pk}": "stopped", f"decision_{world_a.action.pk}": "done"})
    assert snapshot(world_b.coalition) == before
    assert not ReviewItem.objects.filter(review=world_a.review, action=world_b.action).exists()


def test_lists_and_exports_of_one_coalition_show_nothing_of_another(client, worlds):
    world_a, world_b = worlds
    secrets = [world_b.partner.contact_name, world_b.organisation.name, world_b.coalition.name]
    world_b.partner.contact_name = "Geheime Contactpersoon"
    world_b.partner.save()
    secrets[0] = "Geheime Contactpersoon"
    for name in sorted(n for n in ROUTES if ROUTES[n].kind == PAGE and not ROUTES[n].regional):
        url = url_for(name, world_a)
        for suffix in ("", "&format=csv" if "?" in url else "?format=csv"):
            response = client.get(url + suffix)
            assert response.status_code == 200, (name, suffix)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            text = body.decode("utf-8", errors="replace")
            for secret in secrets:
                assert secret not in text, (name, suffix, secret)
