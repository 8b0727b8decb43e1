# SPDX-License-Identifier: EUPL-1.2
"""Intervals against SciPy's own implementations, funnel limits, and primary and secondary suppression."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import binomtest, chi2, norm

from apps.monitoring.engine import stats

NS = (1, 2, 5, 9, 10, 11, 30, 57, 100, 250, 1000, 16800)
GRID = [(k, n) for n in NS for k in sorted({0, 1, 2, 5, 9, 10, n // 3, n // 2, n - 1, n}) if k <= n]


@pytest.mark.parametrize(("k", "n"), GRID)
def test_wilson_matches_scipy(k, n):
    expected = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    low, high = stats.wilson(k, n)
    assert low == pytest.approx(expected.low, abs=1e-12)
    assert high == pytest.approx(expected.high, abs=1e-12)


@pytest.mark.parametrize(("k", "n"), GRID)
def test_clopper_pearson_matches_scipy(k, n):
    expected = binomtest(k, n).proportion_ci(confidence_level=0.95, method="exact")
    low, high = stats.clopper_pearson(k, n)
    assert low == pytest.approx(expected.low, abs=1e-10)
    assert high == pytest.approx(expected.high, abs=1e-10)


@pytest.mark.parametrize("k", [0, 1, 2, 3, 5, 9, 10, 25, 100, 1000])
def test_poisson_exact_matches_the_chi_square_formula(k):
    low, high = stats.poisson_exact(k)
    expected_low = 0.0 if k == 0 else chi2.ppf(0.025, 2 * k) / 2
    assert low == pytest.approx(expected_low, abs=1e-10)
    assert high == pytest.approx(chi2.ppf(0.975, 2 * k + 2) / 2, rel=1e-10)


def test_vectorised_interval_equals_the_scalar_one_cell_by_cell():
    k = np.array([k for k, _n in GRID])
    n = np.array([n for _k, n in GRID])
    low, high, method = stats.proportion_interval_array(k, n)
    for i, (ki, ni) in enumerate(GRID):
        interval = stats.proportion_interval(ki, ni)
        assert (low[i], high[i], method[i]) == pytest.approx((interval.low, interval.high, interval.method))


def test_small_counts_get_the_exact_interval_and_large_ones_wilson():
    assert stats.proportion_interval(4, 30).method == "clopper-pearson"
    assert stats.proportion_interval(25, 30).method == "clopper-pearson"  # only 5 non-events
    assert stats.proportion_interval(40, 300).method == "wilson"


def test_bad_counts_are_refused():
    with pytest.raises(ValueError):
        stats.wilson(5, 3)
    with pytest.raises(ValueError):
        stats.proportion_interval(-1, 3)


def test_comparison_flags_only_what_the_interval_excludes():
    assert stats.compare_to_reference(40, 200, 0.131) == "higher"  # 20% [14.9; 26.0]
    assert stats.compare_to_reference(8, 42, 0.131) == "same"  # the 7942 case with one year of births
    assert stats.compare_to_reference(100, 1000, 0.148) == "lower"


def test_funnel_limits_narrow_with_n_and_approach_the_normal_limits():
    limits = stats.funnel_limits(0.148, [20, 100, 1000, 100000])
    widths = [high - low for low, high in limits]
    assert widths == sorted(widths, reverse=True)
    assert all(low <= 0.148 <= high for low, high in limits)
    se = np.sqrt(0.148 * 0.852 / 100000)
    assert limits[-1][0] == pytest.approx(0.148 - norm.ppf(0.975) * se, abs=2e-4)
    assert limits[-1][1] == pytest.approx(0.148 + norm.ppf(0.975) * se, abs=2e-4)


def test_funnel_limits_hold_the_promised_coverage():
    # Spiegelhalter's interpolated limits: the chance to fall outside stays close to 5% even for small n.
    low, high = stats.funnel_limits(0.148, [60])[0]
    rng = np.random.default_rng(1)
    p = rng.binomial(60, 0.148, size=200_000) / 60
    outside = np.mean((p < low) | (p > high))
    assert outside < 0.06


def test_primary_suppression_of_a_yes_no_indicator_hides_both_cells():
    assert stats.suppress_cell(9, 100) is True
    assert stats.suppress_cell(10, 100) is False
    assert stats.suppress_cell(95, 100) is True  # only 5 "no": both cells go
    assert stats.suppress_cell(95, 100, binary=False) is False


def test_threshold_is_configurable(settings):
    settings.MONITORING_SUPPRESSION_THRESHOLD = 5
    assert stats.SUPPRESSION_THRESHOLD == 5
    assert stats.suppress_cell(6, 100) is False
    assert stats.suppress_cell(6, 100, threshold=10) is True


def _recoverable(hidden, counts, total, children) -> bool:
    """True when some hidden cell's count follows from the published cells by subtraction."""
    cells = [total, *children]
    hidden_cells = [c for c in cells if hidden[c]]
    return len(hidden_cells) == 1


