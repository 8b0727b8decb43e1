# SPDX-License-Identifier: EUPL-1.2
"""Numbers the Dutch way (decimal comma, thousands point) in the indicator's unit."""

from __future__ import annotations

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from apps.monitoring.models import Unit


def suppressed_text() -> str:
    """What a suppressed cell shows: "< 10" with the configured threshold."""
    from apps.monitoring.stats import suppression_threshold

    return f"< {suppression_threshold()}"


def number(value: float | int | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    return number_format(round(value, decimals), decimals, use_l10n=True, force_grouping=True)


def decimals_for(unit: str) -> int:
    return 0 if unit == Unit.COUNT else 1


def unit_suffix(unit: str) -> str:
    return {Unit.PER1000: _("per 1000"), Unit.PERCENT: "%", Unit.COUNT: ""}.get(unit, "")


def value(value: float | None, unit: str) -> str:
    """'189,3 per 1000', '14,8%', '1.234'."""
    if value is None:
        return "–"
    text = number(value, decimals_for(unit))
    suffix = unit_suffix(unit)
    if not suffix:
        return text
    return f"{text}%" if suffix == "%" else f"{text} {suffix}"


def interval(low: float | None, high: float | None, unit: str) -> str:
    if low is None or high is None:
        return "–"
    d = decimals_for(unit)
    return f"{number(low, d)} – {number(high, d)}"
