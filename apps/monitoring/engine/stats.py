# SPDX-License-Identifier: EUPL-1.2
"""Small-area statistics: 95% intervals, comparison with a reference area, funnel limits and suppression.

Scalar functions for single cells (uploads, the funnel plot) and numpy twins (`*_array`) for the engine, which
works on hundreds of thousands of cells at once. Exact intervals use the inverse regularised incomplete beta and
gamma functions of scipy.special; the tests check every bound against scipy.stats' own implementations.

Interval choice (`proportion_interval`): Clopper-Pearson (exact) when a count is small — fewer than
`EXACT_BELOW` (10) events or non-events — because Wilson's interval is too narrow there; Wilson otherwise.
Suppression follows the national monitor (RIVM DIAPER): a count under the threshold (default 10, setting
MONITORING_SUPPRESSION_THRESHOLD) is not shown, and for a yes/no indicator both cells go when either is small.
Secondary suppression (extra cells, so that no hidden count follows by subtraction) lives in `suppression.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import special
from scipy.stats import binom

Z95 = 1.959963984540054
EXACT_BELOW = 10
DEFAULT_SUPPRESSION_THRESHOLD = 10


def suppression_threshold() -> int:
    """The configured threshold (settings.MONITORING_SUPPRESSION_THRESHOLD, default 10)."""
    from django.conf import settings

    if not settings.configured:  # the engine also runs outside Django (benchmarks, notebooks)
        return DEFAULT_SUPPRESSION_THRESHOLD
    return int(getattr(settings, "MONITORING_SUPPRESSION_THRESHOLD", DEFAULT_SUPPRESSION_THRESHOLD))


def __getattr__(name: str):
    # SUPPRESSION_THRESHOLD is read when asked for, so a changed setting (or a test's override) is seen.
    if name == "SUPPRESSION_THRESHOLD":
        return suppression_threshold()
    raise AttributeError(name)


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    method: str  # "wilson" | "clopper-pearson" | "poisson"


def _check(k, n) -> None:
    if np.any(np.asarray(n) < 0) or np.any(np.asarray(k) < 0) or np.any(np.asarray(k) > np.asarray(n)):
        raise ValueError("need 0 <= k <= n")


# --- vectorised --------------------------------------------------------------------------------------------------

def wilson_array(k, n, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score bounds (no continuity correction); n = 0 gives (0, 1)."""
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denom = 1.0 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
        low = np.clip(centre - half, 0.0, 1.0)
        high = np.clip(centre + half, 0.0, 1.0)
    # The formula is exact at the edges but rounding can leave 1e-17 instead of 0.
    low = np.where(k == 0, 0.0, low)
    high = np.where(k == n, 1.0, high)
    empty = n == 0
    return np.where(empty, 0.0, low), np.where(empty, 1.0, high)


