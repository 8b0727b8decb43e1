# SPDX-License-Identifier: EUPL-1.2
"""The Dutch synonym and layperson-term list of the directory search (maintained by hand; docs/directory-search.md).

Parents type "somber", "geldzorgen" or "borstvoeding"; services are described as "postnatale depressie",
"schuldhulpverlening" or "lactatiekundige". Three lists bridge the two:

- SAME: groups of words that mean the same to the people searching: each word of a group also finds the others.
- LEADS_TO: what people type → the words services are described with (one way: "kraamzorg" must not find every
  breastfeeding service).
- SITUATION_TERMS and PHASE_TERMS: the everyday words for each vulnerable situation and phase of the taxonomy.
  They are added to the search document of every service tagged with it (so "somber" finds a service tagged
  "postnatale depressie" even when its text never says so), and a query that uses them marks the situation or
  phase it is about, which the ranking favours (a pregnancy query does not rank contraception first).

Rules for editing: words in lower case, letters only, no stop words (words.STOPWORDS: "niet", "worden", "geen",
… never match); a term of several words must match all of them. A query word is looked up by its Dutch stem, so
"sombere" and "somberheid" use the entry of "somber". Expansion goes one step: the synonyms of a synonym are not
added. tests/…/test_search_synonyms.py checks these rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from apps.directory.search.words import WORD_RE, fold, stem_of

SAME: list[tuple[str, ...]] = [
    # mood and mental health
    ("depressie", "depressief", "somber", "neerslachtig", "zwaarmoedig", "psychische klachten",
     "psychische problemen"),
    ("angst", "angstig", "paniek", "bang"),
    ("ggz", "geestelijke gezondheidszorg", "psycholoog", "psychiater"),
    # money
    ("geldzorgen", "geldproblemen", "schulden", "armoede", "betalingsachterstand"),
    ("schuldhulp", "schuldhulpverlening", "schuldregeling", "budgetcoach", "budgetbeheer"),
    ("thuisadministratie", "administratie", "papieren", "formulieren"),
    # pregnancy, birth, baby
    ("verloskundige", "verloskunde", "vroedvrouw"),
    ("kraamzorg", "kraamverzorgende", "kraamhulp"),
    ("consultatiebureau", "jeugdgezondheidszorg", "jgz", "jeugdverpleegkundige", "jeugdarts"),
    ("prematuur", "couveuse", "vroeggeboorte", "vroeg geboren"),
    ("anticonceptie", "voorbehoedsmiddel", "voorbehoedsmiddelen"),
    ("kinderwens", "preconceptie", "preconceptieconsult"),
    # smoking, addiction
    ("roken", "rookvrij", "rookvrije", "sigaretten", "nicotine"),
    ("verslaving", "verslaafd", "drugs", "alcohol", "middelengebruik"),
    # safety, housing, relationships
    ("geweld", "mishandeling", "kindermishandeling", "onveilig", "huiselijk geweld"),
    ("dakloos", "thuisloos", "daklozen", "maatschappelijke opvang"),
    ("scheiding", "echtscheiding", "vechtscheiding"),
    # language, network, disability
    ("laaggeletterd", "laaggeletterdheid", "taalcafé", "taalhuis"),
    ("eenzaam", "eenzaamheid", "alleenstaand", "netwerk"),
    ("beperking", "handicap", "gehandicapt"),
    ("asielzoeker", "vluchteling", "statushouder", "verblijfsvergunning"),
    ("tienermoeder", "tienervader", "tienerouders", "tienerzwangerschap", "jonge ouders"),
]

LEADS_TO: dict[str, tuple[str, ...]] = {
    # what parents say → how services are described
    "borstvoeding": ("lactatiekunde", "lactatiekundige", "kraamzorg", "voeding"),
    "flesvoeding": ("voeding", "consultatiebureau"),
    "voeden": ("voeding", "borstvoeding", "lactatiekundige"),
    "babyblues": ("depressie", "somber", "psychische klachten"),
    "kraamtranen": ("depressie", "somber", "psychische klachten"),
    "stress": ("psychische klachten", "somber", "zwaar"),
    "overbelast": ("psychische klachten", "zwaar", "steun"),
    "krap": ("geldzorgen", "armoede", "schulden"),
    "rekeningen": ("thuisadministratie", "schulden", "geldzorgen"),
    "toeslagen": ("geldzaken", "geldzorgen"),
    "budget": ("geldzorgen", "schulden"),
    "huilbaby": ("consultatiebureau", "jeugdverpleegkundige", "huilen"),
    "huilen": ("consultatiebureau", "jeugdverpleegkundige"),
    "slapen": ("consultatiebureau", "jeugdverpleegkundige"),
    "opvoedvragen": ("opvoeden", "consultatiebureau"),
    "bevallen": ("bevalling", "kraamzorg", "verloskundige"),
    "uitgerekend": ("zwanger", "verloskundige"),
    # who is pregnant looks for a midwife first (in the Netherlands the first port of call)
    "zwanger": ("verloskundige", "verloskunde"),
    "zwangerschap": ("verloskundige", "verloskunde"),
    "rook": ("roken",),
    "rookt": ("roken",),
    "blowen": ("drugs", "verslaving"),
    "drinken": ("alcohol", "verslaving"),
    "pil": ("anticonceptie",),
    "spiraal": ("anticonceptie",),
    "slaan": ("geweld", "mishandeling"),
    "geslagen": ("geweld", "mishandeling"),
    "ruzie": ("relatie", "scheiding", "geweld"),
    "relatieproblemen": ("relatie", "scheiding"),
    "woning": ("wonen", "dakloos"),
    "huisvesting": ("wonen", "dakloos"),
    "lezen": ("laaggeletterd", "taal", "voorlezen"),
    "schrijven": ("laaggeletterd", "taal"),
    "nederlands": ("taal", "taalcafé"),
    "inburgering": ("taal", "taalcafé"),
    "alleen": ("netwerk", "eenzaam", "steun"),
    "lvb": ("verstandelijke beperking",),
    "ontwikkeling": ("ontwikkeling", "vroeg erbij"),
    "achterstand": ("ontwikkeling", "vroeg erbij"),
    "poh": ("praktijkondersteuner", "huisarts"),
}

# Everyday words for the taxonomy (apps.directory.choices): added to the documents of tagged services.
SITUATION_TERMS: dict[str, tuple[str, ...]] = {
    "postnatal_depression": ("depressie", "somber", "somberheid", "neerslachtig", "psychische klachten",
                             "babyblues"),
    "addiction": ("verslaving", "verslaafd", "alcohol", "drugs"),
    "low_literacy": ("laaggeletterd", "lezen", "schrijven", "taal"),
    "poverty_debts": ("geldzorgen", "geldproblemen", "schulden", "armoede", "rekeningen"),
    "mild_intellectual_disability": ("lvb", "verstandelijke beperking"),
    "parent_disability": ("beperking", "handicap"),
    "child_disability": ("beperking", "handicap", "ontwikkeling"),
    "mental_health": ("psychische klachten", "depressie", "somber", "angst", "stress"),
    "premature_baby": ("prematuur", "couveuse", "vroeg geboren"),
    "unplanned_pregnancy": ("onbedoeld zwanger", "ongepland zwanger"),
    "weak_network": ("eenzaam", "alleen", "netwerk", "steun"),
    "complex_divorce": ("scheiding", "echtscheiding", "relatie"),
    "teenage_parents": ("tienermoeder", "tienerouders", "jonge ouders"),
    "placed_out_of_home": ("uithuisplaatsing", "jeugdzorg"),
    "homeless": ("dakloos", "thuisloos", "opvang"),
    "guardianship": ("curatele", "bewindvoering"),
    "care_avoidance": ("zorgmijding",),
    "unsafe_situation": ("geweld", "mishandeling", "onveilig"),
    "uncontrolled_pregnancy": ("zwangerschapszorg",),
    "labour_migrants": ("arbeidsmigrant", "migrant"),
    "no_residence_permit": ("asielzoeker", "vluchteling", "statushouder"),
    "incestuous_pregnancy": ("incest",),
}

# The words a phase is found by. They stand in for the phase's label in the document: "Voor de zwangerschap"
# would make every service that is open before a pregnancy a result for "zwanger". Neutral words only: every
# service of the phase gets them.
PHASE_TERMS: dict[str, tuple[str, ...]] = {
    "before": ("kinderwens",),
    "during": ("zwangerschap", "zwanger", "aanstaande"),
    "after": ("geboorte", "baby", "pasgeboren"),
}

# Words that, typed, say which phase the question is about (by stem prefix), beyond PHASE_TERMS.
_PHASE_HINTS: dict[str, tuple[str, ...]] = {
    "before": ("kinderwens", "anticonceptie", "preconceptie", "pil", "spiraal", "voorbehoedsmiddel"),
    "during": ("zwanger", "prenata", "verloskund", "uitgerekend", "bevall", "echo"),
    "after": ("baby", "kraam", "borstvoed", "flesvoed", "consultatiebureau", "pasgebor", "peuter", "bevall",
              "huilbaby", "geboort"),
}
# Phrases about not (yet) being pregnant: "nu niet zwanger", "zwanger worden", "zwanger raken". Their stop words
# are gone from the query words, so they are read from the query text; they point to the phase before.
_BEFORE_PHRASES = re.compile(r"\b(?:niet\s+zwanger|zwanger\s+(?:worden|raken|willen)|kinderwens)\b")


@dataclass(frozen=True)
class Intent:
    """What a query is about, as far as its words tell: phases and situations (codes)."""

    phases: frozenset[str] = frozenset()
    situations: frozenset[str] = frozenset()


def _words(term: str) -> tuple[str, ...]:
    # Not folded: PostgreSQL's `dutch` configuration keeps diacritics ("taalcafé"); SQLite folds when it compares.
    return tuple(WORD_RE.findall(term.lower()))


@cache
def _table() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Stem of a query word → its alternatives (each a tuple of words), built once from the lists above."""
    table: dict[str, list[tuple[str, ...]]] = {}

    def add(key: str, term: str) -> None:
        words = _words(term)
        alternatives = table.setdefault(stem_of(key), [])
        if words != _words(key) and words not in alternatives:
            alternatives.append(words)

    for group in SAME:
        for key in group:
            if len(_words(key)) == 1:  # only single words are looked up; phrases are targets
                for term in group:
                    add(key, term)
    for key, terms in LEADS_TO.items():
        for term in terms:
            add(key, term)
    return {key: tuple(alternatives) for key, alternatives in table.items() if alternatives}


