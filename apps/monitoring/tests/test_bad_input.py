# SPDX-License-Identifier: EUPL-1.2
"""Bad input never gives a 500: malformed query values on every page and API route, broken import files."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.test import APIClient

from apps.core.testing import factories as f
from apps.monitoring.engine.seed import seed
from apps.monitoring.models import ImportBatch

pytestmark = pytest.mark.django_db

HUGE = "9" * 30
BAD_QUERIES = [
    "", "?jaar=abc", f"?jaar={HUGE}", "?jaar=-5", "?periode=2019-2099", "?periode=abc", f"?periode={HUGE}-{HUGE}",
    "?periode=2023-2019", "?indicator=bestaat-niet", "?indicator=%00", "?periode=%00",
    "?gemeente=%00", "?gemeente=GM9999", "?gemeente=%27%22%3C",
    f"?gemeente={HUGE}", "?page=-1", "?page=abc", f"?page={HUGE}", "?page=0", "?format=bogus", "?format=",
    "?tabel=proces&format=bogus", "?niveau=xx", "?regio=GG9999",
]
PAGES = [
    ("monitoring:index", []), ("monitoring:indicators", []), ("monitoring:map", []),
    ("monitoring:municipality", ["GM0119"]), ("monitoring:municipality", ["GM9999"]),
    ("monitoring:municipality", ["%27"]), ("monitoring:postcodes", ["GM0119"]), ("monitoring:postcodes", ["XX"]),
    ("monitoring:region", ["GG0706"]), ("monitoring:region", ["GG9999"]), ("monitoring:import-history", []),
    ("monitoring:import", []),
]
API = [
    "/api/monitoring/indicators/", "/api/monitoring/indicators/bestaat-niet/", "/api/monitoring/areas/",
    "/api/monitoring/areas/GM9999/", "/api/monitoring/observations/", "/api/monitoring/results/GM9999/",
    "/api/monitoring/results/GM0119/", "/api/monitoring/process/", "/api/monitoring/indicators/%00/",
    "/api/monitoring/areas/%00/", "/api/monitoring/results/%00/", "/api/monitoring/indicators/big2/",
]
API_QUERIES = [
    "", "?year=abc", f"?year={HUGE}", "?year=-1", "?page=-1", "?page=abc", f"?page={HUGE}", "?indicator=bestaat-niet",
    "?area=GM9999", f"?area={HUGE}", "?level=planeet", "?pooled=misschien", "?source=fax", f"?limit={HUGE}",
    f"?offset={HUGE}", "?limit=-1", "?indicator=%00", "?area=%00", "?level=%00", "?source=%00",
]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        batch = seed(range(2019, 2024), codes=["big2", "stillbirth"])
    yield batch
    with django_db_blocker.unblock():
        ImportBatch.objects.filter(pk=batch.pk).delete()


@pytest.fixture
def importer_client(client):
    user = f.UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="add_importbatch"))
    client.force_login(user)
    return client


def assert_no_server_error(response, url: str) -> None:
    assert response.status_code < 500, f"{url}: {response.status_code}"
    if response.status_code >= 400 and response.get("Content-Type", "").startswith("text/html"):
        # A page that refuses says so in Dutch, never a bare English error.
        assert "Server Error" not in response.content.decode()


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize(("name", "args"), PAGES)
def test_monitoring_pages_survive_malformed_queries(seeded, importer_client, name, args, query):
    url = reverse(name, args=args) + query
    assert_no_server_error(importer_client.get(url), url)


@pytest.mark.parametrize("query", ["?jaar=abc", f"?jaar={HUGE}", "?jaar=-5", "?format=bogus", "?page=-1",
                                   f"?jaar={HUGE}&format=csv"])
def test_the_yearly_report_survives_malformed_queries(client, coalition_a, lead_a, query):
    client.force_login(lead_a)
    url = reverse("monitoring:report", args=[coalition_a.pk]) + query
    response = client.get(url)
    assert response.status_code == 200, url  # a bad year falls back to a sensible one


@pytest.mark.parametrize("year", ["abc", HUGE, "-1", "1800", "20240"])
def test_a_local_value_with_a_bad_year_is_refused_in_dutch(client, coalition_a, lead_a, year):
    from apps.monitoring.models import Indicator, Kind

    indicator = Indicator.objects.create(code="lokaal-x", name="Ouders bereikt", kind=Kind.LOCAL, unit="count",
                                         coalition=coalition_a)
    client.force_login(lead_a)
    url = reverse("monitoring:local-indicator-detail", args=[coalition_a.pk, indicator.pk])
    response = client.post(url, {"year": year, "numerator": HUGE})
    assert response.status_code == 400
    assert not indicator.observations.exists()


@pytest.mark.parametrize("query", API_QUERIES)
@pytest.mark.parametrize("path", API)
def test_monitoring_api_answers_4xx_never_500(seeded, path, query):
    api = APIClient()
    api.force_authenticate(f.UserFactory())
    response = api.get(path + query)
    assert response.status_code < 500, f"{path}{query}: {response.status_code}"
    if response.status_code == 400:
        assert response.json()  # with a reason


BROKEN_FILES = [
    ("leeg.csv", b"", "leeg"),
    ("alleen-kop.csv", b"indicator;gebied;periode;teller;noemer\n", "geen"),
    ("latin1.csv", "indicator;gebied;periode;teller;noemer\nbig2;GM0119;2021;é;3\n".encode("latin-1"), "UTF-8"),
    ("utf16.csv", "indicator;gebied;periode;teller;noemer\n".encode("utf-16"), ""),
    ("nep.xlsx", b"PK\x03\x04 dit is geen werkboek", "XLSX"),
    ("tekst.xlsx", b"indicator;gebied\n", "XLSX"),
    ("kolommen.csv", b"indicator;gebied\nbig2;GM0119\n", "ontbreekt"),
    ("binair.csv", bytes(range(256)) * 4, ""),
    ("plaatje.png", b"\x89PNG\r\n\x1a\n", ""),
    ("groot-getal.csv", f"indicator;gebied;periode;teller;noemer\nbig2;GM0119;{HUGE};{HUGE};{HUGE}\n".encode(), ""),
    ("periode.csv", b"indicator;gebied;periode;teller;noemer\nbig2;GM0119;2019-2099;1;3\n", ""),
]


@pytest.mark.parametrize(("name", "content", "expected"), BROKEN_FILES)
def test_broken_import_files_give_a_dutch_error_and_store_nothing(importer_client, name, content, expected):
    response = importer_client.post(reverse("monitoring:import"), {
        "file": SimpleUploadedFile(name, content), "key": "test"})
    assert response.status_code == 400, name
    html = response.content.decode()
    assert expected in html
    assert "Traceback" not in html and "Server Error" not in html
    assert not ImportBatch.objects.filter(key="test").exists()
