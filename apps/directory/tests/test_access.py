# SPDX-License-Identifier: EUPL-1.2
"""Who may edit, verify, claim and set the capacity of a listing (apps/directory/access.py)."""

from __future__ import annotations

import pytest
from django.utils import timezone

from apps.core.testing import factories as f
from apps.directory import access
from apps.directory.testing.factories import LocationFactory, ServiceAtLocationFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def unclaimed(provider):
    return ServiceFactory(organisation=provider, covers=["GM0119"])


@pytest.fixture
def claimed(provider, employee):
    return ServiceFactory(organisation=provider, covers=["GM0119"], claimed_at=timezone.now(), claimed_by=employee)


def test_coalition_editor_keeps_unclaimed_listings_in_her_municipality(lead_a, unclaimed):
    assert access.can_edit_service(lead_a, unclaimed)
    assert access.can_verify(lead_a, unclaimed)
    assert access.can_set_capacity(lead_a, unclaimed)
    assert list(access.editable_services(lead_a)) == [unclaimed]


def test_coalition_core_group_member_edits_but_viewer_does_not(coalition_a, viewer_a, unclaimed):
    core = f.member(coalition_a, "core_group")
    assert access.can_edit_service(core, unclaimed)
    assert not access.can_edit_service(viewer_a, unclaimed)
    assert not access.editable_services(viewer_a).exists()


def test_coalition_editor_loses_the_listing_once_the_organisation_claimed_it(lead_a, claimed):
    assert not access.can_edit_service(lead_a, claimed)
    assert not access.can_verify(lead_a, claimed)
    assert not access.editable_services(lead_a).exists()
    assert "geclaimd" in access.denial_reason(lead_a, claimed)


def test_editor_of_another_municipality_is_an_outsider(lead_b, unclaimed):
    assert not access.can_edit_service(lead_b, unclaimed)
    assert not access.can_verify(lead_b, unclaimed)
    assert not access.can_set_capacity(lead_b, unclaimed)
    assert not access.can_claim(lead_b, unclaimed)
    assert not access.editable_services(lead_b).exists()
    assert not access.maintainable_services(lead_b).exists()


def test_user_without_any_role_or_organisation_may_do_nothing(outsider, unclaimed, claimed):
    for service in (unclaimed, claimed):
        assert not access.can_edit_service(outsider, service)
        assert not access.can_verify(outsider, service)
        assert not access.can_claim(outsider, service)
    assert not access.editable_services(outsider).exists()
    assert not access.own_services(outsider).exists()


def test_anonymous_user_may_do_nothing(unclaimed):
    from django.contrib.auth.models import AnonymousUser

    anonymous = AnonymousUser()
    assert not access.can_edit_service(anonymous, unclaimed)
    assert not access.can_claim(anonymous, unclaimed)
    assert not access.editable_services(anonymous).exists()


def test_regional_coalition_editor_keeps_listings_of_its_member_municipalities(region_b):
    lead = f.member(region_b, "regional_coordinator")
    venlo = ServiceFactory(covers=["GM0983"])
    meppel = ServiceFactory(covers=["GM0119"])
    assert access.can_edit_service(lead, venlo)
    assert not access.can_edit_service(lead, meppel)
    assert list(access.editable_services(lead)) == [venlo]


def test_regional_coordinator_gets_no_edit_right_in_a_local_coalition_of_her_region(region_b):
    local = f.CoalitionFactory(municipality=f.municipality("GM0119"), region=region_b)
    lead = f.member(region_b, "regional_coordinator")
    service = ServiceFactory(covers=["GM0119"])
    assert local.region_id == region_b.pk
    assert not access.can_edit_service(lead, service)


def test_service_covering_several_municipalities_is_kept_by_each_covering_coalition(lead_a, lead_b):
    service = ServiceFactory(covers=["GM0119", "GM0983"])
    assert access.can_edit_service(lead_a, service)
    assert access.can_edit_service(lead_b, service)
    assert access.editable_services(lead_a).count() == 1  # no duplicate rows from the join


def test_employee_claims_verifies_and_sets_capacity_but_edits_only_after_the_claim(employee, unclaimed):
    assert access.can_claim(employee, unclaimed)
    assert access.can_verify(employee, unclaimed)
    assert access.can_set_capacity(employee, unclaimed)
    assert not access.can_edit_service(employee, unclaimed)
    assert list(access.own_services(employee)) == [unclaimed]
    assert list(access.maintainable_services(employee)) == [unclaimed]