def test_a_suppressed_cell_cannot_be_recovered_from_the_total():
    # A municipality (cell 0) with four postcodes (cells 1-4); postcode 3 has 6 Big2 births.
    counts = np.array([60, 20, 15, 6, 19])
    births = np.array([400, 120, 100, 50, 130])
    primary = stats.suppress_array(counts, births)
    assert primary.tolist() == [False, False, False, True, False]
    # Alone, postcode 3 would be 60 - 20 - 15 - 19 = 6: the smallest other postcode must go too.
    groups = [(np.array([-1, 0, 0, 0, 0]), np.array([0]))]
    hidden = stats.secondary_suppression(primary, counts, groups)
    assert hidden.tolist() == [False, False, True, True, False]
    assert not _recoverable(hidden, counts, 0, [1, 2, 3, 4])
    # What the public sees only gives the sum of the two hidden cells.
    shown = counts[0] - counts[~hidden][1:].sum()
    assert shown == counts[2] + counts[3]


def test_a_hidden_total_with_shown_children_hides_a_child():
    counts = np.array([25, 12, 13])
    hidden = stats.secondary_suppression(np.array([True, False, False]), counts,
                                         [(np.array([-1, 0, 0]), np.array([0]))])
    assert hidden.tolist() == [True, True, False]


def test_a_single_child_equal_to_its_total_hides_the_total():
    hidden = stats.secondary_suppression(np.array([False, True]), np.array([7, 7]),
                                         [(np.array([-1, 0]), np.array([0]))])
    assert hidden.tolist() == [True, True]


def test_secondary_suppression_works_across_dimensions_until_stable():
    # Cells: pooled total P (0) over years A (1) and B (2) of postcode X; and municipality M(3) per year A with
    # postcodes X-A (1) and Y-A (4). Hiding X-A exposes it in both dimensions.
    counts = np.array([30, 4, 26, 50, 46])
    primary = np.array([False, True, False, False, False])
    years = (np.array([-1, 0, 0, -1, -1]), np.array([0]))
    places = (np.array([-1, 0, -1, -1, 0]), np.array([3]))
    hidden = stats.secondary_suppression(primary, counts, [years, places])
    assert hidden.tolist() == [False, True, True, False, True]
    assert not _recoverable(hidden, counts, 0, [1, 2])
    assert not _recoverable(hidden, counts, 3, [1, 4])


def test_groups_without_a_published_total_need_nothing_more():
    hidden = stats.secondary_suppression(np.array([True, False]), np.array([3, 40]),
                                         [(np.array([0, 0]), np.array([-1]))])
    assert hidden.tolist() == [True, False]


def test_groups_from_parents_builds_the_dimension():
    group_of, total_of = stats.groups_from_parents(["GM0119", "7941", "7942"], [None, "GM0119", "GM0119"])
    assert group_of.tolist() == [-1, 0, 0]
    assert total_of.tolist() == [0]
