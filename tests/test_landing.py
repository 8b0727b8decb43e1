# SPDX-License-Identifier: EUPL-1.2
"""Each role lands where its work is after logging in (kansrijk/urls.py `home`, apps/*/landing.py)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from apps.cases import referrals
from apps.cases import testing as t
from apps.core.testing import factories as f
from apps.directory.testing.factories import ServiceFactory

PASSWORD = "Kansrijk-test-2026"  # what UserFactory gives every user


def landing(client, user, verified=False) -> str:
    if verified:
        t.verify(client, user)
    else:
        client.force_login(user)
    response = client.get("/")
    assert response.status_code == 302
    return response["Location"]


def test_a_provider_lands_on_her_own_listings_not_on_an_empty_coalition_list(client, employee, provider):
    ServiceFactory(organisation=provider, name="Thuisadministratie")
    response = client.post("/inloggen/", {"username": employee.username, "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == "/sociale-kaart/beheer/"
    page = response.content.decode()
    assert "Thuisadministratie" in page
    assert "Start er een" not in page


def test_a_project_lead_lands_on_her_coalition(client, lead_a, coalition_a):
    assert landing(client, lead_a) == f"/coalities/{coalition_a.pk}/"


def test_a_project_lead_of_two_coalitions_chooses_from_the_list(client, lead_a, coalition_b):
    f.member(coalition_b, "project_lead", user=lead_a)
    assert landing(client, lead_a) == "/coalities/"


def test_a_regional_coordinator_lands_on_the_regional_overview(client, coordinator, region):
    assert landing(client, coordinator) == f"/coalities/{region.pk}/regio/"


def test_a_viewer_and_a_working_group_member_land_on_their_coalition(client, viewer_a, member_a, coalition_a,
                                                                     provider):
    member_a.organisations.add(provider)  # an employer does not make her a provider first
    assert landing(client, viewer_a) == f"/coalities/{coalition_a.pk}/"
    assert landing(client, member_a) == f"/coalities/{coalition_a.pk}/"


def test_someone_without_any_role_starts_on_the_coalition_list(client, outsider):
    assert landing(client, outsider) == "/coalities/"


def test_a_hub_member_lands_on_her_hub_once_verified(client, coalition_a, member_a):
    organisation = f.OrganisationFactory(name="GGD Drenthe JGZ")
    hub = t.hub_for(coalition_a)
    t.add_member(hub, member_a, organisation, role="chair")
    # Without a second factor she cannot open case data: she starts in her coalition instead.
    assert landing(client, member_a) == f"/coalities/{coalition_a.pk}/"
    assert landing(client, member_a, verified=True) == f"/knooppunten/{hub.pk}/"


def test_a_midwife_lands_on_her_cases_and_the_privacy_officer_on_the_access_trail(client, db):
    midwife = t.professional(f.OrganisationFactory(name="Verloskundigen Meppel"), "midwife")
    assert landing(client, midwife, verified=True) == "/casussen/"
    officer = f.UserFactory()
    officer.user_permissions.add(Permission.objects.get(codename="inspect_access"))
    assert landing(client, officer, verified=True) == "/privacy/toegangslog/"


@pytest.fixture
def referred(coalition_a, provider):
    """A live referral of a Meppel family to `provider`, waiting for its answer."""
    hub = t.hub_for(coalition_a)
    nurse_org = t.partner(coalition_a, "GGD Drenthe JGZ", domain="social")
    nurse = t.professional(nurse_org, "jgz")
    t.add_member(hub, nurse, nurse_org, role="chair")
    case = t.signal(nurse, hub)
    service = ServiceFactory(organisation=provider, name="Thuisadministratie")
    return referrals.refer(case, nurse, service, mode="live", note="Graag contact.", explicit_consent=True)


def test_a_receiving_organisation_lands_on_what_waits_for_its_answer(client, employee, referred):
    assert landing(client, employee) == "/sociale-kaart/beheer/"  # no second factor: her listings
    assert landing(client, employee, verified=True) == "/verwijzingen/"
    referrals.move(referred, "accepted", employee)
    assert landing(client, employee, verified=True) == "/verwijzingen/"  # still hers to follow up
    referrals.move(referred, "in_progress", employee)
    referrals.move(referred, "completed", employee)
    assert landing(client, employee, verified=True) == "/sociale-kaart/beheer/"


def test_a_next_parameter_still_wins(client, employee):
    response = client.post(f"/inloggen/?next={reverse('directory:search')}",
                           {"username": employee.username, "password": PASSWORD})
    assert response["Location"] == "/sociale-kaart/"
