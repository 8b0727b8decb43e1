# SPDX-License-Identifier: EUPL-1.2
"""HSDS import, lenient mode: the deviations of real-world feeds are corrected and listed (issue 13, point 6).

The feed below is hand-made, shaped like exports from provider systems: ids that are not UUIDs, numbers as text,
an object where a list belongs, no location_type / address_type, schedule rows without ids.
"""

from __future__ import annotations

import copy
import uuid

import pytest

from apps.directory.exchange.hsds.importer import import_hsds
from apps.directory.exchange.hsds.lenient import SOURCE_NAMESPACE
from apps.directory.models import Location, OpeningHours, Service
from apps.organisations.models import Organisation

pytestmark = pytest.mark.django_db

ORGANISATION = {"id": "org_12", "name": "Buurtzorg Jong (voorbeeld)", "description": "Gezinsondersteuning.",
                "year_incorporated": "1998", "metadata": {"id": "m1", "resource_id": "org_12",
                                                          "resource_type": "organization", "last_action_date":
                                                          "2024-01-01", "last_action_type": "create",
                                                          "field_name": "", "previous_value": "",
                                                          "replacement_value": "", "updated_by": "import"}}
SERVICE = {"id": "svc_7269", "organization_id": "org_12", "name": "Ouderspreekuur", "status": "active",
           "description": "Vragen over opvoeden.", "minimum_age": "16",
           "schedules": [{"freq": "WEEKLY", "byday": "TU", "opens_at": "09:00", "closes_at": "11:00"}]}
LOCATION = {"id": "loc_3", "organization_id": "org_12", "name": "Wijkcentrum",
            "addresses": [{"id": "adr_3", "address_1": "Voorbeeldstraat 1", "city": "Meppel",
                           "state_province": "Drenthe", "postal_code": "7941 AB", "country": "NL"}]}


def _uuid(source: str) -> str:
    return str(uuid.uuid5(SOURCE_NAMESPACE, source))


def test_strict_is_the_default_and_refuses_the_feed_naming_each_deviation():
    result = import_hsds(copy.deepcopy([ORGANISATION]), kind="organization")
    fields = {problem.field for problem in result.problems}
    assert {"id", "year_incorporated", "metadata"} <= fields, fields
    assert not Organisation.objects.exists()


def test_lenient_corrects_every_deviation_and_lists_each_per_record():
    for kind, record in (("organization", ORGANISATION), ("location", LOCATION), ("service", SERVICE)):
        result = import_hsds(copy.deepcopy([record]), kind=kind, lenient=True)
        assert result.ok, [str(p) for p in result.problems]
        corrected = {(c.record_id, c.field) for c in result.corrections}
        assert (record["id"], "id") in corrected
    organisation = Organisation.objects.get(uuid=_uuid("org_12"))
    sources = [i for i in organisation.hsds_extra["organization_identifiers"] if i["identifier_scheme"] == "kansrijk-bron"]
    assert sources[0]["identifier"] == "org_12"
    assert organisation.hsds_extra["year_incorporated"] == 1998
    assert isinstance(organisation.hsds_extra["metadata"], list)
    location = Location.objects.get(uuid=_uuid("loc_3"))
    assert location.organisation == organisation and location.postcode == "7941 AB"
    assert location.hsds_extra["external_identifier"] == "loc_3"
    service = Service.objects.get(uuid=_uuid("svc_7269"))
    assert service.organisation == organisation and service.minimum_age == 16
    assert OpeningHours.objects.get(service=service).weekday == 2  # the row without id became opening hours


def test_lenient_ids_are_stable_a_second_import_updates():
    import_hsds(copy.deepcopy([ORGANISATION]), kind="organization", lenient=True)
    again = import_hsds(copy.deepcopy([{**ORGANISATION, "name": "Buurtzorg Jong"}]), kind="organization", lenient=True)
    assert again.ok and again.updated["organisaties"] == 1
    assert Organisation.objects.get().name == "Buurtzorg Jong"


def test_lenient_is_all_or_nothing_too():
    broken = {**SERVICE, "id": "svc_1", "status": "open"}  # not a known deviation: still refused
    result = import_hsds([copy.deepcopy(ORGANISATION)], kind="organization", lenient=True)
    assert result.ok
    result = import_hsds(copy.deepcopy([SERVICE, broken]), kind="service", lenient=True)
    assert not result.ok and any(p.field == "status" for p in result.problems)
    assert not Service.objects.exists()


def test_the_command_lists_corrections_and_kansrijk_rules(tmp_path, capsys):
    import json

    from django.core.management import CommandError, call_command

    path = tmp_path / "aanbieder-export.json"
    path.write_text(json.dumps([{"id": "svc_1", "name": "Spreekuur", "status": "active", "minimum_age": "3"}]),
                    encoding="utf-8")
    with pytest.raises(CommandError, match="niets geïmporteerd"):
        call_command("import_hsds", str(path), "--type", "service")  # strict by default
    assert not Service.objects.exists()
    capsys.readouterr()
    call_command("import_hsds", str(path), "--type", "service", "--lenient")
    err = capsys.readouterr().err
    assert "Verbeterd: Record 1 (id svc_1), veld ‘id’" in err and "veld ‘minimum_age’" in err
    assert "Kansrijk-regel ‘omschrijving’" in err and "Kansrijk-regel ‘organisatie’" in err
    assert Service.objects.get().minimum_age == 3
