# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest

from apps.reference.loader import load_reference
from apps.reference.models import HealthRegion, Municipality, PostcodeArea, Province


@pytest.mark.django_db
def test_it_loads_every_current_municipality_with_province_and_ggd_region():
    assert Municipality.objects.filter(active=True).count() == 342
    assert Province.objects.count() == 12
    assert HealthRegion.objects.count() == 25
    meppel = Municipality.objects.select_related("province", "health_region").get(code="GM0119")
    assert meppel.name == "Meppel"
    assert meppel.province.name == "Drenthe"
    assert meppel.health_region.name == "GGD Drenthe"


@pytest.mark.django_db
def test_it_maps_postcodes_to_municipalities():
    meppel_pc4 = set(PostcodeArea.objects.filter(municipality__code="GM0119").values_list("pc4", flat=True))
    assert {"7941", "7942", "7943", "7944", "7948", "7949"} <= meppel_pc4
    assert PostcodeArea.objects.values("pc4").distinct().count() == 4072


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    before = (Municipality.objects.count(), PostcodeArea.objects.count())
    result = load_reference()
    assert (Municipality.objects.count(), PostcodeArea.objects.count()) == before
    assert result.municipalities == 342


@pytest.mark.django_db
def test_an_installation_can_replace_the_postcode_table(tmp_path):
    own = tmp_path / "pc4.csv"
    own.write_text("pc4,gemeentecode,n_adressen,aandeel_pc4\n7942,GM0119,100,1.0\n", encoding="utf-8")
    load_reference(postcode_file=own)
    assert list(PostcodeArea.objects.values_list("pc4", "municipality__code")) == [("7942", "GM0119")]
