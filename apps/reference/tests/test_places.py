# SPDX-License-Identifier: EUPL-1.2
"""Postcodes and municipalities: the one postcode rule, PC4 → municipalities, and one lookup per request."""

from __future__ import annotations

import pytest
from django.db.models import Count
from django.test import RequestFactory

from apps.reference import places
from apps.reference.models import PostcodeArea

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("text", "normalised", "digits"), [
    (" 7941ab ", "7941 AB", "7941"), ("7941", "7941", "7941"), ("7941 AB", "7941 AB", "7941"),
    ("0794 AB", None, None), ("٧٩٤١", None, None), ("7941 A", None, None), ("79411", None, None), ("", None, None),
])
def test_one_rule_for_a_dutch_postcode(text, normalised, digits):
    assert places.normalise_postcode(text) == normalised
    assert places.pc4(text) == digits


def test_a_postcode_lies_in_the_municipality_with_most_of_its_addresses():
    assert places.main_municipality("7941 AB").code == "GM0119"
    assert places.main_municipality("1000") is None
    assert places.main_municipality("Meppel") is None


def test_a_pc4_across_a_border_gives_every_municipality_largest_share_first():
    split = PostcodeArea.objects.values("pc4").order_by().annotate(n=Count("pk")).order_by("pc4")
    pc4 = split.filter(n__gt=1).values_list("pc4", flat=True).first()
    assert pc4 is not None
    shares = list(PostcodeArea.objects.filter(pc4=pc4).order_by("-share").values_list("municipality__code", flat=True))
    assert [m.code for m in places.municipalities_for_pc4(pc4)] == shares
    assert places.main_municipality(pc4).code == shares[0]


def test_find_municipality_by_code_or_name():
    assert places.find_municipality("GM0119").name == "Meppel"
    assert places.find_municipality("0119").name == "Meppel"
    assert places.find_municipality(" meppel ").code == "GM0119"
    assert places.find_municipality("") is None
    assert places.find_municipality("Atlantis") is None


def test_a_request_resolves_a_postcode_once(django_assert_num_queries):
    request = RequestFactory().get("/")
    with django_assert_num_queries(1):
        first = places.resolve(request, "7941 AB")
        again = places.resolve(request, "7941ab")
        digits_only = places.resolve(request, "7941")
    assert [m.code for m in first] == ["GM0119"]
    assert again is first and digits_only is first
    with django_assert_num_queries(0):
        assert places.resolve(request, "0794 AB") is None
    with django_assert_num_queries(1):
        assert places.resolve(RequestFactory().get("/"), "7941") == first  # another request asks again
    with django_assert_num_queries(1):
        assert places.resolve(request, "1000") == []  # unknown: asked once, and remembered as unknown
        assert places.resolve(request, "1000") == []


@pytest.mark.parametrize(("text", "meant"), [("0000", True), ("7941 ab", True), ("79", False), ("abcd", False)])
def test_text_meant_as_a_postcode_is_told_from_other_text(text, meant):
    assert places.looks_like_postcode(text) is meant
