# SPDX-License-Identifier: EUPL-1.2
"""Words of a query or a document: splitting, Dutch stop words, folding of diacritics and the Dutch stemmer.

Shared by the engine and the synonym list, so that both compare words the same way PostgreSQL's `dutch`
configuration does (Snowball `dutch_porter`, the algorithm it uses).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_WORDS = 6
MAX_QUERY_LENGTH = 200
WORD_RE = re.compile(r"[^\W_]+")

# PostgreSQL's Dutch stop words (Snowball list): they never match in full-text search, so they are dropped.
_STOPWORD_TEXT = (
    "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of wat "
    "mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u want "
    "nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun dus "
    "alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw "
    "iemand geweest andere"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

_stemmer = snowballstemmer.stemmer("dutch_porter")  # PostgreSQL's `dutch` configuration uses this algorithm


def query_words(query: str) -> list[str]:
    """The words that count: lower case, no punctuation, no stop words, at most MAX_WORDS."""
    words = WORD_RE.findall((query or "")[:MAX_QUERY_LENGTH].lower())
    return [word for word in words if word not in STOPWORDS][:MAX_WORDS]


def fold(text: str) -> str:
    """Lower case without diacritics, so "financiële" and "financiele" are one word."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word)


def stem_of(word: str) -> str:
    """The stem of a word as typed (folded first)."""
    return stem(fold(word))
