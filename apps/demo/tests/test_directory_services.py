# SPDX-License-Identifier: EUPL-1.2
"""The demo directory: realistic, idempotent, with stale, waiting-list and claimed listings and a working login."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from apps.accounts.models import User
from apps.demo.directory_services_data import REGION_PLACES
from apps.directory import access
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation
from apps.directory.upkeep import core as upkeep

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def dev_mode(monkeypatch):
    monkeypatch.setenv("KANSRIJK_DEV", "1")
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (Service, Location, OpeningHours, ServiceAtLocation)}


def _snapshot() -> list[dict]:
    return list(Service.objects.order_by("pk").values("name", "last_verified_at", "claimed_at", "capacity",
                                                       "waiting_weeks", "search_document"))


def test_the_demo_directory_is_realistic_and_idempotent(client):
    call_command("demo", stdout=StringIO())
    first, rows = _counts(), _snapshot()
    call_command("demo", stdout=StringIO())
    assert _counts() == first
    assert _snapshot() == rows

    services = Service.objects.all()
    assert 60 <= first["Service"] <= 120
    assert services.filter(upkeep.stale_q()).count() >= 10
    assert services.exclude(upkeep.stale_q()).count() >= 10
    assert services.filter(capacity="waiting_list", waiting_weeks__isnull=False).count() >= 5
    assert services.filter(capacity="full").exists()
    assert services.filter(claimed_at__isnull=False).count() >= 4
    assert services.filter(intervention__isnull=False).values("intervention").distinct().count() >= 10

    # Money and debt help for pregnant clients in Meppel.
    meppel_debts = [s for s in services.filter(municipalities__code="GM0119")
                    if "poverty_debts" in s.situations and "during" in s.phases]
    assert len(meppel_debts) >= 3
    assert Service.objects.filter(search_document__icontains="schulden", municipalities__code="GM0119").exists()
    assert Service.objects.filter(search_document__icontains="geldzorgen", municipalities__code="GM0119").exists()

    # Every municipality of the region is covered, and every location's municipality follows from its postcode.
    for code in [*REGION_PLACES, "GM0119"]:
        assert services.filter(municipalities__code=code).exists(), code
    for location in Location.objects.all():
        assert location.municipality is not None and location.pc4 == location.postcode[:4], location

    # Fictional contact details only.
    assert not services.exclude(email__endswith=".invalid").exclude(email="").exists()
    assert not services.exclude(phone__startswith="0000").exclude(phone="").exists()

    # The organisation contact logs in and sees her stale listings first.
    contact = User.objects.get(username="aanbieder.meppel")
    # She also receives referrals, so her account has a second factor (demo_code prints the current one).
    code = StringIO()
    call_command("demo_code", "aanbieder.meppel", stdout=code)
    login = client.post("/inloggen/", {"username": "aanbieder.meppel", "password": "kansrijk-demo",
                                       "otp_token": code.getvalue().strip()})
    assert login.status_code == 302
    response = client.get(reverse("directory:manage"))
    assert response.status_code == 200
    stale = response.context["stale_rows"]
    assert stale and all(row["can_verify"] for row in stale)
    assert access.editable_services(contact).exists()
