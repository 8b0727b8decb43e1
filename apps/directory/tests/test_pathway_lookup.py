# SPDX-License-Identifier: EUPL-1.2
"""The professional's lookup: situation + municipality or postcode → the pathway that applies, with contacts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from apps.core.testing import factories as f
from apps.directory.pathways import core as pathways
from apps.directory.testing.factories import CarePathwayFactory, PathwayStepFactory, ServiceFactory
from apps.reference import places

pytestmark = pytest.mark.django_db
URL = "/zorgpaden/"


def test_postcode_gives_the_municipality_with_most_of_its_addresses():
    assert places.main_municipality("7941 AB").code == "GM0119"
    assert places.main_municipality("7941").code == "GM0119"
    assert places.main_municipality("0000") is None
    assert places.main_municipality("Meppel") is None


def test_the_local_pathway_comes_before_the_regional_one(coalition_a, region):
    local = CarePathwayFactory(coalition=coalition_a, title="Lokaal")
    CarePathwayFactory(coalition=region, title="Regionaal")
    assert pathways.find_pathway("poverty_debts", f.municipality("GM0119")) == local


def test_without_a_local_pathway_the_regional_one_applies(coalition_a, region):
    regional = CarePathwayFactory(coalition=region, title="Regionaal")
    CarePathwayFactory(coalition=coalition_a, situation="addiction", title="Roken")
    assert pathways.find_pathway("poverty_debts", f.municipality("GM0119")) == regional
    assert pathways.find_pathway("poverty_debts", f.municipality("GM1701")) == regional
    assert pathways.find_pathway("poverty_debts", f.municipality("GM0983")) is None


def test_lookup_by_postcode_shows_steps_with_current_contact_data(client, lead_a, coalition_a):
    debt_help = ServiceFactory(name="Schuldhulp Meppel", phone="0522-000111", capacity="waiting_list",
                               waiting_weeks=3)
    pathway = CarePathwayFactory(coalition=coalition_a, title="Geldzorgen tijdens de zwangerschap")
    step = PathwayStepFactory(pathway=pathway, order=1, kind="support", title="Hulp bij schulden",
                              responsible=debt_help.organisation)
    step.services.add(debt_help)
    other = ServiceFactory(name="Budgetcafé", phone="0522-000222")
    ServiceFactory(name="Budgetcafé Venlo", covers=["GM0983"])
    client.force_login(lead_a)

    response = client.get(URL, {"situation": "poverty_debts", "postcode": "7941 AB"})
    page = response.content.decode()

    assert response.status_code == 200
    result = response.context["result"]
    assert result.pathway == pathway and result.municipality.code == "GM0119"
    assert result.other_services == [other]  # the pathway's own service is not repeated
    assert "Hulp bij schulden" in page and "0522-000111" in page and "ongeveer 3 weken" in page
    assert "Budgetcafé Venlo" not in page


def test_no_pathway_gives_a_clear_message_and_the_matching_services(client, lead_a):
    ServiceFactory(name="Budgetcafé", situations=["poverty_debts"])
    client.force_login(lead_a)
    response = client.get(URL, {"situation": "poverty_debts", "municipality": "GM0119"})
    page = response.content.decode()
    assert "in Meppel (nog) geen zorgpad afgesproken" in page
    assert "Budgetcafé" in page


def test_a_pathway_of_a_coalition_the_professional_is_not_in_is_still_shown(client, coalition_b):
    """The lookup serves every professional: a pathway is an agreement the whole municipality works by."""
    CarePathwayFactory(coalition=coalition_b, title="Geldzorgen Venlo")
    client.force_login(f.UserFactory())
    page = client.get(URL, {"situation": "poverty_debts", "municipality": "GM0983"}).content.decode()
    assert "Geldzorgen Venlo" in page


@pytest.mark.parametrize(("query", "field", "message"), [
    ({"situation": "poverty_debts"}, "municipality", "Kies een gemeente of vul een postcode in"),
    ({"situation": "poverty_debts", "postcode": "79"}, "postcode", "1234 AB"),
    ({"situation": "poverty_debts", "postcode": "0000"}, "postcode", "kennen we niet"),
    ({"situation": "ruimtevaart", "municipality": "GM0119"}, "situation", "geldige keuze"),
    ({"situation": "poverty_debts", "municipality": "GM9999"}, "municipality", "geldige keuze"),
])
def test_bad_input_gets_a_dutch_error(client, lead_a, query, field, message):
    client.force_login(lead_a)
    response = client.get(URL, query)
    assert response.status_code == 200
    assert response.context["result"] is None
    assert message in str(response.context["form"].errors[field])


def test_lookup_needs_a_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/inloggen/")


def test_the_empty_lookup_shows_only_the_form(client, lead_a):
    client.force_login(lead_a)
    response = client.get(reverse("directory:pathway-lookup"))
    assert response.status_code == 200
    assert response.context["result"] is None and not response.context["form"].errors


def test_a_regional_pathway_shows_the_services_for_the_clients_own_municipality(region):
    step = PathwayStepFactory(pathway=CarePathwayFactory(coalition=region), order=1, responsible_type="debt_help")
    meppel_desk = ServiceFactory(name="Schuldhulp Meppel")
    westerveld_desk = ServiceFactory(name="Schuldhulp Westerveld", covers=["GM1701"])
    step.services.add(meppel_desk, westerveld_desk)

    in_meppel = pathways.find_pathway("poverty_debts", f.municipality("GM0119")).steps.all()[0]
    in_westerveld = pathways.find_pathway("poverty_debts", f.municipality("GM1701")).steps.all()[0]

    assert list(in_meppel.services.all()) == [meppel_desk]
    assert list(in_westerveld.services.all()) == [westerveld_desk]


def test_stale_contact_data_is_flagged(client, lead_a, coalition_a):
    import datetime as dt

    from django.utils import timezone

    fresh = ServiceFactory(name="Vers", last_verified_at=timezone.now() - dt.timedelta(days=10))
    old = ServiceFactory(name="Oud", last_verified_at=timezone.now() - dt.timedelta(days=400))
    step = PathwayStepFactory(pathway=CarePathwayFactory(coalition=coalition_a), order=1, responsible_type="gp")
    step.services.add(fresh, old)
    client.force_login(lead_a)
    response = client.get(URL, {"situation": "poverty_debts", "municipality": "GM0119"})
    services = {s.name: s.stale for s in response.context["result"].pathway.steps.all()[0].services.all()}
    assert services == {"Vers": False, "Oud": True}
    assert response.content.decode().count("gegevens mogelijk verouderd") == 1
