# SPDX-License-Identifier: EUPL-1.2
"""Starting a coalition through /coalities/nieuw/: who leads it, and what the form refuses."""

from __future__ import annotations

import pytest

from apps.coalitions.choices import Role
from apps.coalitions.models import Coalition, Membership
from apps.core.testing import factories as f

URL = "/coalities/nieuw/"


@pytest.fixture
def founder(client, db):
    user = f.UserFactory()
    client.force_login(user)
    return user


def local_data(**overrides) -> dict:
    data = {"name": "Kansrijke Start Hoogeveen", "scope": "local", "municipality": f.municipality("GM0118").pk,
            "status": "in_talks", "in_talks_since": "2024-03-01", "description": ""}
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_the_creator_of_a_local_coalition_becomes_its_project_lead(client, founder):
    response = client.post(URL, local_data())

    coalition = Coalition.objects.get(name="Kansrijke Start Hoogeveen")
    assert response.status_code == 302
    assert response["Location"] == f"/coalities/{coalition.pk}/"
    assert coalition.municipality.code == "GM0118"
    assert list(Membership.objects.filter(coalition=coalition).values_list("user", "role")) == [
        (founder.pk, Role.PROJECT_LEAD)
    ]
    page = client.get(response["Location"])
    assert "De coalitie Kansrijke Start Hoogeveen is aangemaakt." in page.content.decode()


def test_an_unknown_municipality_is_refused_with_a_dutch_message_and_nothing_is_created(client, founder):
    response = client.post(URL, local_data(municipality=999999))

    assert response.status_code == 200
    assert "Deze gemeente bestaat niet (meer); kies een gemeente uit de lijst." in response.content.decode()
    assert not Coalition.objects.exists()
    assert not Membership.objects.exists()


def test_an_inactive_municipality_is_refused_like_an_unknown_one(client, founder):
    hoogeveen = f.municipality("GM0118")
    hoogeveen.active = False
    hoogeveen.save()

    response = client.post(URL, local_data())

    assert "Deze gemeente bestaat niet (meer)" in response.content.decode()
    assert not Coalition.objects.exists()


def test_a_local_coalition_without_a_municipality_is_refused(client, founder):
    response = client.post(URL, local_data(municipality=None))

    assert response.context["form"].errors["municipality"] == ["Kies de gemeente van deze lokale coalitie."]
    assert not Coalition.objects.exists()


def test_a_formation_date_before_the_talks_began_is_refused_and_nothing_is_saved(client, founder):
    response = client.post(URL, local_data(status="formed", in_talks_since="2024-05-01", formed_on="2024-01-15"))

    assert response.status_code == 200
    assert response.context["form"].errors["formed_on"] == [
        "Deze datum ligt vóór de datum van de vorige fase; de fasen volgen elkaar op."
    ]
    assert "de fasen volgen elkaar op" in response.content.decode()
    assert not Coalition.objects.exists()


def test_a_formed_coalition_needs_its_formation_date(client, founder):
    response = client.post(URL, local_data(status="formed"))

    assert response.context["form"].errors["formed_on"] == ["Vul in wanneer de coalitie is gevormd."]
    assert not Coalition.objects.exists()


def test_phases_in_order_are_accepted(client, founder):
    client.post(URL, local_data(status="formed", in_talks_since="2023-01-10", preparing_since="2023-06-01",
                                formed_on="2024-01-15"))

    coalition = Coalition.objects.get()
    assert (coalition.status, str(coalition.formed_on)) == ("formed", "2024-01-15")


def test_a_regional_coalition_with_one_municipality_is_refused(client, founder):
    response = client.post(URL, {"name": "Regio Drenthe", "scope": "regional", "status": "in_talks",
                                 "municipalities": [f.municipality("GM0119").pk]})

    assert response.status_code == 200
    assert response.context["form"].errors["municipalities"] == [
        "Kies ten minste twee gemeenten voor een regionale coalitie."
    ]
    assert "Kies ten minste twee gemeenten" in response.content.decode()
    assert not Coalition.objects.exists()


