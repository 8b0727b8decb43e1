# SPDX-License-Identifier: EUPL-1.2
"""Store engine results as Observation rows in one ImportBatch of kind "engine", replacing the previous batch.

Fast on purpose: half a million rows in one go. PostgreSQL gets them through COPY, other databases (SQLite)
through one executemany in a single transaction; both skip the ORM's per-object work. Everything is atomic: a
failure leaves the previous batch in place. A replaced batch keeps its ImportBatch row (history) with
`replaced_by`/`replaced_at`; its observations are removed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
from django.db import connection, transaction
from django.utils import timezone

from apps.monitoring.engine import stats
from apps.monitoring.engine.types import EngineResult
from apps.monitoring.models import Area, ImportBatch, Indicator, Observation

COLUMNS = ["indicator_id", "area_id", "period_start", "period_end", "numerator", "denominator", "value", "ci_low",
           "ci_high", "ci_method", "suppressed", "suppression_reason",
           "missing_records", "batch_id"]


@dataclass
class StoreReport:
    batch: ImportBatch
    stored: int
    unknown_indicators: list[str] = field(default_factory=list)
    unknown_areas: int = 0  # rows whose area is not in the Area table
    suppressed: int = 0  # stored cells that must not be shown


def _area_ids(level: np.ndarray, area: np.ndarray) -> np.ndarray:
    """Area pk per row (-1 when unknown), looked up once per distinct area."""
    keys = np.char.add(np.char.add(level.astype(str), ":"), area.astype(str))
    uniq, inverse = np.unique(keys, return_inverse=True)
    known = {f"{lvl}:{code}": pk for lvl, code, pk in Area.objects.values_list("level", "code", "pk")}
    ids = np.array([known.get(key, -1) for key in uniq.tolist()], dtype=np.int64)
    return ids[inverse]


def _column_names() -> list[str]:
    return [Observation._meta.get_field(name.removesuffix("_id")).column for name in COLUMNS]


def _insert(arrays: dict[str, np.ndarray]) -> None:
    table = connection.ops.quote_name(Observation._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in _column_names())
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # NaN becomes an unquoted empty field (NULL); strings are quoted so "" stays an empty string.
            data = pa.table({name: (pa.array(values, mask=np.isnan(values)) if values.dtype.kind == "f"
                                    else pa.array(values)) for name, values in arrays.items()})
            buffer = io.BytesIO()
            pacsv.write_csv(data.select(COLUMNS), buffer,
                            pacsv.WriteOptions(include_header=False, quoting_style="all_valid"))
            raw = cursor.cursor  # the psycopg cursor behind Django's wrapper
            with raw.copy(f"COPY {table} ({names}) FROM STDIN (FORMAT csv)") as copy:
                copy.write(buffer.getvalue())
        else:
            if connection.vendor == "sqlite":
                # SQLite's default page cache (2 MB) is far smaller than five indexes over 500,000 rows.
                cursor.execute("PRAGMA cache_size = -262144")
            # SQLite stores a bound NaN as NULL.
            placeholders = ", ".join(["%s"] * len(COLUMNS))
            values = [arrays[name].tolist() for name in COLUMNS]
            rows = list(zip(*values, strict=True))
            sql = f"INSERT INTO {table} ({names}) VALUES ({placeholders})"  # noqa: S608 - quoted model names
            for start in range(0, len(rows), 50_000):
                cursor.executemany(sql, rows[start:start + 50_000])


def store(result: EngineResult, *, key: str, source_name: str = "", user=None, note: str = "") -> StoreReport:
    """Write `result` as a new engine batch under `key`, replacing the current batch with that key."""
    codes = dict(Indicator.objects.filter(code__in=result.indicators).values_list("code", "pk"))
    unknown_indicators = [code for code in result.indicators if code not in codes]
    indicator_id = np.array([codes.get(code, -1) for code in result.indicators] or [-1], dtype=np.int64)[result.spec]
    # Areas are looked up once per area-period row of the result, not once per cell.
    area_id = (_area_ids(result.level, result.area) if result.level.size else np.zeros(0, dtype=np.int64))[result.row]
    keep = np.flatnonzero((indicator_id >= 0) & (area_id >= 0))
    unknown_areas = int(((indicator_id >= 0) & (area_id < 0)).sum())

    with transaction.atomic():
        previous = list(ImportBatch.objects.select_for_update().filter(key=key, replaced_at__isnull=True))
        notes = [note] if note else []
        if result.derived_reference:
            notes.append("Afgeleide referentie, niet vergelijkbaar met RIVM: p10 voor geboortegewicht afgeleid uit de data "
                         "zelf (geen percentiel per geboorte, geen referentietabel).")
        if result.synthetic:
            notes.append("Synthetische gegevens, geen echte geboorten.")
        batch = ImportBatch.objects.create(
            key=key, kind=ImportBatch.BatchKind.ENGINE, source_name=source_name[:300], created_by=user,
            rows=keep.size, synthetic=result.synthetic, derived_reference=result.derived_reference,
            note=" ".join(notes))
        if previous:
            Observation.objects.filter(batch__in=previous).delete()
            ImportBatch.objects.filter(pk__in=[b.pk for b in previous]).update(replaced_by=batch,
                                                                                replaced_at=timezone.now())
        if keep.size:
            # Rows in the order of the unique and lookup indexes: appending to B-trees is much cheaper.
            row = result.row[keep]
            starts, ends = result.period_starts[row], result.period_ends[row]
            order = np.lexsort((ends, starts, area_id[keep], indicator_id[keep]))
            keep, row, starts, ends = keep[order], row[order], starts[order], ends[order]
            k, n = result.numerator[keep], result.denominator[keep]
            scale = result.scales[result.spec[keep]]
            hidden = result.suppressed[keep]
            # A suppressed cell keeps its counts (for sums by trusted code) but no value or interval.
            value = np.where(hidden, np.nan, k / n * scale)
            method = np.where(hidden, "", stats.METHOD_NAMES[result.exact[keep].astype(np.int8)]).astype(object)
            arrays = {
                "indicator_id": indicator_id[keep], "area_id": area_id[keep],
                "period_start": starts.astype(np.int64), "period_end": ends.astype(np.int64),
                "numerator": k.astype(np.int64), "denominator": n.astype(np.int64), "value": value,
                "ci_low": result.low[keep] * scale, "ci_high": result.high[keep] * scale,
                "ci_method": method, "suppressed": hidden,
                "suppression_reason": result.reasons[keep].astype(object),
                "missing_records": (result.missing[keep] if result.missing is not None
                                    else np.zeros(keep.size)).astype(np.int64),
                "batch_id": np.full(keep.size, batch.pk, dtype=np.int64),
            }
            _insert(arrays)
    return StoreReport(batch, keep.size, unknown_indicators, unknown_areas, int(result.suppressed[keep].sum()))
