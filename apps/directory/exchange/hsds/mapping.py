# SPDX-License-Identifier: EUPL-1.2
"""Directory model → HSDS 3.0 records (the export direction; hsds/importer.py reads them back).

The profile (docs/directory-hsds.md):
- ids are the models' UUIDs; sub-records the model keeps as a field (a phone number, an address, a language, a
  service area) get an id derived from their parent's UUID, so every export of the same data is identical;
- the Dutch specifics are `attributes` with a term of the Kansrijk taxonomy (hsds/taxonomy.py);
- KvK and AGB are `organization_identifiers` (schemes NL-KVK and NL-AGB);
- a covered municipality is a `service_area` named after it, with its TOOI URI (which holds the CBS code);
- what an imported record held that the model does not is kept in `hsds_extra` and written back here: its keys
  are added, and its list items follow the ones the model produces.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from django.utils import timezone, translation

from apps.directory.choices import Capacity
from apps.directory.exchange.hsds.taxonomy import attribute
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation
from apps.organisations.models import Organisation

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # Weekday 1..7
TOOI_MUNICIPALITY = "https://identifier.overheid.nl/tooi/id/gemeente/{code}"
TOOI_PATTERN = re.compile(r"(?:^|/)(gm\d{4})$", re.IGNORECASE)
KVK_SCHEME = "NL-KVK"  # org-id.guide: Kamer van Koophandel
AGB_SCHEME = "NL-AGB"  # Vektis AGB register (no org-id.guide code; this profile's)
COUNTRY = "NL"
# Keys that may name staff: never served by the public HSDS API.
PERSONAL_KEYS = frozenset({"contacts", "metadata", "assurer_email", "attention"})
# An organisation that only exists because an imported location named none (HSDS allows that, the model not).
PLACEHOLDER_KEY = "kansrijk_placeholder"
# An imported service whose source did not state its capacity: the export states none either (no invented
# "open"), until someone here states it (capacity_updated_at).
CAPACITY_UNKNOWN = "_capacity_unknown"
# An organisation that came in through HSDS: part of the directory's dataset even without services or locations.
IN_DIRECTORY_KEY = "_hsds"


def sub_id(parent: uuid.UUID, kind: str) -> str:
    return str(uuid.uuid5(parent, kind))


def compact(record: dict) -> dict:
    """Leave out empty values: HSDS fields are optional unless the schema says so."""
    return {key: value for key, value in record.items() if value not in (None, "", [], {})}


def merge_extra(modelled: dict, extra: dict | None) -> dict:
    """The modelled fields, plus the kept ones: extra keys are added, extra list items follow ours."""
    record = dict(modelled)
    for key, value in (extra or {}).items():
        if key.startswith("_"):
            continue  # internal notes of the importer (e.g. leftovers of the address)
        if isinstance(value, list) and isinstance(record.get(key), list):
            record[key] = record[key] + value
        elif key not in record:
            record[key] = value
    return record


def strip_personal(value):
    """Remove every key that may hold a person's name or e-mail address, at any depth."""
    if isinstance(value, dict):
        return {key: strip_personal(item) for key, item in value.items() if key not in PERSONAL_KEYS}
    if isinstance(value, list):
        return [strip_personal(item) for item in value]
    return value


def time_text(value: dt.time) -> str:
    return value.strftime("%H:%M")


def schedule_record(hours: OpeningHours, owner_key: str, owner_id: str) -> dict:
    return compact({
        "id": str(hours.uuid),
        owner_key: owner_id,
        "freq": "WEEKLY",
        "byday": WEEKDAYS[hours.weekday - 1],
        "opens_at": time_text(hours.opens_at),
        "closes_at": time_text(hours.closes_at),
        "notes": hours.note,
    })


def language_record(parent: uuid.UUID, code: str) -> dict:
    try:
        name = translation.get_language_info(code)["name_translated"]
    except KeyError:
        name = ""
    return compact({"id": sub_id(parent, f"language:{code}"), "service_id": str(parent), "name": str(name),
                    "code": code})


