# SPDX-License-Identifier: EUPL-1.2
"""A 404 from the API is a generic Dutch "Niet gevonden.": it names no model and no query."""

from __future__ import annotations

import pytest
from isolation_api_endpoints import SCOPED
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("endpoint", [*SCOPED, "coalitions"])
def test_an_unknown_object_is_niet_gevonden(lead_a, endpoint):
    api = APIClient()
    api.force_authenticate(lead_a)
    for response in (api.get(f"/api/{endpoint}/987654/"), api.patch(f"/api/{endpoint}/987654/", {}, format="json")):
        assert response.status_code == 404
        assert response.json() == {"detail": "Niet gevonden."}


def test_another_coalitions_object_is_niet_gevonden_too(lead_a, coalition_b):
    api = APIClient()
    api.force_authenticate(lead_a)
    response = api.get(f"/api/coalitions/{coalition_b.pk}/")
    assert response.status_code == 404 and response.json() == {"detail": "Niet gevonden."}
