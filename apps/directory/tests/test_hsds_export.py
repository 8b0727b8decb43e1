# SPDX-License-Identifier: EUPL-1.2
"""HSDS export: valid against the official schemas, complete, and identical after export → import → export."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from apps.directory.exchange.hsds.export import export_services, services_for_export
from apps.directory.exchange.hsds.importer import import_hsds
from apps.directory.exchange.hsds.taxonomy import TERMS
from apps.directory.exchange.hsds.validation import schema_errors
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation
from apps.directory.tests.hsds_world import rich_directory
from apps.organisations.models import Organisation

pytestmark = pytest.mark.django_db


def _empty_directory() -> None:
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()


def _attribute_codes(record: dict) -> dict[str, str]:
    by_id = {term.id: code for code, term in TERMS.items()}
    return {by_id[a["taxonomy_term_id"]]: a["value"] for a in record["attributes"]}


def test_every_exported_record_is_valid_against_the_official_service_schema():
    rich_directory()
    records = export_services(with_assurer=True)
    assert len(records) == 2
    for record in records:
        assert schema_errors(record, "service.json") == []


def test_export_carries_the_dutch_specifics_as_kansrijk_attributes_and_identifiers():
    world = rich_directory()
    record = next(r for r in export_services(with_assurer=True) if r["id"] == str(world["service"].uuid))
    codes = _attribute_codes(record)
    assert {"phase-during", "phase-after", "situation-poverty_debts", "situation-teenage_parents"} <= set(codes)
    assert codes["pregnancy_week_from"] == "12" and codes["pregnancy_week_to"] == "40"
    assert codes["child_age_months_to"] == "18"
    assert codes["self_registration"] == "true" and codes["referral_required"] == "true"
    assert codes["capacity"] == "waiting_list" and codes["waiting_weeks"] == "6"
    assert codes["intervention"] == "stevig-ouderschap"
    assert record["wait_time"] == "Wachtlijst, verwachte wachttijd 6 weken"
    assert record["cost_options"][0]["amount"] == 0
    assert record["assurer_email"] == "controleur@voorbeeld.invalid"
    assert [area["name"] for area in record["service_areas"]] == ["Meppel", "Westerveld"]
    assert record["service_areas"][0]["uri"].endswith("/gemeente/gm0119")
    assert [language["code"] for language in record["languages"]] == ["nl", "ar", "pl"]
    assert record["schedules"][0]["byday"] == "MO" and record["schedules"][0]["opens_at"] == "09:00"
    schemes = {i["identifier_scheme"]: i["identifier"] for i in record["organization"]["organization_identifiers"]}
    assert schemes == {"NL-KVK": "12345678", "NL-AGB": "87654321"}
    address = record["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["postal_code"], address["country"], address["state_province"]) == ("7941 AB", "NL", "Drenthe")


def test_export_leaves_out_the_assurer_unless_asked():
    rich_directory()
    assert all("assurer_email" not in record for record in export_services())


def test_round_trip_export_import_export_is_identical():
    rich_directory()
    first = export_services(with_assurer=True)
    _empty_directory()
    assert not Service.objects.exists()
    result = import_hsds(json.loads(json.dumps(first)))
    assert result.ok, [str(p) for p in result.problems]
    assert result.created["aanbod"] == 2
    second = export_services(with_assurer=True)
    assert second == first
    # Nothing of our own export was left over as "unmodelled".
    assert all(not s.hsds_extra for s in Service.objects.all())
    assert OpeningHours.objects.count() == 2 and ServiceAtLocation.objects.count() == 1


def test_round_trip_keeps_an_unknown_assurer_and_foreign_fields():
    world = rich_directory()
    first = export_services(services_for_export().filter(uuid=world["service"].uuid), with_assurer=True)
    first[0]["alert"] = "Gesloten in de kerstvakantie."
    first[0]["funding"] = [{"id": "5b5c5e57-0f8a-4d7c-9d1a-3f2f3c0e9a01", "source": "Gemeente Meppel"}]
    _empty_directory()
    world["verifier"].delete()
    assert import_hsds(first).ok
    again = export_services(with_assurer=True)[0]
    assert again == first[0]


def test_export_command_writes_a_file_for_one_municipality(tmp_path):
    rich_directory()
    out = tmp_path / "export.json"
    call_command("export_hsds", "--out", str(out), "--municipality", "GM1701")
    records = json.loads(out.read_text(encoding="utf-8"))
    assert [record["name"] for record in records] == ["Stevig ouderschap Meppel"]
    assert all(schema_errors(record, "service.json") == [] for record in records)


def test_the_demo_directory_exports_validly_and_survives_the_round_trip(monkeypatch):
    from io import StringIO

    monkeypatch.setenv("KANSRIJK_DEV", "1")
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    call_command("demo", stdout=StringIO())
    first = export_services(with_assurer=True)
    assert len(first) >= 50
    assert all(schema_errors(record, "service.json") == [] for record in first)
    Service.objects.all().delete()
    Location.objects.all().delete()  # the organisations stay: they are coalition partners too
    result = import_hsds(json.loads(json.dumps(first)))
    assert result.ok, [str(p) for p in result.problems][:5]
    assert export_services(with_assurer=True) == first
