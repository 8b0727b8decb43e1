# SPDX-License-Identifier: EUPL-1.2
"""Small wording filters for templates."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def repeats(text, label) -> bool:
    """True when `text` already begins with `label`, so "label: text" would say it twice ("Verkennen: Verkennen")."""
    text, label = str(text or "").strip().casefold(), str(label or "").strip().casefold()
    return bool(label) and text.startswith(label)
