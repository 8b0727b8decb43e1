# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: the people every permission test needs, one per role, defined once.

| persona | who |
| --- | --- |
| `lead_a`, `lead_b` | project lead of coalition A (Meppel), of coalition B (Venlo) |
| `member_a` | working-group member of coalition A |
| `viewer_a` | viewer (meelezer) of coalition A |
| `outsider` | a user with no membership and no organisation |
| `coordinator` | regional coordinator of `region`, the regional coalition that contains coalition A |
| `employee` | works for `provider`, an organisation offering services in the directory |
| `maintainer` | a superuser (functional administrator) |
"""

from __future__ import annotations

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM guard would refuse to run there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from apps.core.testing import factories as f  # noqa: E402


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Argon2 is deliberately slow; tests that are not about hashing use a fast hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *settings.PASSWORD_HASHERS]


@pytest.fixture(autouse=True)
def no_silent_audited_writes():
    """A QuerySet.update / bulk write that changes an audited field fails the test (apps/core/testing/audit_guard.py)."""
    from apps.core.testing.audit_guard import guarded

    with guarded():
        yield


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded documents land in a temporary folder, never in the working tree."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def fresh_cache(db):
    """An empty shared cache before and after the test: throttle counts live there and must not carry over
    from one test to the next (the cache is shared across workers, docs/operations.md)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def meppel(db):
    from apps.reference.models import Municipality

    return Municipality.objects.get(code="GM0119")


@pytest.fixture
def coalition_a(db):
    return f.CoalitionFactory(name="Kansrijke Start Meppel", municipality=f.municipality("GM0119"))


@pytest.fixture
def coalition_b(db):
    return f.CoalitionFactory(name="Kansrijke Start Venlo", municipality=f.municipality("GM0983"))


@pytest.fixture
def lead_a(coalition_a):
    return f.member(coalition_a, "project_lead")


@pytest.fixture
def viewer_a(coalition_a):
    return f.member(coalition_a, "viewer")


@pytest.fixture
def lead_b(coalition_b):
    return f.member(coalition_b, "project_lead")


@pytest.fixture
def member_a(coalition_a):
    return f.member(coalition_a, "working_group_member")


@pytest.fixture
def outsider(db):
    return f.UserFactory()


@pytest.fixture
def region(coalition_a):
    """Regio Zuidwest-Drenthe: coalition A belongs to it, and its municipalities are Meppel and Westerveld."""
    region = f.CoalitionFactory(name="Regio Zuidwest-Drenthe", scope="regional", municipality=None)
    region.municipalities.add(f.municipality("GM0119"), f.municipality("GM1701"))
    coalition_a.region = region
    coalition_a.save(update_fields=["region"])
    return region


@pytest.fixture
def coordinator(region):
    return f.member(region, "regional_coordinator")


@pytest.fixture
def region_b(db):
    """Regio Noord- en Midden-Limburg: Venlo (coalition B's municipality) and Roermond; no coalition attached."""
    region = f.CoalitionFactory(name="Regio Noord- en Midden-Limburg", scope="regional", municipality=None)
    region.municipalities.add(f.municipality("GM0983"), f.municipality("GM0957"))
    return region


@pytest.fixture
def provider(db):
    """An organisation that offers services in the directory."""
    return f.OrganisationFactory(name="Humanitas Meppel")


@pytest.fixture
def employee(provider):
    user = f.UserFactory(first_name="Ilse", last_name="Mulder")
    user.organisations.add(provider)
    return user


@pytest.fixture
def maintainer(db):
    return f.UserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def client_a(client, lead_a):
    client.force_login(lead_a)
    return client


@pytest.fixture
def api_a(lead_a):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(lead_a)
    return api
