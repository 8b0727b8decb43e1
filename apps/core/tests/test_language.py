# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_an_english_browser_still_gets_the_dutch_interface(client):
    response = client.get("/inloggen/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response["Content-Language"] == "nl"
    assert '<html lang="nl"' in response.content.decode()


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


@pytest.mark.django_db
def test_the_english_interface_is_translated(client_a, coalition_a):
    client_a.post("/i18n/setlang/", {"language": "en", "next": "/coalities/"})
    assert "My coalitions" in client_a.get("/coalities/").content.decode()
    page = client_a.get(f"/coalities/{coalition_a.pk}/minimale-eisen/").content.decode()
    assert "Minimum requirements check" in page
    assert "Toets minimale eisen" not in page


def test_every_dutch_string_has_an_english_translation():
    from pathlib import Path

    from django.conf import settings

    po = (Path(settings.BASE_DIR) / "locale/en/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    entries = po.split("\n\n")[1:]  # the first block is the header
    untranslated = [e for e in entries if 'msgstr ""' in e and "msgstr[" not in e and '"\n"' not in e.split("msgstr")[1]]
    fuzzy = [e for e in entries if "#, fuzzy" in e]
    assert not untranslated, untranslated[:3]
    assert not fuzzy, fuzzy[:3]
