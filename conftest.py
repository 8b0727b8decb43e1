# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures: the people every permission test needs (a project lead of A, a viewer of A, an outsider in B)."""

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
def media_in_tmp(settings, tmp_path):
    """Uploaded documents land in a temporary folder, never in the working tree."""
    settings.MEDIA_ROOT = tmp_path / "media"


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
def client_a(client, lead_a):
    client.force_login(lead_a)
    return client


@pytest.fixture
def api_a(lead_a):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(lead_a)
    return api
