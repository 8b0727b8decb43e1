# SPDX-License-Identifier: EUPL-1.2
"""HSDS whole-dataset export (issue 13, point 7) and export → import into an empty database → identical export."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from apps.core.testing.factories import OrganisationFactory
from apps.directory.exchange.hsds.export import DATASET_FILES, export_dataset
from apps.directory.exchange.hsds.importer import import_files, import_hsds
from apps.directory.exchange.hsds.validation import schema_errors
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation, TaxonomyRecord
from apps.directory.testing.factories import LocationFactory
from apps.directory.tests.hsds_world import rich_directory
from apps.organisations.models import Organisation

pytestmark = pytest.mark.django_db

SCHEMA_OF = {name: f"{kind}.json" for kind, name in DATASET_FILES.items()}
ORDER = ["taxonomies.json", "taxonomy_terms.json", "organizations.json", "locations.json", "services.json",
         "service_at_locations.json"]


def _richer_directory() -> dict:
    world = rich_directory()
    # A location without any service, of an organisation without any service.
    lonely = OrganisationFactory(name="Inloophuis (voorbeeld)", description="Alleen een locatie.")
    LocationFactory(organisation=lonely, name="Inloophuis Meppel", address_1="Voorbeeldweg 2", postcode="7942 AB",
                    city="Meppel")
    # A foreign taxonomy and term, as another region's feed brings them.
    assert import_hsds([{"id": "5d5b1f8e-6a51-4b8e-9d6c-0c8f4e1b2a01", "name": "Sociale kaart Zwolle",
                         "description": "Indeling van een buurregio.", "version": "2"}], kind="taxonomy").ok
    assert import_hsds([{"id": "5d5b1f8e-6a51-4b8e-9d6c-0c8f4e1b2a02", "name": "Opvoeden", "description": "x",
                         "taxonomy_id": "5d5b1f8e-6a51-4b8e-9d6c-0c8f4e1b2a01", "code": "OPV"}],
                       kind="taxonomy_term").ok
    return {**world, "lonely": lonely}


def _round_trip(files: dict[str, list[dict]]) -> dict[str, list[dict]]:
    result = import_files([(name, json.loads(json.dumps(files[name]))) for name in ORDER])
    assert result.ok, [str(p) for p in result.problems][:5]
    return export_dataset(with_assurer=True)


def test_the_dataset_holds_every_record_type_and_validates():
    world = _richer_directory()
    files = export_dataset()
    assert set(files) == set(ORDER)
    for name, records in files.items():
        for record in records:
            assert schema_errors(record, SCHEMA_OF[name]) == [], (name, record["id"])
    organisations = {record["name"] for record in files["organizations.json"]}
    assert {"GGD Drenthe (voorbeeld)", "Schuldhulp (voorbeeld)", "Inloophuis (voorbeeld)"} == organisations
    assert "Inloophuis Meppel" in {record["name"] for record in files["locations.json"]}
    assert [r["service_id"] for r in files["service_at_locations.json"]] == [str(world["service"].uuid)]
    assert {"Kansrijk", "Sociale kaart Zwolle"} == {record["name"] for record in files["taxonomies.json"]}
    assert "Opvoeden" in {record["name"] for record in files["taxonomy_terms.json"]}


def test_rich_directory_export_import_into_an_empty_database_export_is_identical():
    _richer_directory()
    first = export_dataset(with_assurer=True)
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()
    TaxonomyRecord.objects.all().delete()
    assert not OpeningHours.objects.exists() and not ServiceAtLocation.objects.exists()
    assert _round_trip(first) == first


def test_the_demo_dataset_survives_the_round_trip(monkeypatch, tmp_path):
    monkeypatch.setenv("KANSRIJK_DEV", "1")
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("demo", stdout=StringIO())
    call_command("export_hsds", "--dataset", str(tmp_path), "--with-assurer-email", stderr=StringIO())
    first = {name: json.loads((tmp_path / name).read_text(encoding="utf-8")) for name in ORDER}
    assert len(first["services.json"]) >= 50 and len(first["locations.json"]) >= 10
    Service.objects.all().delete()
    Location.objects.all().delete()  # the organisations stay: they are coalition partners too
    call_command("import_hsds", str(tmp_path), stdout=StringIO())
    assert export_dataset(with_assurer=True) == first


def test_the_tabular_datapackage_has_the_official_tables_and_rows_that_meet(tmp_path):
    import csv

    world = _richer_directory()
    call_command("export_hsds", "--tabular", str(tmp_path), stderr=StringIO())
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    tables = {}
    for resource in package["resources"]:
        with open(tmp_path / resource["path"], encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == [field["name"] for field in resource["schema"]["fields"]]
            tables[resource["name"]] = list(reader)
    ids = {name: {row["id"] for row in rows} for name, rows in tables.items()}
    assert str(world["service"].uuid) in ids["service"] and str(world["lonely"].uuid) in ids["organization"]
    assert len(tables["service_at_location"]) == 1
    # Sub-records are rows of their own table, keyed to a parent that is in the package.
    for table, key, parent in (("phone", "service_id", "service"), ("phone", "organization_id", "organization"),
                               ("schedule", "service_id", "service"), ("schedule", "location_id", "location"),
                               ("address", "location_id", "location"), ("service_area", "service_id", "service"),
                               ("language", "service_id", "service"), ("cost_option", "service_id", "service"),
                               ("organization_identifier", "organization_id", "organization")):
        rows = [row for row in tables[table] if row[key]]
        assert rows, (table, key)
        assert {row[key] for row in rows} <= ids[parent], (table, key)
    ggd = str(world["organisation"].uuid)
    assert {row["identifier"] for row in tables["organization_identifier"] if row["organization_id"] == ggd} == {
        "12345678", "87654321"}
    service_row = next(row for row in tables["service"] if row["id"] == str(world["service"].uuid))
    assert (service_row["minimum_age"], service_row["organization_id"]) == ("16", ggd)
    links = {row["link_id"] for row in tables["attribute"]}
    assert str(world["service"].uuid) in links and ggd in links
