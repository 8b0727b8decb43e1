# SPDX-License-Identifier: EUPL-1.2
"""The synonym and layperson-term list: applied to the query and to the taxonomy, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.search import synonyms
from apps.directory.search.engine import search_services
from apps.directory.search.words import STOPWORDS, WORD_RE
from apps.directory.testing.factories import ServiceFactory


def names(services) -> set[str]:
    return {service.name for service in services}


def _all_terms():
    for group in synonyms.SAME:
        yield from group
    for key, terms in synonyms.LEADS_TO.items():
        yield key
        yield from terms
    for table in (synonyms.SITUATION_TERMS, synonyms.PHASE_TERMS):
        for terms in table.values():
            yield from terms


def test_the_list_follows_its_rules():
    for term in _all_terms():
        words = WORD_RE.findall(term)
        assert words and " ".join(words) == term, f"{term!r}: lower-case letters and single spaces only"
        assert term == term.lower()
        assert not set(words) & STOPWORDS, f"{term!r} holds a stop word, which never matches"
    for key in synonyms.LEADS_TO:
        assert " " not in key, f"{key!r}: only single words are looked up"
    assert set(synonyms.SITUATION_TERMS) == set(VulnerabilityFactor.values)
    assert set(synonyms.PHASE_TERMS) == set(Phase.values)


def test_a_query_word_is_looked_up_by_its_stem():
    assert ("depressie",) in synonyms.alternatives("sombere")
    assert ("psychische", "klachten") in synonyms.alternatives("somberheid")
    assert ("schulden",) in synonyms.alternatives("Geldzorgen")
    assert synonyms.alternatives("fiets") == ()


@pytest.mark.parametrize(("query", "phases", "situations"), [
    ("ik heb schulden en ben zwanger", {"during"}, {"poverty_debts"}),
    ("zwanger", {"during"}, set()),
    ("nu niet zwanger", {"before"}, set()),
    ("ik wil zwanger worden", {"before"}, set()),
    ("somber na de bevalling", {"during", "after"}, {"postnatal_depression", "mental_health"}),
    ("borstvoeding", {"after"}, set()),
    ("fiets", set(), set()),
])
def test_the_intent_of_a_query(query, phases, situations):
    intent = synonyms.intent(query)
    assert intent.phases == phases
    assert intent.situations == situations


@pytest.mark.django_db
class TestAppliedToTheQuery:
    def test_somber_finds_depression_and_psychological_complaints(self):
        ServiceFactory(name="POP-poli", description="Behandeling van depressie rond de zwangerschap.", situations=[])
        ServiceFactory(name="Praktijk Zuid", description="Gesprekken bij psychische klachten.", situations=[])
        ServiceFactory(name="Fietsenmaker", description="Reparaties.", situations=[], phases=[])
        assert names(search_services("somber")) == {"POP-poli", "Praktijk Zuid"}

    def test_borstvoeding_finds_the_lactation_consultant_and_maternity_care(self):
        ServiceFactory(name="Lactatiekundige Anna", description="Advies aan huis.", situations=[], phases=[])
        ServiceFactory(name="Kraamzorg Het Nest", description="De eerste dagen thuis.", situations=[], phases=[])
        ServiceFactory(name="Fietsenmaker", description="Reparaties.", situations=[], phases=[])
        assert names(search_services("borstvoeding")) == {"Lactatiekundige Anna", "Kraamzorg Het Nest"}

    def test_one_way_terms_do_not_run_back(self):
        ServiceFactory(name="Lactatiekundige Anna", description="Advies aan huis.", situations=[], phases=[])
        assert names(search_services("kraamzorg")) == set()

    def test_geldzorgen_finds_debts_and_every_word_still_counts(self):
        ServiceFactory(name="Loket", description="Hulp bij schulden voor wie zwanger is.", situations=[], phases=[])
        ServiceFactory(name="Budgetcursus", description="Hulp bij schulden.", situations=[], phases=[])
        assert names(search_services("geldzorgen")) == {"Loket", "Budgetcursus"}
        assert names(search_services("geldzorgen zwanger")) == {"Loket"}


@pytest.mark.django_db
def test_applied_to_the_taxonomy_a_tagged_service_is_found_by_everyday_words():
    # Its text says nothing about mood; the tag "postnatale depressie" does, and "somber" is its everyday word.
    ServiceFactory(name="Moeder en baby", description="Begeleiding thuis.",
                   situations=[VulnerabilityFactor.POSTNATAL_DEPRESSION], phases=[Phase.AFTER])
    ServiceFactory(name="Peuterspeelzaal", description="Spelen met andere kinderen.", situations=[],
                   phases=[Phase.AFTER])
    assert names(search_services("somber")) == {"Moeder en baby"}
    assert names(search_services("babyblues")) == {"Moeder en baby"}
