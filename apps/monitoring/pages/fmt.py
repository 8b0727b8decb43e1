# SPDX-License-Identifier: EUPL-1.2
"""Numbers the Dutch way (decimal comma, thousands point) in the indicator's unit.

The separators come from the active language's format module (nl: "," and "."; en: "." and ","), read once per
language: a dashboard formats a few thousand numbers and Django's number_format looks the formats up each time.
"""

from __future__ import annotations

from django.utils.formats import get_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from apps.monitoring.engine.stats import suppression_threshold
from apps.monitoring.models import Unit

_SEPARATORS: dict[str, tuple[str, str]] = {}


def _separators() -> tuple[str, str]:
    language = get_language() or "nl"
    found = _SEPARATORS.get(language)
    if found is None:
        found = _SEPARATORS[language] = (get_format("DECIMAL_SEPARATOR"), get_format("THOUSAND_SEPARATOR"))
    return found


def suppressed_text(obs=None) -> str:
    """What a suppressed cell shows: "aantal < 10" (it names the count, so that in a column of rates nobody reads
    "< 10" as a rate below ten) when its count is small; "onderdrukt" with the reason when it is hidden for another
    cell or for its complement (its count is not < 10)."""
    reason = getattr(obs, "suppression_reason", "") or ""
    if reason in ("", "small"):
        return _("aantal < %(t)s") % {"t": suppression_threshold()}
    from apps.monitoring.engine.suppression import reason_text

    return reason_text(reason)


def number(value: float | int | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    decimal, thousands = _separators()
    text = f"{value:,.{decimals}f}"
    if text in ("-0", "-0.0", "-0.00"):
        text = text[1:]
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)


def decimals_for(unit: str) -> int:
    return 0 if unit == Unit.COUNT else 1


_SUFFIXES: dict[tuple[str, str], str] = {}


def unit_suffix(unit: str) -> str:
    key = (get_language() or "nl", unit)
    found = _SUFFIXES.get(key)
    if found is None:
        found = _SUFFIXES[key] = {Unit.PER1000: _("per 1000"), Unit.PERCENT: "%"}.get(unit, "")
    return found


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
