# SPDX-License-Identifier: EUPL-1.2
"""Dutch postcodes and municipalities: the one rule for what a postcode is, and where it lies.

Used by search, upkeep, care pathways and imports alike ("7941ab", "7941", "GM0119", "Meppel"). Only Django and
this app's own models: reference data knows nothing of the apps that use it.
"""

from __future__ import annotations

import re

from apps.reference.models import Municipality, PostcodeArea

# Four digits, the first not 0 (ASCII only: "٧٩٤١" is no postcode), optionally two letters.
POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*$")
# How a postcode looks as typed (four digits, letters optional), before the rule above: only to tell "that is no
# postcode at all" from "no such postcode" (0000) in a message.
POSTCODE_SHAPE = re.compile(r"^\s*\d{4}\s*(?:[A-Za-z]{2})?\s*$")
MUNICIPALITY_CODE = re.compile(r"^\s*(?:GM)?(\d{4})\s*$", re.IGNORECASE)


def normalise_postcode(text: str) -> str | None:
    """"7941ab" → "7941 AB", "7941" → "7941"; None when it is no Dutch postcode."""
    match = POSTCODE.match(text or "")
    if not match:
        return None
    digits, letters = match.groups()
    return f"{digits} {letters.upper()}" if letters else digits


def looks_like_postcode(text: str) -> bool:
    """Four digits, optionally two letters: meant as a postcode, even when no Dutch postcode has that number."""
    return bool(POSTCODE_SHAPE.match(text or ""))


def pc4(text: str) -> str | None:
    """The four digits of a postcode ("7941 ab" → "7941"); None when it is no Dutch postcode."""
    match = POSTCODE.match(text or "")
    return match.group(1) if match else None


def municipalities_for_pc4(digits: str) -> list[Municipality]:
    """The municipalities of a PC4, largest share of its addresses first (a few PC4s cross a border)."""
    areas = PostcodeArea.objects.filter(pc4=digits).select_related("municipality__province").order_by("-share")
    return [area.municipality for area in areas]


def main_municipality(postcode: str) -> Municipality | None:
    """The municipality with the largest share of the postcode's PC4 addresses; None for no or an unknown postcode."""
    digits = pc4(postcode)
    found = municipalities_for_pc4(digits) if digits else []
    return found[0] if found else None


def find_municipality(text: str) -> Municipality | None:
    """By CBS code ("GM0119", "0119") or by name ("Meppel", case and spaces ignored); active ones first."""
    text = (text or "").strip()
    if not text:
        return None
    match = MUNICIPALITY_CODE.match(text)
    if match:
        return Municipality.objects.filter(code=f"GM{match.group(1)}").first()
    return Municipality.objects.filter(name__iexact=text).order_by("-active", "code").first()


def resolve(request, postcode: str) -> list[Municipality] | None:
    """The municipalities of a postcode, largest share first: None when it is no postcode, [] when it is unknown.

    Cached on the request (when there is one), so that a form, the search behind it and the page around it ask the
    database once per postcode and request."""
    digits = pc4(postcode)
    if digits is None:
        return None
    cache = getattr(request, "_kansrijk_places", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._kansrijk_places = cache
    if digits not in cache:
        cache[digits] = municipalities_for_pc4(digits)
    return cache[digits]
