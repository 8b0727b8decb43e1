# SPDX-License-Identifier: EUPL-1.2
"""Suppression over every published table of a period, in one place: which cells must not be shown, and why.

Every figure that goes out (each level, each variant, single years and pooled periods, computed by the engine or
uploaded) is one *cell* with a count k and, for a yes/no indicator, its complement c = n - k. Cells add up along
the dimensions declared in `DIMENSIONS` (the only list of them: the engine and the importer both build their
groups against it). A *group* is one total with its children; whatever the total holds beyond its published
children (births without a postcode, unknown municipality codes, the 22-23 week births of a 22-week variant, a
municipality missing from an upload) is a *residual*: a cell nobody sees, but which subtraction gives away, so when it
is small it takes part as a hidden cell that must be protected; a large residual is never counted as cover, since
another group may give it away (the part of a postcode across a municipal border).

Method (a linear-programming-checked variant of the statistical offices' hypercube idea; tests/test_attack.py runs
the LP attack): primary suppression hides k < T and, for yes/no indicators, c < T (T = threshold, 10). A group is
*at risk* when it holds exactly one hidden cell among its total, children and small residual (subtraction gives it
away; a secondary cell too, since it protects a small cell elsewhere), or, its total shown, a small hidden cell
while the hidden cells hold fewer than P (= T) events or non-events together, or a hidden cell whose range (S minus
what the other hidden cells can hold, up to min(S, its births)) is narrower than P or its births. At risk, the
group loses one more cell: the shown child with the smallest count (ties: the cell's stable order, so the choice is
the same on every run and for any order of the records), or its total where the dimension says so (the 22-week
variant gives way before the 24-week figure) or no shown child is left. This repeats over all dimensions until
stable.

Limits: relations between different indicators other than the 22/24-week pairs (Big2 against preterm and SGA)
are not modelled; a PC4 that straddles a municipal border counts as part of its largest municipality (where that
makes the children exceed their total, the excess is taken off the hidden sum).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from apps.monitoring.engine.stats import suppression_threshold


@dataclass(frozen=True)
class Dimension:
    name: str
    child: str  # Dutch, for the documentation and messages
    total: str
    sacrifice: str = "child"  # what an at-risk group hides: its smallest shown child, or its "total"


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("pc4_in_municipality", "postcode (PC4)", "gemeente"),
    Dimension("municipality_in_health_region", "gemeente", "GGD-regio"),
    Dimension("municipality_in_province", "gemeente", "provincie"),
    Dimension("health_region_in_province", "GGD-regio", "provincie"),
    Dimension("province_in_country", "provincie", "Nederland"),
    Dimension("health_region_in_country", "GGD-regio", "Nederland"),
    Dimension("year_in_pooled_period", "jaar", "meerjarige periode"),
    Dimension("weeks24_in_weeks22", "vanaf 24 weken", "vanaf 22 weken", sacrifice="total"),
)
BY_NAME = {d.name: d for d in DIMENSIONS}

# Why a cell is hidden (stored with the observation; pages say "onderdrukt" with the reason when k is not < T).
SMALL, COMPLEMENT, SECONDARY = "small", "complement", "secondary"
REASON_TEXT = {SMALL: "minder dan {t}", COMPLEMENT: "noemer min teller minder dan {t}",
               SECONDARY: "om een kleine cel elders te beschermen"}


@dataclass
class Protection:
    hidden: np.ndarray  # bool per cell
    reason: np.ndarray  # "" | SMALL | COMPLEMENT | SECONDARY per cell


def primary(k, c, binary, threshold: int) -> np.ndarray:
    """Cells too small to show: k < T, or (yes/no) the complement c < T."""
    k, c = np.asarray(k), np.asarray(c)
    return (k < threshold) | (np.asarray(binary, dtype=bool) & (c < threshold))


def protect(k, c, binary, groups: Mapping[str, tuple[np.ndarray, np.ndarray]], *, order=None,
            threshold: int | None = None, protection: int | None = None, primary_mask=None) -> Protection:
    """Hide the cells that must not be shown.

    `k`, `c` (complement n - k; 0 for counts) and `binary` hold one entry per cell; `order` a stable rank per cell
    for tie-breaking (default: the cell's position, which callers keep in a fixed order). `groups` maps a
    dimension name of `DIMENSIONS` to `(group_of, total_of)`: `group_of[i]` the group of cell i as a child (-1:
    none), `total_of[g]` the cell index of group g's total (-1: not published).
    """
    t = suppression_threshold() if threshold is None else threshold
    p = t if protection is None else protection
    k = np.asarray(k, dtype=np.int64)
    c = np.asarray(c, dtype=np.int64)
    binary = np.broadcast_to(np.asarray(binary, dtype=bool), k.shape)
    order = np.arange(k.size) if order is None else np.asarray(order)
    first = primary(k, c, binary, t) if primary_mask is None else np.asarray(primary_mask, dtype=bool)
    hidden = first.copy()
    size = k + c  # births behind a yes/no cell; a count's cell holds no upper bound (size = k, width check off)
    unknown = set(groups) - set(BY_NAME)
    if unknown:
        raise ValueError(f"unknown dimensions: {sorted(unknown)}")
    prepared = [_prepare(BY_NAME[name], *groups[name], k, c, binary, t) for name in BY_NAME if name in groups]
    checked_at = [-1] * len(prepared)  # the number of hidden cells when each dimension was last found safe
    changed = True
    while changed:
        changed = False
        for index, (dim, g, members, total_of, residual) in enumerate(prepared):
            hidden_now = int(hidden.sum())
            if members.size == 0 or checked_at[index] == hidden_now:
                continue  # hidden cells only ever grow: an unchanged count means an unchanged mask
            checked_at[index] = hidden_now
            h = hidden[members]
            n_groups = total_of.size
            has_total = residual["usable"]
            hidden_total = np.zeros(n_groups, dtype=np.int64)
            hidden_total[has_total] = hidden[total_of[has_total]]
            shown_total = has_total & (hidden_total == 0)
            real = np.bincount(g, weights=h, minlength=n_groups) + hidden_total
            # A large residual is no cover: another group may give it away (a postcode across a border).
            count = real + residual["sensitive"]
            # Every hidden cell must stay unknown (a secondary one protects a small cell elsewhere, a hidden total
            # equals its shown children), but only small ones need the protection level; a residual matters only
            # when it is small itself.
            guarded = real + residual["sensitive"]
            sensitive = np.bincount(g, weights=h & first[members], minlength=n_groups) + residual["sensitive"]
            k_mass = np.bincount(g, weights=k[members] * h, minlength=n_groups) + residual["k"]
            c_mass = np.bincount(g, weights=c[members] * h, minlength=n_groups) + residual["c"]
            group_binary = np.zeros(n_groups, dtype=bool)
            group_binary[has_total] = binary[total_of[has_total]]
            thin = (k_mass < p) | (group_binary & (c_mass < p))
            # Each hidden cell lies between S - (what the other hidden cells can hold, at most their births) and
            # min(S, its own births): that range must be at least P wide (or its births, when fewer).
            n_hidden = np.bincount(g, weights=size[members] * h, minlength=n_groups) + residual["n"]
            others = n_hidden[g] - size[members]
            narrow = np.zeros(members.size, dtype=bool)
            for mass in (k_mass, c_mass):
                width = np.minimum(mass[g], size[members]) - np.maximum(0, mass[g] - others)
                narrow |= h & (width < np.minimum(p, size[members]))
            narrow_group = np.bincount(g, weights=narrow, minlength=n_groups) > 0
            thin |= narrow_group & group_binary
            risk = has_total & (guarded > 0) & ((count < 2) | (shown_total & (sensitive > 0) & thin))
            if not risk.any():
                continue
            before = int(hidden.sum())
            if dim.sacrifice == "total" and (risk & shown_total).any():
                hidden[total_of[risk & shown_total]] = True
                changed = True
                continue
            pick = risk[g] & ~hidden[members]
            cand, cand_g = members[pick], g[pick]
            sort = np.lexsort((order[cand], k[cand], cand_g))
            cand, cand_g = cand[sort], cand_g[sort]
            lead = np.r_[True, cand_g[1:] != cand_g[:-1]] if cand.size else np.zeros(0, dtype=bool)
            hidden[cand[lead]] = True
            rest = risk.copy()
            rest[cand_g[lead]] = False
            hidden[total_of[rest]] = True
            changed = changed or int(hidden.sum()) > before
    reason = np.full(k.size, "", dtype=object)
    reason[hidden] = SECONDARY
    reason[hidden & binary & (c < t)] = COMPLEMENT
    reason[hidden & (k < t)] = SMALL
    return Protection(hidden, reason)


def _prepare(dim: Dimension, group_of, total_of, k, c, binary, t):
    """The members of each group and its residual (what the total holds beyond its children), fixed by the data."""
    group_of = np.asarray(group_of, dtype=np.int64)
    total_of = np.asarray(total_of, dtype=np.int64)
    members = np.flatnonzero(group_of >= 0)
    g = group_of[members]
    # Only groups with a published total and a child take part; renumber them 0.. so the loop's arrays stay small
    # (in the engine's numbering every cell is the total of its own group, most of them without children).
    taking_part = np.flatnonzero((total_of >= 0) & (np.bincount(g, minlength=total_of.size) > 0))
    renumber = np.full(total_of.size, -1, dtype=np.int64)
    renumber[taking_part] = np.arange(taking_part.size)
    g = renumber[g]
    members, g = members[g >= 0], g[g >= 0]
    total_of = total_of[taking_part]
    n_groups = total_of.size
    has_total = total_of >= 0
    res_k = np.zeros(n_groups, dtype=np.int64)
    res_c = np.zeros(n_groups, dtype=np.int64)
    child_k = np.bincount(g, weights=k[members], minlength=n_groups).astype(np.int64)
    child_c = np.bincount(g, weights=c[members], minlength=n_groups).astype(np.int64)
    res_k[has_total] = np.maximum(k[total_of[has_total]] - child_k[has_total], 0)
    res_c[has_total] = np.maximum(c[total_of[has_total]] - child_c[has_total], 0)
    group_binary = np.zeros(n_groups, dtype=bool)
    group_binary[has_total] = binary[total_of[has_total]]
    exists = (res_k + res_c) > 0
    sensitive = exists & primary(res_k, res_c, group_binary, t)
    # Only groups with a published total and at least one child take part (every cell is a total of its own
    # group in the engine's numbering, most of them without children).
    usable = has_total & (np.bincount(g, minlength=n_groups) > 0)
    # Children that count more than their total (a postcode across a border, counted whole) overstate what the
    # hidden cells hold: the attacker's sum is total - shown children, so the excess is taken off again.
    over_k = np.zeros(n_groups, dtype=np.int64)
    over_c = np.zeros(n_groups, dtype=np.int64)
    over_k[has_total] = np.minimum(k[total_of[has_total]] - child_k[has_total], 0)
    over_c[has_total] = np.minimum(c[total_of[has_total]] - child_c[has_total], 0)
    residual = {"usable": usable, "sensitive": sensitive.astype(np.int64), "k": res_k * sensitive + over_k,
                "c": res_c * sensitive + over_c, "n": (res_k + res_c) * sensitive + over_k + over_c}
    return dim, g, members, total_of, residual


def groups_from_parents(cell_keys, parent_keys) -> tuple[np.ndarray, np.ndarray]:
    """One `(group_of, total_of)` from each cell's key and its parent's key (None: no parent), for small tables."""
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


def reason_text(reason: str, threshold: int | None = None) -> str:
    """Dutch: "onderdrukt (…)" for a hidden cell."""
    t = suppression_threshold() if threshold is None else threshold
    text = REASON_TEXT.get(reason)
    return f"onderdrukt ({text.format(t=t)})" if text else "onderdrukt"
