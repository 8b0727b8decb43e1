# SPDX-License-Identifier: EUPL-1.2
"""The engine's numpy half: sums to every level and period, then cells with suppression and intervals.

Works on the small (year, municipality, PC4) count table that counts.py gets from DuckDB; see compute.py and
docs/monitoring-engine.md for the definitions.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pyarrow as pa

from apps.monitoring.engine import stats, suppression
from apps.monitoring.engine.counts import MISSING
from apps.monitoring.engine.types import Regions, Spec


def periods_of(years: list[int], pool_years: int) -> list[tuple[int, int]]:
    """Single years, then pooled blocks of `pool_years` ending at the last year (only complete blocks)."""
    periods = [(y, y) for y in years]
    if pool_years > 1 and years:
        end = max(years)
        while end - pool_years + 1 >= min(years):
            periods.append((end - pool_years + 1, end))
            end -= pool_years
    return periods


def rollup(cells: pa.Table, regions: Regions, periods: list[tuple[int, int]], columns: list[str]) -> dict:
    """Sum the (year, municipality, PC4) counts to every level and period, with numpy.

    Levels: PC4, municipality, province, GGD region, country. Periods: the single years, then the pooled blocks,
    summed from the single years of each area. Rows come out sorted by (level, area, period).
    """
    years = cells.column("year").to_numpy().astype(np.int64)
    counts = [cells.column(c).to_numpy().astype(np.int64) for c in columns]

    def encode(name: str) -> tuple[np.ndarray, list]:
        # Codes in sorted order, whatever the order of the records: the suppression's tie-breaking follows the
        # row order, so the same data must give the same rows (-1: a missing code).
        encoded = cells.column(name).combine_chunks().dictionary_encode()
        raw = encoded.indices.to_numpy(zero_copy_only=False)
        codes = encoded.dictionary.to_pylist()
        order = sorted(range(len(codes)), key=lambda i: str(codes[i]))
        rank = np.empty(len(codes) + 1, dtype=np.int64)
        rank[order] = np.arange(len(codes))
        rank[-1] = -1
        missing = np.isnan(raw) if raw.dtype.kind == "f" else np.zeros(raw.shape, dtype=bool)
        idx = rank[np.where(missing, -1, np.nan_to_num(raw, nan=0)).astype(np.int64)]
        return idx, [codes[i] for i in order]

    def group_sum(keys: np.ndarray, columns: list[np.ndarray]) -> tuple[np.ndarray, list[np.ndarray]]:
        uniq, inverse = np.unique(keys, return_inverse=True)
        return uniq, [np.bincount(inverse, weights=c, minlength=uniq.size).astype(np.int64) for c in columns]

    mun_idx, mun_codes = encode("municipality")
    pc4_idx, pc4_codes = encode("pc4")  # a missing PC4 (-1): no PC4 cell
    levels = [("pc4", pc4_idx, [str(c).zfill(4) for c in pc4_codes])]
    levels.append(("municipality", mun_idx.astype(np.int64), mun_codes))
    for level, mapping in (("province", regions.province), ("health_region", regions.health_region)):
        codes = sorted({mapping[m] for m in mun_codes if m in mapping})
        position = {code: i for i, code in enumerate(codes)}
        of_mun = np.array([position.get(mapping.get(m), -1) for m in mun_codes] or [-1], dtype=np.int64)
        levels.append((level, of_mun[mun_idx], codes))
    levels.append(("country", np.zeros(years.size, dtype=np.int64), ["NL"]))

    singles = [p for p in periods if p[0] == p[1]]
    pooled = [p for p in periods if p[0] != p[1]]
    n_periods = len(periods)
    first_year = singles[0][0]
    single_of_year = np.full(singles[-1][0] - first_year + 1, -1, dtype=np.int64)
    for i, (year, _end) in enumerate(singles):
        single_of_year[year - first_year] = i
    keys, rows, area_level, area_code = [], [], [], []
    for level, idx, codes in levels:
        offset = len(area_code)
        area_level += [level] * len(codes)
        area_code += list(codes)
        ok = np.flatnonzero(idx >= 0)
        keys.append((offset + idx[ok]) * n_periods + single_of_year[years[ok] - first_year])
        rows.append(ok)
    rows = np.concatenate(rows)
    uniq, sums = group_sum(np.concatenate(keys), [c[rows] for c in counts])
    area, period = uniq // n_periods, uniq % n_periods
    # Pooled blocks: sums of an area's single years.
    block_of = np.full(n_periods, -1, dtype=np.int64)
    for j, (start, end) in enumerate(pooled):
        for i, (year, _end) in enumerate(singles):
            if start <= year <= end:
                block_of[i] = len(singles) + j
    inside = np.flatnonzero(block_of[period] >= 0)
    pooled_keys, pooled_sums = group_sum(area[inside] * n_periods + block_of[period[inside]],
                                         [c[inside] for c in sums])
    area = np.concatenate([area, pooled_keys // n_periods])
    period = np.concatenate([period, pooled_keys % n_periods])
    order = np.lexsort((period, area))
    area, period = area[order], period[order]
    sums = np.stack([np.concatenate([a, b])[order] for a, b in zip(sums, pooled_sums, strict=True)], axis=1)
    all_periods = np.array(singles + pooled, dtype=np.int64)
    return {"level": np.array(area_level, dtype=object)[area], "area": np.array(area_code, dtype=object)[area],
            "ps": all_periods[period, 0], "pe": all_periods[period, 1],
            "counts": {c: sums[:, i] for i, c in enumerate(columns)},
            # For the parent lookups: rows are sorted by (area_id, period_id).
            "area_id": area, "period_id": period, "periods": [tuple(p) for p in all_periods.tolist()],
            "areas": list(zip(area_level, area_code, strict=True))}


# The 24-week figure and its 22-week variant: the variant holds the 24-week births plus those at 22-23 weeks.
VARIANT_PAIRS = {"perinatal_mortality": "perinatal_mortality_22", "stillbirth": "stillbirth_22"}


def cells(totals: dict, specs: list[Spec], regions: Regions, threshold: int | None) -> dict:
    """Melt the per-area counts into one cell per indicator, with interval and suppression."""
    level, area, ps, pe = totals["level"], totals["area"], totals["ps"], totals["pe"]
    numerators = np.stack([totals["counts"][s.numerator] for s in specs])
    denominators = np.stack([totals["counts"][s.denominator] for s in specs])
    present = denominators > 0
    spec_i, row = np.nonzero(present)  # ordered by (indicator, area, period): the suppression's tie-breaking order
    k, n = numerators[present], denominators[present]
    zero = np.zeros_like(totals["counts"][specs[0].numerator])
    missing = np.stack([totals["counts"].get(MISSING.get(s.code, ""), zero) for s in specs])[present]
    cell_of = np.full(present.shape, -1, dtype=np.int64)
    cell_of[present] = np.arange(k.size)
    # Each group is named after its total cell, so `total_of` is the identity.
    identity = np.arange(k.size)
    groups = {}
    for name, parent_row in parent_rows(totals, regions).items():
        p = parent_row[row]
        groups[name] = (np.where(p >= 0, cell_of[spec_i, np.maximum(p, 0)], -1), identity)
    codes = [s.code for s in specs]
    variant_total = np.full(k.size, -1, dtype=np.int64)
    for short, long in VARIANT_PAIRS.items():
        if short in codes and long in codes:
            mine = spec_i == codes.index(short)
            variant_total[mine] = cell_of[codes.index(long), row[mine]]
    groups["weeks24_in_weeks22"] = (variant_total, identity)
    hidden = suppression.protect(k, n - k, True, groups, threshold=threshold)
    # Intervals only where the figure may be shown; a suppressed cell has none (NaN, stored as NULL).
    low, high = np.full(k.size, np.nan), np.full(k.size, np.nan)
    exact = np.zeros(k.size, dtype=bool)
    shown = np.flatnonzero(~hidden.hidden)
    low[shown], high[shown], exact[shown] = stats.proportion_bounds(k[shown], n[shown])
    return {"level": level, "area": area, "period_starts": ps, "period_ends": pe, "spec": spec_i, "row": row,
            "numerator": k, "denominator": n, "low": low, "high": high, "exact": exact,
            "suppressed": hidden.hidden, "reason": hidden.reason, "missing": missing}


def parent_rows(totals: dict, regions: Regions) -> dict[str, np.ndarray]:
    """Per additive dimension of `suppression.DIMENSIONS`, the row of each row's total (-1: none).

    A PC4 that straddles a border is counted whole and treated as part of its largest municipality, so there the
    subtraction is approximate anyway. A GGD region lies in the province of its municipalities (all 25 do).
    """
    area_id, period_id, periods, areas = totals["area_id"], totals["period_id"], totals["periods"], totals["areas"]
    n_periods = len(periods)
    index = {key: i for i, key in enumerate(areas)}
    sorted_keys = area_id * n_periods + period_id  # ascending: rollup sorts its rows so

    def lookup(parent_area: np.ndarray, parent_period: np.ndarray) -> np.ndarray:
        wanted = parent_area * n_periods + parent_period
        pos = np.clip(np.searchsorted(sorted_keys, wanted), 0, len(sorted_keys) - 1)
        found = (parent_area >= 0) & (parent_period >= 0) & (sorted_keys[pos] == wanted)
        return np.where(found, pos, -1)

    def area_parent(child_level: str, parent_level: str, mapping: Mapping[str, str] | None) -> np.ndarray:
        parent_of = np.full(len(areas), -1, dtype=np.int64)
        for i, (level, code) in enumerate(areas):
            if level == child_level:
                target = "NL" if mapping is None else mapping.get(code)
                parent_of[i] = index.get((parent_level, target), -1)
        return lookup(parent_of[area_id], period_id)

    # A single year's pooled period: the pooled (start, end) that contains it.
    pool_of = np.full(n_periods, -1, dtype=np.int64)
    for i, (start, end) in enumerate(periods):
        if start == end:
            pool_of[i] = next((j for j, (s, e) in enumerate(periods) if s < e and s <= start <= e), -1)
    return {
        "pc4_in_municipality": area_parent("pc4", "municipality", regions.pc4_parent),
        "municipality_in_health_region": area_parent("municipality", "health_region", regions.health_region),
        "municipality_in_province": area_parent("municipality", "province", regions.province),
        "health_region_in_province": area_parent("health_region", "province", region_province(regions)),
        "province_in_country": area_parent("province", "country", None),
        "health_region_in_country": area_parent("health_region", "country", None),
        "year_in_pooled_period": lookup(area_id, pool_of[period_id]),
    }


def region_province(regions: Regions) -> dict[str, str]:
    """GGD region -> province, for the regions whose municipalities all lie in one province."""
    provinces: dict[str, set[str]] = {}
    for municipality, region in regions.health_region.items():
        provinces.setdefault(region, set()).add(regions.province.get(municipality))
    return {region: next(iter(found)) for region, found in provinces.items() if len(found) == 1 and None not in found}
