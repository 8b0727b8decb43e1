# SPDX-License-Identifier: EUPL-1.2
"""Adding people to a coalition by their e-mail address."""

from __future__ import annotations

from apps.coalitions.choices import Role
from apps.coalitions.models import Membership
from apps.core.testing import factories as f


def url(coalition) -> str:
    return f"/coalities/{coalition.pk}/leden/nieuw/"


def test_a_member_is_added_by_e_mail_address_with_a_role(client_a, coalition_a):
    colleague = f.UserFactory(email="jeugdverpleegkundige@voorbeeld.invalid")

    response = client_a.post(url(coalition_a), {"email": "Jeugdverpleegkundige@Voorbeeld.invalid",
                                                "role": "core_group", "since": "2024-09-01"})

    assert response.status_code == 302
    membership = Membership.objects.get(coalition=coalition_a, user=colleague)
    assert membership.role == Role.CORE_GROUP
    assert str(membership.since) == "2024-09-01"


def test_an_unknown_e_mail_address_is_refused_with_a_dutch_message(client_a, coalition_a):
    before = Membership.objects.count()

    response = client_a.post(url(coalition_a), {"email": "onbekend@voorbeeld.invalid", "role": "viewer"})

    assert response.status_code == 200
    assert response.context["form"].errors["email"] == [
        "Er is geen actieve gebruiker met dit e-mailadres. Vraag de beheerder een account aan te maken."
    ]
    assert "Er is geen actieve gebruiker met dit e-mailadres." in response.content.decode()
    assert Membership.objects.count() == before


def test_an_inactive_user_cannot_be_added(client_a, coalition_a):
    f.UserFactory(email="oud@voorbeeld.invalid", is_active=False)

    response = client_a.post(url(coalition_a), {"email": "oud@voorbeeld.invalid", "role": "viewer"})

    assert "email" in response.context["form"].errors
    assert not Membership.objects.filter(user__email="oud@voorbeeld.invalid").exists()


def test_the_same_role_twice_is_refused(client_a, coalition_a, viewer_a):
    response = client_a.post(url(coalition_a), {"email": viewer_a.email, "role": "viewer"})

    assert response.context["form"].errors["role"] == ["Deze gebruiker heeft deze rol al."]
    assert Membership.objects.filter(coalition=coalition_a, user=viewer_a).count() == 1


def test_a_regional_coordinator_role_in_a_local_coalition_is_refused(client_a, coalition_a):
    colleague = f.UserFactory()

    response = client_a.post(url(coalition_a), {"email": colleague.email, "role": "regional_coordinator"})

    assert response.context["form"].errors["role"] == ["De rol regiocoördinator hoort bij een regionale coalitie."]
    assert not Membership.objects.filter(user=colleague).exists()


def test_a_viewer_cannot_add_members(client, viewer_a, coalition_a):
    colleague = f.UserFactory()
    client.force_login(viewer_a)

    response = client.post(url(coalition_a), {"email": colleague.email, "role": "project_lead"})

    assert response.status_code == 403
    assert not Membership.objects.filter(user=colleague).exists()
