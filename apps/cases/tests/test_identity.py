# SPDX-License-Identifier: EUPL-1.2
"""The blind index matches the same person across spelling variants, and nobody else."""

from __future__ import annotations

import datetime

import pytest

from apps.cases import identity

BORN = datetime.date(1998, 3, 14)


@pytest.mark.parametrize("stored,asked", [
    ("Fatma Yılmaz", "Fatma Yilmaz"),
    ("Fatma Yılmaz", "fatma YILMAZ"),
    ("Fatma Yılmaz", "Yilmaz Fatma"),          # surname first
    ("Lisa Jansen", "Lisa Janssen"),
    ("Mohamed El Amrani", "Mohammed Amrani"),
    ("Anouk van der Berg", "Anouk v.d. Berg"),
    ("Anouk van der Berg", "A. Berg"),
    ("Sophie de Vries", "Sofie de Fries"),
    ("Eline Schouten", "Eline Shouten"),
    ("Daniëlle Huijgen", "Danielle Huygen"),
])
def test_variants_of_one_person_share_a_key(db, stored, asked):
    assert identity.keys(stored, BORN) & identity.keys(asked, BORN)


@pytest.mark.parametrize("stored,asked,born", [
    ("Fatma Yılmaz", "Fatma Yılmaz", datetime.date(1998, 3, 15)),  # another date of birth
    ("Lisa Jansen", "Lisa Pietersen", BORN),
    ("Anouk van der Berg", "Anouk van Dijk", BORN),
])
def test_other_people_do_not(db, stored, asked, born):
    assert not identity.keys(stored, BORN) & identity.keys(asked, born)


def test_nothing_without_name_or_date(db):
    assert identity.keys("", BORN) == set() and identity.keys("Fatma Yılmaz", None) == set()
    assert identity.keys("van der", BORN) == set()
