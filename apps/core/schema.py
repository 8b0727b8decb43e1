# SPDX-License-Identifier: EUPL-1.2
"""OpenAPI post-processing: every operation lists the refusals it can give (400, 403, 404), as the API answers them.

drf-spectacular documents the success answer of each view; the refusals come from the shared machinery (the
exception handler, permissions, the input guard), so they are added here once, for every operation that can give
them: 400 for a body or query parameters, 403 where a login is required, 404 where the path names an object.
"""

from __future__ import annotations

ERROR = {"$ref": "#/components/schemas/Fout"}
ERROR_SCHEMA = {
    "type": "object",
    "description": "Een weigering met de reden: `detail`, of per veld een lijst meldingen.",
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": {},
}
REASONS = {
    "400": "Ongeldige invoer; de reden staat in het antwoord.",
    "403": "Niet ingelogd, of geen recht op deze handeling.",
    "404": "Niet gevonden (of niet zichtbaar voor deze gebruiker).",
}
METHODS = {"get", "put", "patch", "post", "delete"}


def add_refusals(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Fout"] = ERROR_SCHEMA
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in METHODS:
                continue
            responses = operation.setdefault("responses", {})
            has_query = any(p.get("in") == "query" for p in operation.get("parameters", []))
            codes = []
            if method in {"post", "put", "patch"} or has_query:
                codes.append("400")
            if any(requirement for requirement in operation.get("security", [])):
                codes.append("403")
            if "{" in path:
                codes.append("404")
            for code in codes:
                responses.setdefault(code, {"content": {"application/json": {"schema": ERROR}},
                                            "description": REASONS[code]})
            operation["responses"] = dict(sorted(responses.items()))
    return result