def test_employee_keeps_claimed_listing_and_cannot_claim_it_twice(employee, claimed):
    assert access.can_edit_service(employee, claimed)
    assert access.can_verify(employee, claimed)
    assert not access.can_claim(employee, claimed)
    assert list(access.editable_services(employee)) == [claimed]
    assert "al geclaimd" in access.denial_reason(employee, claimed, "claim")


def test_employee_of_another_organisation_is_an_outsider(claimed, unclaimed):
    other = f.UserFactory()
    other.organisations.add(f.OrganisationFactory(name="GGD Drenthe"))
    assert not access.can_edit_service(other, claimed)
    assert not access.can_claim(other, unclaimed)
    assert not access.can_verify(other, unclaimed)
    assert "Humanitas Meppel" in access.denial_reason(other, unclaimed, "claim")


def test_superuser_may_do_everything_except_claim_for_an_organisation_she_does_not_work_for(
        maintainer, claimed, unclaimed):
    assert access.can_edit_service(maintainer, claimed)
    assert access.can_edit_service(maintainer, unclaimed)
    assert access.can_verify(maintainer, claimed)
    assert not access.can_claim(maintainer, unclaimed)
    assert access.editable_services(maintainer).count() == 2


def test_inactive_user_may_do_nothing(employee, claimed):
    employee.is_active = False
    employee.save()
    assert not access.can_edit_service(employee, claimed)


def test_locations_follow_the_organisation(employee, provider, lead_a, lead_b, unclaimed):
    location = LocationFactory(organisation=provider)
    assert access.can_edit_location(employee, location)
    assert access.can_edit_location(lead_a, location)  # keeps an unclaimed service of this organisation
    assert not access.can_edit_location(lead_b, location)
    assert list(access.editable_locations(employee)) == [location]
    assert not access.editable_locations(lead_b).exists()


def test_create_service_for_an_organisation(employee, provider, lead_a, outsider):
    assert access.can_create_service_for(employee, provider)
    assert access.can_create_service_for(lead_a, provider)
    assert not access.can_create_service_for(outsider, provider)


def test_manage_coalition_directory_needs_edit_in_that_coalition(coalition_a, coalition_b, lead_a, viewer_a):
    assert access.can_manage_coalition_directory(lead_a, coalition_a)
    assert not access.can_manage_coalition_directory(lead_a, coalition_b)
    assert not access.can_manage_coalition_directory(viewer_a, coalition_a)


def test_a_location_of_a_claimed_listing_is_kept_by_the_organisation_only(employee, provider, lead_a, unclaimed):
    location = LocationFactory(organisation=provider)
    free = LocationFactory(organisation=provider)
    claimed = ServiceFactory(organisation=provider, claimed_at=timezone.now(), claimed_by=employee)
    ServiceAtLocationFactory(service=claimed, location=location)

    assert access.can_edit_location(employee, location)
    assert not access.can_edit_location(lead_a, location)  # the coalition keeps only the unclaimed listing
    assert access.can_edit_location(lead_a, free)
    assert set(access.editable_locations(lead_a)) == {free}
    assert set(access.editable_locations(employee)) == {location, free}


def test_who_may_add_listings_and_where(employee, provider, lead_a, viewer_a, outsider, maintainer):
    meppel, venlo = f.municipality("GM0119"), f.municipality("GM0983")
    assert [access.may_add_services(user) for user in (employee, lead_a, maintainer, viewer_a, outsider)] == [
        True, True, True, False, False]
    # A coalition editor lists another organisation's service only within her own area.
    other = f.OrganisationFactory()
    assert access.may_list_in(lead_a, other, [meppel]) and not access.may_list_in(lead_a, other, [venlo])
    assert access.may_list_in(employee, provider, [venlo]) and access.may_list_in(maintainer, other, [venlo])
    assert set(access.organisations_for_new_service(employee)) == {provider}
    assert access.organisations_for_new_service(lead_a).filter(pk=other.pk).exists()
    assert not access.organisations_for_new_service(outsider).exists()


def test_locations_catalogue_and_import_follow_the_same_rules(employee, provider, unclaimed, lead_a, lead_b,
                                                              outsider, maintainer):
    assert access.may_add_location_for(employee, provider) and access.may_add_location_for(lead_a, provider)
    assert not access.may_add_location_for(lead_b, provider) and not access.may_add_location_for(outsider, provider)
    assert set(access.organisations_for_new_location(lead_a)) == {provider}
    assert access.may_keep_catalogue(maintainer)
    assert not any(access.may_keep_catalogue(user) for user in (employee, lead_a, outsider))
    assert [m.code for m in access.importable_municipalities(lead_a)] == ["GM0119"]
    assert not access.importable_municipalities(employee).exists()
    assert access.importable_municipalities(maintainer).count() == 342
