# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest
from django.contrib.auth.hashers import identify_hasher

from apps.core.testing.factories import UserFactory

PASSWORD = "Kansrijk-test-2026"


@pytest.mark.django_db
def test_passwords_are_hashed_with_argon2(settings):
    from django.conf import settings as real_settings

    settings.PASSWORD_HASHERS = [h for h in real_settings.PASSWORD_HASHERS if "MD5" not in h]
    assert settings.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    user = UserFactory()
    assert identify_hasher(user.password).algorithm == "argon2"
    assert user.check_password(PASSWORD)


@pytest.mark.django_db
def test_a_user_logs_in_through_the_form_and_lands_on_her_coalitions(client):
    user = UserFactory(username="verloskundige")
    response = client.post("/inloggen/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/"  # the home page sends each role where its work is (tests/test_landing.py)
    assert client.get("/")["Location"] == "/coalities/"


@pytest.mark.django_db
def test_a_wrong_password_gets_a_dutch_message(client):
    UserFactory(username="jgz")
    response = client.post("/inloggen/", {"username": "jgz", "password": "fout"})
    assert response.status_code == 200
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in response.content.decode()


@pytest.mark.django_db
def test_five_failed_logins_lock_the_account_even_for_the_right_password(client):
    UserFactory(username="doelwit")
    for _ in range(5):
        client.post("/inloggen/", {"username": "doelwit", "password": "fout"})
    response = client.post("/inloggen/", {"username": "doelwit", "password": PASSWORD})
    assert response.status_code == 429
    assert "Tijdelijk geblokkeerd" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_pages_need_a_login(client):
    response = client.get("/coalities/")
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/")


@pytest.mark.django_db
def test_the_interface_is_dutch_by_default_and_english_on_request(client):
    user = UserFactory()
    client.force_login(user)
    assert "Mijn coalities" in client.get("/coalities/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/coalities/"})
    assert 'lang="en"' in client.get("/coalities/").content.decode()
