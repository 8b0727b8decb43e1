# SPDX-License-Identifier: EUPL-1.2
"""Lenient reading (`import_hsds --lenient`): map the known deviations of real-world HSDS feeds, and say so.

Exports from provider systems are rarely strict HSDS 3.0. The deviations below are corrected, each listed per
record; anything else is still refused by the schema, and strict reading stays the default. The corrections:

- an id that is not a UUID (`svc_7269`) → a stable UUIDv5 of it (the same source id gives the same UUID in every
  record and every import, so references still meet); the source id is kept: as an `organization_identifiers`
  item (scheme `kansrijk-bron`) on organisations, as `external_identifier` on locations, and in the report;
- a string where the schema wants a number (`"year_incorporated": "1998"`) → the number;
- an object where the schema wants a list (`"metadata": {...}`) → a list of that one object;
- a missing `location_type` / `address_type` → `physical`;
- a sub-record without `id` (schedule rows, phones, …) → a UUIDv5 of its place in the record.
"""

from __future__ import annotations

import copy
import uuid

from django.utils.translation import gettext as _

from apps.directory.exchange.hsds.validation import error_path, validator

# Namespace of the UUIDs made from source ids (fixed: the same source id always gives the same UUID).
SOURCE_NAMESPACE = uuid.UUID("3f6b2c1e-7d4a-5b8e-9c0f-1a2b3c4d5e6f")
SOURCE_SCHEME = "kansrijk-bron"
MAX_FIXES = 1000  # a bound, so a pathological file cannot keep the import busy


def _is_uuid(value) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def source_uuid(value) -> str:
    return str(uuid.uuid5(SOURCE_NAMESPACE, str(value)))


def _ids(node, path: str, fixes: list[tuple[str, str]], mapped: dict[str, str]) -> None:
    """Replace every non-UUID id and reference (`id`, `…_id`) at any depth, recording each."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            _ids(item, f"{path}[{index}]", fixes, mapped)
        return
    if not isinstance(node, dict):
        return
    for key, value in list(node.items()):
        where = f"{path}.{key}" if path else key
        if (key == "id" or key.endswith("_id")) and isinstance(value, (str, int)) and not isinstance(value, bool) \
                and str(value) != "" and not _is_uuid(value):
            node[key] = source_uuid(value)
            mapped[node[key]] = str(value)
            fixes.append((where, _("id ‘%(value)s’ is geen UUID: vervangen door %(uuid)s (de bron-id is bewaard)")
                          % {"value": value, "uuid": node[key]}))
        else:
            _ids(value, where, fixes, mapped)


def _keep_source_ids(record: dict, kind: str, mapped: dict[str, str]) -> None:
    """Keep the source id of the record itself where HSDS has room for it."""
    source = mapped.get(record.get("id", ""))
    if source is None:
        return
    if kind == "organization":
        identifiers = record.setdefault("organization_identifiers", [])
        if isinstance(identifiers, list):
            identifiers.append({"id": str(uuid.uuid5(uuid.UUID(record["id"]), "identifier:source")),
                                "organization_id": record["id"], "identifier_scheme": SOURCE_SCHEME,
                                "identifier_type": "bron-id", "identifier": source})
    elif kind == "location" and not record.get("external_identifier"):
        record["external_identifier"] = source
        record["external_identifier_type"] = SOURCE_SCHEME


def _parent_and_key(record, path: list):
    node = record
    for part in path[:-1]:
        node = node[part]
    return node, path[-1]


def _fix(record: dict, error, fixes: list[tuple[str, str]]) -> bool:
    """Correct one schema error if it is a known deviation; True when corrected."""
    path = list(error.absolute_path)
    where = error_path(error)
    if error.validator == "type" and path:
        parent, key = _parent_and_key(record, path)
        value, wanted = error.instance, error.validator_value
        wanted = wanted if isinstance(wanted, list) else [wanted]
        if isinstance(value, str) and ("number" in wanted or "integer" in wanted):
            try:
                number = float(value.strip().replace(",", "."))
            except ValueError:
                return False
            parent[key] = int(number) if number.is_integer() else number
            fixes.append((where, _("‘%(value)s’ is tekst: gelezen als het getal %(number)s")
                          % {"value": value, "number": parent[key]}))
            return True
        if isinstance(value, dict) and "array" in wanted:
            parent[key] = [value]
            fixes.append((where, _("een object waar een lijst hoort: gelezen als een lijst van één")))
            return True
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else ""
        node = record
        for part in path:
            node = node[part]
        if missing in ("location_type", "address_type"):
            node[missing] = "physical"
            fixes.append((where, _("ontbreekt: ‘physical’ aangenomen")))
            return True
        if missing == "id" and path:
            node["id"] = str(uuid.uuid5(uuid.UUID(record["id"]) if _is_uuid(record.get("id")) else SOURCE_NAMESPACE,
                                        "/".join(map(str, path))))
            fixes.append((where, _("ontbreekt: %(uuid)s gemaakt uit de plaats in het record") % {"uuid": node["id"]}))
            return True
    return False


def correct(record: dict, kind: str, schema_name: str) -> tuple[dict, list[tuple[str, str]]]:
    """A corrected copy of `record` and the corrections made, as (field, Dutch message)."""
    record = copy.deepcopy(record)
    fixes: list[tuple[str, str]] = []
    mapped: dict[str, str] = {}
    _ids(record, "", fixes, mapped)
    _keep_source_ids(record, kind, mapped)
    for _attempt in range(MAX_FIXES):  # one fix at a time: a fix can move or end the other errors
        errors = sorted(validator(schema_name).iter_errors(record), key=lambda e: -len(e.absolute_path))
        if not any(_fix(record, error, fixes) for error in errors):
            break
    return record, fixes
