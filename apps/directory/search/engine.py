# SPDX-License-Identifier: EUPL-1.2
"""The directory's search engine: free text with Dutch stemming and typo tolerance, filters, relevance ranking.

One entry point, `search_services`, used by the professional pages, the public pages, the APIs and the care-pathway
lookup. Two implementations behind it:

- PostgreSQL: every query word must match, as a Dutch full-text prefix query (the `dutch` configuration stems:
  "zwanger" finds "zwangerschap", "schulden" finds "schuldhulpverlening"). A word that no document contains is a
  typo: it is replaced by the nearest known words (pg_trgm similarity over the table of all document words).
  Text and municipality are matched together in directory_service_search, a table the database keeps current
  by triggers (migration 0003_dir_search_pg_indexes), with GIN indexes on the weighted tsvector and on the
  covered municipalities. Ranking: ts_rank_cd with weights on name, description and taxonomy, times the
  boost for what the query is about (search/ranking.py).
- SQLite (development, tests): the same rules in Python on the filtered candidates: the same Snowball stemmer
  PostgreSQL uses (dutch_porter), prefix matching, difflib for typos, and the same weighted ranking. Correct,
  not fast; fine for the size of a development database.

Both expand each query word with its synonyms and everyday words (search/synonyms.py): "somber" also matches
"depressie" and "psychische klachten". Only active services are ever returned.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from django.db import connection
from django.db.models import Exists, OuterRef, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from apps.directory.choices import ServiceStatus
from apps.directory.models import Service
from apps.directory.search import ranking, synonyms
from apps.directory.search.pg import build_search_sql, run_search_sql
from apps.directory.search.words import (  # noqa: F401  (query_words, MAX_*: part of this module's interface)
    MAX_QUERY_LENGTH,
    MAX_WORDS,
    STOPWORDS,
    WORD_RE,
    fold,
    query_words,
    stem,
)
from apps.reference import places
from apps.reference.models import Municipality

FUZZY_RATIO = 0.8  # difflib on SQLite, roughly the same tolerance
MIN_TYPO_LENGTH = 4  # shorter words are not corrected (as search_pg.MIN_TYPO_LENGTH)


@dataclass(frozen=True)
class Group:
    """One query word and its synonyms (each a tuple of words that must all match): any of them will do."""

    word: str
    alternatives: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class QueryPlan:
    """What a query asks: one group per word (every group must match) and what it is about (for the ranking)."""

    groups: tuple[Group, ...] = ()
    intent: synonyms.Intent = synonyms.Intent()

    @property
    def words(self) -> list[str]:
        return [group.word for group in self.groups]


def plan_query(query: str) -> QueryPlan:
    """The query words with their synonyms (apps/directory/search/synonyms.py) and the query's intent."""
    groups = tuple(Group(word, synonyms.alternatives(word)) for word in query_words(query))
    return QueryPlan(groups=groups, intent=synonyms.intent(query) if groups else synonyms.Intent())


class PostcodeError(ValueError):
    """The postcode is not a Dutch postcode, or no municipality is known for it."""


@dataclass(frozen=True)
class Filters:
    municipality_ids: tuple[int, ...] = ()
    phase: str = ""
    situation: str = ""
    self_registration: bool | None = None
    language: str = ""
    free_only: bool = False


def municipalities_for_postcode(postcode: str, request=None) -> list[Municipality]:
    """The municipalities of a postcode's four digits ("7941 AB" → Meppel); a few PC4s span two.

    Resolved through apps.reference.places, once per request when one is given."""
    found = places.resolve(request, postcode)
    if found is None:
        raise PostcodeError(_("Dit is geen geldige postcode. Vul vier cijfers in, eventueel met twee letters."))
    if not found:
        raise PostcodeError(_("Deze postcode kennen we niet."))
    return found


def services_covering(municipality: Municipality) -> QuerySet[Service]:
    """Active services whose area includes this municipality."""
    return _covering(Service.objects.filter(status=ServiceStatus.ACTIVE), (municipality.pk,))


