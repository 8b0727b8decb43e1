# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest

from apps.plans.models import Plan


@pytest.mark.django_db
def test_opening_the_plan_page_writes_nothing(client, coalition_a, viewer_a):
    client.force_login(viewer_a)
    response = client.get(f"/coalities/{coalition_a.pk}/plan/")
    assert response.status_code == 200
    assert not Plan.objects.filter(coalition=coalition_a).exists()
    assert client.get(f"/coalities/{coalition_a.pk}/plan/?format=pdf").status_code == 200
    assert not Plan.objects.filter(coalition=coalition_a).exists()
