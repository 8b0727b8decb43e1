# SPDX-License-Identifier: EUPL-1.2
"""Synthetic aggregate observations for tests and bench/dashboard.py (not the record-level engine).

Counts are drawn per area and year around the national calibration values, with a fixed seed; intervals and
suppression come from `stats` (vectorised) exactly as for an upload. The batch is marked synthetic.
"""

from __future__ import annotations

import numpy as np
from django.db import transaction

from apps.monitoring.engine import stats
from apps.monitoring.models import Area, ImportBatch, Indicator, Kind, Level, Observation

RATES = {"big2": 0.148, "preterm": 0.066, "sga": 0.097, "perinatal_mortality": 0.0065, "stillbirth": 0.0042,
         "perinatal_mortality_22": 0.0073, "stillbirth_22": 0.0048,
         "late_start_care": 0.19, "teen_mothers": 0.012, "out_of_home_u2": 0.004,
         "single_parent_children": 0.16, "benefit_children": 0.057}
# Yearly births per level (roughly: 167,000 in the country; children 0-17 about 20 times as many).
BIRTHS = {Level.COUNTRY: 167_000, Level.PROVINCE: 14_000, Level.HEALTH_REGION: 6_700, Level.MUNICIPALITY: 490,
          Level.PC4: 41}


@transaction.atomic
def seed(years: range, levels: tuple[str, ...] = (Level.COUNTRY, Level.PROVINCE, Level.MUNICIPALITY),
         key: str = "synthetic-seed", random_seed: int = 42, codes: list[str] | None = None) -> ImportBatch:
    rng = np.random.default_rng(random_seed)
    indicators = list(Indicator.objects.filter(coalition__isnull=True).exclude(kind=Kind.PROCESS))
    if codes:
        indicators = [i for i in indicators if i.code in codes]
    areas = list(Area.objects.filter(level__in=levels).order_by("level", "code"))
    ImportBatch.objects.filter(key=key).delete()
    batch = ImportBatch.objects.create(key=key, kind=ImportBatch.BatchKind.UPLOAD, source_name="seed",
                                       synthetic=True, note="synthetisch (apps.monitoring.seed)")
    objects, total = [], 0
    size = np.array([BIRTHS[a.level] for a in areas], dtype=float)
    local = rng.lognormal(0, 0.25, size=(len(areas),))  # each area's own size and risk, stable over the years
    risk = rng.normal(1.0, 0.12, size=(len(areas),)).clip(0.6, 1.6)
    for indicator in indicators:
        base = RATES.get(indicator.code, 0.1)
        scale = indicator.scale
        children = 20 if indicator.kind == Kind.SOCIAL else 1
        for offset, year in enumerate(years):
            trend = 1 - 0.01 * offset
            n = rng.poisson(size * local * children).clip(1, None)
            p = (base * risk * trend).clip(0, 1)
            k = rng.binomial(n, p)
            low, high, method = stats.proportion_interval_array(k, n)
            hidden = stats.suppress_array(k, n, indicator.binary)
            for i, area in enumerate(areas):
                objects.append(Observation(
                    indicator=indicator, area=area, period_start=year, period_end=year, numerator=int(k[i]),
                    denominator=int(n[i]), value=float(k[i] / n[i] * scale), ci_low=float(low[i] * scale),
                    ci_high=float(high[i] * scale), ci_method=str(method[i]), suppressed=bool(hidden[i]),
                    batch=batch))
        # Written per indicator: a national set with postcodes is half a million rows.
        Observation.objects.bulk_create(objects, batch_size=5000)
        total += len(objects)
        objects = []
    batch.rows = total
    batch.save(update_fields=["rows"])
    return batch
