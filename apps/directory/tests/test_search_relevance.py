# SPDX-License-Identifier: EUPL-1.2
"""Relevance over the demo directory (Meppel, Noord- en Midden-Limburg): realistic queries of parents and
professionals, with and without postcode, each expecting a given service in the top 3. Run on SQLite and
PostgreSQL (`DATABASE_URL=postgres://…`).

The expectations are a person's judgement of the demo's services (apps/demo/directory_services_data.py), not
output of the search: e.g. a pregnant parent in Meppel is helped first by the midwife, a parent who feels down in
Venlo by the POP clinic, a professional looking for postnatal depression in Meppel by the hospital clinic that
Meppel's postnatal-depression pathway names.
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse

from apps.core.testing.factories import UserFactory
from apps.directory.search.engine import search_services
from apps.reference.models import Municipality

pytestmark = pytest.mark.django_db

CONTRACEPTION = ("Nu Niet Zwanger Drenthe", "Nu Niet Zwanger Limburg-Noord")

# (who, query, postcode or CBS code or None, expected service in the top 3)
CASES = [
    # parents, with their postcode (the public page's question)
    ("parent", "somber", "7941", "Poli verloskunde Isala Meppel"),
    ("parent", "borstvoeding", "7941", "Kraamzorg Het Nest"),
    ("parent", "zwanger", "7941", "Verloskundige zorg De Wieg"),
    ("parent", "ik heb schulden en ben zwanger", "7941", "Geldzorgen? Loket Geldzaken Meppel"),
    ("parent", "geldzorgen", "7941", "Geldzorgen? Loket Geldzaken Meppel"),
    ("parent", "weinig geld baby", "7941", "Babyspullen voor wie het krap heeft"),
    ("parent", "stoppen met roken", "7941", "Rookvrije Start Drenthe"),
    ("parent", "kinderwens", "7941", "Preconceptieconsult"),
    ("parent", "eenzaam", "7941", "Mama-café Meppel"),
    ("parent", "taal", "7941", "Taalcafé voor ouders"),
    ("parent", "consultatiebureau", "7941 AB", "Consultatiebureau Meppel"),
    ("parent", "somber", "5911", "Psychische hulp rond zwangerschap (POP-poli)"),
    ("parent", "babyblues", "5911", "Psychische hulp rond zwangerschap (POP-poli)"),
    ("parent", "schulden", "5911", "Schuldhulp Venlo"),
    ("parent", "voorlezen", "5911", "BoekStart Venlo"),
    ("parent", "huiselijk geweld", "5911", "Veilig Thuis Limburg-Noord"),
    ("parent", "tienermoeder", "5911", "Jonge Ouders Venlo"),
    ("parent", "te vroeg geboren", "6041", "Babyconnect Laurentius"),
    ("parent", "home-start", "5911", "Home-Start: een vrijwilliger voor jonge gezinnen"),
    # professionals, with a municipality, a postcode or nationwide
    ("professional", "depressie", "7941", "Poli verloskunde Isala Meppel"),
    ("professional", "postnatale depressie", None, "Psychische hulp rond zwangerschap (POP-poli)"),
    ("professional", "nu niet zwanger", "GM0119", "Nu Niet Zwanger Drenthe"),
    ("professional", "anticonceptie", "GM0983", "Nu Niet Zwanger Limburg-Noord"),
    ("professional", "schuldhulpverleing", "GM0119", "Schuldhulpverlening gemeente Meppel"),
    ("professional", "roken", "GM0983", "Rookvrije Start Limburg-Noord"),
    ("professional", "verloskundige", "6001", "Verloskundige zorg Kempenland"),
    ("professional", "tienermoeder", "GM0119", "VoorZorg Zuidwest-Drenthe"),
    ("professional", "laaggeletterdheid", "GM0119", "Taalcafé voor ouders"),
    ("professional", "voorzorg", None, "VoorZorg Zuidwest-Drenthe"),
    ("professional", "verstandelijke beperking", "GM0119", "Steun voor ouders met een licht verstandelijke beperking"),
    ("professional", "ontwikkeling baby", "GM0119", "Vroeg Erbij Meppel"),
    ("professional", "schulden zwanger", None, "Geldzorgen? Loket Geldzaken Meppel"),
]

PREGNANCY_QUERIES = ["zwanger", "ik heb schulden en ben zwanger", "schulden zwanger", "ik ben zwanger"]


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setenv("KANSRIJK_DEV", "1")
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    cache.clear()
    call_command("demo", stdout=StringIO())


def _search(query: str, where: str | None) -> list[str]:
    if where and where.startswith("GM"):
        found = search_services(query, municipality=Municipality.objects.get(code=where), limit=10)
    else:
        found = search_services(query, postcode=where or "", limit=10)
    return [service.name for service in found]


def test_the_expected_service_is_in_the_top_3_of_realistic_queries(demo):
    assert len(CASES) >= 20
    misses = []
    for who, query, where, expected in CASES:
        top = _search(query, where)[:3]
        if expected not in top:
            misses.append(f"{who}: {query!r} ({where or 'heel Nederland'}) → {top}, expected {expected!r}")
    for query in PREGNANCY_QUERIES:
        for where in ("7941", "5911", None):
            top = _search(query, where)
            if top and top[0] in CONTRACEPTION:
                misses.append(f"{query!r} ({where}) ranks contraception first: {top[:3]}")
    assert not misses, "\n".join(misses)


def test_the_pages_own_example_words_find_results(demo, client):
    # Parents' page: its help text names "somber" and "borstvoeding" and the postcode 7941.
    for word, expected in (("somber", "Poli verloskunde Isala Meppel"), ("borstvoeding", "Kraamzorg Het Nest"),
                           ("geldzorgen", "Geldzorgen? Loket Geldzaken Meppel"),
                           ("zwanger", "Verloskundige zorg De Wieg")):
        html = client.get(reverse("directory:public_search"), {"q": word, "postcode": "7941"}).content.decode()
        assert expected in html, word
        assert "Wij vonden niets" not in html
    # A professional: "depressie" in Meppel finds the service of Meppel's postnatal-depression pathway.
    client.force_login(UserFactory())
    html = client.get(reverse("directory:search"), {"q": "depressie", "postcode": "7941"}).content.decode()
    assert "Poli verloskunde Isala Meppel" in html
    assert "Niets gevonden" not in html
