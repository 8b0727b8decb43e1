# SPDX-License-Identifier: EUPL-1.2
"""Intervals against SciPy's own implementations, funnel limits and primary suppression
(secondary suppression: test_suppression.py)."""

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
