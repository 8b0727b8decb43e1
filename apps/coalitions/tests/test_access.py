# SPDX-License-Identifier: EUPL-1.2
"""Roles → capabilities, which coalitions a user sees, and what each role may do through the web interface."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse

from apps.actions.models import Action, ProgressNote
from apps.budgets.models import CostRequest
from apps.coalitions.access import (
    ALL,
    ROLE_CAPABILITIES,
    Cap,
    can,
    capabilities,
    editable_coalitions,
    get_coalition_for_user,
    visible_coalitions,
)
from apps.coalitions.choices import Role
from apps.coalitions.models import Coalition, Membership, Partner
from apps.core.testing import factories as f

TODAY = dt.date.today()


def fresh(user):
    """The user as a new request would load her (roles are cached on the user object)."""
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def outside_local(db):
    """A local coalition in another region."""
    other_region = f.CoalitionFactory(name="Regio Noord-Limburg", scope="regional", municipality=None)
    return f.CoalitionFactory(name="Kansrijke Start Venray", municipality=f.municipality("GM0983"),
                              region=other_region)


# --------------------------------------------------------------------------------------------------------------
# The table of roles
# --------------------------------------------------------------------------------------------------------------

def test_every_role_has_capabilities_and_every_one_may_read():
    assert set(ROLE_CAPABILITIES) == set(Role.values)
    for role, caps in ROLE_CAPABILITIES.items():
        assert Cap.VIEW in caps, role


@pytest.mark.parametrize(("role", "expected"), [
    (Role.PROJECT_LEAD, ALL),
    (Role.REGIONAL_COORDINATOR, ALL),
    (Role.CORE_GROUP, {Cap.VIEW, Cap.EDIT, Cap.EDIT_ACTIONS, Cap.REQUEST_COSTS, Cap.DECIDE_BUDGET}),
    (Role.WORKING_GROUP_MEMBER, {Cap.VIEW, Cap.EDIT_ACTIONS, Cap.REQUEST_COSTS}),
    (Role.PARTNER_CONTACT, {Cap.VIEW, Cap.REQUEST_COSTS}),
    (Role.VIEWER, {Cap.VIEW}),
])
def test_each_role_grants_exactly_its_capabilities(coalition_a, role, expected):
    user = f.member(coalition_a, role)
    assert capabilities(user, coalition_a) == frozenset(expected)
    assert all(can(user, coalition_a, cap) == (cap in expected) for cap in Cap)


def test_only_project_lead_and_regional_coordinator_may_manage():
    assert {role for role, caps in ROLE_CAPABILITIES.items() if Cap.MANAGE in caps} == {
        Role.PROJECT_LEAD, Role.REGIONAL_COORDINATOR}


def test_two_roles_add_up(coalition_a):
    user = f.member(coalition_a, Role.PARTNER_CONTACT)
    f.member(coalition_a, Role.WORKING_GROUP_MEMBER, user=user)
    assert capabilities(fresh(user), coalition_a) == {Cap.VIEW, Cap.EDIT_ACTIONS, Cap.REQUEST_COSTS}


def test_outsider_has_no_capabilities_in_another_coalition(lead_a, coalition_b):
    assert capabilities(lead_a, coalition_b) == frozenset()
    assert not any(can(lead_a, coalition_b, cap) for cap in Cap)


def test_anonymous_visitor_has_no_capabilities_and_sees_nothing(coalition_a):
    from django.contrib.auth.models import AnonymousUser

    assert capabilities(AnonymousUser(), coalition_a) == frozenset()
    assert not visible_coalitions(AnonymousUser()).exists()


def test_superuser_sees_and_may_do_everything(maintainer, coalition_a, coalition_b):
    assert set(visible_coalitions(maintainer)) == {coalition_a, coalition_b}
    assert capabilities(maintainer, coalition_b) == ALL
    assert set(editable_coalitions(maintainer)) == {coalition_a, coalition_b}


def test_django_rules_permissions_follow_the_capabilities(viewer_a, lead_a, coalition_a, coalition_b):
    assert viewer_a.has_perm("coalitions.view", coalition_a)
    assert not viewer_a.has_perm("coalitions.edit", coalition_a)
    assert lead_a.has_perm("coalitions.manage", coalition_a)
    assert not lead_a.has_perm("coalitions.view", coalition_b)


def test_capabilities_cost_one_query_per_request_however_many_checks(lead_a, coalition_a, django_assert_num_queries):
    user = fresh(lead_a)
    with django_assert_num_queries(1):
        for cap in Cap:
            can(user, coalition_a, cap)


# --------------------------------------------------------------------------------------------------------------
# Which coalitions a user sees
# --------------------------------------------------------------------------------------------------------------

def test_a_member_sees_only_her_own_coalitions(lead_a, coalition_a, coalition_b):
    assert list(visible_coalitions(lead_a)) == [coalition_a]


def test_several_roles_in_one_coalition_show_it_once(lead_a, coalition_a):
    f.member(coalition_a, Role.VIEWER, user=lead_a)
    assert list(visible_coalitions(lead_a)) == [coalition_a]


def test_regional_coordinator_sees_her_region_and_its_local_coalitions_only(
    coordinator, region, coalition_a, coalition_b, outside_local
):
    assert set(visible_coalitions(coordinator)) == {region, coalition_a}
    assert capabilities(coordinator, coalition_a) == {Cap.VIEW}
    assert capabilities(coordinator, region) == ALL
    assert capabilities(coordinator, outside_local) == frozenset()


def test_other_roles_in_a_region_do_not_open_its_local_coalitions(region, coalition_a):
    for role in set(Role.values) - {Role.REGIONAL_COORDINATOR}:
        user = f.member(region, role)
        assert list(visible_coalitions(user)) == [region], role
        assert capabilities(user, coalition_a) == frozenset(), role


def test_get_coalition_for_user_answers_404_for_invisible_unknown_and_malformed_ids(lead_a, coalition_b):
    for pk in (coalition_b.pk, 999_999, "abc", None):
        with pytest.raises(Http404):
            get_coalition_for_user(lead_a, pk)


def test_get_coalition_for_user_answers_403_when_she_sees_it_but_lacks_the_capability(viewer_a, coalition_a):
    assert get_coalition_for_user(viewer_a, coalition_a.pk) == coalition_a
    with pytest.raises(PermissionDenied):
        get_coalition_for_user(viewer_a, coalition_a.pk, Cap.EDIT)


def test_editable_coalitions_are_those_where_she_holds_the_capability(
    lead_a, viewer_a, member_a, coordinator, region, coalition_a, coalition_b
):
    assert list(editable_coalitions(lead_a)) == [coalition_a]
    assert not editable_coalitions(viewer_a).exists()
    assert list(editable_coalitions(member_a, Cap.EDIT_ACTIONS)) == [coalition_a]
    assert not editable_coalitions(member_a, Cap.EDIT).exists()
    # A coordinator edits her region, not the local coalitions she can read.
    assert list(editable_coalitions(coordinator)) == [region]


# --------------------------------------------------------------------------------------------------------------
# Roles through the web interface
# --------------------------------------------------------------------------------------------------------------

@pytest.fixture
def worker(client, coalition_a, member_a):
    client.force_login(member_a)
    return member_a


def test_working_group_member_adds_a_progress_note(client, worker, coalition_a):
    action = f.ActionFactory(coalition=coalition_a)
    url = reverse("actions:action-detail", args=[coalition_a.pk, action.pk])

    response = client.post(url, {"date": TODAY.isoformat(), "text": "Folder is gedrukt."})

    assert response.status_code == 302
    note = ProgressNote.objects.get(action=action)
    assert (note.text, note.author) == ("Folder is gedrukt.", worker)


def test_working_group_member_creates_and_edits_actions(client, worker, coalition_a):
    action = f.ActionFactory(coalition=coalition_a, title="Folder maken")
    update = reverse("actions:actions-update", args=[coalition_a.pk, action.pk])
    create = reverse("actions:actions-create", args=[coalition_a.pk])

    assert client.get(update).status_code == 200
    assert client.post(update, {"title": "Folder maken", "term": "short", "status": "in_bloom"}).status_code == 302
    assert client.post(create, {"title": "Spreekuur", "term": "long", "status": "sown"}).status_code == 302
    assert Action.objects.get(pk=action.pk).status == "in_bloom"
    assert Action.objects.filter(coalition=coalition_a, title="Spreekuur").exists()


def test_working_group_member_requests_costs_but_does_not_decide(client, worker, coalition_a):
    f.BudgetLineFactory(coalition=coalition_a)
    create = reverse("budgets:requests-create", args=[coalition_a.pk])
    response = client.post(create, {"year": TODAY.year, "title": "Zaalhuur", "amount": "150.00",
                                     "submitted_on": TODAY.isoformat()})
    assert response.status_code == 302
    cost_request = CostRequest.objects.get(coalition=coalition_a, title="Zaalhuur")

    decide = reverse("budgets:request-decide", args=[coalition_a.pk, cost_request.pk])
    assert client.get(decide).status_code == 200
    assert client.post(decide, {"decision": "approve"}).status_code == 403
    assert CostRequest.objects.get(pk=cost_request.pk).status == "submitted"


def test_working_group_member_may_not_touch_partners(client, worker, coalition_a):
    partner = f.PartnerFactory(coalition=coalition_a, contact_name="Anna de Vries")
    create = reverse("coalitions:partners-create", args=[coalition_a.pk])
    update = reverse("coalitions:partners-update", args=[coalition_a.pk, partner.pk])
    delete = reverse("coalitions:partners-delete", args=[coalition_a.pk, partner.pk])

    assert client.get(reverse("coalitions:partners-list", args=[coalition_a.pk])).status_code == 200
    for url in (create, update, delete):
        assert client.get(url).status_code == 403
    assert client.post(create, {"new_organisation": "Nieuw BV", "domain": "medical",
                                "partner_type": "midwife"}).status_code == 403
    assert client.post(update, {"organisation": partner.organisation_id, "domain": "medical",
                                "partner_type": "midwife", "contact_name": "Gekaapt"}).status_code == 403
    assert client.post(delete).status_code == 403
    assert list(Partner.objects.filter(coalition=coalition_a).values_list("contact_name", flat=True)) == [
        "Anna de Vries"]


def test_partner_contact_requests_costs_but_may_not_edit_actions(client, coalition_a):
    client.force_login(f.member(coalition_a, Role.PARTNER_CONTACT))
    f.BudgetLineFactory(coalition=coalition_a)
    action = f.ActionFactory(coalition=coalition_a)

    assert client.get(reverse("budgets:requests-create", args=[coalition_a.pk])).status_code == 200
    assert client.post(reverse("actions:action-detail", args=[coalition_a.pk, action.pk]),
                       {"date": TODAY.isoformat(), "text": "X"}).status_code == 403
    assert client.get(reverse("actions:actions-update", args=[coalition_a.pk, action.pk])).status_code == 403
    assert not ProgressNote.objects.exists()


def test_core_group_edits_partners_but_does_not_manage_members_or_the_coalition(client, coalition_a):
    user = f.member(coalition_a, Role.CORE_GROUP)
    client.force_login(user)
    assert client.get(reverse("coalitions:partners-create", args=[coalition_a.pk])).status_code == 200
    assert client.post(reverse("coalitions:members-create", args=[coalition_a.pk]),
                       {"email": user.email, "role": Role.PROJECT_LEAD}).status_code == 403
    assert client.get(reverse("coalitions:update", args=[coalition_a.pk])).status_code == 403
    assert client.post(reverse("coalitions:delete", args=[coalition_a.pk])).status_code == 403
    assert not Membership.objects.filter(user=user, role=Role.PROJECT_LEAD).exists()
    assert Coalition.objects.filter(pk=coalition_a.pk).exists()


def test_viewer_cannot_promote_herself(client, viewer_a, coalition_a):
    client.force_login(viewer_a)
    membership = Membership.objects.get(user=viewer_a, coalition=coalition_a)
    url = reverse("coalitions:members-update", args=[coalition_a.pk, membership.pk])
    assert client.post(url, {"email": viewer_a.email, "role": Role.PROJECT_LEAD}).status_code == 403
    assert Membership.objects.get(pk=membership.pk).role == Role.VIEWER


def test_regional_coordinator_reads_the_local_coalitions_of_her_region(client, coordinator, coalition_a):
    client.force_login(coordinator)
    for name in ("overview:coalition", "coalitions:partners-list", "actions:actions-list", "plans:plan",
                 "budgets:index", "assessments:requirements"):
        assert client.get(reverse(name, args=[coalition_a.pk])).status_code == 200, name


def test_regional_coordinator_gets_403_editing_local_coalitions_of_her_region(client, coordinator, coalition_a):
    client.force_login(coordinator)
    action = f.ActionFactory(coalition=coalition_a, title="Folder maken")
    for url in (reverse("coalitions:update", args=[coalition_a.pk]),
                reverse("coalitions:partners-create", args=[coalition_a.pk]),
                reverse("actions:actions-update", args=[coalition_a.pk, action.pk]),
                reverse("plans:edit", args=[coalition_a.pk])):
        assert client.get(url).status_code == 403, url
        assert client.post(url, {"title": "Gekaapt", "name": "Gekaapt"}).status_code == 403, url
    assert client.post(reverse("coalitions:delete", args=[coalition_a.pk])).status_code == 403
    assert Action.objects.get(pk=action.pk).title == "Folder maken"
    assert Coalition.objects.get(pk=coalition_a.pk).name == "Kansrijke Start Meppel"


def test_regional_coordinator_gets_404_on_local_coalitions_outside_her_region(
    client, coordinator, coalition_b, outside_local
):
    client.force_login(coordinator)
    for coalition in (coalition_b, outside_local, outside_local.region):
        for name in ("overview:coalition", "coalitions:partners-list", "coalitions:update"):
            assert client.get(reverse(name, args=[coalition.pk])).status_code == 404, (coalition, name)


def test_regional_coordinator_manages_her_own_region(client, coordinator, region):
    client.force_login(coordinator)
    assert client.get(reverse("coalitions:update", args=[region.pk])).status_code == 200
    assert client.get(reverse("overview:regional", args=[region.pk])).status_code == 200


# --------------------------------------------------------------------------------------------------------------
# The coalition list
# --------------------------------------------------------------------------------------------------------------

def _listed(client) -> list[Coalition]:
    response = client.get(reverse("coalitions:list"))
    assert response.status_code == 200
    return list(response.context["object_list"])


def test_coalition_list_shows_only_her_coalitions(client, lead_a, coalition_a, coalition_b, outside_local):
    client.force_login(lead_a)
    assert _listed(client) == [coalition_a]
    page = client.get(reverse("coalitions:list")).content.decode()
    assert coalition_a.name in page
    assert coalition_b.name not in page
    assert outside_local.name not in page


def test_coalition_list_of_a_coordinator_shows_her_region_and_its_local_coalitions(
    client, coordinator, region, coalition_a, coalition_b, outside_local
):
    client.force_login(coordinator)
    assert set(_listed(client)) == {region, coalition_a}


def test_coalition_list_of_someone_without_roles_is_empty(client, coalition_a, coalition_b):
    client.force_login(f.UserFactory())
    assert _listed(client) == []


def test_coalition_list_sends_an_anonymous_visitor_to_the_login_page(client, coalition_a):
    response = client.get(reverse("coalitions:list"))
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/")