def organization_record(organisation: Organisation) -> dict:
    oid = str(organisation.uuid)
    identifiers = []
    if organisation.kvk_number:
        identifiers.append({"id": sub_id(organisation.uuid, "identifier:kvk"), "organization_id": oid,
                            "identifier_scheme": KVK_SCHEME, "identifier_type": "KvK-nummer",
                            "identifier": organisation.kvk_number})
    if organisation.agb_code:
        identifiers.append({"id": sub_id(organisation.uuid, "identifier:agb"), "organization_id": oid,
                            "identifier_scheme": AGB_SCHEME, "identifier_type": "AGB-code",
                            "identifier": organisation.agb_code})
    phones = [{"id": sub_id(organisation.uuid, "phone"), "organization_id": oid, "number": organisation.phone}
              ] if organisation.phone else []
    attributes = [attribute(oid, "organization", "municipality", organisation.municipality.code)
                  ] if organisation.municipality_id else []
    record = compact({
        "id": oid,
        "name": organisation.name,
        "email": organisation.email,
        "website": organisation.website,
        "phones": phones,
        "organization_identifiers": identifiers,
        "attributes": attributes,
    })
    record["description"] = organisation.description  # required by the schema, even when empty
    return merge_extra(record, organisation.hsds_extra)


def is_placeholder(organisation: Organisation) -> bool:
    return bool((organisation.hsds_extra or {}).get(PLACEHOLDER_KEY))


def address_record(location: Location) -> dict | None:
    if not (location.address_1 or location.postcode or location.city):
        return None
    province = location.municipality.province.name if location.municipality_id else ""
    record = {
        "id": sub_id(location.uuid, "address"),
        "location_id": str(location.uuid),
        "address_1": location.address_1,
        "city": location.city,
        "state_province": province,
        "postal_code": location.postcode,
        "country": COUNTRY,
        "address_type": "physical",
    }
    return {**record, **(location.hsds_extra or {}).get("_address", {})}


def location_record(location: Location) -> dict:
    lid = str(location.uuid)
    extra = dict(location.hsds_extra or {})
    address = address_record(location)
    accessibility = [{"id": sub_id(location.uuid, "accessibility"), "location_id": lid,
                      "description": location.accessibility}] if location.accessibility else []
    record = compact({
        "id": lid,
        "location_type": extra.pop("location_type", "physical"),
        "organization_id": "" if is_placeholder(location.organisation) else str(location.organisation.uuid),
        "name": location.name,
        "description": location.description,
        "transportation": location.transportation,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "addresses": [address] if address else [],
        "accessibility": accessibility,
        "schedules": [schedule_record(hours, "location_id", lid) for hours in location.opening_hours.all()],
    })
    return merge_extra(record, extra)


def service_at_location_record(link: ServiceAtLocation, *, with_location: bool = True) -> dict:
    record = compact({
        "id": str(link.uuid),
        "service_id": str(link.service.uuid),
        "location_id": str(link.location.uuid),
        "description": link.description,
    })
    if with_location:
        record["location"] = location_record(link.location)
    return merge_extra(record, link.hsds_extra)


def capacity_known(service: Service) -> bool:
    return service.capacity_updated_at is not None or not (service.hsds_extra or {}).get(CAPACITY_UNKNOWN)


def wait_time(service: Service) -> str:
    if service.capacity == Capacity.WAITING_LIST and service.waiting_weeks is not None:
        return f"Wachtlijst, verwachte wachttijd {service.waiting_weeks} weken"
    return {Capacity.OPEN: "Plek beschikbaar", Capacity.WAITING_LIST: "Wachtlijst",
            Capacity.FULL: "Vol, geen aanmeldingen"}[service.capacity]


def service_attributes(service: Service) -> list[dict]:
    sid = str(service.uuid)
    attributes = [attribute(sid, "service", f"phase-{code}") for code in service.phases or []]
    attributes += [attribute(sid, "service", f"situation-{code}") for code in service.situations or []]
    for code in ("pregnancy_week_from", "pregnancy_week_to", "child_age_months_to"):
        if getattr(service, code) is not None:
            attributes.append(attribute(sid, "service", code, str(getattr(service, code))))
    for code in ("self_registration", "referral_required"):
        if getattr(service, code):
            attributes.append(attribute(sid, "service", code, "true"))
    if capacity_known(service):
        attributes.append(attribute(sid, "service", "capacity", service.capacity))
    if service.waiting_weeks is not None:
        attributes.append(attribute(sid, "service", "waiting_weeks", str(service.waiting_weeks)))
    if service.intervention_id:
        attributes.append(attribute(sid, "service", "intervention", service.intervention.code))
    return attributes


