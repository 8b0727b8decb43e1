# SPDX-License-Identifier: EUPL-1.2
"""The whole directory as an HSDS 3.0 tabular datapackage: one CSV per table plus `datapackage.json`.

For spreadsheet users. The tables and their columns are the official datapackage's (schema/tabular/, CC BY-SA 4.0,
Open Referral); the rows come from the dataset export (hsds/export.py), flattened: every nested list of
sub-records (phones, schedules, addresses, attributes, …) becomes rows of its table, keyed to its parent.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from pathlib import Path

from apps.directory.exchange.hsds.export import DATASET_FILES, export_dataset

DATAPACKAGE = Path(__file__).resolve().parent / "schema" / "tabular" / "datapackage.json"
# A nested list's key → its table (the datapackage's resource name).
NESTED = {"phones": "phone", "schedules": "schedule", "service_areas": "service_area", "languages": "language",
          "cost_options": "cost_option", "attributes": "attribute", "funding": "funding",
          "required_documents": "required_document", "contacts": "contact", "addresses": "address",
          "organization_identifiers": "organization_identifier", "accessibility": "accessibility",
          "programs": "program", "metadata": "metadata"}
# Nested records that are exported as their own file already (not repeated as rows here).
SKIP = {"organization", "service_at_locations", "location", "service", "services", "locations", "taxonomy_term",
        "taxonomy_detail"}


@cache
def datapackage() -> dict:
    return json.loads(DATAPACKAGE.read_text(encoding="utf-8"))


def columns() -> dict[str, list[str]]:
    return {resource["name"]: [f["name"] for f in resource["schema"]["fields"]]
            for resource in datapackage()["resources"]}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Tables:
    def __init__(self):
        self.rows: dict[str, dict[str, dict]] = {name: {} for name in columns()}

    def add(self, table: str, record: dict, owner: dict[str, str]) -> None:
        row = {key: value for key, value in record.items() if not isinstance(value, (list, dict))}
        for key, value in owner.items():  # the parent's key, where the sub-record does not name it
            if key in columns()[table] and not row.get(key):
                row[key] = value
        if table == "attribute" and not row.get("link_id") and owner:
            row["link_id"] = next(iter(owner.values()))
        self.rows[table].setdefault(str(record.get("id", "")), row)
        children_owner = {f"{table}_id": str(record.get("id", ""))}
        for key, value in record.items():
            if key in NESTED and isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        self.add(NESTED[key], item, children_owner)


def tabular_dataset(*, with_assurer: bool = False) -> dict[str, str]:
    """File name → text: every table's CSV (header = the official columns) and `datapackage.json`."""
    files = export_dataset(with_assurer=with_assurer)
    tables = Tables()
    for kind, name in DATASET_FILES.items():
        for record in files[name]:
            tables.add(kind, {key: value for key, value in record.items() if key not in SKIP}, {})
    out = {}
    paths = {resource["name"]: resource["path"] for resource in datapackage()["resources"]}
    for table, header in columns().items():
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for _id, row in sorted(tables.rows[table].items()):
            writer.writerow({key: _cell(row.get(key)) for key in header})
        out[paths[table]] = text.getvalue()
    package = {**datapackage(), "name": "kansrijk_sociale_kaart", "title": "Sociale kaart (Kansrijk), HSDS 3.0"}
    out["datapackage.json"] = json.dumps(package, ensure_ascii=False, indent=2) + "\n"
    return out
