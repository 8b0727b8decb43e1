# SPDX-License-Identifier: EUPL-1.2
"""The OpenAPI schema lists the refusals the API really gives: each 400/403/404 answered here is in the schema for
that operation (apps/core/schema.py)."""

from __future__ import annotations

import pytest
import yaml
from isolation_api_endpoints import SCOPED
from rest_framework.test import APIClient

from kansrijk.settings import BASE_DIR

pytestmark = pytest.mark.django_db
SCHEMA = yaml.safe_load((BASE_DIR / "docs/openapi.yaml").read_text())


def listed(path: str, method: str) -> set[str]:
    return set(SCHEMA["paths"][path][method]["responses"])


@pytest.mark.parametrize("endpoint", [*SCOPED, "coalitions"])
def test_the_refusals_given_are_the_refusals_listed(lead_a, endpoint):
    api, anonymous = APIClient(), APIClient()
    api.force_authenticate(lead_a)
    answers = {
        (f"/api/{endpoint}/{{id}}/", "get"): api.get(f"/api/{endpoint}/987654/").status_code,
        (f"/api/{endpoint}/{{id}}/", "patch"): api.patch(f"/api/{endpoint}/987654/", {}, format="json").status_code,
        (f"/api/{endpoint}/{{id}}/", "delete"): api.delete(f"/api/{endpoint}/987654/").status_code,
        (f"/api/{endpoint}/", "post"): api.post(f"/api/{endpoint}/", "[]", content_type="application/json").status_code,
        (f"/api/{endpoint}/", "get"): anonymous.get(f"/api/{endpoint}/").status_code,
    }
    if endpoint == "coalitions":  # no DELETE on a coalition: not in the schema either
        assert answers.pop((f"/api/{endpoint}/{{id}}/", "delete")) == 405
        assert "delete" not in SCHEMA["paths"][f"/api/{endpoint}/{{id}}/"]
    assert sorted(answers.values())[:3] == [400, 403, 404]
    assert set(answers.values()) == {400, 403, 404}
    for (path, method), status in answers.items():
        assert str(status) in listed(path, method), (path, method, status)


def test_every_operation_on_one_object_lists_404_and_every_write_lists_400():
    operations = [(path, method, op) for path, ops in SCHEMA["paths"].items() for method, op in ops.items()
                  if method in {"get", "post", "put", "patch", "delete"}]
    assert len(operations) > 90
    for path, method, op in operations:
        if "{" in path:
            assert "404" in op["responses"], (path, method)
        if method in {"post", "put", "patch"}:
            assert "400" in op["responses"], (path, method)
