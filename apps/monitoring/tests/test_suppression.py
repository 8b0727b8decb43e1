# SPDX-License-Identifier: EUPL-1.2
"""Secondary suppression (engine/suppression.py) on small hand-made tables: which cell goes, and why.

Every expected mask is worked out by hand from the rule in the module's docstring; each test names the cell
that an attacker could otherwise recover.
"""

from __future__ import annotations

import numpy as np
import pytest

from apps.monitoring.engine import suppression
from apps.monitoring.engine.suppression import COMPLEMENT, SECONDARY, SMALL, protect

T = 10


def one_group(n_cells: int, total: int = 0, dim: str = "pc4_in_municipality"):
    group_of = np.zeros(n_cells, dtype=np.int64)
    group_of[total] = -1
    return {dim: (group_of, np.array([total]))}


def test_a_single_small_cell_takes_the_smallest_shown_child_with_it():
    # Municipality 60 of 400 with postcodes 20/120, 15/100, 6/50, 19/130: 60-20-15-19 would give 6 away.
    k = np.array([60, 20, 15, 6, 19])
    n = np.array([400, 120, 100, 50, 130])
    out = protect(k, n - k, True, one_group(5), threshold=T)
    assert out.hidden.tolist() == [False, False, True, True, False]
    assert out.reason.tolist() == ["", "", SECONDARY, SMALL, ""]
    # The public learns only that the two hidden postcodes hold 21 together.
    assert k[0] - k[~out.hidden][1:].sum() == 21


def test_ties_are_broken_by_the_cells_stable_order_not_by_chance():
    k = np.array([60, 15, 15, 6, 24])
    n = np.array([400, 100, 100, 50, 150])
    assert protect(k, n - k, True, one_group(5), threshold=T).hidden.tolist() == [False, True, False, True, False]
    # The same cells with the order reversed for the two tied postcodes: the other one goes.
    out = protect(k, n - k, True, one_group(5), threshold=T, order=[0, 2, 1, 3, 4])
    assert out.hidden.tolist() == [False, False, True, True, False]


def test_the_smallest_count_goes_not_the_first_or_the_largest():
    k = np.array([100, 40, 30, 12, 5, 13])
    n = np.array([900, 200, 200, 200, 100, 200])
    out = protect(k, n - k, True, one_group(6), threshold=T)
    assert np.flatnonzero(out.hidden).tolist() == [3, 4]


def test_two_hidden_cells_holding_less_than_the_protection_level_take_a_third():
    # Postcodes with 3 and 0 stillbirths: subtraction gives 3 for the pair, so each lies in 0..3 - too narrow.
    k = np.array([40, 3, 0, 20, 17])
    n = np.array([4000, 900, 100, 1500, 1500])
    out = protect(k, n - k, True, one_group(5), threshold=T)
    assert out.hidden.tolist() == [False, True, True, False, True]  # 17 < 20: the mass is now 20 >= 10


def test_two_zero_cells_alone_would_both_be_known_to_be_zero():
    k = np.array([40, 0, 0, 40])
    n = np.array([900, 50, 60, 790])
    out = protect(k, n - k, True, one_group(4), threshold=T)
    # The only shown child goes: the hidden three hold 40, so each zero may be anything from 0 to 40.
    assert out.hidden.tolist() == [False, True, True, True]


def test_a_small_complement_hides_the_cell_with_its_reason():
    # Complements 19, 5, 4, 10: the two small ones hold 9 < 10 together, so the smallest shown child (30) goes.
    k = np.array([150, 95, 25, 30])
    n = np.array([169, 100, 29, 40])
    out = protect(k, n - k, True, one_group(4), threshold=T)
    assert out.reason.tolist() == ["", COMPLEMENT, COMPLEMENT, SECONDARY]
    assert suppression.reason_text(COMPLEMENT, 10) == "onderdrukt (noemer min teller minder dan 10)"


