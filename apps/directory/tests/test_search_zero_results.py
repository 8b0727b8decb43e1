# SPDX-License-Identifier: EUPL-1.2
"""Useful zero-result pages: an area Kansrijk does not cover yet says so and whom to call (the JGZ of the GGD
region, the municipality), for parents and for professionals; a covered area suggests other words."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.urls import reverse

from apps.core.testing.factories import UserFactory
from apps.directory.choices import ServiceStatus
from apps.directory.testing.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def meppel_only():
    cache.clear()
    ServiceFactory(name="Geldzorgen spreekuur", description="Hulp bij schulden.", covers=["GM0119"])
    # An inactive service does not make an area covered.
    ServiceFactory(name="Oud loket", description="Hulp bij schulden.", covers=["GM0363"], status=ServiceStatus.DEFUNCT)


# The GGD regions and municipalities of these postcodes, from CBS (reference data), looked up by hand:
# 1011 is Amsterdam (GGD Amsterdam), 9999 is Het Hogeland (GGD Groningen).
@pytest.mark.parametrize(("postcode", "place", "ggd"), [("1011", "Amsterdam", "GGD Amsterdam"),
                                                        ("9999 AA", "Het Hogeland", "GGD Groningen")])
def test_parents_outside_kansrijk_hear_that_it_does_not_work_there_yet_and_whom_to_call(client, postcode, place, ggd):
    for query in ("somber", ""):
        html = client.get(reverse("directory:public_search"), {"q": query, "postcode": postcode}).content.decode()
        assert f"Kansrijk werkt nog niet in {place}." in html
        assert f"jeugdgezondheidszorg (JGZ) van {ggd}" in html
        assert f"gemeente {place}" in html
        assert "Probeer een ander woord" not in html


def test_parents_in_a_covered_area_are_offered_other_words_that_keep_their_postcode(client):
    html = client.get(reverse("directory:public_search"), {"q": "fietsreparatie", "postcode": "7941"}).content.decode()
    assert "werkt nog niet" not in html
    assert "Probeer een ander woord" in html
    assert 'href="?q=geldzorgen&amp;postcode=7941"' in html


@pytest.mark.parametrize("params", [{"q": "depressie", "postcode": "1011"}, {"q": "depressie", "municipality": "GM0363"},
                                    {"municipality": "GM0363"}])
def test_professionals_outside_kansrijk_hear_that_it_is_not_in_use_there_and_whom_to_ask(client, params):
    client.force_login(UserFactory())
    html = client.get(reverse("directory:search"), params).content.decode()
    assert "Voor Amsterdam staat nog geen aanbod in de sociale kaart" in html
    assert "jeugdgezondheidszorg (JGZ) van GGD Amsterdam" in html and "gemeente Amsterdam" in html
    assert "Niets gevonden" not in html


def test_professionals_in_a_covered_area_get_the_ordinary_advice(client):
    client.force_login(UserFactory())
    html = client.get(reverse("directory:search"), {"q": "fietsreparatie", "postcode": "7941"}).content.decode()
    assert "Niets gevonden. Probeer een ander woord of minder filters." in html
    assert "nog geen aanbod" not in html