def _assured_date(service: Service) -> str:
    if service.last_verified_at is None:
        return ""
    return timezone.localtime(service.last_verified_at).date().isoformat()


def last_modified(service: Service) -> str:
    if service.updated_at is None:
        return ""
    return service.updated_at.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def assurer_email(service: Service) -> str:
    if service.last_verified_by_id and service.last_verified_by.email:
        return service.last_verified_by.email
    return (service.hsds_extra or {}).get("_assurer_email", "")


def service_record(service: Service, *, public: bool = False, with_assurer: bool = False) -> dict:
    """The full HSDS service record with its organization, locations, schedules, areas and attributes.

    `public` leaves out everything that may name staff (the public API); `with_assurer` adds the e-mail address
    of whoever last verified the entry (a person's address: only for exports to trusted partners).
    """
    sid = str(service.uuid)
    extra = dict(service.hsds_extra or {})
    # A wait time from another system stays until someone here states the capacity.
    foreign_wait = extra.pop("wait_time", "")
    known = capacity_known(service)
    if known and (service.capacity != Capacity.OPEN or service.capacity_updated_at is not None):
        foreign_wait = ""
    owned = not is_placeholder(service.organisation)
    cost_options = [{"id": sub_id(service.uuid, "cost:free"), "service_id": sid, "option": "Gratis",
                     "amount": 0, "currency": "EUR"}] if service.free_of_charge else []
    record = compact({
        "id": sid,
        "organization_id": str(service.organisation.uuid) if owned else "",
        "name": service.name,
        "alternate_name": service.alternate_name,
        "description": service.description,
        "url": service.url,
        "email": service.email,
        "status": service.status,
        "application_process": service.application_process,
        "fees_description": service.cost_description,
        "wait_time": foreign_wait or (wait_time(service) if known else ""),
        "eligibility_description": service.eligibility,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": _assured_date(service),
        "assurer_email": assurer_email(service) if with_assurer and not public else "",
        "last_modified": last_modified(service),
        "phones": [{"id": sub_id(service.uuid, "phone"), "service_id": sid, "number": service.phone}
                   ] if service.phone else [],
        "schedules": [schedule_record(hours, "service_id", sid) for hours in service.opening_hours.all()],
        "service_areas": [
            {"id": sub_id(service.uuid, f"area:{municipality.code}"), "service_id": sid, "name": municipality.name,
             "uri": TOOI_MUNICIPALITY.format(code=municipality.code.lower())}
            for municipality in sorted(service.municipalities.all(), key=lambda m: m.code)],
        "service_at_locations": [service_at_location_record(link) for link in
                                 sorted(service.service_at_locations.all(), key=lambda link: str(link.uuid))],
        "languages": [language_record(service.uuid, code) for code in service.languages or []],
        "organization": organization_record(service.organisation) if owned else {},
        "cost_options": cost_options,
        "attributes": service_attributes(service),
    })
    record = merge_extra(record, extra)
    return strip_personal(record) if public else record


def service_list_record(service: Service) -> dict:
    """The one-to-one fields only (HSDS `service_list`), as /services lists them."""
    full = service_record(service, public=True)
    keep = {"id", "organization_id", "name", "alternate_name", "description", "url", "email", "status",
            "interpretation_services", "application_process", "fees_description", "wait_time", "fees",
            "accreditations", "eligibility_description", "minimum_age", "maximum_age", "assured_date",
            "licenses", "alert", "last_modified", "organization", "program"}
    record = {key: value for key, value in full.items() if key in keep}
    if "organization" in record:
        record["organization"] = {key: value for key, value in record["organization"].items()
                                  if not isinstance(value, list)}
    return record
