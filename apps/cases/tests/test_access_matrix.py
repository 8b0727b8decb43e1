# SPDX-License-Identifier: EUPL-1.2
"""Every case route and API endpoint × every role × related / unrelated user.

Related users get their page and exactly one access record per case read; everybody else gets 404 and leaves no
trace of the case's content. The route table must name every route of the `cases` namespace and every API
endpoint of the case flow: a new route without a row here fails the suite.
"""

from __future__ import annotations

import pytest
from django.urls import get_resolver, reverse

from apps.cases import testing as t
from apps.cases.models import AccessRecord

# Route name → how its URL is built, and which personas reach it (the rest must get 404, or a login redirect).
CASE_ROUTES = {
    "cases:detail": lambda c: reverse("cases:detail", args=[c.pk]),
    "cases:consent": lambda c: reverse("cases:consent", args=[c.pk]),
    "cases:triage": lambda c: reverse("cases:triage", args=[c.pk]),
    "cases:merge": lambda c: reverse("cases:merge", args=[c.pk]),
    "cases:goal-create": lambda c: reverse("cases:goal-create", args=[c.pk]),
    "cases:goal-status": lambda c: reverse("cases:goal-status", args=[c.pk, c.goals.get().pk]),
    "cases:close": lambda c: reverse("cases:close", args=[c.pk]),
    "cases:refer": lambda c: reverse("cases:refer", args=[c.pk]),
    "cases:referral": lambda c: reverse("cases:referral", args=[c.pk, c.referrals.get().pk]),
    "cases:handover": lambda c: reverse("cases:handover", args=[c.pk]),
}
# Routes of a hub: its team only.
HUB_ROUTES = {
    "cases:hub": lambda c: reverse("cases:hub", args=[c.hub_id]),
    "cases:known-check": lambda c: reverse("cases:known-check", args=[c.hub_id]),
    "cases:meetings": lambda c: reverse("cases:meetings", args=[c.hub_id]),
    "cases:meeting": lambda c: reverse("cases:meeting", args=[c.hub_id, c.meeting_items.get().meeting_id]),
}
API_CASE_ROUTES = {
    "case-detail": lambda c: reverse("case-detail", args=[c.pk]),
    "referral-detail": lambda c: reverse("referral-detail", args=[c.referrals.get().pk]),
}
# Routes without a case in their URL, tested elsewhere (name → module that tests them).
OTHER_ROUTES = {
    "cases:index": "test_access_matrix (lists)",
    "cases:signal": "test_signal",
    "cases:verification-needed": "test_verification",
    "cases:hub-setup": "test_hub_setup",
    "cases:public-signal": "test_public_form",
    "cases:public-thanks": "test_public_form",
    "cases:access-trail": "test_audit",
    "cases:handover-ack": "test_referrals (POST only)",
    "cases:incoming": "test_referrals",
    "cases:subject-access": "test_subject_access (an export, not a read)",
}

RELATED = ["midwife", "hub_nurse", "care_coordinator", "receiver"]
UNRELATED = ["other_midwife", "hub_nurse_b", "lead_a", "coordinator", "maintainer", "outsider", "privacy_officer",
             "viewer_a"]
# What each related persona may do on each route (a signaller may record consent, as may the hub and coordinator).
# Related users without the capability get 403 (they know the case exists); unrelated users always 404.
ALLOWED = {"cases:detail": set(RELATED), "cases:consent": set(RELATED) - {"receiver"}, "case-detail": set(RELATED),
           "referral-detail": {"hub_nurse", "care_coordinator", "receiver"},
           "cases:refer": {"hub_nurse", "care_coordinator"}, "cases:referral": {"hub_nurse", "care_coordinator", "receiver"},
           "cases:handover": set(RELATED),
           "cases:triage": {"hub_nurse"}, "cases:merge": {"hub_nurse"},
           "cases:goal-create": {"hub_nurse", "care_coordinator"}, "cases:goal-status": {"hub_nurse", "care_coordinator"},
           "cases:close": {"hub_nurse", "care_coordinator"}}


@pytest.fixture
def explored(case_a, hub_nurse, service, receiver):
    """case_a with a goal and a place on a case meeting's agenda, so every route has its object."""
    from apps.cases import explore, referrals

    explore.triage(case_a, hub_nurse, "very_vulnerable", "Meerdere zorgen, geen netwerk.")
    explore.plan_meeting(case_a.hub, hub_nurse, case_a.created_at.date(), "Gemeentehuis")
    explore.add_goal(case_a, hub_nurse, "finances", "Schulden in beeld")
    referrals.refer(case_a, hub_nurse, service, mode="live", note="Graag contact", explicit_consent=True)
    return case_a


def test_every_case_route_is_in_the_table():
    names = {f"cases:{name}" for name in get_resolver().namespace_dict["cases"][1].reverse_dict
             if isinstance(name, str)}
    assert names == set(CASE_ROUTES) | set(HUB_ROUTES) | set(OTHER_ROUTES)


def test_every_case_api_endpoint_is_in_the_table():
    from kansrijk.api_urls import router

    prefixes = {prefix for prefix, viewset, basename in router.registry if viewset.__module__ == "apps.cases.api"}
    assert prefixes == {"cases", "hubs", "referrals"}
    assert set(API_CASE_ROUTES) == {"case-detail", "referral-detail"}  # the lists are tested as lists below


