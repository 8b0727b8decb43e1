# SPDX-License-Identifier: EUPL-1.2
"""Validation against the official HSDS 3.0 JSON Schemas (Draft 7), with Dutch messages.

The schema files refer to each other by file name (`"$ref": "organization.json"`), so the registry is keyed by
file name and every schema is loaded once. Formats are checked where jsonschema can (uuid, email, date-time).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from django.utils.translation import gettext as _
from jsonschema import Draft7Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"


@cache
def registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents, default_specification=DRAFT7)))
    return Registry().with_resources(resources)


@cache
def validator(schema_name: str) -> Draft7Validator:
    """A validator for one schema file, e.g. "service.json"."""
    schema = registry().contents(schema_name)
    return Draft7Validator(schema, registry=registry(), format_checker=FormatChecker())


def error_path(error: ValidationError) -> str:
    """The field as HSDS names it, e.g. `service_at_locations[0].location.addresses[0].postal_code`."""
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        path = f"{path}.{missing}" if path else missing
    return path


def dutch_message(error: ValidationError) -> str:
    """Say in Dutch what is wrong; the field name is reported separately."""
    if error.validator == "required":
        return _("ontbreekt, maar is verplicht")
    if error.validator == "type":
        return _("‘%(value)s’ heeft het verkeerde type (verwacht: %(type)s)") % {
            "value": _short(error.instance), "type": error.validator_value}
    if error.validator == "enum":
        return _("‘%(value)s’ is geen toegestane waarde (toegestaan: %(allowed)s)") % {
            "value": _short(error.instance), "allowed": ", ".join(map(str, error.validator_value))}
    if error.validator == "format":
        return _("‘%(value)s’ is geen geldige waarde van het formaat %(format)s") % {
            "value": _short(error.instance), "format": error.validator_value}
    return _("‘%(value)s’ voldoet niet aan het schema (%(rule)s)") % {
        "value": _short(error.instance), "rule": error.validator}


def _short(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def schema_errors(instance, schema_name: str) -> list[tuple[str, str]]:
    """Every violation of `schema_name` as (field path, Dutch message), in document order."""
    errors = sorted(validator(schema_name).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    return [(error_path(error), dutch_message(error)) for error in errors]


def is_valid(instance, schema_name: str) -> bool:
    return validator(schema_name).is_valid(instance)
