# SPDX-License-Identifier: EUPL-1.2
"""Record-level engine: perinatal indicators per area and period from a file of birth records, with DuckDB.

`compute_indicators` is the whole path, top to bottom (manage.py compute_indicators is a thin wrapper): the p10
reference, the records counted, summed, given intervals and suppression (`compute`), then stored as one batch.

One pass over the records (Parquet or CSV, one row per birth) counts every numerator and denominator per year,
municipality and PC4; everything above (province, GGD region, country) and the pooled periods are sums of that
small table; intervals and suppression are computed on numpy arrays. Definitions (docs/monitoring-engine.md):

- Only births from 24 weeks (168 days) count, live and stillborn; gestational age must be known.
- Big2 = gestational age < 259 days and/or birth weight < p10 of the sex-specific reference for the gestational
  age. The reference is the BirthWeightReference table by day and sex when one is loaded (ages outside the table
  use its first or last day), else it is derived from the data: p10 per completed gestational week and sex over
  all years, and the result says so (`derived_reference`).
- Perinatal mortality = stillbirth + death of a live-born child on days 0-6 (the first 7 days, day of birth = 0);
  `perinatal_mortality`/`stillbirth` over births >= 24 weeks (DIAPER, CBS), `*_22` variants over births >= 22
  weeks (154 days, VZinfo/Perined). Without `stillbirth`/`death_day` columns the `perinatal_death` flag is used.
- Late start of care = first examination after day 70; teenage mother = mother younger than 20 at the birth.
- Pooled periods: blocks of `pool_years` years ending at the last year (the national monitor pools five years).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from apps.monitoring.engine import sums
from apps.monitoring.engine.counts import COUNT_COLUMNS, count_records
from apps.monitoring.engine.reference import ReferenceFileError, reference_for_computing
from apps.monitoring.engine.regions import regions_from_database, regions_from_files
from apps.monitoring.engine.types import EngineError, EngineResult, Regions, Spec
from apps.monitoring.registry import INDICATORS

if TYPE_CHECKING:
    from apps.monitoring.engine.store import StoreReport

SPECS = [
    Spec("big2", "big2", "big2_n"),
    Spec("preterm", "preterm", "births24"),
    Spec("sga", "sga", "sga_n"),
    Spec("perinatal_mortality", "perinatal24", "births24", ("death",)),
    Spec("stillbirth", "stillbirth24", "births24", ("stillbirth",)),
    Spec("late_start_care", "late_start", "late_start_n", ("first_visit_days",)),
    Spec("teen_mothers", "teen", "teen_n", ("mother_age",)),
    Spec("perinatal_mortality_22", "perinatal22", "births22", ("death",)),
    Spec("stillbirth_22", "stillbirth22", "births22", ("stillbirth",)),
]
ALL_CODES = [s.code for s in SPECS]
DEFAULT_CODES = {i["code"] for i in INDICATORS} & set(ALL_CODES)  # the registry's perinatal indicators
VARIANTS = [code for code in ALL_CODES if code not in DEFAULT_CODES]


DERIVED_CODES = ("big2", "sga")  # what a derived p10 reference makes incomparable with the national monitor


def withhold_derived_sga() -> bool:
    """settings.MONITORING_DERIVED_REFERENCE: "label" (default: publish, labelled "afgeleide referentie, niet
    vergelijkbaar met RIVM") or "withhold" (do not compute SGA and Big2 without a percentile column or reference)."""
    from django.conf import settings

    return getattr(settings, "MONITORING_DERIVED_REFERENCE", "label") == "withhold"


@dataclass
class IndicatorRun:
    """What `compute_indicators` did: the computed cells, the stored batch and its key."""

    result: EngineResult
    report: StoreReport
    key: str


def compute_indicators(births: Path, *, key: str | None = None, reference: Path | None = None, pool_years: int = 5,
                       threshold: int | None = None, note: str = "", variants: bool = False) -> IndicatorRun:
    """Compute every perinatal indicator from the births file and store them as one batch under `key` (default
    engine:<file name>), replacing the batch with that key. `reference`: a p10 CSV to compute with instead of the
    loaded table. Raises EngineError (Dutch, for the user) when nothing can be computed or stored."""
    # store.py needs Django's models; imported here so the in-memory `compute` also runs without Django.
    from apps.monitoring.engine.store import store

    try:
        p10 = reference_for_computing(reference)  # the CSV given, else the loaded table, else None (derived)
    except ReferenceFileError as exc:
        raise EngineError("De referentie is niet te gebruiken; er is niets berekend.\n" + str(exc))
    # 1-3: read the records, count per area and period, intervals and suppression (`compute`, just below).
    result = compute(births, reference=p10, regions=regions_from_database(), pool_years=pool_years,
                     threshold=threshold, indicators=ALL_CODES if variants else None)
    if result.derived_reference and withhold_derived_sga():
        # No percentile per birth and no reference: SGA and Big2 would not be comparable with RIVM's figures.
        # (Dropping published cells only hides more, so the suppression stays sound.)
        keep = np.array([code not in DERIVED_CODES for code in result.indicators])[result.spec]
        result = result.select(keep)
    if not len(result):
        raise EngineError("Geen geboorten vanaf 22 weken gevonden; er is niets opgeslagen.")
    # 4: store as one batch, replacing the previous batch with this key.
    name = Path(births).name
    key = key or f"engine:{name}"
    report = store(result, key=key, source_name=name, note=note)
    return IndicatorRun(result, report, key)


def compute(source, *, reference: Sequence[tuple[int, str, float]] | None = None, regions: Regions | None = None,
            pool_years: int = 5, threshold: int | None = None, indicators: Sequence[str] | None = None) -> EngineResult:
    """Every perinatal indicator for every area and period of `source` (a path or an Arrow table), in memory.

    `indicators` limits the codes (default: those of the registry; the 22-week variants `VARIANTS` on request).
    """
    regions = regions if regions is not None else regions_from_files()
    # 1: read the records; one DuckDB pass counts every numerator and denominator per year, municipality and PC4.
    counts = count_records(source, reference)
    wanted = set(indicators) if indicators is not None else DEFAULT_CODES
    specs = [s for s in SPECS if s.code in wanted and all(need in counts.available for need in s.needs)]
    if counts.years:
        # 2: sum to every level (PC4 .. country) and period (single years, pooled blocks).
        totals = sums.rollup(counts.table, regions, sums.periods_of(counts.years, pool_years), COUNT_COLUMNS)
        # 3: one cell per indicator, area and period: primary and secondary suppression, then intervals.
        cells = sums.cells(totals, specs, regions, threshold)
    else:
        cells = _no_cells()
    return EngineResult(indicators=[s.code for s in specs], scales=np.array([s.scale for s in specs]), **cells,
                        derived_reference=counts.derived_reference, synthetic=counts.synthetic,
                        records=counts.records, years=counts.years)


def _no_cells() -> dict[str, np.ndarray]:
    """The arrays of a result without births."""
    cells = {name: np.zeros(0, dtype=np.int64) for name in ("spec", "row", "numerator", "denominator")}
    cells.update({name: np.zeros(0) for name in ("low", "high", "period_starts", "period_ends")})
    cells.update(level=np.zeros(0, dtype=object), area=np.zeros(0, dtype=object),
                 exact=np.zeros(0, dtype=bool), suppressed=np.zeros(0, dtype=bool),
                 reason=np.zeros(0, dtype=object), missing=np.zeros(0, dtype=np.int64))
    return cells