def _covering(qs: QuerySet[Service], municipality_ids: tuple[int, ...]) -> QuerySet[Service]:
    through = Service.municipalities.through
    if len(municipality_ids) == 1:
        area = through.objects.filter(service_id=OuterRef("pk"), municipality_id=municipality_ids[0])
    else:
        area = through.objects.filter(service_id=OuterRef("pk"), municipality_id__in=municipality_ids)
    return qs.filter(Exists(area))


def _json_list_has(qs: QuerySet[Service], field: str, code: str) -> QuerySet[Service]:
    """Services whose JSON list `field` holds `code` (jsonb @> on PostgreSQL; the JSON text on SQLite)."""
    if connection.vendor == "postgresql":
        return qs.filter(**{f"{field}__contains": [code]})
    # SQLite stores the list as JSON text; a quoted code cannot be part of another code.
    return qs.alias(**{f"_{field}_text": Cast(field, TextField())}).filter(**{f"_{field}_text__contains": f'"{code}"'})


def filtered(filters: Filters) -> QuerySet[Service]:
    """Active services, narrowed by everything except the free text."""
    qs = Service.objects.filter(status=ServiceStatus.ACTIVE)
    if filters.municipality_ids:
        qs = _covering(qs, filters.municipality_ids)
    if filters.phase:
        qs = _json_list_has(qs, "phases", filters.phase)
    if filters.situation:
        qs = _json_list_has(qs, "situations", filters.situation)
    if filters.language:
        qs = _json_list_has(qs, "languages", filters.language)
    if filters.self_registration is not None:
        qs = qs.filter(self_registration=filters.self_registration)
    if filters.free_only:
        qs = qs.filter(free_of_charge=True)
    return qs


def search_sql(plan: QueryPlan, filters: Filters, limit: int) -> tuple[str, list]:
    """PostgreSQL: the one ranked statement for this query and filters (the benchmark sends exactly this raw)."""
    return build_search_sql(plan, municipality_ids=filters.municipality_ids, phase=filters.phase,
                            situation=filters.situation, language=filters.language,
                            self_registration=filters.self_registration, free_only=filters.free_only, limit=limit)


def search_services(query: str = "", *, municipality: Municipality | None = None, postcode: str = "",
                    postcode_municipalities: list[Municipality] | None = None, phase: str = "", situation: str = "",
                    self_registration: bool | None = None, language: str = "", free_only: bool = False,
                    limit: int = 50) -> list[Service]:
    """Active services matching the words and the filters, best first.

    A postcode stands for its municipalities (services covering any of them); an unknown or malformed postcode
    raises PostcodeError. Given both, the municipality and the postcode must both be covered. A caller that has
    resolved the postcode already passes its `postcode_municipalities`, so it is not resolved twice.
    """
    qs_filters = build_filters(municipality=municipality, postcode=postcode,
                               postcode_municipalities=postcode_municipalities, phase=phase, situation=situation,
                               self_registration=self_registration, language=language, free_only=free_only)
    if qs_filters is None:
        return []
    if connection.vendor == "postgresql":
        return run_search_sql(*search_sql(plan_query(query), qs_filters, limit))
    return _search_in_python(query, qs_filters, limit)


def build_filters(*, municipality: Municipality | None = None, postcode: str = "",
                  postcode_municipalities: list[Municipality] | None = None, phase: str = "",
                  situation: str = "", self_registration: bool | None = None, language: str = "",
                  free_only: bool = False) -> Filters | None:
    """The Filters for these arguments; None when municipality and postcode exclude each other."""
    ids: tuple[int, ...] = ()
    if postcode:
        if postcode_municipalities is None:
            postcode_municipalities = municipalities_for_postcode(postcode)
        ids = tuple(m.pk for m in postcode_municipalities)
        if municipality is not None:
            if municipality.pk not in ids:
                return None
            ids = (municipality.pk,)
    elif municipality is not None:
        ids = (municipality.pk,)
    return Filters(municipality_ids=ids, phase=phase, situation=situation, self_registration=self_registration,
                   language=language, free_only=free_only)


