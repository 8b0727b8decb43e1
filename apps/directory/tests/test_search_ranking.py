# SPDX-License-Identifier: EUPL-1.2
"""Relevance ranking, the same on SQLite and PostgreSQL: weights on name / description / taxonomy, and boosting by
what the query is about (a pregnancy query does not rank contraception first)."""

from __future__ import annotations

import pytest

from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.search.engine import search_services
from apps.directory.testing.factories import InterventionFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def names(services) -> list[str]:
    return [service.name for service in services]


def test_name_outweighs_description_which_outweighs_taxonomy():
    # One occurrence each, of a word without synonyms; alphabetical order is the reverse of the expected one, so
    # a tie-break by name cannot pass this test. The intervention's name is part of the taxonomy.
    ServiceFactory(name="A-uur", description="Samen met uw kind.", phases=[], situations=[],
                   intervention=InterventionFactory(name="Voorlezen thuis"))
    ServiceFactory(name="B-uur", description="Wij voorlezen samen.", phases=[], situations=[])
    ServiceFactory(name="C voorlezen", description="Samen met uw kind.", phases=[], situations=[])
    assert names(search_services("voorlezen")) == ["C voorlezen", "B-uur", "A-uur"]


def test_more_occurrences_rank_higher_within_the_same_part():
    ServiceFactory(name="A-loket", description="Hulp bij schulden.", phases=[], situations=[])
    ServiceFactory(name="B-loket", description="Schulden? Wij helpen met schulden en een schuldregeling.",
                   phases=[], situations=[])
    assert names(search_services("schulden")) == ["B-loket", "A-loket"]


@pytest.fixture
def pregnancy_world():
    ServiceFactory(name="Nu Niet Zwanger", description="Wilt u (nu) niet zwanger worden? Gesprekken over "
                   "kinderwens en anticonceptie, ook bij schulden.", phases=[Phase.BEFORE],
                   situations=[VulnerabilityFactor.POVERTY_DEBTS, VulnerabilityFactor.ADDICTION])
    ServiceFactory(name="Verloskundigenpraktijk De Wieg", description="Controles tijdens de zwangerschap.",
                   phases=[Phase.DURING, Phase.AFTER], situations=[])
    ServiceFactory(name="Geldloket", description="Schulden of geldzorgen en zwanger? Kom langs.",
                   phases=[Phase.DURING, Phase.AFTER], situations=[VulnerabilityFactor.POVERTY_DEBTS])


@pytest.mark.parametrize("query", ["zwanger", "ik ben zwanger", "zwangerschap"])
def test_a_pregnancy_query_ranks_contraception_last(pregnancy_world, query):
    found = names(search_services(query))
    assert found[0] == "Verloskundigenpraktijk De Wieg"
    assert "Nu Niet Zwanger" not in found or found[-1] == "Nu Niet Zwanger"


def test_debts_and_pregnant_ranks_the_debt_desk_first_and_contraception_last(pregnancy_world):
    found = names(search_services("ik heb schulden en ben zwanger"))
    assert found == ["Geldloket", "Nu Niet Zwanger"]


@pytest.mark.parametrize("query", ["nu niet zwanger", "anticonceptie", "kinderwens", "ik wil niet zwanger worden"])
def test_a_query_about_not_being_pregnant_ranks_contraception_first(pregnancy_world, query):
    assert names(search_services(query))[0] == "Nu Niet Zwanger"


def test_a_service_tagged_with_the_situation_asked_about_ranks_first():
    # Same text; only the tag differs. Alphabetically the untagged one would come first.
    ServiceFactory(name="A-wijkteam", description="Hulp bij geldzorgen en opvoeden.", phases=[], situations=[])
    ServiceFactory(name="B-wijkteam", description="Hulp bij geldzorgen en opvoeden.", phases=[],
                   situations=[VulnerabilityFactor.WEAK_NETWORK])
    ServiceFactory(name="C-wijkteam", description="Hulp bij geldzorgen en opvoeden.", phases=[],
                   situations=[VulnerabilityFactor.POVERTY_DEBTS])
    assert names(search_services("geldzorgen"))[0] == "C-wijkteam"
