# SPDX-License-Identifier: EUPL-1.2
"""search_services: Dutch stemming, typos, filters, ranking, only active services. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from apps.core.testing.factories import OrganisationFactory, municipality
from apps.directory.choices import Phase, ServiceStatus, VulnerabilityFactor
from apps.directory.search.engine import PostcodeError, query_words, search_services, services_covering
from apps.directory.testing.factories import ServiceFactory

pytestmark = pytest.mark.django_db


def names(services) -> list[str]:
    return [service.name for service in services]


@pytest.fixture
def debt_help():
    return ServiceFactory(name="Schuldhulpverlening Meppel", description="Hulp bij schulden en geldzorgen.",
                          situations=[VulnerabilityFactor.POVERTY_DEBTS], phases=[Phase.DURING, Phase.AFTER])


@pytest.fixture
def pregnancy_group():
    return ServiceFactory(name="Centering groep", description="Zwangerschapszorg in een groep met andere "
                          "aanstaande moeders.", situations=[VulnerabilityFactor.WEAK_NETWORK],
                          phases=[Phase.DURING])


def test_dutch_stemming_zwanger_finds_zwangerschap():
    # No phases: their labels ("Tijdens de zwangerschap") are searchable too.
    ServiceFactory(name="Centering groep", description="Zwangerschapszorg in een groep.", phases=[])
    ServiceFactory(name="Babymassage", description="Voor ouders met een baby.", phases=[])
    assert names(search_services("zwanger")) == ["Centering groep"]


def test_phase_labels_are_searchable(debt_help, pregnancy_group):
    assert names(search_services("zwangerschap")) == ["Centering groep", "Schuldhulpverlening Meppel"]


def test_inflected_word_finds_compound(debt_help, pregnancy_group):
    assert names(search_services("schulden")) == ["Schuldhulpverlening Meppel"]
    assert names(search_services("moeder")) == ["Centering groep"]


@pytest.mark.parametrize("typo", ["schuldhulpverleing", "Schuldhulpverlenning", "geldzorgn"])
def test_a_typo_still_finds_the_service(debt_help, pregnancy_group, typo):
    assert names(search_services(typo)) == ["Schuldhulpverlening Meppel"]


def test_a_known_word_is_not_taken_for_a_typo_of_another():
    ServiceFactory(name="Stoppen met roken", description="Begeleiding bij stoppen met roken.")
    ServiceFactory(name="Samen koken", description="Gezond koken met weinig geld.")
    assert names(search_services("roken")) == ["Stoppen met roken"]
    assert names(search_services("rokne")) == ["Stoppen met roken"]


def test_a_nonsense_word_finds_nothing(debt_help, pregnancy_group):
    assert search_services("kwxyzpq") == []


def test_every_word_must_match(debt_help, pregnancy_group):
    assert names(search_services("schulden groep")) == []
    assert names(search_services("hulp schulden")) == ["Schuldhulpverlening Meppel"]


def test_stop_words_are_ignored(debt_help):
    assert query_words("Hulp bij de schulden!") == ["hulp", "schulden"]
    assert names(search_services("de het een")) == ["Schuldhulpverlening Meppel"]


def test_organisation_name_is_searchable(debt_help):
    ServiceFactory(name="Spreekuur", organisation=OrganisationFactory(name="Stichting Welzijn Anders"))
    assert names(search_services("welzijn")) == ["Spreekuur"]


def test_name_match_ranks_above_description_match():
    ServiceFactory(name="Inloopochtend", description="Ook voor vragen over opvoeding.")
    ServiceFactory(name="Opvoedingsondersteuning", description="Gesprekken met een pedagoog.")
    ServiceFactory(name="Ander aanbod", description="Niets hiermee te maken.")
    assert names(search_services("opvoeding")) == ["Opvoedingsondersteuning", "Inloopochtend"]


def test_inactive_services_are_hidden(debt_help):
    for status in (ServiceStatus.INACTIVE, ServiceStatus.DEFUNCT, ServiceStatus.TEMPORARILY_CLOSED):
        ServiceFactory(name=f"Schuldenloket {status}", status=status)
    assert names(search_services("schulden")) == ["Schuldhulpverlening Meppel"]
    assert names(search_services("")) == ["Schuldhulpverlening Meppel"]


def test_municipality_filter_excludes_services_not_covering_it(debt_help):
    ServiceFactory(name="Schuldhulp Venlo", description="Hulp bij schulden.", covers=["GM0983"])
    ServiceFactory(name="Schuldhulp Regio", description="Hulp bij schulden.", covers=["GM0983", "GM0119"])
    meppel = municipality("GM0119")
    # Which services, not in which order (ranking: test_search_ranking.py).
    assert sorted(names(search_services("schulden", municipality=meppel))) == ["Schuldhulp Regio",
                                                                               "Schuldhulpverlening Meppel"]
    assert sorted(names(search_services("schulden", municipality=municipality("GM0983")))) == [
        "Schuldhulp Regio", "Schuldhulp Venlo"]
    assert set(names(services_covering(meppel))) == {"Schuldhulp Regio", "Schuldhulpverlening Meppel"}


def test_postcode_filter_uses_the_municipality_of_the_postcode(debt_help):
    ServiceFactory(name="Schuldhulp Venlo", description="Hulp bij schulden.", covers=["GM0983"])
    assert names(search_services("schulden", postcode="7941 AB")) == ["Schuldhulpverlening Meppel"]
    assert names(search_services("", postcode="7942")) == ["Schuldhulpverlening Meppel"]
    # Both given: they must agree.
    assert search_services("", postcode="7941", municipality=municipality("GM0983")) == []


@pytest.mark.parametrize("postcode", ["12", "0123", "abcd", "1000"])
def test_a_bad_or_unknown_postcode_is_an_error(postcode):
    with pytest.raises(PostcodeError):
        search_services("", postcode=postcode)


def test_phase_filter(debt_help, pregnancy_group):
    assert names(search_services("", phase=Phase.AFTER)) == ["Schuldhulpverlening Meppel"]
    assert names(search_services("", phase=Phase.DURING)) == ["Centering groep", "Schuldhulpverlening Meppel"]
    assert search_services("", phase=Phase.BEFORE) == []


def test_situation_filter(debt_help, pregnancy_group):
    assert names(search_services("", situation=VulnerabilityFactor.WEAK_NETWORK)) == ["Centering groep"]
    assert names(search_services("", situation=VulnerabilityFactor.POVERTY_DEBTS)) == ["Schuldhulpverlening Meppel"]


def test_self_registration_filter():
    ServiceFactory(name="Zelf aanmelden", self_registration=True)
    ServiceFactory(name="Alleen met verwijzing", self_registration=False, referral_required=True)
    assert names(search_services("", self_registration=True)) == ["Zelf aanmelden"]
    assert names(search_services("", self_registration=False)) == ["Alleen met verwijzing"]


def test_language_filter():
    ServiceFactory(name="Arabisch sprekend", languages=["nl", "ar"])
    ServiceFactory(name="Alleen Nederlands", languages=["nl"])
    assert names(search_services("", language="ar")) == ["Arabisch sprekend"]
    assert names(search_services("", language="nl")) == ["Alleen Nederlands", "Arabisch sprekend"]


def test_free_filter():
    ServiceFactory(name="Gratis", free_of_charge=True)
    ServiceFactory(name="Betaald", free_of_charge=False, cost_description="€ 25 per keer")
    assert names(search_services("", free_only=True)) == ["Gratis"]
    assert names(search_services("", free_only=False)) == ["Betaald", "Gratis"]


def test_filters_combine_with_text(debt_help):
    ServiceFactory(name="Geldzorgen spreekuur", description="Geldzorgen? Kom langs.", phases=[Phase.BEFORE],
                   free_of_charge=True)
    assert names(search_services("geldzorgen", phase=Phase.BEFORE, free_only=True)) == ["Geldzorgen spreekuur"]


def test_limit():
    for i in range(5):
        ServiceFactory(name=f"Spreekuur {i}")
    assert len(search_services("spreekuur", limit=3)) == 3


def test_the_search_form_resolves_its_postcode_once_per_request(rf):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from apps.directory.search.forms import SearchForm

    request = rf.get("/", {"postcode": "7941 AB"})
    with CaptureQueriesContext(connection) as queries:
        form = SearchForm(request.GET, request=request)
        assert form.is_valid()
        form.search()
        assert SearchForm(request.GET, request=request).is_valid()  # a second form on the same request
    assert sum("reference_postcodearea" in query["sql"] for query in queries.captured_queries) == 1
