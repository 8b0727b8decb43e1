# SPDX-License-Identifier: EUPL-1.2
"""Professional pages: search with filters and pagination, service page, intervention catalogue (login required)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from apps.core.testing.factories import UserFactory
from apps.directory.choices import Capacity, Phase, ServiceStatus, VulnerabilityFactor
from apps.directory.models import Intervention
from apps.directory.testing.factories import (
    LocationFactory,
    OpeningHoursFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def professional(client):
    client.force_login(UserFactory())
    return client


def test_pages_need_login(client):
    service = ServiceFactory()
    for url in (reverse("directory:search"), reverse("directory:service", args=[service.uuid]),
                reverse("directory:intervention_catalogue")):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_search_shows_capacity_referral_contact_and_verification(professional):
    ServiceFactory(name="Schuldhulp Meppel", description="Hulp bij schulden.", capacity=Capacity.WAITING_LIST,
                   waiting_weeks=3, referral_required=True, phone="0000-111111",
                   last_verified_at=timezone.now() - dt.timedelta(days=10))
    ServiceFactory(name="Schuldhulp Venlo", description="Hulp bij schulden.", covers=["GM0983"])
    response = professional.get(reverse("directory:search"), {"q": "schulden", "municipality": "GM0119",
                                                              "situation": VulnerabilityFactor.POVERTY_DEBTS})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Schuldhulp Meppel" in html and "Schuldhulp Venlo" not in html
    assert "Wachtlijst: ongeveer 3 weken" in html
    assert "U heeft eerst een verwijzing nodig. Vraag die aan uw huisarts" in html
    assert "0000-111111" in html
    assert "Laatst gecontroleerd op" in html and "mogelijk verouderd" not in html


def test_unverified_entry_is_marked_stale(professional):
    ServiceFactory(name="Oud aanbod", last_verified_at=timezone.now() - dt.timedelta(days=200))
    html = professional.get(reverse("directory:search"), {"q": "oud"}).content.decode()
    assert "mogelijk verouderd" in html


def test_full_service_shows_full(professional):
    ServiceFactory(name="Vol aanbod", capacity=Capacity.FULL)
    html = professional.get(reverse("directory:search"), {"q": "vol"}).content.decode()
    assert "Vol: geen nieuwe aanmeldingen" in html


def test_bad_postcode_gives_a_dutch_error_and_keeps_input(professional):
    response = professional.get(reverse("directory:search"), {"q": "schulden", "postcode": "12"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dit is geen geldige postcode" in html
    assert 'value="schulden"' in html


def test_postcode_filter_on_the_page(professional):
    ServiceFactory(name="Meppels aanbod")
    ServiceFactory(name="Venloos aanbod", covers=["GM0983"])
    html = professional.get(reverse("directory:search"), {"postcode": "5911"}).content.decode()
    assert "Venloos aanbod" in html and "Meppels aanbod" not in html


def test_each_filter_on_the_page(professional):
    ServiceFactory(name="Alpha", phases=[Phase.BEFORE], self_registration=True, languages=["ar"],
                   free_of_charge=True, situations=[VulnerabilityFactor.TEENAGE_PARENTS])
    ServiceFactory(name="Beta", phases=[Phase.AFTER], self_registration=False, languages=["nl"],
                   free_of_charge=False, situations=[VulnerabilityFactor.ADDICTION])
    for params in ({"phase": "before"}, {"self_registration": "true"}, {"language": "ar"}, {"free": "on"},
                   {"situation": "teenage_parents"}):
        html = professional.get(reverse("directory:search"), params).content.decode()
        assert ">Alpha<" in html and ">Beta<" not in html, params


def test_pagination_keeps_the_query(professional):
    for i in range(25):
        ServiceFactory(name=f"Spreekuur {i:02d}")
    response = professional.get(reverse("directory:search"), {"q": "spreekuur"})
    html = response.content.decode()
    assert "25 resultaten" in html and "Pagina 1 van 2" in html
    assert "?q=spreekuur&amp;page=2" in html
    page2 = professional.get(reverse("directory:search"), {"q": "spreekuur", "page": "2"}).content.decode()
    assert "Spreekuur 24" in page2 and "Spreekuur 00" not in page2


def test_service_page_shows_locations_hours_coverage_intervention(professional):
    voorzorg = Intervention.objects.get(code="voorzorg")
    service = ServiceFactory(name="VoorZorg Meppel", intervention=voorzorg, covers=["GM0119", "GM1701"])
    location = LocationFactory(name="Consultatiebureau Centrum", address_1="Voorbeeldstraat 9")
    ServiceAtLocationFactory(service=service, location=location)
    OpeningHoursFactory(location=location, weekday=2, opens_at=dt.time(9), closes_at=dt.time(12))
    html = professional.get(reverse("directory:service", args=[service.uuid])).content.decode()
    assert "Consultatiebureau Centrum" in html and "Voorbeeldstraat 9" in html
    assert "dinsdag 09:00–12:00" in html
    assert "Meppel" in html and "Westerveld" in html
    assert "effectief – goede aanwijzingen" in html


def test_service_page_of_inactive_service_says_so(professional):
    service = ServiceFactory(status=ServiceStatus.INACTIVE)
    html = professional.get(reverse("directory:service", args=[service.uuid])).content.decode()
    assert "Ouders zien het niet" in html


def test_catalogue_page_lists_programmes_with_recognition_and_source(professional):
    ServiceFactory(name="BoekStart Meppel", intervention=Intervention.objects.get(code="boekstart"))
    html = professional.get(reverse("directory:intervention_catalogue")).content.decode()
    for name in ("Nu Niet Zwanger", "VoorZorg", "Stevig Ouderschap", "Moeders Informeren Moeders", "Prepare"):
        assert name in html
    assert "goed onderbouwd" in html and "1401064" in html
    assert "1 dienst" in html
