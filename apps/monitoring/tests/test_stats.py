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


# --- pinned exactly: funnel limits from the binomial distribution summed by hand, and the comparison's edges ----

def _binomial_cdf(r: int, n: int, p: float) -> float:
    """P(X <= r) for X ~ Bin(n, p), summed term by term with exact binomial coefficients."""
    from math import comb

    return sum(comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(0, r + 1)) if r >= 0 else 0.0


def _funnel_limit_by_hand(q: float, n: int, p: float) -> float:
    """Spiegelhalter (Stat Med 2005;24:1185, A.1.1): r is the smallest count with P(X <= r) >= q; then interpolate
    back by a = (P(X <= r) - q) / (P(X <= r) - P(X <= r - 1)) and the limit is (r - a) / n."""
    r = 0
    while _binomial_cdf(r, n, p) < q:
        r += 1
    upper, lower = _binomial_cdf(r, n, p), _binomial_cdf(r - 1, n, p)
    a = (upper - q) / (upper - lower)
    return (r - a) / n


@pytest.mark.parametrize("n", [7, 20, 60, 137, 400])
@pytest.mark.parametrize("p", [0.0048, 0.066, 0.148, 0.5])
@pytest.mark.parametrize("z", [1.959963984540054, 3.090232306167813])
def test_funnel_limits_equal_the_interpolated_binomial_quantiles_worked_out_by_hand(n, p, z):
    tail = norm.sf(z)
    low, high = stats.funnel_limits(p, [n], z=z)[0]
    assert low == pytest.approx(max(0.0, _funnel_limit_by_hand(tail, n, p)), abs=1e-9)
    assert high == pytest.approx(min(1.0, _funnel_limit_by_hand(1 - tail, n, p)), abs=1e-9)


def test_one_funnel_limit_written_out():
    # n = 20, p = 0.148, 97.5% point: P(X <= 5) = 0.93626076, P(X <= 6) = 0.97952293 >= 0.975, so r = 6;
    # a = (0.97952293 - 0.975) / (0.97952293 - 0.93626076) = 0.10455, limit = (6 - 0.10455) / 20 = 0.29477.
    assert _binomial_cdf(5, 20, 0.148) == pytest.approx(0.93626076, abs=1e-8)
    assert _binomial_cdf(6, 20, 0.148) == pytest.approx(0.97952293, abs=1e-8)
    high = stats.funnel_limits(0.148, [20])[0][1]
    assert high == pytest.approx(0.294773, abs=1e-6)


def test_the_comparison_is_strict_at_both_edges_of_the_interval():
    low, high = stats.clopper_pearson(3, 40)  # exact interval (3 < 10)
    assert stats.compare_to_reference(3, 40, high) == "same"  # on the edge: not excluded
    assert stats.compare_to_reference(3, 40, np.nextafter(high, 1)) == "lower"
    assert stats.compare_to_reference(3, 40, low) == "same"
    assert stats.compare_to_reference(3, 40, np.nextafter(low, 0)) == "higher"
    low, high = stats.wilson(150, 1000)  # Wilson interval (both counts >= 10)
    assert stats.compare_to_reference(150, 1000, high) == "same"
    assert stats.compare_to_reference(150, 1000, np.nextafter(high, 1)) == "lower"
    assert stats.compare_to_reference(150, 1000, np.nextafter(low, 0)) == "higher"
    assert stats.compare_array([0], [0], [0.5]).tolist() == ["same"]  # an empty cell is never flagged


def test_the_exact_interval_takes_over_exactly_below_ten_on_either_side():
    _low, _high, method = stats.proportion_interval_array([9, 10, 90, 91, 10], [100, 100, 100, 100, 20])
    assert method.tolist() == ["clopper-pearson", "wilson", "wilson", "clopper-pearson", "wilson"]
    assert stats.EXACT_BELOW == 10 and stats.DEFAULT_SUPPRESSION_THRESHOLD == 10
    assert pytest.approx(norm.ppf(0.975), abs=1e-15) == stats.Z95


def test_primary_suppression_edges():
    assert stats.suppress_array([9, 10, 10, 10], [100, 100, 19, 20]).tolist() == [True, False, True, False]
    assert stats.suppress_array([0], [0], False).tolist() == [True]
