# SPDX-License-Identifier: EUPL-1.2
"""Normalised name variants for the blind index: "is this family already known to the hub?"

Names are written down by different professionals, by ear, with or without diacritics and prefixes: "Fatma
Yılmaz", "Fatma Yilmaz", "Jansen"/"Janssen", "Van der Berg"/"v.d. Berg", "Mohamed"/"Mohammed". Each variant is
reduced to a rough Dutch sound key, combined with the date of birth and hashed under a secret key
(crypto.blind_hash). Two records match when they share one hashed key; no name is ever compared in clear.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from apps.cases import crypto

# Dutch surname prefixes (tussenvoegsels): left out, since they are written, abbreviated and sorted in many ways.
PREFIXES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "t", "vd", "v", "d", "la", "le",
            "du", "da", "di", "el", "al", "von", "zu", "uit", "aan", "bij", "over", "onder", "voor"}

# Spellings that sound alike in Dutch, applied in order (longest first where they overlap).
SOUNDS = [
    ("sch", "s"), ("ij", "y"), ("ei", "y"), ("ey", "y"), ("ie", "y"), ("i", "y"),
    ("ph", "f"), ("th", "t"), ("dt", "t"), ("ck", "k"), ("ch", "g"), ("c", "k"), ("q", "k"),
    ("x", "ks"), ("z", "s"), ("v", "f"), ("w", "f"), ("au", "ou"), ("oe", "u"), ("ee", "e"), ("uu", "u"),
    ("oo", "o"), ("aa", "a"), ("h", ""),
]


def plain(text: str) -> str:
    """Lower case, diacritics and punctuation removed ("Yılmaz" → "yilmaz", "v.d. Berg" → "v d berg")."""
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z]+", " ", letters).split())


def sound(word: str) -> str:
    for written, heard in SOUNDS:
        word = word.replace(written, heard)
    return re.sub(r"(.)\1+", r"\1", word)  # doubled letters: "Janssen" → "jansen"


def name_parts(full_name: str) -> tuple[list[str], str]:
    """Given names and the surname core (prefixes dropped), each as a sound key."""
    words = [w for w in plain(full_name).split() if w]
    core = [w for w in words if w not in PREFIXES]
    if not core:
        return [], ""
    *given, surname = core
    return [sound(w) for w in given], sound(surname)


def keys(full_name: str, date_of_birth: datetime.date | None) -> set[str]:
    """The hashed keys of one person; empty without both a name and a date of birth."""
    if not full_name or date_of_birth is None:
        return set()
    given, surname = name_parts(full_name)
    if not surname:
        return set()
    born = date_of_birth.isoformat()
    raw = {f"{born}|{surname}|*"}  # surname and date of birth: the core match, tolerant of a missing first name
    if given:
        raw.add(f"{born}|{surname}|{given[0][:1]}")
        # Surname and first name written the other way round ("Yilmaz Fatma").
        raw.add(f"{born}|{given[0]}|{surname[:1]}")
    return {crypto.blind_hash(value) for value in raw}

