# SPDX-License-Identifier: EUPL-1.2
"""Lock-out per username + address (django-axes) and per address across usernames, answered with 429 on the login
form and on the API's Basic authentication alike."""

from __future__ import annotations

import base64

import pytest
from rest_framework.test import APIClient

from apps.core.testing.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "Kansrijk-test-2026"


def _basic(username: str, password: str) -> dict:
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


def test_a_locked_account_gets_429_through_basic_auth_even_with_the_right_password():
    UserFactory(username="doelwit")
    api = APIClient()
    answers = [api.get("/api/coalitions/", **_basic("doelwit", "fout")).status_code for _ in range(5)]
    assert set(answers[:4]) <= {401, 403} and answers[4] == 429  # the fifth failure locks
    response = api.get("/api/coalitions/", **_basic("doelwit", PASSWORD))
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Te veel mislukte inlogpogingen")
    assert int(response["Retry-After"]) == 15 * 60


def test_a_good_basic_login_still_works():
    UserFactory(username="gewoon")
    assert APIClient().get("/api/coalitions/", **_basic("gewoon", PASSWORD)).status_code == 200


def test_one_password_tried_across_many_accounts_locks_the_address(client, settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 8
    UserFactory(username="laatste")
    for i in range(8):  # eight accounts, one wrong password each: below axes' per-username limit of 5
        response = client.post("/inloggen/", {"username": f"account{i}", "password": "Zomer2026!"})
        assert response.status_code == 200, i
    # The address is locked, on the form and on the API, whoever logs in, even with her right password.
    response = client.post("/inloggen/", {"username": "laatste", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert APIClient().get("/api/coalitions/", **_basic("laatste", PASSWORD)).status_code == 429


def test_another_address_is_not_locked(client, settings):
    settings.LOGIN_ADDRESS_FAILURE_LIMIT = 3
    UserFactory(username="elders")
    for i in range(3):
        client.post("/inloggen/", {"username": f"account{i}", "password": "fout"})
    response = client.post("/inloggen/", {"username": "elders", "password": PASSWORD}, REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 302