# --- SQLite: the same rules in Python ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _StemGroup:
    words: tuple[str, ...]  # stems of the word and its one-word synonyms: a term starting with any matches
    phrases: tuple[tuple[str, ...], ...]  # stems of the synonyms of several words: all must occur
    typo_candidate: bool


def _stems(text: str) -> list[str]:
    return [stem(word) for word in WORD_RE.findall(fold(text))]


def _occurrences(group: _StemGroup, terms: list[str]) -> int:
    """How often the group occurs in these terms (as ts_rank_cd counts each occurrence of an alternative)."""
    count = sum(1 for term in terms if term.startswith(group.words))
    for phrase in group.phrases:
        counts = [sum(1 for term in terms if term.startswith(s)) for s in phrase]
        count += min(counts)
    return count


def _is_typo_of(word_stem: str, doc_terms: set[str]) -> bool:
    close = difflib.get_close_matches(word_stem, list(doc_terms), n=1, cutoff=FUZZY_RATIO)
    if not close:
        # A typo in a long word: compare with the beginnings of the document's longer words too.
        prefixes = [term[:len(word_stem)] for term in doc_terms if len(term) > len(word_stem)]
        close = difflib.get_close_matches(word_stem, prefixes, n=1, cutoff=FUZZY_RATIO)
    return bool(close)


def _group_score(group: _StemGroup, sections: tuple[list[str], list[str], list[str]]) -> float:
    """The group's weighted occurrences in name, description part and taxonomy part (search/ranking.py); 0: not
    found, and then every search word failing means the service is not a result.

    As on PostgreSQL, only a word that no document contains (and that has no synonyms) is treated as a typo
    ("roken" must not find "koken" when other services do mention smoking); a typo match counts half.
    """
    name, described, taxonomy = sections
    score = sum(weight * _occurrences(group, terms)
                for weight, terms in ((ranking.NAME, name), (ranking.DESCRIPTION, described),
                                      (ranking.TAXONOMY, taxonomy)))
    if score or not group.typo_candidate:
        return score
    all_terms = set(described) | set(taxonomy)
    return ranking.TYPO * ranking.DESCRIPTION if _is_typo_of(group.words[0], all_terms) else 0.0


def _stem_groups(plan: QueryPlan, vocabulary: set[str]) -> list[_StemGroup]:
    groups = []
    for group in plan.groups:
        word_stem = stem(fold(group.word))
        known = any(term.startswith(word_stem) for term in vocabulary)
        options = [tuple(stem(fold(w)) for w in option) for option in group.alternatives]
        words = (word_stem, *(option[0] for option in options if len(option) == 1))
        phrases = tuple(option for option in options if len(option) > 1)
        groups.append(_StemGroup(words, phrases,
                                 not known and not options and len(word_stem) >= MIN_TYPO_LENGTH))
    return groups


def _search_in_python(query: str, filters: Filters, limit: int) -> list[Service]:
    plan = plan_query(query)
    qs = filtered(filters)
    if not plan.groups:
        ids = list(qs.order_by("name", "pk").values_list("pk", flat=True)[:limit])
    else:
        candidates = []
        for pk, name, document, phases, situations in qs.values_list("pk", "name", "search_document", "phases",
                                                                    "situations"):
            described, _break, taxonomy = document.partition(ranking.SECTION_BREAK)
            candidates.append((pk, name, (_stems(name), _stems(described), _stems(taxonomy)), phases, situations))
        vocabulary = {term for *_pk, sections, _p, _s in candidates for terms in sections[1:] for term in terms}
        groups = _stem_groups(plan, vocabulary)
        scored = []
        for pk, name, sections, phases, situations in candidates:
            total = 0.0
            for group in groups:
                score = _group_score(group, sections)
                if not score:
                    break
                total += score
            else:
                scored.append((-total * ranking.boost(plan.intent, phases, situations), name, pk))
        ids = [pk for _score, _name, pk in sorted(scored)[:limit]]
    found = (Service.objects.select_related("organisation", "intervention")
             .defer("search_document", "hsds_extra").in_bulk(ids))
    return [found[pk] for pk in ids]
