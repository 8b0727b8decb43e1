# SPDX-License-Identifier: EUPL-1.2
"""How results are ordered, the same on both databases: weighted text relevance times what the query is about.

- Text: a match in the service's **name** weighs 1.0, in its **description** part of the document (alternate name,
  organisation, description, eligibility) 0.4, in its **taxonomy** part (intervention, situations, phases and
  their everyday words) 0.2; every occurrence counts. PostgreSQL: `ts_rank_cd` with these weights on the A, B and
  C parts of the stored vector (migration 0004_search_weights_and_synonyms); SQLite: the same sum in Python.
- Situation-aware boosting (`synonyms.intent`): when the query speaks of a phase ("zwanger": during the
  pregnancy), a service offered in that phase keeps its score, one without phases keeps 60 %, one offered only in
  other phases keeps 20 %: a pregnancy query does not rank contraception ("Nu Niet Zwanger", phase before) first.
  When it speaks of a situation ("schulden": poverty and debts), services tagged with it count 1.5 times.
"""

from __future__ import annotations

from apps.directory.search.synonyms import Intent

NAME, DESCRIPTION, TAXONOMY = 1.0, 0.4, 0.2
TYPO = 0.5  # a match through a typo correction counts half (SQLite; on PostgreSQL it is one more alternative)
PG_WEIGHTS = f"{{0.0, {TAXONOMY}, {DESCRIPTION}, {NAME}}}"  # ts_rank_cd's order: D, C, B, A
SECTION_BREAK = "\f"  # separates the description part of a search document from its taxonomy part

PHASE_MATCH, PHASE_NONE, PHASE_OTHER = 1.0, 0.6, 0.2
SITUATION_BOOST = 1.5


def boost(intent: Intent, phases: list[str], situations: list[str]) -> float:
    factor = 1.0
    if intent.phases and not intent.phases.intersection(phases or []):
        factor = PHASE_OTHER if phases else PHASE_NONE
    if intent.situations and intent.situations.intersection(situations or []):
        factor *= SITUATION_BOOST
    return factor


def boost_sql(intent: Intent) -> tuple[str, list]:
    """The same factor as SQL over the service row `s` (jsonb lists), with its parameters."""
    parts, params = [], []
    if intent.phases:
        parts.append("(CASE WHEN s.phases ?| %s::text[] THEN %s WHEN s.phases = '[]'::jsonb THEN %s ELSE %s END)")
        params += [sorted(intent.phases), PHASE_MATCH, PHASE_NONE, PHASE_OTHER]
    if intent.situations:
        parts.append("(CASE WHEN s.situations ?| %s::text[] THEN %s ELSE 1.0 END)")
        params += [sorted(intent.situations), SITUATION_BOOST]
    return (" * ".join(parts) or "1.0"), params


