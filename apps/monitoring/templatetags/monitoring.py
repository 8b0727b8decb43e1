# SPDX-License-Identifier: EUPL-1.2
"""Dutch number formatting for monitoring templates."""

from __future__ import annotations

from django import template

from apps.monitoring.pages import fmt

register = template.Library()


@register.filter
def nl_value(value, unit: str = "") -> str:
    return fmt.value(value, unit)


@register.filter
def nl_number(value, decimals: int = 1) -> str:
    return fmt.number(value, int(decimals))


@register.filter
def nl_percent(value) -> str:
    return fmt.value(value, "percent")