def clopper_pearson_array(k, n, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Clopper-Pearson bounds: quantiles of Beta(k, n-k+1) and Beta(k+1, n-k)."""
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        low = np.where(k > 0, special.betaincinv(np.maximum(k, 1), n - k + 1, alpha / 2), 0.0)
        high = np.where(k < n, special.betaincinv(k + 1, np.maximum(n - k, 1), 1 - alpha / 2), 1.0)
    return low, high


def poisson_exact_array(k, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Exact (Garwood) bounds for the expected count of a Poisson variable observed as k."""
    k = np.asarray(k, dtype=float)
    low = np.where(k > 0, special.gammaincinv(np.maximum(k, 1), alpha / 2), 0.0)
    high = special.gammaincinv(k + 1, 1 - alpha / 2)
    return low, high


def proportion_bounds(k, n) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(low, high, exact) per cell: Clopper-Pearson where k < 10 or n - k < 10 (exact = True), else Wilson.

    Computed once per distinct (k, n) pair: small areas share the same few pairs, which makes the engine fast.
    """
    k = np.asarray(k, dtype=np.int64)
    n = np.asarray(n, dtype=np.int64)
    if k.size == 0:
        return np.zeros(0), np.zeros(0), np.zeros(0, dtype=bool)
    _check(k, n)
    width = int(n.max()) + 1
    pairs, inverse = np.unique(n * width + k, return_inverse=True)
    uk, un = pairs % width, pairs // width
    exact = (uk < EXACT_BELOW) | (un - uk < EXACT_BELOW)
    low, high = wilson_array(uk, un)
    cp_low, cp_high = clopper_pearson_array(uk[exact], un[exact])
    low[exact], high[exact] = cp_low, cp_high
    return low[inverse], high[inverse], exact[inverse]


METHOD_NAMES = np.array(["wilson", "clopper-pearson"], dtype=object)


def proportion_interval_array(k, n) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(low, high, method) per cell; exact where counts are small, Wilson elsewhere (see `proportion_bounds`)."""
    low, high, exact = proportion_bounds(k, n)
    return low, high, METHOD_NAMES[exact.astype(np.int8)]


def suppress_array(k, n, binary=True, threshold: int | None = None) -> np.ndarray:
    """Primary suppression per cell (see `suppress_cell`); `binary` may be a bool or a per-cell array."""
    t = suppression_threshold() if threshold is None else threshold
    k = np.asarray(k)
    n = np.asarray(n)
    return (k < t) | (np.asarray(binary) & (n - k < t))


# --- scalar ------------------------------------------------------------------------------------------------------

def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a proportion, bounds in [0, 1]."""
    _check(k, n)
    low, high = wilson_array(k, n, z)
    return float(low), float(high)


def clopper_pearson(k: int, n: int, alpha: float = 0.05) -> tuple[float, float]:
    """Clopper-Pearson (exact) interval for a proportion, bounds in [0, 1]."""
    _check(k, n)
    low, high = clopper_pearson_array(k, n, alpha)
    return float(low), float(high)


def poisson_exact(k: int, alpha: float = 0.05) -> tuple[float, float]:
    """Exact interval for the expected count behind an observed count k."""
    if k < 0:
        raise ValueError("need k >= 0")
    low, high = poisson_exact_array(k, alpha)
    return float(low), float(high)


def proportion_interval(k: int, n: int) -> Interval:
    """95% interval for k/n: Clopper-Pearson when k < 10 or n - k < 10, else Wilson."""
    _check(k, n)
    if k < EXACT_BELOW or n - k < EXACT_BELOW:
        return Interval(*clopper_pearson(k, n), "clopper-pearson")
    return Interval(*wilson(k, n), "wilson")


def compare_to_reference(k: int, n: int, p_ref: float) -> str:
    """"higher" or "lower" when the 95% interval of k/n excludes p_ref, else "same"."""
    return str(compare_array([k], [n], [p_ref])[0])


def compare_array(k, n, p_ref) -> np.ndarray:
    """Vectorised `compare_to_reference`; empty cells (n = 0) are "same"."""
    low, high, _method = proportion_interval_array(k, n)
    p_ref = np.asarray(p_ref, dtype=float)
    out = np.full(low.shape, "same", dtype=object)
    out[low > p_ref] = "higher"
    out[high < p_ref] = "lower"
    return out


def funnel_limits(p_ref: float, ns: Sequence[int], z: float = Z95) -> list[tuple[float, float]]:
    """Control limits of a funnel plot around p_ref for each denominator n, as proportions.

    Exact binomial limits with the interpolation of Spiegelhalter (Stat Med 2005;24:1185, appendix A.1.1), so
    small areas get honest, asymmetric limits; z = 1.96 gives 95% limits, 3.09 gives 99.8%.
    """
    ns = np.asarray(ns, dtype=float)
    tail = special.ndtr(-z)  # one-sided tail probability

    def limit(q: float) -> np.ndarray:
        r = binom.ppf(q, ns, p_ref)
        cdf_r = binom.cdf(r, ns, p_ref)
        cdf_before = binom.cdf(r - 1, ns, p_ref)
        with np.errstate(invalid="ignore", divide="ignore"):
            a = np.where(cdf_r > cdf_before, (cdf_r - q) / (cdf_r - cdf_before), 0.0)
            return np.clip((r - a) / ns, 0.0, 1.0)

    low, high = limit(tail), limit(1 - tail)
    return [(float(lo), float(hi)) for lo, hi in zip(low, high, strict=True)]


def suppress_cell(k: int, n: int, binary: bool = True, threshold: int | None = None) -> bool:
    """True when the cell must not be shown: k under the threshold, or (yes/no indicator) n - k under it."""
    return bool(suppress_array(k, n, binary, threshold))
