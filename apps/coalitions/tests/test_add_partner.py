# SPDX-License-Identifier: EUPL-1.2
"""Adding partners to a coalition: new organisations, domain consistency, no duplicates."""

from __future__ import annotations

from apps.coalitions.models import Partner
from apps.core.testing import factories as f
from apps.organisations.models import Organisation


def url(coalition) -> str:
    return f"/coalities/{coalition.pk}/partners/nieuw/"


def partner_data(**overrides) -> dict:
    data = {"organisation": "", "new_organisation": "", "domain": "medical", "partner_type": "midwife",
            "contact_name": "Anne de Vries", "contact_email": "anne@voorbeeld.invalid", "contact_phone": "",
            "joined_on": "2024-02-01"}
    data.update(overrides)
    return data


def test_a_partner_with_a_new_organisation_name_creates_that_organisation(client_a, coalition_a):
    response = client_a.post(url(coalition_a), partner_data(new_organisation="Verloskundigenpraktijk De Wieg"))

    assert response.status_code == 302
    assert response["Location"] == f"/coalities/{coalition_a.pk}/partners/"
    organisation = Organisation.objects.get(name="Verloskundigenpraktijk De Wieg")
    assert organisation.municipality == coalition_a.municipality
    partner = Partner.objects.get(coalition=coalition_a)
    assert (partner.organisation, partner.domain, partner.partner_type) == (organisation, "medical", "midwife")
    listing = client_a.get(response["Location"]).content.decode()
    assert "Verloskundigenpraktijk De Wieg" in listing


def test_a_partner_can_be_an_existing_organisation(client_a, coalition_a):
    jgz = f.OrganisationFactory(name="JGZ Drenthe")

    client_a.post(url(coalition_a), partner_data(organisation=jgz.pk, domain="social", partner_type="jgz"))

    assert Partner.objects.get(coalition=coalition_a).organisation == jgz
    assert Organisation.objects.count() == 1


def test_a_new_name_that_already_exists_in_the_municipality_reuses_that_organisation(client_a, coalition_a):
    existing = f.OrganisationFactory(name="Bibliotheek Meppel", municipality=coalition_a.municipality)

    client_a.post(url(coalition_a), partner_data(new_organisation="Bibliotheek Meppel", domain="social",
                                                 partner_type="library"))

    assert Partner.objects.get(coalition=coalition_a).organisation == existing
    assert Organisation.objects.filter(name="Bibliotheek Meppel").count() == 1


def test_neither_an_organisation_nor_a_new_name_is_refused(client_a, coalition_a):
    response = client_a.post(url(coalition_a), partner_data())

    assert response.context["form"].errors["organisation"] == [
        "Kies een organisatie of vul de naam van een nieuwe in."
    ]
    assert not Partner.objects.exists()


def test_both_an_organisation_and_a_new_name_is_refused(client_a, coalition_a):
    jgz = f.OrganisationFactory(name="JGZ Drenthe")

    response = client_a.post(url(coalition_a), partner_data(organisation=jgz.pk, new_organisation="Iets anders"))

    assert "niet allebei" in response.context["form"].errors["new_organisation"][0]
    assert not Partner.objects.exists()
    assert not Organisation.objects.filter(name="Iets anders").exists()


def test_a_partner_type_that_belongs_to_another_domain_is_refused(client_a, coalition_a):
    jgz = f.OrganisationFactory(name="JGZ Drenthe")

    response = client_a.post(url(coalition_a), partner_data(organisation=jgz.pk, domain="medical",
                                                            partner_type="jgz"))

    assert response.status_code == 200
    assert response.context["form"].errors["partner_type"] == [
        "Deze soort partner hoort bij het domein “sociaal/publiek domein”; kies dat domein."
    ]
    assert "kies dat domein" in response.content.decode()
    assert not Partner.objects.exists()


def test_a_refused_partner_leaves_no_new_organisation_behind_in_the_register(client_a, coalition_a):
    response = client_a.post(url(coalition_a), partner_data(new_organisation="Wijkteam Meppel-Noord",
                                                            domain="medical", partner_type="neighbourhood_team"))

    assert "partner_type" in response.context["form"].errors
    assert not Partner.objects.exists()
    assert not Organisation.objects.filter(name="Wijkteam Meppel-Noord").exists()


def test_the_type_other_fits_any_domain(client_a, coalition_a):
    client_a.post(url(coalition_a), partner_data(new_organisation="Stichting Moederhuis", domain="informal",
                                                 partner_type="other"))

    assert Partner.objects.get(coalition=coalition_a).domain == "informal"


def test_the_same_organisation_cannot_be_partner_twice(client_a, coalition_a):
    partner = f.PartnerFactory(coalition=coalition_a, domain="medical", partner_type="midwife")

    response = client_a.post(url(coalition_a), partner_data(organisation=partner.organisation.pk))

    assert response.context["form"].errors["organisation"] == ["Deze organisatie is al partner van de coalitie."]
    assert Partner.objects.filter(coalition=coalition_a).count() == 1


def test_a_new_name_equal_to_an_existing_partner_is_refused_as_a_duplicate(client_a, coalition_a):
    organisation = f.OrganisationFactory(name="Kraamzorg Het Nest", municipality=coalition_a.municipality)
    f.PartnerFactory(coalition=coalition_a, organisation=organisation, partner_type="maternity_care")

    response = client_a.post(url(coalition_a), partner_data(new_organisation="Kraamzorg Het Nest",
                                                            partner_type="maternity_care"))

    assert "Deze organisatie is al partner van de coalitie." in response.content.decode()
    assert Partner.objects.filter(coalition=coalition_a).count() == 1


def test_the_same_organisation_may_be_partner_of_two_coalitions(client_a, coalition_a, coalition_b):
    organisation = f.OrganisationFactory(name="GGD Regio")
    f.PartnerFactory(coalition=coalition_b, organisation=organisation, domain="social", partner_type="ggd")

    client_a.post(url(coalition_a), partner_data(organisation=organisation.pk, domain="social", partner_type="ggd"))

    assert Partner.objects.filter(organisation=organisation).count() == 2


def test_a_viewer_cannot_add_a_partner(client, viewer_a, coalition_a):
    client.force_login(viewer_a)

    response = client.post(url(coalition_a), partner_data(new_organisation="Huisartsenpraktijk Oost",
                                                          partner_type="gp"))

    assert response.status_code == 403
    assert not Partner.objects.exists()
    assert not Organisation.objects.filter(name="Huisartsenpraktijk Oost").exists()