@pytest.mark.parametrize("persona", RELATED + UNRELATED)
@pytest.mark.parametrize("route", sorted(CASE_ROUTES) + sorted(API_CASE_ROUTES))
def test_route_by_relation(request, client, explored, persona, route):
    case_a = explored
    user = request.getfixturevalue(persona)
    t.verify(client, user)
    url = (CASE_ROUTES | API_CASE_ROUTES)[route](case_a)
    before = AccessRecord.objects.filter(case=case_a).count()
    response = client.get(url)
    records = AccessRecord.objects.filter(case=case_a)
    if persona in ALLOWED[route]:
        assert response.status_code == 200, (persona, route, response.status_code)
        assert records.count() == before + 1
        record = records.first()
        assert (record.user, record.action, record.path) == (user, "read", url)
        assert record.basis  # the relation that granted it
    else:
        # A signaller sees the case, not the referrals the hub made: for her that referral does not exist.
        expected = 403 if persona in RELATED and route not in ("cases:referral", "referral-detail") else 404
        assert response.status_code == expected, (persona, route, response.status_code)
        # Unrelated users leave no record (nothing resolved). A related user asking for an object of the case she
        # may not see has resolved the case itself: that attempt is recorded, once.
        resolves_case = persona in RELATED and route == "cases:referral"  # the page resolves the case first
        assert records.count() == before + (1 if resolves_case else 0)
        assert case_a.full_name.encode() not in response.content


@pytest.mark.parametrize("persona", ["hub_nurse", *[p for p in RELATED + UNRELATED if p != "hub_nurse"]])
@pytest.mark.parametrize("route", sorted(HUB_ROUTES))
def test_hub_routes_only_for_its_team(request, client, explored, persona, route):
    user = request.getfixturevalue(persona)
    t.verify(client, user)
    before = explored.access_records.filter(user=user).count()
    response = client.get(HUB_ROUTES[route](explored))
    assert response.status_code == (200 if persona == "hub_nurse" else 404), (persona, route)
    if persona != "hub_nurse":
        assert explored.access_records.filter(user=user).count() == before


@pytest.mark.parametrize("persona", ["midwife", "hub_nurse", "care_coordinator"])
def test_unverified_related_user_sees_nothing(request, client, case_a, persona):
    client.force_login(request.getfixturevalue(persona))  # password only, no second factor
    page = client.get(reverse("cases:detail", args=[case_a.pk]))
    assert page.status_code == 302 and page.url == reverse("cases:verification-needed")
    assert client.get(reverse("case-detail", args=[case_a.pk])).status_code == 404
    assert client.get(reverse("case-list")).json()["count"] == 0
    assert not AccessRecord.objects.filter(case=case_a, action="read").exists()


def test_anonymous_is_sent_to_login(client, case_a):
    for url in (reverse("cases:detail", args=[case_a.pk]), reverse("cases:index"),
                reverse("cases:hub", args=[case_a.hub_id])):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert client.get(reverse("case-detail", args=[case_a.pk])).status_code in (401, 403)


@pytest.mark.parametrize("persona,sees", [
    ("midwife", True), ("hub_nurse", True), ("care_coordinator", True),
    ("other_midwife", False), ("hub_nurse_b", False), ("lead_a", False), ("coordinator", False),
    ("maintainer", False), ("privacy_officer", False),
])
def test_lists_show_only_related_cases_and_record_each(request, client, case_a, hub_b, other_midwife, persona, sees):
    other = t.signal(other_midwife, hub_b, name="Anna Peters", postcode="5911 AA")
    user = request.getfixturevalue(persona)
    t.verify(client, user)
    page = client.get(reverse("cases:index"))
    api = client.get(reverse("case-list")).json()
    shown_page = case_a.reference in page.content.decode()
    shown_api = {row["reference"] for row in api["results"]}
    assert shown_page is sees and (case_a.reference in shown_api) is sees
    if persona not in ("other_midwife", "hub_nurse_b"):  # those two are related to the Venlo case
        assert other.reference not in page.content.decode() and other.reference not in shown_api
    # One list record per shown case per request (page and API): two when she sees it.
    assert AccessRecord.objects.filter(case=case_a, action="list", user=user).count() == (2 if sees else 0)


@pytest.mark.parametrize("persona,status", [
    ("hub_nurse", 200), ("midwife", 404), ("care_coordinator", 404), ("hub_nurse_b", 404), ("lead_a", 404),
    ("maintainer", 404), ("coordinator", 404),
])
def test_hub_dashboard_only_for_its_team(request, client, case_a, hub_nurse_b, persona, status):
    t.verify(client, request.getfixturevalue(persona))
    assert client.get(reverse("cases:hub", args=[case_a.hub_id])).status_code == status
    hubs = client.get(reverse("hub-list")).json()["results"]
    assert (case_a.hub_id in {h["id"] for h in hubs}) is (status == 200)


def test_hub_dashboard_lists_open_cases_and_records_each(client, case_a, hub_nurse):
    t.verify(client, hub_nurse)
    page = client.get(reverse("cases:hub", args=[case_a.hub_id])).content.decode()
    assert "Fatma Yılmaz" in page
    assert AccessRecord.objects.filter(case=case_a, action="list", user=hub_nurse, basis="hub_member").count() == 1
