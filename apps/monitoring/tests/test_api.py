# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt

import pytest
from rest_framework.test import APIClient

from apps.core.testing import factories as f
from apps.monitoring.exchange.importer import run_import
from apps.monitoring.models import Indicator
from apps.monitoring.pages.views_coalition import save_local_value

pytestmark = pytest.mark.django_db

DATA = (b"indicator;gebied;periode;teller;noemer\n"
        b"big2;GM0119;2021;45;344\nbig2;PV22;2021;620;4600\nbig2;NL;2021;24800;167500\n"
        b"stillbirth;GM0119;2021;3;344\n")


@pytest.fixture
def api(db):
    client = APIClient()
    client.force_authenticate(f.UserFactory())
    return client


def test_api_needs_authentication():
    assert APIClient().get("/api/monitoring/observations/").status_code in (401, 403)


def test_indicators_and_areas(api):
    response = api.get("/api/monitoring/indicators/big2/")
    assert response.status_code == 200 and response.data["unit"] == "per1000"
    response = api.get("/api/monitoring/areas/", {"level": "province"})
    assert response.data["count"] == 12
    assert api.get("/api/monitoring/areas/7942/").data["parent"] == "GM0119"
    assert api.get("/api/monitoring/areas/", {"level": "planet"}).status_code == 400


def test_observations_hide_suppressed_numbers(api):
    run_import(DATA, "x.csv", key="k")
    response = api.get("/api/monitoring/observations/", {"area": "GM0119"})
    rows = {row["indicator"]: row for row in response.data["results"]}
    assert rows["big2"]["numerator"] == 45 and rows["big2"]["ci_low"] is not None
    assert rows["stillbirth"]["suppressed"] is True
    assert all(rows["stillbirth"][name] is None for name in ("numerator", "denominator", "value", "ci_low", "ci_high"))
    assert api.get("/api/monitoring/observations/", {"year": "twintig"}).status_code == 400
    assert api.get("/api/monitoring/observations/", {"source": "engine"}).data["count"] == 0


def test_results_compare_with_province_and_country(api):
    run_import(DATA, "x.csv", key="k")
    response = api.get("/api/monitoring/results/GM0119/")
    assert response.status_code == 200
    big2 = next(r for r in response.data["results"] if r["indicator"] == "big2")
    assert [c["area"] for c in big2["comparisons"]] == ["PV22", "NL"]
    assert big2["comparisons"][1]["result"] in ("same", "lower", "higher")
    assert api.get("/api/monitoring/results/GM9999/").status_code == 404


def test_process_indicators_for_the_country(api):
    f.CoalitionFactory(municipality=f.municipality("GM0119"), status="formed", formed_on=dt.date(2020, 1, 1))
    response = api.get("/api/monitoring/process/", {"area": "NL"})
    assert response.status_code == 200
    formed = next(i for i in response.data[0]["indicators"] if i["indicator"] == "coalition_formed")
    assert formed["municipalities_true"] == 1 and formed["municipalities"] == 342
    assert formed["last_true"] == dt.date.today().isoformat()
    assert api.get("/api/monitoring/process/", {"area": "XX"}).status_code == 400


def test_local_indicators_follow_coalition_access(coalition_a, lead_a, lead_b):
    indicator = Indicator.objects.create(code="lokaal-bereik", name="Ouders bereikt", unit="count", kind="local",
                                         coalition=coalition_a)
    save_local_value(coalition_a, indicator, 2025, 37, None, lead_a)
    own, other = APIClient(), APIClient()
    own.force_authenticate(lead_a)
    other.force_authenticate(lead_b)
    assert own.get("/api/monitoring/indicators/lokaal-bereik/").status_code == 200
    assert other.get("/api/monitoring/indicators/lokaal-bereik/").status_code == 404
    assert own.get("/api/monitoring/observations/", {"indicator": "lokaal-bereik"}).data["count"] == 1
    assert other.get("/api/monitoring/observations/", {"indicator": "lokaal-bereik"}).data["count"] == 0
    assert other.get(f"/api/monitoring/areas/KS{coalition_a.pk}/").status_code == 404
    assert own.get(f"/api/monitoring/areas/KS{coalition_a.pk}/").status_code == 200
