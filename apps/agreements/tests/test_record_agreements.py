# SPDX-License-Identifier: EUPL-1.2
"""The covenant with its signatories, and cooperation agreements between partners."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.agreements.models import Agreement, Covenant, Signatory
from apps.core.testing import factories as f


@pytest.fixture
def partners(coalition_a):
    return [
        f.PartnerFactory(coalition=coalition_a, organisation__name="Verloskundigen Meppel", domain="medical",
                         partner_type="midwife").organisation,
        f.PartnerFactory(coalition=coalition_a, organisation__name="JGZ Drenthe", domain="social",
                         partner_type="jgz").organisation,
    ]


def covenant_url(coalition, covenant=None) -> str:
    base = f"/coalities/{coalition.pk}/afspraken/convenanten/"
    return f"{base}{covenant.pk}/" if covenant else f"{base}nieuw/"


def test_a_covenant_is_recorded(client_a, coalition_a):
    response = client_a.post(covenant_url(coalition_a), {"title": "Convenant Kansrijke Start Meppel",
                                                         "signed_on": "2024-03-01", "valid_until": "2027-03-01"})

    assert response.status_code == 302
    assert response["Location"] == f"/coalities/{coalition_a.pk}/afspraken/"
    covenant = Covenant.objects.get(coalition=coalition_a)
    assert (str(covenant.signed_on), str(covenant.valid_until)) == ("2024-03-01", "2027-03-01")
    assert "getekend op 01-03-2024" in client_a.get(response["Location"]).content.decode()


def test_a_covenant_valid_until_before_its_signing_is_refused(client_a, coalition_a):
    response = client_a.post(covenant_url(coalition_a), {"title": "Convenant", "signed_on": "2024-03-01",
                                                         "valid_until": "2023-12-31"})

    assert response.status_code == 200
    assert response.context["form"].errors["valid_until"] == ["De einddatum ligt vóór de datum van ondertekening."]
    assert "De einddatum ligt vóór de datum van ondertekening." in response.content.decode()
    assert not Covenant.objects.exists()


def test_a_covenant_document_must_be_pdf_docx_or_odt(client_a, coalition_a, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    script = SimpleUploadedFile("convenant.exe", b"MZ", content_type="application/octet-stream")

    response = client_a.post(covenant_url(coalition_a), {"title": "Convenant", "document": script})

    assert "document" in response.context["form"].errors
    assert not Covenant.objects.exists()
    assert not any(tmp_path.rglob("*.exe"))


def test_a_signatory_is_added_to_the_covenant(client_a, coalition_a, partners):
    covenant = f.CovenantFactory(coalition=coalition_a)

    response = client_a.post(covenant_url(coalition_a, covenant), {"organisation": partners[1].pk,
                                                                   "signed_by": "directeur", "signed_on": "2024-03-01"})

    assert response.status_code == 302
    signatory = Signatory.objects.get(covenant=covenant)
    assert (signatory.organisation, signatory.signed_by) == (partners[1], "directeur")
    page = client_a.get(covenant_url(coalition_a, covenant)).content.decode()
    assert "JGZ Drenthe (directeur), 01-03-2024" in page


def test_the_same_organisation_cannot_sign_twice(client_a, coalition_a, partners):
    covenant = f.CovenantFactory(coalition=coalition_a)
    Signatory.objects.create(covenant=covenant, organisation=partners[0])

    response = client_a.post(covenant_url(coalition_a, covenant), {"organisation": partners[0].pk})

    assert response.status_code == 200
    assert response.context["form"].errors["organisation"] == ["Deze organisatie heeft al getekend."]
    assert "Deze organisatie heeft al getekend." in response.content.decode()
    assert Signatory.objects.filter(covenant=covenant).count() == 1


def test_an_organisation_that_is_no_partner_cannot_sign(client_a, coalition_a, partners):
    covenant = f.CovenantFactory(coalition=coalition_a)
    outsider = f.OrganisationFactory(name="Buitenstaander BV")

    response = client_a.post(covenant_url(coalition_a, covenant), {"organisation": outsider.pk})

    assert "organisation" in response.context["form"].errors
    assert not Signatory.objects.exists()


def test_a_signatory_is_removed(client_a, coalition_a, partners):
    covenant = f.CovenantFactory(coalition=coalition_a)
    signatory = Signatory.objects.create(covenant=covenant, organisation=partners[0])

    client_a.post(covenant_url(coalition_a, covenant), {"delete_signatory": signatory.pk})

    assert not Signatory.objects.exists()


def test_a_viewer_cannot_add_a_signatory(client, viewer_a, coalition_a, partners):
    covenant = f.CovenantFactory(coalition=coalition_a)
    client.force_login(viewer_a)

    response = client.post(covenant_url(coalition_a, covenant), {"organisation": partners[0].pk})

    assert response.status_code == 403
    assert not Signatory.objects.exists()


def test_an_agreement_is_recorded_with_its_parties(client_a, coalition_a, partners):
    response = client_a.post(f"/coalities/{coalition_a.pk}/afspraken/samenwerking/nieuw/", {
        "subject": "Warme overdracht verloskundige – JGZ", "level": "operational",
        "parties": [p.pk for p in partners], "concluded_on": "2024-09-01", "description": "",
    })

    assert response.status_code == 302
    agreement = Agreement.objects.get(coalition=coalition_a)
    assert sorted(agreement.parties.values_list("name", flat=True)) == ["JGZ Drenthe", "Verloskundigen Meppel"]
    page = client_a.get(response["Location"]).content.decode()
    assert "Warme overdracht verloskundige – JGZ" in page
    assert "Verloskundigen Meppel, JGZ Drenthe" in page or "JGZ Drenthe, Verloskundigen Meppel" in page


def test_an_agreement_valid_until_before_it_was_concluded_is_refused(client_a, coalition_a, partners):
    response = client_a.post(f"/coalities/{coalition_a.pk}/afspraken/samenwerking/nieuw/", {
        "subject": "Afspraak", "level": "policy", "concluded_on": "2024-09-01", "valid_until": "2024-01-01",
    })

    assert response.context["form"].errors["valid_until"] == [
        "De einddatum ligt vóór de datum waarop de afspraak is gesloten."
    ]
    assert not Agreement.objects.exists()


def test_an_agreement_party_must_be_a_partner_of_the_coalition(client_a, coalition_a, coalition_b, partners):
    foreign = f.PartnerFactory(coalition=coalition_b, organisation__name="Huisartsen Venlo").organisation

    response = client_a.post(f"/coalities/{coalition_a.pk}/afspraken/samenwerking/nieuw/", {
        "subject": "Afspraak", "level": "administrative", "parties": [partners[0].pk, foreign.pk],
    })

    assert "parties" in response.context["form"].errors
    assert not Agreement.objects.exists()
