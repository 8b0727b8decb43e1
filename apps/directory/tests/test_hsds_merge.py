# SPDX-License-Identifier: EUPL-1.2
"""HSDS import: explicit record types and merge-don't-wipe (issue 13, points 1 and 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.core.management import call_command

from apps.directory.exchange.hsds.export import export_services
from apps.directory.exchange.hsds.importer import import_hsds, kind_from_name
from apps.directory.models import Location, OpeningHours, Service, TaxonomyRecord
from apps.organisations.models import Organisation

pytestmark = pytest.mark.django_db

EXAMPLES = Path(__file__).resolve().parents[1] / "exchange" / "hsds" / "examples"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
ORGANISATION_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"


def example(name: str):
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def _ok(result):
    assert result.ok, [str(problem) for problem in result.problems]
    return result


def _snapshot() -> dict:
    service = Service.objects.get(uuid=SERVICE_ID)
    organisation = service.organisation
    return {"export": export_services(), "organisation_extra": organisation.hsds_extra,
            "organisation": (organisation.name, organisation.phone, organisation.website, organisation.email),
            "locations": sorted(str(loc.uuid) for loc in Location.objects.all())}


def test_full_then_list_loses_nothing():
    _ok(import_hsds(example("service_full.json")))
    before = _snapshot()
    assert before["organisation_extra"]["contacts"] and before["export"][0]["phones"]  # a rich record to lose
    _ok(import_hsds(example("service_list.json"), name="service_list.json"))
    after = _snapshot()
    assert after == before
    assert Service.objects.count() == 1 and Organisation.objects.count() == 1


def test_list_then_full_ends_as_full_alone():
    _ok(import_hsds(example("service_full.json")))
    full_alone = _snapshot()
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()
    _ok(import_hsds(example("service_list.json")))
    assert Service.objects.get().phone == ""  # the list view has no phones
    _ok(import_hsds(example("service_full.json")))
    assert _snapshot() == full_alone


def test_a_field_the_file_does_not_state_is_left_alone_and_replace_empties_it():
    _ok(import_hsds(example("service_full.json")))
    service = Service.objects.get()
    assert service.hsds_extra.get("phones") and service.hsds_extra.get("funding")
    _ok(import_hsds({"id": SERVICE_ID, "name": "Andere naam", "status": "active"}, kind="service"))
    service.refresh_from_db()
    assert service.name == "Andere naam" and service.hsds_extra.get("phones") and service.hsds_extra.get("funding")
    assert service.description == example("service_full.json")["description"]  # untouched
    _ok(import_hsds({"id": SERVICE_ID, "name": "Kaal", "status": "active"}, kind="service", replace=True))
    service.refresh_from_db()
    assert (service.name, service.description) == ("Kaal", "")
    assert "funding" not in service.hsds_extra and "phones" not in service.hsds_extra
    assert service.organisation.uuid is not None  # the owner stays even when replacing
    # The replaced values are in the audit trail (as for the spreadsheet import).
    changes = [entry.changes_dict for entry in LogEntry.objects.get_for_object(service)]
    assert any(change.get("name", [None])[0] == "Andere naam" for change in changes), changes


def test_the_type_comes_from_the_file_name_or_is_stated_never_guessed_wrongly():
    assert kind_from_name("feeds/service_at_location_list.json") == "service_at_location"
    assert kind_from_name("taxonomy_term_list.json") == "taxonomy_term"
    assert kind_from_name("export-organisations.json") == "organization"
    assert kind_from_name("data.json") is None
    # A service without status (valid only as a service: status is required) is refused, not made an organisation.
    record = {"id": "5b5c5e57-0f8a-4d7c-9d1a-3f2f3c0e9a01", "name": "Spreekuur", "description": "x",
              "organization_id": ORGANISATION_ID, "url": "https://voorbeeld.invalid"}
    result = import_hsds([record], name="services.json")
    assert not result.ok and any("‘status’" in str(p) for p in result.problems)
    assert not Organisation.objects.exists()
    result = import_hsds([record])
    assert not result.ok and "soort record is niet te bepalen" in str(result.problems[0])
    assert not Organisation.objects.exists() and not Service.objects.exists()


@pytest.mark.parametrize(("name", "kind", "count"), [
    ("taxonomy.json", "taxonomy", 1), ("taxonomy_list.json", "taxonomy", None),
    ("taxonomy_term.json", "taxonomy_term", 1), ("taxonomy_term_list.json", "taxonomy_term", None)])
def test_taxonomies_and_terms_import_as_taxonomies(name, kind, count):
    data = example(name)
    expected = count or len(data["contents"])
    _ok(import_hsds(data, name=name))
    assert TaxonomyRecord.objects.filter(kind=kind).count() == expected
    assert not Organisation.objects.exists() and not Service.objects.exists()
    # The same file through --type, without a telling name, updates instead of duplicating.
    _ok(import_hsds(data, kind=kind))
    assert TaxonomyRecord.objects.count() == expected


def test_a_record_never_changes_type():
    _ok(import_hsds(example("taxonomy.json"), name="taxonomy.json"))
    taxonomy = example("taxonomy.json")
    result = import_hsds({**taxonomy, "name": "Term"}, kind="taxonomy_term")
    assert not result.ok and "ander soort" in str(result.problems[0])
    assert TaxonomyRecord.objects.get().kind == "taxonomy"


def test_a_location_without_organization_id_keeps_its_owner():
    _ok(import_hsds(example("organization_full.json")))
    location = Location.objects.get(uuid=example("location.json")["id"])
    owner = location.organisation
    assert str(owner.uuid) == ORGANISATION_ID
    _ok(import_hsds(example("location.json"), name="location.json"))
    location.refresh_from_db()
    assert location.organisation == owner
    assert not Organisation.objects.filter(hsds_extra__has_key="kansrijk_placeholder").exists()


def test_the_command_takes_type_and_replace(tmp_path, capsys):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(example("service_full.json")), encoding="utf-8")
    call_command("import_hsds", str(path), "--type", "service")
    assert Service.objects.count() == 1
    path.write_text(json.dumps({"id": SERVICE_ID, "name": "Kaal", "status": "active"}), encoding="utf-8")
    call_command("import_hsds", str(path), "--type", "service", "--replace")
    service = Service.objects.get()
    assert service.name == "Kaal" and "schedules" not in service.hsds_extra and OpeningHours.objects.count() == 0


def test_the_export_invents_no_capacity_and_a_foreign_wait_time_round_trips():
    _ok(import_hsds(example("service_full.json")))
    first = export_services()[0]
    assert first["wait_time"] == example("service_full.json")["wait_time"]
    assert all(a.get("taxonomy_term", {}).get("code") != "capacity" for a in first.get("attributes", []))
    Service.objects.all().delete()
    _ok(import_hsds(json.loads(json.dumps(first))))
    assert export_services()[0]["wait_time"] == first["wait_time"]


def test_kansrijk_rules_are_not_hsds_rules_the_listing_is_imported_and_flagged():
    from apps.directory.upkeep.core import stale_q
    record = {"id": "5b5c5e57-0f8a-4d7c-9d1a-3f2f3c0e9a01", "name": "Spreekuur", "status": "active",
              "assured_date": "2026-11-30"}
    result = _ok(import_hsds(record, kind="service"))
    rules = " ".join(note[2] for note in result.notes)
    assert "Kansrijk-regel ‘omschrijving’" in rules and "Kansrijk-regel ‘organisatie’" in rules
    service = Service.objects.get()
    assert service.description == "" and service.organisation.hsds_extra == {"kansrijk_placeholder": True}
    assert Service.objects.filter(stale_q()).filter(pk=service.pk).exists()  # in the upkeep list
    record = export_services()[0]
    assert "organization_id" not in record and "organization" not in record  # not invented either
    # HSDS validity is refused, with the schema path.
    result = import_hsds({"id": "nope", "name": "x", "status": "active"}, kind="service")
    assert not result.ok and "veld ‘id’" in str(result.problems[0])


PAIRS = [("service_full.json", "service_list.json"), ("organization_full.json", "organization_list.json"),
         ("service_at_location_full.json", "service_at_location_list.json")]


def _everything() -> dict:
    from apps.directory.exchange.hsds.export import export_dataset
    owners = sorted((str(loc.uuid), str(loc.organisation.uuid)) for loc in Location.objects.all())
    owners += sorted((str(s.uuid), str(s.organisation.uuid)) for s in Service.objects.all())
    return {"dataset": export_dataset(), "owners": owners, "counts": (
        Service.objects.count(), Organisation.objects.count(), Location.objects.count(),
        TaxonomyRecord.objects.count())}


def _empty() -> None:
    Service.objects.all().delete()
    Location.objects.all().delete()
    Organisation.objects.all().delete()


@pytest.mark.parametrize(("full", "listed"), PAIRS)
def test_official_full_and_list_in_both_orders_lose_nothing_and_change_no_type_or_owner(full, listed):
    _ok(import_hsds(example(full), name=full))
    full_alone = _everything()
    _ok(import_hsds(example(listed), name=listed))
    assert _everything() == full_alone  # full, then list: nothing lost, no type or owner changed
    _empty()
    _ok(import_hsds(example(listed), name=listed))
    _ok(import_hsds(example(full), name=full))
    assert _everything() == full_alone  # list, then full: as the full record alone


def test_a_location_nested_in_an_organisation_leaves_the_placeholder_for_it():
    _ok(import_hsds(example("location.json"), name="location.json"))
    location = Location.objects.get()
    assert location.organisation.hsds_extra.get("kansrijk_placeholder")
    _ok(import_hsds(example("organization_full.json"), name="organization_full.json"))
    location.refresh_from_db()
    assert str(location.organisation.uuid) == ORGANISATION_ID
