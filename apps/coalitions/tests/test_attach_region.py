# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest

from apps.coalitions.models import Coalition
from apps.core.testing import factories as f


def new_local(client, region):
    # Westerveld: a municipality of the region without a coalition yet (Meppel's would ask to confirm a second one).
    return client.post("/coalities/nieuw/", {"name": "Nieuwe coalitie", "scope": "local", "status": "in_talks",
                                             "municipality": f.municipality("GM1701").pk, "region": region.pk})


@pytest.mark.django_db
def test_a_viewer_of_a_region_cannot_attach_a_coalition_to_it(client, region):
    user = f.member(region, "viewer")
    client.force_login(user)
    response = new_local(client, region)
    assert response.status_code == 200
    assert not Coalition.objects.filter(name="Nieuwe coalitie").exists()


@pytest.mark.django_db
def test_the_regional_coordinator_can_attach_a_coalition_to_her_region(client, region):
    client.force_login(f.member(region, "regional_coordinator"))
    assert new_local(client, region).status_code == 302
    assert Coalition.objects.get(name="Nieuwe coalitie").region == region


@pytest.mark.django_db
def test_the_api_refuses_a_region_the_user_only_views(region):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(f.member(region, "viewer"))
    response = api.post("/api/coalitions/", {"name": "Via API", "scope": "local", "municipality": "GM0119",
                                             "region": region.pk}, format="json")
    assert response.status_code == 400
    assert "region" in response.data
