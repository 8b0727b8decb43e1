# SPDX-License-Identifier: EUPL-1.2
"""Small-area statistics: 95% intervals, comparison with a reference area, funnel limits and suppression.

Scalar functions for single cells (uploads, the funnel plot) and numpy twins (`*_array`) for the engine, which
works on hundreds of thousands of cells at once. Exact intervals use the inverse regularised incomplete beta and
gamma functions of scipy.special; the tests check every bound against scipy.stats' own implementations.

Interval choice (`proportion_interval`): Clopper-Pearson (exact) when a count is small — fewer than
`EXACT_BELOW` (10) events or non-events — because Wilson's interval is too narrow there; Wilson otherwise.
Suppression follows the national monitor (RIVM DIAPER): a count under the threshold (default 10, setting
MONITORING_SUPPRESSION_THRESHOLD) is not shown, and for a yes/no indicator both cells go when either is small.
`secondary_suppression` then hides extra cells so that no hidden count can be recovered by subtraction from a
published total.
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


# --- secondary suppression ---------------------------------------------------------------------------------------

def secondary_suppression(suppressed, counts, groups: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Hide extra cells until no hidden cell can be recovered by subtraction from a published total.

    `suppressed` and `counts` hold one entry per cell. Each entry of `groups` describes one additive
    dimension as a pair `(group_of, total_of)`: `group_of[i]` is the group number of cell i as a child (-1: not a
    child in this dimension) and `total_of[g]` the cell index of group g's total (-1: the total is not published).
    Within a group the children add up to the total (areas in their parent area, single years in a pooled
    period). A group with exactly one hidden cell among its total and children gives that cell away, so another
    one is hidden: the smallest shown child (or the total when no child is left). Repeats until stable across all
    dimensions, since hiding a cell in one dimension can expose it in another. Returns the new mask.
    """
    hidden = np.array(suppressed, dtype=bool, copy=True)
    counts = np.asarray(counts, dtype=np.int64)
    width = int(counts.max()) + 1 if counts.size else 1
    prepared = []
    for group_of, total_of in groups:
        group_of = np.asarray(group_of, dtype=np.int64)
        total_of = np.asarray(total_of, dtype=np.int64)
        members = np.flatnonzero(group_of >= 0)
        g = group_of[members]
        child_total = np.bincount(g, minlength=len(total_of))
        prepared.append((g, members, total_of, (total_of >= 0) & (child_total > 0)))
    changed = True
    while changed:
        changed = False
        for g, members, total_of, usable in prepared:
            if members.size == 0:
                continue
            hidden_count = np.bincount(g, weights=hidden[members], minlength=len(total_of))
            hidden_count[usable] += hidden[total_of[usable]]
            # A group with exactly one hidden cell among its total and children gives that cell away.
            exposed = usable & (hidden_count == 1)
            if not exposed.any():
                continue
            changed = True
            # The smallest shown child of each exposed group (sorting only those candidates).
            pick = exposed[g] & ~hidden[members]
            candidates, cand_groups = members[pick], g[pick]
            order = np.argsort(cand_groups * width + counts[candidates], kind="stable")
            candidates, cand_groups = candidates[order], cand_groups[order]
            first = np.r_[True, cand_groups[1:] != cand_groups[:-1]] if candidates.size else np.zeros(0, bool)
            hidden[candidates[first]] = True
            # Exposed groups without a shown child left (a single child equal to its total): hide the total.
            rest = exposed.copy()
            rest[cand_groups[first]] = False
            hidden[total_of[rest]] = True
    return hidden


def groups_from_parents(cell_keys: Sequence, parent_keys: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """Build one `(group_of, total_of)` dimension from each cell's own key and its parent's key (None: no parent).

    Convenience for callers with a few cells (uploads): a cell's group is its parent cell when that is present.
    """
    index = {key: i for i, key in enumerate(cell_keys)}
    totals: dict = {}
    group_of = np.full(len(cell_keys), -1, dtype=np.int64)
    for i, parent in enumerate(parent_keys):
        if parent is None or parent not in index:
            continue
        group_of[i] = totals.setdefault(parent, len(totals))
    total_of = np.full(len(totals), -1, dtype=np.int64)
    for parent, g in totals.items():
        total_of[g] = index[parent]
    return group_of, total_of
