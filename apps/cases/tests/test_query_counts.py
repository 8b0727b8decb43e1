# SPDX-License-Identifier: EUPL-1.2
"""The hub dashboard, the case list and a case page make as many queries with 3 cases in the hub as with 30."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.cases import explore, referrals
from apps.cases import testing as t


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_families(n, hub, midwife, hub_nurse, service):
    for i in range(n):
        case = t.signal(midwife, hub, name=f"Moeder {i}", born=datetime.date(1990, 1, 1) + datetime.timedelta(i))
        explore.triage(case, hub_nurse, "vulnerable", "x")
        referrals.refer(case, hub_nurse, service, mode="live", note="", explicit_consent=True)


@pytest.mark.parametrize("page", ["hub", "index", "detail"])
def test_query_count_does_not_grow_with_the_data(client, case_a, hub_nurse, midwife, service, page):
    urls = {"hub": reverse("cases:hub", args=[case_a.hub_id]), "index": reverse("cases:index"),
            "detail": reverse("cases:detail", args=[case_a.pk])}
    t.verify(client, hub_nurse)
    add_families(2, case_a.hub, midwife, hub_nurse, service)
    few = queries(client, urls[page])
    add_families(27, case_a.hub, midwife, hub_nurse, service)
    assert queries(client, urls[page]) == few
