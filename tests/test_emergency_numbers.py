# SPDX-License-Identifier: EUPL-1.2
"""Emergency numbers are tap-to-call links wherever they appear, and a waiting list shows in the parents' results.

The class of fault is a number a parent on a phone has to copy by hand: every template that names 112 or Veilig
Thuis (0800 2000) must make it a `tel:` link, and a translation must keep the link.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse

from apps.directory.choices import Capacity
from apps.directory.testing.factories import ServiceFactory

ROOT = Path(settings.BASE_DIR)
TEL_LINK = re.compile(r'<a href="tel:(112|08002000)">(112|0800 2000)</a>')
NUMBER = re.compile(r"(?<![\d.,-])(112|0800[ -]?2000)(?![\d.,])")


def templates() -> list[Path]:
    found = sorted(ROOT.glob("templates/**/*.html")) + sorted(ROOT.glob("apps/*/templates/**/*.html"))
    assert len(found) > 100  # the glob found the project's templates
    return found


def test_every_emergency_number_in_a_template_is_a_tel_link():
    bare = []
    for path in templates():
        text = path.read_text(encoding="utf-8")
        for match in TEL_LINK.finditer(text):
            assert match.group(1) == match.group(2).replace(" ", ""), f"{path}: link and number differ"
        rest = TEL_LINK.sub("", text)
        bare += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in NUMBER.finditer(rest)]
    assert not bare, bare


def test_translations_keep_the_tel_links():
    for po in [ROOT / "locale/en/LC_MESSAGES/django.po", *ROOT.glob("apps/*/locale/en/LC_MESSAGES/django.po")]:
        text = po.read_text(encoding="utf-8")
        for entry in text.split("\n\n"):
            msgid = "".join(re.findall(r'"(.*)"', entry.split("msgstr")[0]))
            msgstr = "".join(re.findall(r'"(.*)"', entry.split("msgstr", 1)[1])) if "msgstr" in entry else ""
            if "tel:" in msgid and msgstr:
                links = sorted(re.findall(r'href=\\?"tel:[^"\\]+', msgid))
                assert sorted(re.findall(r'href=\\?"tel:[^"\\]+', msgstr)) == links, (po, msgid)


@pytest.fixture
def waiting(db):
    cache.clear()
    yield ServiceFactory(name="Thuisadministratie voor ouders", description="Hulp bij schulden en rekeningen.",
                         capacity=Capacity.WAITING_LIST, waiting_weeks=6)
    cache.clear()


def test_the_parents_results_list_shows_the_waiting_list_and_tap_to_call_numbers(client, waiting):
    ServiceFactory(name="Geldzorgen spreekuur", description="Hulp bij schulden.", capacity=Capacity.OPEN)
    html = client.get(reverse("directory:public_search"), {"q": "schulden"}).content.decode()
    results = html.split('<ol aria-labelledby="results">')[1].split("</ol>")[0]
    assert "Thuisadministratie voor ouders" in results and "Geldzorgen spreekuur" in results
    assert results.count("Wachtlijst: ongeveer 6 weken") == 1  # the open service says nothing about capacity
    assert '<a href="tel:112">112</a>' in html and '<a href="tel:08002000">0800 2000</a>' in html


def test_a_phone_number_with_spaces_dials_as_digits(client, waiting, outsider):
    waiting.phone = "0522 - 23 45 67"
    waiting.save()
    public = client.get(reverse("directory:public_service", args=[waiting.uuid])).content.decode()
    assert 'href="tel:0522234567"' in public
    client.force_login(outsider)
    for url in (reverse("directory:service", args=[waiting.uuid]),
                reverse("directory:search") + "?q=schulden"):
        assert 'href="tel:0522234567"' in client.get(url).content.decode(), url
