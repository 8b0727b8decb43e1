# SPDX-License-Identifier: EUPL-1.2
"""The PostgreSQL search statement, written out: one ranked query over the trigger-kept search table.

Hand-written rather than built by the ORM: compiling the equivalent query set (Exists, JSON lookups, RawSQL,
select_related) costs more Python time than PostgreSQL needs to answer it, and the search must stay within a
few milliseconds of the raw query (bench/search.py measures exactly this statement sent raw). Rows become
ordinary Service objects (with their organisation and intervention cached, as select_related would), so callers
cannot tell the difference; only `search_document` and `hsds_extra` are left out (deferred).
"""

from __future__ import annotations

import json
from functools import cache

from django.db import connection

from apps.directory.choices import ServiceStatus
from apps.directory.models import Intervention, Service
from apps.directory.search.ranking import PG_WEIGHTS, boost_sql
from apps.organisations.models import Organisation

_SKIP = {"search_document", "hsds_extra"}
# A word that no document word starts with is a typo: it is ORed with the known words at least this similar
# (pg_trgm similarity: "scholden" → "schulden" 0.5, "rokne" → "roken" 0.33); at most the two nearest.
# Shorter words are not corrected: they would match too much.
TYPO_SIMILARITY = 0.3
MIN_TYPO_LENGTH = 4


@cache
def _service_columns() -> tuple[list[str], list[str]]:
    """(attribute names, quoted columns) of the Service fields a result carries."""
    fields = [f for f in Service._meta.concrete_fields if f.name not in _SKIP]
    return [f.attname for f in fields], [f's."{f.column}"' for f in fields]


@cache
def _converters() -> list[tuple[int, object]]:
    """(position, field) of the fields whose raw value needs the field's own conversion: Django reads jsonb as
    text and decodes it in JSONField.from_db_value, which a raw cursor skips (the lists of codes would otherwise
    reach callers as JSON-encoded strings)."""
    fields = [f for f in Service._meta.concrete_fields if f.name not in _SKIP]
    return [(i, f) for i, f in enumerate(fields) if hasattr(f, "from_db_value")]


def _tsquery_expression(plan) -> tuple[str, list]:
    """SQL for the text of to_tsquery('dutch', …): '(word:* | synonym:* | (two:* & words:*) …) & …'; to_tsquery
    stems each term.

    The typo look-up is part of the statement: for a known word (some document word starts with it) it costs one
    probe of the prefix index, and only an unknown word reads the nearest words (KNN on the trigram index). A word
    with synonyms is a real word, not a typo: it is not looked up.
    """
    parts, params = [], []
    for group in plan.groups:  # letters and digits only (words.query_words, the synonym list), passed as parameters
        word = group.word
        synonyms = "".join(" | " + _conjunction(option) for option in group.alternatives)
        if group.alternatives or len(word) < MIN_TYPO_LENGTH:
            parts.append("%s")
            params.append(f"({word}:*{synonyms})")
            continue
        parts.append(
            "'(' || %s || coalesce((SELECT string_agg(' | ' || k.word || ':*', '') FROM ("
            "SELECT word, similarity(word, %s) AS score FROM directory_search_word "
            "WHERE NOT EXISTS (SELECT 1 FROM directory_search_word WHERE word LIKE %s) "
            "ORDER BY word <-> %s LIMIT 2) k WHERE k.score >= %s), '') || ')'")
        params += [f"{word}:*", word, f"{word}%", word, TYPO_SIMILARITY]
    return " || ' & ' || ".join(parts), params


def _conjunction(words: tuple[str, ...]) -> str:
    terms = " & ".join(f"{word}:*" for word in words)
    return f"({terms})" if len(words) > 1 else terms


def build_search_sql(plan, *, municipality_ids: tuple[int, ...] = (), phase: str = "",
                     situation: str = "", language: str = "", self_registration: bool | None = None,
                     free_only: bool = False, limit: int = 50) -> tuple[str, list]:
    """The ranked statement (no words: every service that passes the filters, by name)."""
    _names, columns = _service_columns()
    where, params = ["s.status = %s"], [ServiceStatus.ACTIVE.value]
    prefix, prefix_params = "", []
    rank, rank_params = "0.0", []
    words = plan.words
    if words:
        expression, prefix_params = _tsquery_expression(plan)
        # Computed once (MATERIALIZED), read by the filter and the rank as one-row subqueries.
        prefix = f"WITH q AS MATERIALIZED (SELECT to_tsquery('dutch', {expression}) AS query) "
        query = "(SELECT query FROM q)"
        if municipality_ids:
            # A municipality has a few hundred services: take them from the array index and test their stored
            # vectors one by one (ts_match_vq is @@ without the index). Intersecting with the text index would
            # first read the posting lists of common words ("baby": a quarter of all services) in full.
            where.append(f"ss.municipality_ids && %s::bigint[] AND ts_match_vq(ss.vector, {query})")
            params.append(list(municipality_ids))
        else:
            where.append(f"ss.vector @@ {query}")
        # Weighted relevance (name A, description B, taxonomy C) times the query's intent (search/ranking.py).
        factor, rank_params = boost_sql(plan.intent)
        rank = f"ts_rank_cd(%s::float4[], ss.vector, {query}) * {factor}"
        rank_params = [PG_WEIGHTS, *rank_params]
    elif municipality_ids:
        where.append("EXISTS (SELECT 1 FROM directory_service_municipalities m "
                     "WHERE m.service_id = s.id AND m.municipality_id = ANY(%s::bigint[]))")
        params.append(list(municipality_ids))
    for column, code in (("phases", phase), ("situations", situation), ("languages", language)):
        if code:
            where.append(f"s.{column} @> %s::jsonb")
            params.append(json.dumps([code]))
    if self_registration is not None:
        where.append("s.self_registration = %s")
        params.append(self_registration)
    if free_only:
        where.append("s.free_of_charge")
    join = "JOIN directory_service_search ss ON ss.service_id = s.id" if words else ""
    # Organisation and intervention are joined to the page of results only, not to every match.
    # Only constant SQL is formatted in; every value is a parameter.
    inner = f"SELECT {', '.join(columns)}, {rank} AS rank FROM directory_service s {join} "  # noqa: S608
    inner += f"WHERE {' AND '.join(where)} ORDER BY rank DESC, s.name, s.id LIMIT %s"
    joins = ("JOIN organisations_organisation o ON o.id = r.organisation_id "
             "LEFT JOIN directory_intervention i ON i.id = r.intervention_id")
    sql = f"{prefix}SELECT r.*, o.name, i.code, i.name FROM ({inner}) r {joins} ORDER BY r.rank DESC, r.name, r.id"  # noqa: S608, E501
    return sql, [*prefix_params, *rank_params, *params, limit]


def run_search_sql(sql: str, params: list) -> list[Service]:
    names, _columns = _service_columns()
    width = len(names)
    alias = connection.alias
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    services = []
    converters = _converters()
    for row in rows:
        values = list(row[:width])
        for position, field in converters:
            values[position] = field.from_db_value(values[position], None, connection)
        service = Service.from_db(alias, names, values)
        rank, organisation_name, intervention_code, intervention_name = row[width:]
        organisation = Organisation.from_db(alias, ["id", "name"], [service.organisation_id, organisation_name])
        Service.organisation.field.set_cached_value(service, organisation)
        intervention = None
        if service.intervention_id is not None:
            intervention = Intervention.from_db(alias, ["id", "code", "name"],
                                                [service.intervention_id, intervention_code, intervention_name])
        Service.intervention.field.set_cached_value(service, intervention)
        service.rank = rank
        services.append(service)
    return services
