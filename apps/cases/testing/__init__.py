# SPDX-License-Identifier: EUPL-1.2
"""Test helpers of the case flow: verified logins and a hub with the people of the route."""

from __future__ import annotations

import datetime

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.cases import flow
from apps.cases.choices import CasePhase, ConsentHow, ConsentScope, ConsentStatus
from apps.cases.models import Hub, HubMember
from apps.core.testing import factories as f


def verify(client, user):
    """Log the client in as `user` with a confirmed TOTP device, as after a login with a code."""
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def professional(organisation, profession="", **kwargs):
    user = f.UserFactory(profession=profession, **kwargs)
    user.organisations.add(organisation)
    return user


def partner(coalition, name, domain="medical"):
    organisation = f.OrganisationFactory(name=name)
    f.PartnerFactory(coalition=coalition, organisation=organisation, domain=domain)
    return organisation


def hub_for(coalition, **kwargs) -> Hub:
    return Hub.objects.create(coalition=coalition, name=kwargs.pop("name", f"Knooppunt {coalition.name}"), **kwargs)


def add_member(hub, user, organisation, role="member") -> HubMember:
    return HubMember.objects.create(hub=hub, user=user, organisation=organisation, role=role)


def signal(user, hub, *, consent=True, name="Fatma Yılmaz", born=datetime.date(1998, 3, 14), **extra):
    """A signal as the form would pass it (cleaned data)."""
    data = {
        "consent_status": ConsentStatus.GIVEN if consent else ConsentStatus.NOT_YET,
        "consent_scope": [ConsentScope.HUB] if consent else [],
        "consent_how": ConsentHow.VERBAL if consent else "",
        "full_name": name if consent else "", "date_of_birth": born if consent else None,
        "phone": "0612345678" if consent else "", "email": "", "postcode": "7941 AB",
        "phase": CasePhase.PREGNANT, "due_date": datetime.date(2027, 5, 20), "child_birth_date": None,
        "situations": ["poverty_debts", "weak_network"], "description": "Zorgen over geld en weinig steun.",
    }
    data.update(extra)
    return flow.register_signal(user, data, hub)
