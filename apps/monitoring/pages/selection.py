# SPDX-License-Identifier: EUPL-1.2
"""Reading observations for the pages: the newest non-replaced batch wins a cell; never recompute the engine.

All readers go through `cells`, so the rule "which figure counts" lives in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from apps.monitoring.models import Area, Indicator, Observation

Cell = tuple[int, int, int, int]  # indicator id, area id, period start, period end

OBS_FIELDS = ("id", "indicator_id", "area_id", "period_start", "period_end", "numerator", "denominator", "value",
              "ci_low", "ci_high", "ci_method", "suppressed", "batch_id", "batch__synthetic",
              "batch__derived_reference", "batch__created_at", "suppression_reason")


@dataclass(frozen=True, slots=True)
class Obs:
    """A read-only observation as the pages need it (a row of `OBS_FIELDS`)."""

    id: int
    indicator_id: int
    area_id: int
    period_start: int
    period_end: int
    numerator: int | None
    denominator: int | None
    value: float | None
    ci_low: float | None
    ci_high: float | None
    ci_method: str
    suppressed: bool
    batch_id: int
    synthetic: bool
    derived_reference: bool
    created_at: object
    suppression_reason: str = ""

    @property
    def pooled(self) -> bool:
        return self.period_end > self.period_start

    @property
    def period_label(self) -> str:
        return str(self.period_start) if not self.pooled else f"{self.period_start}–{self.period_end}"

    @property
    def shown_value(self) -> float | None:
        return None if self.suppressed else self.value

    @property
    def proportion(self) -> float | None:
        """The reference proportion for comparisons (counts where known)."""
        if self.suppressed:
            return None
        if self.numerator is not None and self.denominator:
            return self.numerator / self.denominator
        return None


def cells(indicators: Iterable[Indicator | int] | None = None, areas: Iterable[Area | int] | None = None,
          years: tuple[int, int] | None = None, pooled: bool | None = None,
          levels: Iterable[str] | None = None) -> dict[Cell, Obs]:
    """The current observation of each cell; where two live batches hold a cell, the newer batch wins."""
    qs = Observation.objects.filter(batch__replaced_at__isnull=True)
    if indicators is not None:
        qs = qs.filter(indicator_id__in=[getattr(i, "pk", i) for i in indicators])
    if areas is not None:
        qs = qs.filter(area_id__in=[getattr(a, "pk", a) for a in areas])
    if levels is not None:
        qs = qs.filter(area__level__in=list(levels))
    if years is not None:
        qs = qs.filter(period_end__gte=years[0], period_end__lte=years[1])
    result: dict[Cell, Obs] = {}
    for row in qs.order_by("batch__created_at", "batch_id").values_list(*OBS_FIELDS):
        obs = Obs(*row)
        if pooled is not None and obs.pooled != pooled:
            continue
        result[(obs.indicator_id, obs.area_id, obs.period_start, obs.period_end)] = obs
    return result


def years_available(indicator: Indicator | None = None) -> list[int]:
    qs = Observation.objects.filter(batch__replaced_at__isnull=True)
    if indicator is not None:
        qs = qs.filter(indicator=indicator)
    return sorted(set(qs.values_list("period_end", flat=True).order_by().distinct()))


def periods_available(indicator: Indicator, level: str) -> list[tuple[int, int]]:
    """The periods with data for an indicator at a level, newest first (pooled periods included)."""
    qs = (Observation.objects.filter(batch__replaced_at__isnull=True, indicator=indicator, area__level=level)
          .values_list("period_start", "period_end").order_by().distinct())
    return sorted(set(qs), key=lambda p: (p[1], p[0]), reverse=True)


def period_coverage(indicator: Indicator, level: str) -> dict[tuple[int, int], int]:
    """How many areas of a level have a figure, per period (for choosing a map's default period)."""
    from django.db.models import Count

    rows = (Observation.objects.filter(batch__replaced_at__isnull=True, indicator=indicator, area__level=level)
            .values_list("period_start", "period_end").order_by().annotate(n=Count("area_id", distinct=True)))
    return {(start, end): n for start, end, n in rows}
