# SPDX-License-Identifier: EUPL-1.2
"""Stale listings (not verified for more than six months), their share per coalition, claims and capacity."""

from __future__ import annotations

import datetime as dt

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from apps.core.testing import factories as f
from apps.directory.models import Service
from apps.directory.testing.factories import ServiceFactory
from apps.directory.upkeep import core as upkeep

pytestmark = pytest.mark.django_db
NOW = timezone.now()


def ago(days: int) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


def test_stale_after_is_six_months():
    assert upkeep.STALE_AFTER.days == 183


@pytest.mark.parametrize(("verified", "stale"), [(None, True), (400, True), (184, True), (182, False), (0, False)])
def test_a_listing_is_stale_when_not_verified_for_more_than_six_months(verified, stale):
    service = ServiceFactory(last_verified_at=None if verified is None else ago(verified))
    assert upkeep.is_stale(service, NOW) is stale
    assert Service.objects.filter(upkeep.stale_q(NOW), pk=service.pk).exists() is stale


def test_oldest_first_puts_never_verified_first():
    recent, old, never = ServiceFactory(last_verified_at=ago(10)), ServiceFactory(last_verified_at=ago(300)), \
        ServiceFactory(last_verified_at=None)
    assert list(upkeep.oldest_first(Service.objects.all())) == [never, old, recent]


def test_coalition_figures_count_only_listed_services_covering_its_municipality(coalition_a):
    ServiceFactory(covers=["GM0119"], last_verified_at=ago(10))
    ServiceFactory(covers=["GM0119", "GM1690"], last_verified_at=ago(200))
    ServiceFactory(covers=["GM0119"], last_verified_at=None)
    ServiceFactory(covers=["GM0119"], last_verified_at=None, status="defunct")   # not listed any more
    ServiceFactory(covers=["GM0983"], last_verified_at=None)                     # Venlo, not Meppel

    figures = upkeep.coalition_figures(coalition_a, NOW)

    assert (figures.total, figures.stale) == (3, 2)
    assert figures.percentage == 67
    assert len(upkeep.stale_services_of_coalition(coalition_a, NOW)) == 2


def test_regional_coalition_counts_each_service_once_over_its_municipalities():
    region = f.CoalitionFactory(scope="regional", municipality=None)
    region.municipalities.set([f.municipality("GM0983"), f.municipality("GM0957")])
    ServiceFactory(covers=["GM0983", "GM0957"], last_verified_at=None)
    ServiceFactory(covers=["GM0957"], last_verified_at=ago(1))
    ServiceFactory(covers=["GM0119"], last_verified_at=None)

    figures = upkeep.coalition_figures(region, NOW)

    assert (figures.total, figures.stale) == (2, 1)


def test_no_services_means_no_share_rather_than_a_division_by_zero(coalition_a):
    figures = upkeep.coalition_figures(coalition_a)
    assert (figures.total, figures.share, figures.percentage) == (0, 0.0, 0)


def test_claim_records_who_and_when_and_counts_as_verification():
    user = f.UserFactory()
    service = ServiceFactory(last_verified_at=ago(400))
    user.organisations.add(service.organisation)  # only an employee of the provider claims (upkeep/workflow.py)
    upkeep.claim(service, user, NOW)
    service.refresh_from_db()
    assert (service.claimed_by, service.claimed_at, service.last_verified_by, service.last_verified_at) == (
        user, NOW, user, NOW)


def test_claim_all_skips_listings_already_claimed():
    user, earlier = f.UserFactory(), f.UserFactory()
    organisation = f.OrganisationFactory()
    user.organisations.add(organisation)
    kept = ServiceFactory(organisation=organisation, claimed_by=earlier, claimed_at=ago(30))
    ServiceFactory(organisation=organisation)
    ServiceFactory(organisation=organisation)

    assert upkeep.claim_all(Service.objects.filter(organisation=organisation), user, NOW) == 2
    kept.refresh_from_db()
    assert kept.claimed_by == earlier


def test_set_capacity_forgets_weeks_unless_waiting_list():
    user = f.UserFactory()
    service = ServiceFactory()
    upkeep.set_capacity(service, user, "waiting_list", 8, NOW)
    assert (service.capacity, service.waiting_weeks, service.capacity_updated_at) == ("waiting_list", 8, NOW)
    upkeep.set_capacity(service, user, "open", 8, NOW)
    service.refresh_from_db()
    assert (service.capacity, service.waiting_weeks) == ("open", None)


# --- the coalition's upkeep page ---------------------------------------------------------------------------

def test_coalition_page_shows_the_share_and_the_stale_listings(client_a, coalition_a):
    ServiceFactory(name="Taalcafé Meppel", covers=["GM0119"], last_verified_at=ago(5))
    ServiceFactory(name="Geldzorgen-spreekuur", covers=["GM0119"], last_verified_at=ago(250))
    ServiceFactory(name="Spreekuur Venlo", covers=["GM0983"], last_verified_at=None)

    response = client_a.get(reverse("directory:coalition-upkeep", args=[coalition_a.pk]))

    assert response.status_code == 200
    body = response.content.decode()
    assert "50%" in body
    assert "Geldzorgen-spreekuur" in body
    assert "Taalcafé Meppel" not in body
    assert "Spreekuur Venlo" not in body
    edit = reverse("directory:manage-service-edit", args=[Service.objects.get(name="Geldzorgen-spreekuur").uuid])
    assert edit in body  # the project lead keeps unclaimed listings of her municipality


def test_coalition_page_is_readable_by_a_viewer_but_not_by_an_outsider(client, viewer_a, lead_b, coalition_a):
    url = reverse("directory:coalition-upkeep", args=[coalition_a.pk])
    client.force_login(viewer_a)
    assert client.get(url).status_code == 200
    client.force_login(lead_b)
    assert client.get(url).status_code == 404


def test_only_an_employee_claims_even_through_the_service_function(coalition_a):
    service = ServiceFactory()
    editor = f.member(coalition_a, "project_lead")
    with pytest.raises(PermissionDenied):
        upkeep.claim(service, editor, NOW)
    service.refresh_from_db()
    assert service.claimed_at is None


def test_a_claim_is_audited_and_a_claimed_listing_is_not_claimed_again():
    user, other = f.UserFactory(), f.UserFactory()
    service = ServiceFactory()
    for person in (user, other):
        person.organisations.add(service.organisation)
    upkeep.claim(service, user, NOW)
    entry = LogEntry.objects.get_for_object(service).order_by("-timestamp").first()
    assert entry.actor == user and "claimed_at" in entry.changes_dict
    with pytest.raises(ValidationError, match="al geclaimd"):
        upkeep.claim(service, other, NOW)
    service.refresh_from_db()
    assert service.claimed_by == user