def test_a_secondary_cell_alone_in_another_group_takes_a_partner():
    # Year 2020 (cell 1, 30 of 300) was hidden elsewhere; in its pooled period it is alone, so year 2021 goes.
    k = np.array([100, 30, 40, 30])
    n = np.array([1000, 300, 400, 300])
    groups = {"year_in_pooled_period": (np.array([-1, 0, 0, 0]), np.array([0]))}
    out = protect(k, n - k, True, groups, threshold=T, primary_mask=[False, True, False, False])
    assert out.hidden.tolist() == [False, True, False, True]  # 30 < 40; tie with cell 1 impossible: it is hidden


def test_a_hidden_total_with_shown_children_hides_a_child():
    # The total (hidden elsewhere) would equal 12 + 13: the smaller child goes.
    k = np.array([25, 12, 13])
    out = protect(k, [200, 100, 100], True, one_group(3), threshold=T, primary_mask=[True, False, False])
    assert out.hidden.tolist() == [True, True, False]


def test_a_single_child_equal_to_its_total_hides_the_total():
    out = protect([7, 7], [500, 500], True, one_group(2), threshold=T)
    assert out.hidden.tolist() == [True, True]


def test_the_residual_of_a_total_protects_or_exposes():
    # Country 100 = provinces 45 + 50 + unknown codes 5: the unknowns are a small hidden residual, so a province
    # must go although every published province is large.
    k = np.array([100, 45, 50])
    n = np.array([20000, 9000, 10000])
    out = protect(k, n - k, True, one_group(3, dim="province_in_country"), threshold=T)
    assert out.hidden.tolist() == [False, True, False]
    # Without the unknowns (exact sum) nothing is hidden.
    out = protect([95, 45, 50], [19000, 9000, 10000], True, one_group(3, dim="province_in_country"), threshold=T)
    assert not out.hidden.any()


def test_the_22_week_variant_gives_way_before_the_24_week_figure():
    # stillbirth_22 (cell 0) = stillbirth (cell 1) + 2 at 22-23 weeks: the variant goes, the 24-week figure stays.
    out = protect([14, 12], [5000, 4990], True, one_group(2, dim="weeks24_in_weeks22"), threshold=T)
    assert out.hidden.tolist() == [True, False]


def test_dimensions_are_declared_once_and_unknown_ones_are_refused():
    names = [d.name for d in suppression.DIMENSIONS]
    assert len(names) == len(set(names)) == 8
    with pytest.raises(ValueError, match="unknown"):
        protect([1], [1], True, {"ward_in_city": (np.array([-1]), np.array([0]))})


def test_works_across_dimensions_until_stable():
    # Postcode X: pooled P (0) = year A (1) + year B (2); municipality M in year A (3) = X-A (1) + Y-A (4).
    k = np.array([30, 4, 26, 50, 46])
    n = np.array([900, 400, 500, 900, 500])
    groups = {"year_in_pooled_period": (np.array([-1, 0, 0, -1, -1]), np.array([0])),
              "pc4_in_municipality": (np.array([-1, 0, -1, -1, 0]), np.array([3]))}
    out = protect(k, n - k, True, groups, threshold=T)
    assert out.hidden.tolist() == [False, True, True, False, True]


def test_groups_from_parents_builds_the_dimension():
    group_of, total_of = suppression.groups_from_parents(["GM0119", "7941", "7942"], [None, "GM0119", "GM0119"])
    assert group_of.tolist() == [-1, 0, 0]
    assert total_of.tolist() == [0]


def test_the_protection_level_is_met_exactly_at_ten():
    n = np.array([5000, 500, 500, 2000, 2000])
    # Hidden 4 + 6 = 10: each may be anything from 0 to 10, enough.
    k = np.array([100, 4, 6, 45, 45])
    assert protect(k, n - k, True, one_group(5), threshold=T).hidden.tolist() == [False, True, True, False, False]
    # Hidden 4 + 5 = 9: not enough, the smaller of the tied 45s (the first in order) goes too.
    k = np.array([99, 4, 5, 45, 45])
    assert protect(k, n - k, True, one_group(5), threshold=T).hidden.tolist() == [False, True, True, True, False]
