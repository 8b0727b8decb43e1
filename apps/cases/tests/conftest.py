# SPDX-License-Identifier: EUPL-1.2
"""The people of the case flow in coalition A (Meppel), and the ones who must see nothing.

| persona | relation to `case_a` |
| --- | --- |
| `midwife` | signalled it (verloskundige, partner practice of A) |
| `hub_nurse` | member of A's hub team (JGZ) |
| `care_coordinator` | coordinates it (wijkteam), not in the hub team |
| `other_midwife` | none: a midwife of coalition B's practice |
| `hub_nurse_b` | none: member of B's hub team |
| `lead_a`, `coordinator`, `maintainer`, `outsider` | none: role alone grants nothing |
| `receiver` | works for the organisation that received a live referral of `explored` (test_access_matrix) |
| `privacy_officer` | none to the case; may read the access trail |
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission

from apps.cases import testing as t


@pytest.fixture
def org_midwives(coalition_a):
    return t.partner(coalition_a, "Verloskundigenpraktijk De Wieg Meppel")


@pytest.fixture
def org_jgz(coalition_a):
    return t.partner(coalition_a, "GGD Drenthe JGZ", domain="social")


@pytest.fixture
def org_team(coalition_a):
    return t.partner(coalition_a, "Wijkteam Meppel", domain="social")


@pytest.fixture
def hub_a(coalition_a):
    return t.hub_for(coalition_a, name="Knooppunt Kansrijke Start Meppel")


@pytest.fixture
def hub_b(coalition_b):
    return t.hub_for(coalition_b, name="Knooppunt Venlo")


@pytest.fixture
def midwife(org_midwives):
    return t.professional(org_midwives, "midwife", first_name="Sanne", last_name="de Boer")


@pytest.fixture
def hub_nurse(hub_a, org_jgz):
    user = t.professional(org_jgz, "jgz", first_name="Noor", last_name="Bakker")
    t.add_member(hub_a, user, org_jgz, role="chair")
    return user


@pytest.fixture
def care_coordinator(org_team):
    return t.professional(org_team, "neighbourhood_team", first_name="Joris", last_name="Smit")


@pytest.fixture
def other_midwife(coalition_b):
    return t.professional(t.partner(coalition_b, "Verloskunde Venlo"), "midwife")


@pytest.fixture
def hub_nurse_b(hub_b, coalition_b):
    org = t.partner(coalition_b, "GGD Limburg-Noord JGZ", domain="social")
    user = t.professional(org, "jgz")
    t.add_member(hub_b, user, org)
    return user


@pytest.fixture
def privacy_officer(db):
    from apps.core.testing import factories as f

    user = f.UserFactory(first_name="Petra", last_name="Visser", job_title="Functionaris gegevensbescherming")
    user.user_permissions.add(Permission.objects.get(codename="inspect_access"))
    return user


@pytest.fixture
def case_a(hub_a, hub_nurse, midwife, care_coordinator):
    case = t.signal(midwife, hub_a)
    case.care_coordinator = care_coordinator
    case.save()
    return case


@pytest.fixture
def org_provider(db):
    from apps.core.testing import factories as f

    return f.OrganisationFactory(name="Humanitas Meppel", email="meppel@humanitas.invalid")


@pytest.fixture
def service(org_provider):
    from apps.directory.testing.factories import ServiceFactory

    return ServiceFactory(organisation=org_provider, name="Thuisadministratie voor aanstaande ouders",
                          situations=["poverty_debts"], phases=["during"], capacity="waiting_list", waiting_weeks=6,
                          email="thuisadministratie@humanitas.invalid")


@pytest.fixture
def receiver(org_provider):
    """An employee of the organisation that receives case_a's referral (no profession: she does not signal)."""
    return t.professional(org_provider, first_name="Ilse", last_name="Mulder")
