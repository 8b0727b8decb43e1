# SPDX-License-Identifier: EUPL-1.2
"""The engine's shared types: what it reads areas with (`Regions`), what it computes (`Spec`, `EngineResult`), and
its error. A module of its own so the engine's modules all import from here and never from each other in a loop.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import numpy as np

from apps.monitoring.engine import stats
from apps.monitoring.registry import INDICATORS

_SCALE = {"per1000": 1000.0, "percent": 100.0}


class EngineError(ValueError):
    """A births file the engine cannot use; the message is Dutch and meant for the user."""


@dataclass(frozen=True)
class Spec:
    """An indicator as the engine counts it: its numerator and denominator columns, and the input it needs."""

    code: str
    numerator: str
    denominator: str
    needs: tuple[str, ...] = ()

    @property
    def scale(self) -> float:
        unit = next((i["unit"] for i in INDICATORS if i["code"] == self.code), "per1000")
        return _SCALE.get(unit, 1.0)


@dataclass
class Regions:
    """Municipality -> province and GGD region, PC4 -> its (largest-share) municipality."""

    province: dict[str, str] = field(default_factory=dict)
    health_region: dict[str, str] = field(default_factory=dict)
    pc4_parent: dict[str, str] = field(default_factory=dict)


@dataclass
class EngineResult:
    """One cell per (indicator, area, period) with births, as parallel numpy arrays.

    `spec` (index into `indicators`) and `row` (index into the area-period arrays `level`, `area`,
    `period_starts`, `period_ends`) keep the cells compact; `columns` spells them out (built on first use).
    """

    indicators: list[str]
    scales: np.ndarray
    level: np.ndarray
    area: np.ndarray
    period_starts: np.ndarray
    period_ends: np.ndarray
    spec: np.ndarray
    row: np.ndarray
    numerator: np.ndarray
    denominator: np.ndarray
    low: np.ndarray  # proportions
    high: np.ndarray
    exact: np.ndarray
    suppressed: np.ndarray
    missing: np.ndarray | None = None  # per cell: records counted as "no" because a value was missing
    reason: np.ndarray | None = None  # per cell: "" or suppression.SMALL / COMPLEMENT / SECONDARY
    derived_reference: bool = False
    synthetic: bool = False
    records: int = 0
    years: list[int] = field(default_factory=list)
    _columns: dict | None = None

    def __len__(self) -> int:
        return int(self.spec.size)

    @property
    def columns(self) -> dict[str, np.ndarray]:
        """indicator, level, area, period_start, period_end, numerator, denominator, value (in the indicator's
        unit), ci_low, ci_high, ci_method, suppressed."""
        if self._columns is None:
            scale = self.scales[self.spec] if len(self) else np.zeros(0)
            with np.errstate(invalid="ignore", divide="ignore"):
                value = self.numerator / self.denominator * scale
            self._columns = {
                "indicator": np.array(self.indicators, dtype=object)[self.spec],
                "level": self.level[self.row], "area": self.area[self.row],
                "period_start": self.period_starts[self.row], "period_end": self.period_ends[self.row],
                "numerator": self.numerator, "denominator": self.denominator, "value": value,
                "ci_low": self.low * scale, "ci_high": self.high * scale,
                "ci_method": np.where(self.suppressed, "", stats.METHOD_NAMES[self.exact.astype(np.int8)]),
                "suppressed": self.suppressed,
                "suppression_reason": self.reasons,
                "missing_records": self.missing if self.missing is not None else np.zeros(len(self), np.int64),
            }
        return self._columns

    @property
    def reasons(self) -> np.ndarray:
        return self.reason if self.reason is not None else np.where(self.suppressed, "secondary", "").astype(object)

    def select(self, mask: np.ndarray) -> EngineResult:
        """The cells where `mask` holds (suppression stays as computed on all cells, so nothing becomes derivable)."""
        keep = np.flatnonzero(mask)
        fields = {name: getattr(self, name)[keep] for name in ("spec", "row", "numerator", "denominator", "low",
                                                               "high", "exact", "suppressed")}
        fields["reason"] = self.reasons[keep]
        if self.missing is not None:
            fields["missing"] = self.missing[keep]
        return dataclasses.replace(self, **fields, _columns=None)

    def rows(self):
        """Row dicts (for tests and small exports)."""
        columns = self.columns
        names = list(columns)
        for values in zip(*(columns[n] for n in names), strict=True):
            yield dict(zip(names, values, strict=True))
