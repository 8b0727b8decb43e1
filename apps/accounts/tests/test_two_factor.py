# SPDX-License-Identifier: EUPL-1.2
"""Two-step verification: turn it on with a code from the app, then the login asks for it."""

from __future__ import annotations

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.core.testing.factories import UserFactory

PASSWORD = "Kansrijk-test-2026"
URL = "/account/tweestapsverificatie/"


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def reusable(device: TOTPDevice) -> TOTPDevice:
    """A test runs within one 30-second step: forget the used step and earlier failures, as time would."""
    device.refresh_from_db()
    device.last_t = -1
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    return device


def enable(client, user) -> TOTPDevice:
    client.force_login(user)
    client.post(URL, {"step": "start"})
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(URL, {"step": "confirm", "code": code_for(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    return device


@pytest.mark.django_db
def test_starting_shows_a_qr_code_and_the_secret(client):
    user = UserFactory()
    client.force_login(user)
    client.post(URL, {"step": "start"})
    page = client.get(URL).content.decode()
    assert "<svg" in page and "QR-code" in page
    assert TOTPDevice.objects.filter(user=user, confirmed=False).count() == 1


@pytest.mark.django_db
def test_a_wrong_code_does_not_turn_it_on(client):
    user = UserFactory()
    client.force_login(user)
    client.post(URL, {"step": "start"})
    response = client.post(URL, {"step": "confirm", "code": "000000"})
    assert response.status_code == 200
    assert "klopt niet" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=user, confirmed=True).exists()


@pytest.mark.django_db
def test_the_right_code_turns_it_on(client):
    device = enable(client, UserFactory())
    assert device.confirmed
    assert "staat aan" in client.get(URL).content.decode()


@pytest.mark.django_db
def test_with_it_on_the_login_needs_the_code(client):
    user = UserFactory(username="vk.meppel")
    device = enable(client, user)
    client.logout()
    response = client.post("/inloggen/", {"username": "vk.meppel", "password": PASSWORD})
    assert response.status_code == 200
    assert "Vul de code uit uw authenticator-app in" in response.content.decode()
    assert "_auth_user_id" not in client.session
    reusable(device)
    response = client.post("/inloggen/", {"username": "vk.meppel", "password": PASSWORD,
                                          "otp_token": code_for(device)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
    assert client.session.get("otp_device_id") == device.persistent_id


@pytest.mark.django_db
def test_a_wrong_code_at_login_is_refused(client):
    user = UserFactory(username="jgz.meppel")
    enable(client, user)
    client.logout()
    response = client.post("/inloggen/", {"username": "jgz.meppel", "password": PASSWORD, "otp_token": "123456"})
    assert response.status_code == 200
    assert "klopt niet" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_without_it_the_login_needs_no_code(client):
    UserFactory(username="zonder")
    assert client.post("/inloggen/", {"username": "zonder", "password": PASSWORD}).status_code == 302


@pytest.mark.django_db
def test_turning_it_off_needs_a_valid_code(client):
    user = UserFactory()
    device = enable(client, user)
    assert client.post(URL, {"step": "disable", "code": "000000"}).status_code == 200
    assert TOTPDevice.objects.filter(user=user).exists()
    reusable(device)
    assert client.post(URL, {"step": "disable", "code": code_for(device)}).status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