def alternatives(word: str) -> tuple[tuple[str, ...], ...]:
    """The synonyms of a query word, each a tuple of words that must all match; () when it has none."""
    return _table().get(stem_of(word), ())


@cache
def _situation_stems() -> dict[str, frozenset[str]]:
    return {code: frozenset(stem_of(term) for term in terms if len(_words(term)) == 1)
            for code, terms in SITUATION_TERMS.items()}


def intent(query: str) -> Intent:
    """The phases and situations a query speaks of: "ik heb schulden en ben zwanger" → during; poverty_debts."""
    text = fold(query or "")
    phases: set[str] = set()
    if _BEFORE_PHRASES.search(text):
        phases.add("before")
        text = _BEFORE_PHRASES.sub(" ", text)
    stems = [stem_of(word) for word in WORD_RE.findall(text)]
    for phase, hints in _PHASE_HINTS.items():
        if any(s.startswith(hint) for s in stems for hint in hints):
            phases.add(phase)
    situations = {code for code, known in _situation_stems().items() if known.intersection(stems)}
    return Intent(phases=frozenset(phases), situations=frozenset(situations))


def taxonomy_terms(situations: list[str], phases: list[str]) -> list[str]:
    """The everyday words for a service's situations and phases, for its search document."""
    terms: list[str] = []
    for code in situations or []:
        terms += [t for t in SITUATION_TERMS.get(code, ()) if t not in terms]
    for code in phases or []:
        terms += [t for t in PHASE_TERMS.get(code, ()) if t not in terms]
    return terms
