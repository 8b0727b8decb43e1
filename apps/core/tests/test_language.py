# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_an_english_browser_still_gets_the_dutch_interface(client):
    response = client.get("/inloggen/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response["Content-Language"] == "nl"
    assert '<html lang="nl">' in response.content.decode()


@pytest.mark.django_db
def test_the_language_switch_sets_english_until_switched_back(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/inloggen/"})
    assert client.get("/inloggen/")["Content-Language"] == "en"
    client.post("/i18n/setlang/", {"language": "nl", "next": "/inloggen/"})
    assert client.get("/inloggen/")["Content-Language"] == "nl"


@pytest.mark.django_db
def test_an_unknown_language_cookie_falls_back_to_dutch(client):
    client.cookies["django_language"] = "xx"
    assert client.get("/inloggen/")["Content-Language"] == "nl"
