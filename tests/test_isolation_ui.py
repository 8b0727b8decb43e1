# SPDX-License-Identifier: EUPL-1.2
"""Isolation between coalitions in the web interface, generated from the URL conf.

Every route that takes a `coalition_pk` must appear in ROUTES (tests/isolation_ui_routes.py); a new route without an
entry fails `test_every_coalition_route_is_mapped` and its own parametrized cases, so no route can escape these tests.

Coalition B is filled with one object of every kind. For each route:
- lead_a (project lead of A, no role in B) gets 404 on GET and POST, and B's data does not change;
- the same POST sent by lead_b does change B (so the payloads are real attacks, and the 404 is what stops them);
- anonymous visitors are sent to the login page;
- read-only members (a viewer, a regional coordinator of the coalition's region) read pages but get 403 on writes.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.db import models
from django.urls import resolve, reverse
from isolation_ui_routes import (
    ALL_ROUTES,
    DETAIL,
    DISCOVERED,
    FORM,
    OBJECT_ROUTES,
    PAGE,
    ROUTES,
    WRITE_ROUTES,
    _d,
    route,
    url_for,
)
from isolation_ui_world import LOGIN_URL, SCOPED_MODELS, TODAY, build_world, snapshot

from apps.actions.models import ReviewItem
from apps.coalitions.models import Coalition, Membership
from apps.core.testing import factories as f


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
    assert not missing, f"Add these coalition routes to ROUTES in tests/isolation_ui_routes.py: {missing}"
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


def test_own_project_lead_deletes_a_coalition_whose_hub_holds_no_cases(client, coalition_b, lead_b):
    from apps.cases.models import Hub

    Hub.objects.create(coalition=coalition_b, name="Knooppunt Venlo")
    client.force_login(lead_b)
    assert client.post(reverse("coalitions:delete", args=[coalition_b.pk])).status_code == 302
    assert not Coalition.objects.filter(pk=coalition_b.pk).exists() and not Hub.objects.exists()


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
    if name == "coalitions:delete":
        # The world's hub holds a family's case, which outlives the coalition (retention rules of its own): the
        # delete is refused with a reason. Without case data the same POST deletes (below).
        client.force_login(world_b.lead)
        before = snapshot(world_b.coalition, world_b.region)
        response = client.post(url_for(name, world_b), {}, follow=True)
        assert "kan niet worden verwijderd" in response.content.decode()
        assert snapshot(world_b.coalition, world_b.region) == before
        return
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