def test_a_regional_coalition_with_two_municipalities_makes_the_creator_regional_coordinator(client, founder):
    codes = ["GM0118", "GM0119"]
    client.post(URL, {"name": "Regio Zuidwest-Drenthe", "scope": "regional", "status": "in_talks",
                      "municipality": f.municipality("GM0983").pk,
                      "municipalities": [f.municipality(code).pk for code in codes]})

    region = Coalition.objects.get(name="Regio Zuidwest-Drenthe")
    assert region.is_regional
    assert region.municipality is None  # a regional coalition has no single municipality
    assert sorted(region.municipalities.values_list("code", flat=True)) == codes
    assert Membership.objects.get(coalition=region, user=founder).role == Role.REGIONAL_COORDINATOR


def test_someone_not_logged_in_is_sent_to_the_login_page(client, db):
    response = client.post(URL, local_data())

    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/")
    assert not Coalition.objects.exists()


# --- a second coalition for the same place, and a double submit (issue 10) ---

def test_a_second_coalition_for_the_same_municipality_asks_to_confirm(client, founder):
    f.CoalitionFactory(name="Kansrijke Start Hoogeveen (gemeente)", municipality=f.municipality("GM0118"))
    response = client.post(URL, local_data())
    page = response.content.decode()
    assert response.status_code == 200
    assert "Er bestaat al een coalitie voor deze gemeente(n): Kansrijke Start Hoogeveen (gemeente)." in page
    assert 'type="checkbox" name="confirm_duplicate"' in page
    assert Coalition.objects.count() == 1

    token = response.context["form"]["form_token"].value()
    response = client.post(URL, local_data(confirm_duplicate="on", form_token=token))
    assert response.status_code == 302
    assert Coalition.objects.filter(municipality__code="GM0118").count() == 2


def test_another_municipality_or_scope_is_not_asked_about(client, founder):
    f.CoalitionFactory(name="Kansrijke Start Meppel", municipality=f.municipality("GM0119"))
    page = client.get(URL).content.decode()
    assert 'type="checkbox" name="confirm_duplicate"' not in page  # hidden until a duplicate is found
    assert client.post(URL, local_data()).status_code == 302


def test_a_regional_coalition_with_the_same_municipalities_asks_to_confirm(client, founder):
    region = f.CoalitionFactory(name="Regio Zuidwest-Drenthe", scope="regional", municipality=None)
    region.municipalities.add(f.municipality("GM0119"), f.municipality("GM1701"))
    data = {"name": "Samen Zuidwest-Drenthe", "scope": "regional", "status": "in_talks",
            "municipalities": [f.municipality("GM0119").pk, f.municipality("GM1701").pk]}
    response = client.post(URL, data)
    assert "Er bestaat al een coalitie voor deze gemeente(n): Regio Zuidwest-Drenthe." in response.content.decode()
    data["municipalities"].append(f.municipality("GM0118").pk)  # a different set: a different region
    assert client.post(URL, data).status_code == 302
    assert Coalition.objects.filter(scope="regional").count() == 2


def test_a_double_submit_creates_one_coalition(client, founder):
    token = client.get(URL).context["form"]["form_token"].value()
    first = client.post(URL, local_data(form_token=token))
    second = client.post(URL, local_data(form_token=token), follow=True)
    coalition = Coalition.objects.get()
    assert first["Location"] == second.redirect_chain[-1][0] == f"/coalities/{coalition.pk}/"
    assert "De coalitie Kansrijke Start Hoogeveen was al aangemaakt." in second.content.decode()
    assert Membership.objects.filter(coalition=coalition).count() == 1


def test_two_requests_at_once_cannot_both_insert_the_same_token(db):
    import uuid

    from django.db import IntegrityError, transaction

    token = uuid.uuid4()
    f.CoalitionFactory(creation_token=token)
    with pytest.raises(IntegrityError), transaction.atomic():
        f.CoalitionFactory(creation_token=token)


def test_the_edit_form_has_no_token_and_no_confirmation(client, lead_a, coalition_a):
    client.force_login(lead_a)
    page = client.get(f"/coalities/{coalition_a.pk}/bewerken/").content.decode()
    assert "form_token" not in page and "confirm_duplicate" not in page
