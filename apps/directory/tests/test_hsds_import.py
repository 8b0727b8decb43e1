# SPDX-License-Identifier: EUPL-1.2
"""HSDS import: the official examples, upsert by id, all or nothing, every problem named in Dutch."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from apps.directory.exchange.hsds.export import export_services
from apps.directory.exchange.hsds.importer import import_hsds
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation
from apps.directory.tests.hsds_world import rich_directory
from apps.organisations.models import Organisation

pytestmark = pytest.mark.django_db

EXAMPLES = Path(__file__).resolve().parents[1] / "exchange" / "hsds" / "examples"
OFFICIAL = ["service_full.json", "organization_full.json", "location.json", "service_at_location_full.json",
            "service_list.json", "organization_list.json", "service_at_location_list.json"]
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"


def example(name: str):
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", OFFICIAL)
def test_the_official_examples_import(name):
    result = import_hsds(example(name))
    assert result.ok, [str(problem) for problem in result.problems]
    assert sum(result.created.values()) >= 1


def test_service_full_lands_in_the_model_and_keeps_what_the_model_cannot_hold():
    assert import_hsds(example("service_full.json")).ok
    service = Service.objects.get(uuid=SERVICE_ID)
    assert service.name == "Community Counselling"
    assert (service.minimum_age, service.maximum_age) == (12, 100)
    assert service.organisation.name == "Example Organization Inc."
    assert service.languages == [] and service.hsds_extra["languages"][0]["code"] == "ur"  # has a note: kept whole
    assert service.locations.get().name == "MyCity Civic Center"
    # Unmodelled fields and sub-records are kept and written back on export.
    assert service.hsds_extra["accreditations"].startswith("All of our practitioners")
    assert service.hsds_extra["schedules"][0]["byweekno"] == "41,42"
    record = export_services()[0]
    original = example("service_full.json")
    for key in ("accreditations", "alert", "licenses", "funding", "program", "required_documents", "contacts",
                "interpretation_services", "wait_time", "schedules", "service_areas", "cost_options"):
        assert record[key] == original[key], key


def test_importing_twice_updates_instead_of_duplicating():
    assert import_hsds(example("service_full.json")).ok
    data = example("service_full.json")
    data["name"] = "Counselling in MyCity"
    result = import_hsds(data)
    assert result.ok and result.updated["aanbod"] == 1 and not result.created.get("aanbod")
    assert Service.objects.get().name == "Counselling in MyCity"


def test_a_location_without_organisation_goes_to_a_placeholder_and_exports_without_one():
    assert import_hsds(example("location.json")).ok
    location = Location.objects.get()
    assert location.organisation.hsds_extra == {"kansrijk_placeholder": True}
    from apps.directory.exchange.hsds.mapping import location_record
    assert "organization_id" not in location_record(location)


def test_dry_run_stores_nothing_but_reports_what_it_would_do():
    result = import_hsds(example("service_full.json"), dry_run=True)
    assert result.ok and result.created["aanbod"] == 1
    assert not Service.objects.exists() and not Organisation.objects.exists()


def test_one_bad_record_rolls_back_the_whole_import_and_names_record_and_field():
    world = rich_directory()
    records = sorted(export_services(), key=lambda r: r["id"] != str(world["service"].uuid))
    bad = copy.deepcopy(records[1])
    bad["id"] = "9a1d6c8e-1111-4c1e-9b43-6b2d1f0c6a11"
    bad["status"] = "open"
    bad["service_at_locations"] = copy.deepcopy(records[0]["service_at_locations"])
    bad["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] = "79A1"
    Service.objects.all().delete()
    result = import_hsds([records[0], bad])
    assert not result.ok
    messages = [str(problem) for problem in result.problems]
    assert any("Record 2" in m and bad["id"] in m and "‘status’" in m and "toegestane waarde" in m for m in messages)
    assert not Service.objects.exists()  # record 1 was fine, but nothing is stored
    assert Organisation.objects.filter(pk=world["organisation"].pk).exists()


def test_model_rules_are_reported_with_the_hsds_field():
    records = [example("service_full.json")]
    records[0]["service_at_locations"][0]["location"]["addresses"][0].update(
        {"country": "NL", "address_type": "physical", "postal_code": "79A1"})
    second = example("service_full.json")
    second["id"] = "b0b1b2b3-0000-4000-8000-000000000001"
    second["email"] = "geen-adres"
    second["attributes"] = [{"id": "b0b1b2b3-0000-4000-8000-000000000002",
                             "taxonomy_term_id": "a0a0a0a0-0000-4000-8000-000000000000"}]
    result = import_hsds(records + [second])
    messages = [str(problem) for problem in result.problems]
    assert any(m.startswith(f"Record 1 (id {SERVICE_ID})") and "addresses[0].postal_code" in m
               and "‘79A1’ is geen geldige postcode" in m for m in messages), messages
    assert any(m.startswith("Record 2") and "‘email’" in m for m in messages), messages
    assert not Service.objects.exists()


def test_a_file_that_is_not_hsds_is_refused_in_dutch():
    result = import_hsds([1, {"id": "x"}, {"id": "x", "status": "active"}])
    messages = [str(problem) for problem in result.problems]
    assert "geen HSDS-record" in messages[0]
    assert "Record 2" in messages[1] and "soort record is niet te bepalen" in messages[1]
    assert any("Record 3" in m and "veld ‘name’: ontbreekt, maar is verplicht" in m for m in messages)


def test_import_command_imports_and_dry_runs(tmp_path, capsys):
    path = tmp_path / "aanbod.json"
    path.write_text(json.dumps(example("service_full.json")), encoding="utf-8")
    call_command("import_hsds", str(path), "--dry-run")
    assert "Proefimport" in capsys.readouterr().out and not Service.objects.exists()
    call_command("import_hsds", str(path))
    assert "Geïmporteerd" in capsys.readouterr().out
    assert Service.objects.count() == 1 and ServiceAtLocation.objects.count() == 1
    assert OpeningHours.objects.count() == 0  # the example's schedules are not weekly opening hours: kept as-is


def test_import_command_reports_errors_and_fails(tmp_path, capsys):
    data = example("service_full.json")
    data["status"] = "open"
    path = tmp_path / "fout.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CommandError, match="niets geïmporteerd"):
        call_command("import_hsds", str(path))
    assert "veld ‘status’" in capsys.readouterr().err
    (tmp_path / "kapot.json").write_text("{", encoding="utf-8")
    with pytest.raises(CommandError, match="geen geldige JSON"):
        call_command("import_hsds", str(tmp_path / "kapot.json"))
