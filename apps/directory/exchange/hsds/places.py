# SPDX-License-Identifier: EUPL-1.2
"""Dutch postcodes and municipalities as imports meet them ("7941ab", "GM0119", "Meppel")."""

from __future__ import annotations

import re

from apps.reference.models import Municipality, PostcodeArea

POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*$")
MUNICIPALITY_CODE = re.compile(r"^\s*(?:GM)?(\d{4})\s*$", re.IGNORECASE)


def normalise_postcode(text: str) -> str | None:
    """"7941ab" → "7941 AB", "7941" → "7941"; None when it is no Dutch postcode."""
    match = POSTCODE.match(text or "")
    if not match:
        return None
    digits, letters = match.groups()
    return f"{digits} {letters.upper()}" if letters else digits


def municipality_for_pc4(pc4: str) -> Municipality | None:
    """The municipality with the largest share of the PC4's addresses."""
    area = PostcodeArea.objects.filter(pc4=pc4).select_related("municipality__province").order_by("-share").first()
    return area.municipality if area else None


def municipalities_for_pc4(pc4: str) -> list[Municipality]:
    return [area.municipality for area in PostcodeArea.objects.filter(pc4=pc4).select_related("municipality")]


def find_municipality(text: str) -> Municipality | None:
    """By CBS code ("GM0119", "0119") or by name ("Meppel", case and spaces ignored); active ones first."""
    text = (text or "").strip()
    if not text:
        return None
    match = MUNICIPALITY_CODE.match(text)
    if match:
        return Municipality.objects.filter(code=f"GM{match.group(1)}").first()
    return Municipality.objects.filter(name__iexact=text).order_by("-active", "code").first()
