# SPDX-License-Identifier: EUPL-1.2
"""Import HSDS 3.0 JSON into the directory: upsert by id, all or nothing, every problem named in Dutch.

Accepted: one record or a list of records or an HSDS Page (`{"contents": [...]}`) of services, organizations
(with their `services` and `locations`), locations and service_at_locations — so both this app's export and
the official HSDS examples. Each record is first checked against the official schema, then read into the
models (hsds/reading.py keeps what the model cannot hold in `hsds_extra`) and validated by the models' own rules.
Any problem rolls the whole import back; a dry run rolls back too and reports what it would have done.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.directory.exchange.hsds import reading
from apps.directory.exchange.hsds.mapping import PLACEHOLDER_KEY
from apps.directory.exchange.hsds.reading import FieldProblem
from apps.directory.exchange.hsds.validation import schema_errors
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation
from apps.organisations.models import Organisation
from apps.reference.places import main_municipality

PLACEHOLDER_UUID = uuid.UUID("0e4f7c1e-2f7a-4a53-8d55-1f0d5c3c9a00")
PLACEHOLDER_NAME = gettext_lazy("Organisatie onbekend (HSDS-import)")

# HSDS field ← model field, to name the field of a model validation error as the file names it.
SERVICE_FIELDS = {"name": "name", "alternate_name": "alternate_name", "description": "description", "url": "url",
                  "email": "email", "status": "status", "application_process": "application_process",
                  "cost_description": "fees_description", "eligibility": "eligibility_description",
                  "minimum_age": "minimum_age", "maximum_age": "maximum_age", "phone": "phones",
                  "pregnancy_week_from": "attributes", "pregnancy_week_to": "attributes",
                  "waiting_weeks": "attributes", "phases": "attributes", "situations": "attributes"}
ORGANISATION_FIELDS = {"name": "name", "description": "description", "email": "email", "website": "website",
                       "phone": "phones", "kvk_number": "organization_identifiers",
                       "agb_code": "organization_identifiers", "__all__": "name"}
LOCATION_FIELDS = {"name": "name", "description": "description", "address_1": "addresses", "city": "addresses",
                   "postcode": "addresses", "accessibility": "accessibility", "transportation": "transportation"}
SERVICE_KEYS = {"id", "organization_id", "name", "alternate_name", "description", "url", "email", "status",
                "application_process", "fees_description", "eligibility_description", "minimum_age", "maximum_age",
                "assured_date", "assurer_email", "last_modified", "phones", "schedules", "service_areas",
                "service_at_locations", "languages", "organization", "cost_options", "attributes", "wait_time"}
ORGANISATION_KEYS = {"id", "name", "description", "email", "website", "phones", "organization_identifiers",
                     "attributes", "services", "locations"}
LOCATION_KEYS = {"id", "organization_id", "name", "description", "transportation", "latitude", "longitude",
                 "addresses", "accessibility", "schedules", "location_type"}
SAL_KEYS = {"id", "service_id", "location_id", "description", "location", "service"}


@dataclass
class Problem:
    index: int
    record_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return _("Record %(index)d (id %(id)s), veld ‘%(field)s’: %(message)s") % {
            "index": self.index, "id": self.record_id or "?", "field": self.field or "-", "message": self.message}


@dataclass
class ImportResult:
    dry_run: bool = False
    problems: list[Problem] = field(default_factory=list)
    # label → {id: created?}; the first time a record is met decides whether it was created or updated.
    touched: dict[str, dict[str, bool]] = field(default_factory=dict)

    @property
    def created(self) -> Counter:
        return Counter({label: sum(ids.values()) for label, ids in self.touched.items() if any(ids.values())})

    @property
    def updated(self) -> Counter:
        return Counter({label: sum(not created for created in ids.values()) for label, ids in self.touched.items()
                        if not all(ids.values())})

    @property
    def ok(self) -> bool:
        return not self.problems


class RecordProblem(Exception):
    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__(problems)
        self.problems = problems


def records_of(data) -> list[dict]:
    """The records of a file: a Page's contents, a list, or one record."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return data["contents"]
    if isinstance(data, list):
        return data
    return [data]


def kind_of(record: dict) -> str:
    if "status" in record and "location_type" not in record:
        return "service"
    if "location_type" in record:
        return "location"
    if "service" in record or "location" in record or ("service_id" in record and "location_id" in record):
        return "service_at_location"
    return "organization"


SCHEMAS = {"service": "service.json", "organization": "organization.json", "location": "location.json",
           "service_at_location": "service_at_location.json"}


def import_hsds(data, *, dry_run: bool = False) -> ImportResult:
    """Import `data` (parsed JSON). Atomic: with any problem nothing is stored."""
    result = ImportResult(dry_run=dry_run)
    items = records_of(data)
    with transaction.atomic():
        for index, record in enumerate(items, start=1):
            if not isinstance(record, dict):
                result.problems.append(Problem(index, "", "", _("dit is geen HSDS-record (geen JSON-object)")))
                continue
            record_id = str(record.get("id", ""))
            kind = kind_of(record)
            errors = schema_errors(record, SCHEMAS[kind])
            if errors:
                result.problems += [Problem(index, record_id, path, message) for path, message in errors]
                continue
            try:
                with transaction.atomic():  # a savepoint: one failing record does not hide the next one's problems
                    Reader(result).read(kind, record)
            except RecordProblem as problem:
                result.problems += [Problem(index, record_id, path, message) for path, message in problem.problems]
        if result.problems or dry_run:
            transaction.set_rollback(True)
    return result


def _validation_problems(error: ValidationError, names: dict[str, str], prefix: str) -> list[tuple[str, str]]:
    problems = []
    for model_field, messages in error.message_dict.items():
        name = names.get(model_field, model_field)
        problems += [(f"{prefix}{name}", message) for message in messages]
    return problems


def _save(instance, names: dict[str, str], prefix: str, exclude: tuple[str, ...] = ()) -> None:
    try:
        instance.full_clean(exclude=list(exclude))
    except ValidationError as error:
        raise RecordProblem(_validation_problems(error, names, prefix)) from None
    instance.save()


class Reader:
    """Reads one top-level record (and what it nests) into the models, counting creates and updates."""

    def __init__(self, result: ImportResult):
        self.result = result

    def _count(self, label: str, instance, created: bool) -> None:
        self.result.touched.setdefault(label, {}).setdefault(str(instance.uuid), created)

    def read(self, kind: str, record: dict) -> None:
        try:
            if kind == "service":
                self.service(record, None, "")
            elif kind == "organization":
                organisation = self.organisation(record, "")
                for index, service in enumerate(record.get("services") or []):
                    self.service(service, organisation, f"services[{index}].")
            elif kind == "location":
                self.location(record, None, "")
            else:
                self.service_at_location(record, None, "")
        except FieldProblem as problem:
            raise RecordProblem([(problem.field, problem.message)]) from None

    # --- organisations -------------------------------------------------------------------------------------
    def organisation(self, record: dict, prefix: str) -> Organisation:
        instance = Organisation.objects.filter(uuid=record["id"]).first()
        created = instance is None
        instance = instance or Organisation(uuid=record["id"])
        instance.name = record.get("name", "")
        instance.description = record.get("description") or ""
        instance.email = record.get("email") or ""
        instance.website = record.get("website") or ""
        instance.phone, phones = reading.first_phone(record.get("phones"), prefix)
        found, identifiers = reading.identifiers(record.get("organization_identifiers"))
        instance.kvk_number = found.get("kvk_number", "")
        instance.agb_code = found.get("agb_code", "")
        terms, attributes = reading.kansrijk_attributes(record.get("attributes"), prefix)
        instance.municipality = terms.municipality
        extra = {key: value for key, value in record.items() if key not in ORGANISATION_KEYS}
        extra.update({key: value for key, value in (("phones", phones), ("organization_identifiers", identifiers),
                                                    ("attributes", attributes)) if value})
        instance.hsds_extra = extra
        _save(instance, ORGANISATION_FIELDS, prefix)
        self._count("organisaties", instance, created)
        # Its locations become the directory's (the export lists them under the services offered there).
        for index, location in enumerate(record.get("locations") or []):
            self.location(location, instance, f"{prefix}locations[{index}].")
        return instance

    def _organisation_for(self, record: dict, fallback: Organisation | None, prefix: str) -> Organisation:
        if isinstance(record.get("organization"), dict):
            return self.organisation(record["organization"], f"{prefix}organization.")
        organisation_id = record.get("organization_id")
        if organisation_id:
            if fallback is not None and str(fallback.uuid) == str(organisation_id):
                return fallback
            found = Organisation.objects.filter(uuid=organisation_id).first()
            if found is None:
                raise FieldProblem(f"{prefix}organization_id",
                                   _("organisatie %(id)s staat niet in de sociale kaart en niet in dit bestand")
                                   % {"id": organisation_id})
            return found
        if fallback is not None:
            return fallback
        raise FieldProblem(f"{prefix}organization", _("ontbreekt: bij elk aanbod hoort een organisatie"))

    def placeholder(self) -> Organisation:
        organisation, _created = Organisation.objects.get_or_create(
            uuid=PLACEHOLDER_UUID, defaults={"name": str(PLACEHOLDER_NAME), "hsds_extra": {PLACEHOLDER_KEY: True}})
        return organisation

    # --- locations -----------------------------------------------------------------------------------------
    def location(self, record: dict, organisation: Organisation | None, prefix: str) -> Location:
        if record.get("organization_id") or organisation is None:
            organisation = (self._organisation_for(record, organisation, prefix) if record.get("organization_id")
                            else self.placeholder())
        instance = Location.objects.filter(uuid=record["id"]).first()
        created = instance is None
        instance = instance or Location(uuid=record["id"])
        instance.organisation = organisation
        address, addresses = reading.dutch_address(record.get("addresses"), prefix.rstrip("."))
        instance.address_1 = address.address_1 if address else ""
        instance.city = address.city if address else ""
        instance.postcode = address.postcode if address else ""
        instance.pc4 = instance.postcode[:4]
        instance.municipality = main_municipality(instance.pc4) if instance.pc4 else None
        instance.name = record.get("name") or instance.address_1 or instance.city or str(_("Locatie"))
        instance.description = record.get("description") or ""
        instance.transportation = record.get("transportation") or ""
        instance.latitude = record.get("latitude")
        instance.longitude = record.get("longitude")
        accessibility = list(record.get("accessibility") or [])
        instance.accessibility = ""
        if accessibility and reading.fits(accessibility[0], {"id", "description"}):
            instance.accessibility = accessibility.pop(0).get("description", "")
        hours, schedules = reading.weekly_hours(record.get("schedules"))
        extra = {key: value for key, value in record.items() if key not in LOCATION_KEYS}
        extra.update({key: value for key, value in (("addresses", addresses), ("accessibility", accessibility),
                                                    ("schedules", schedules)) if value})
        if record.get("location_type", "physical") != "physical":
            extra["location_type"] = record["location_type"]
        if address and address.leftovers:
            province = instance.municipality.province.name if instance.municipality else ""
            leftovers = {k: v for k, v in address.leftovers.items() if not (k == "state_province" and v == province)}
            if leftovers:
                extra["_address"] = leftovers
        instance.hsds_extra = extra
        _save(instance, LOCATION_FIELDS, prefix, exclude=("organisation",))
        if "schedules" in record:
            self._replace_hours(hours, location=instance)
        self._count("locaties", instance, created)
        return instance

    def _replace_hours(self, hours: list[reading.Hours], **owner) -> None:
        OpeningHours.objects.filter(**owner).exclude(uuid__in=[h.uuid for h in hours]).delete()
        for item in hours:
            row = OpeningHours.objects.filter(uuid=item.uuid).first() or OpeningHours(uuid=item.uuid)
            row.service = owner.get("service")
            row.location = owner.get("location")
            row.weekday, row.opens_at, row.closes_at, row.note = item.weekday, item.opens_at, item.closes_at, item.note
            row.save()

    # --- services ------------------------------------------------------------------------------------------
    def service(self, record: dict, organisation: Organisation | None, prefix: str) -> Service:
        organisation = self._organisation_for(record, organisation, prefix)
        instance = Service.objects.filter(uuid=record["id"]).first()
        created = instance is None
        instance = instance or Service(uuid=record["id"])
        instance.organisation = organisation
        for model_field, hsds_field in (("name", "name"), ("alternate_name", "alternate_name"),
                                        ("description", "description"), ("url", "url"), ("email", "email"),
                                        ("status", "status"), ("application_process", "application_process"),
                                        ("cost_description", "fees_description"),
                                        ("eligibility", "eligibility_description")):
            setattr(instance, model_field, record.get(hsds_field) or "")
        for age in ("minimum_age", "maximum_age"):
            value = record.get(age)
            setattr(instance, age, None if value is None else reading.whole_number(value, f"{prefix}{age}"))
        instance.phone, phones = reading.first_phone(record.get("phones"), prefix)
        instance.languages, languages = reading.language_codes(record.get("languages"))
        instance.free_of_charge, cost_options = reading.free_of_charge(record.get("cost_options"))
        municipalities, areas = reading.service_areas(record.get("service_areas"))
        hours, schedules = reading.weekly_hours(record.get("schedules"))
        terms, attributes = reading.kansrijk_attributes(record.get("attributes"), prefix)
        extra = {key: value for key, value in record.items() if key not in SERVICE_KEYS}
        extra.update({key: value for key, value in (("phones", phones), ("languages", languages),
                                                    ("cost_options", cost_options), ("service_areas", areas),
                                                    ("schedules", schedules), ("attributes", attributes)) if value})
        self._apply_terms(instance, terms, record, extra)
        self._apply_verification(instance, record, extra, prefix)
        instance.hsds_extra = extra
        _save(instance, SERVICE_FIELDS, prefix,
              exclude=("organisation", "intervention", "last_verified_by", "claimed_by"))
        # A list the record does not have is left alone (list views carry no nested lists); one it has, replaces.
        if "service_areas" in record or created:
            instance.municipalities.set(municipalities)
        if "schedules" in record:
            self._replace_hours(hours, service=instance)
        self._count("aanbod", instance, created)
        links = [self.service_at_location(link, instance, f"{prefix}service_at_locations[{index}].")
                 for index, link in enumerate(record.get("service_at_locations") or [])]
        if "service_at_locations" in record:
            ServiceAtLocation.objects.filter(service=instance).exclude(pk__in=[link.pk for link in links]).delete()
        modified = parse_datetime(record.get("last_modified") or "")
        if modified is not None:  # keep the source's time of the last change (auto_now would say "now")
            Service.objects.filter(pk=instance.pk).update(updated_at=modified)
        return instance

    def _apply_terms(self, instance: Service, terms: reading.ServiceTerms, record: dict, extra: dict) -> None:
        instance.phases, instance.situations = terms.phases, terms.situations
        instance.pregnancy_week_from = terms.numbers.get("pregnancy_week_from")
        instance.pregnancy_week_to = terms.numbers.get("pregnancy_week_to")
        instance.child_age_months_to = terms.numbers.get("child_age_months_to")
        instance.waiting_weeks = terms.numbers.get("waiting_weeks")
        instance.self_registration = terms.flags.get("self_registration", False)
        instance.referral_required = terms.flags.get("referral_required", False)
        instance.intervention = terms.intervention
        if terms.capacity:
            instance.capacity = terms.capacity
        elif record.get("wait_time"):
            extra["wait_time"] = record["wait_time"]  # another system's wait time, written back on export

    def _apply_verification(self, instance: Service, record: dict, extra: dict, prefix: str) -> None:
        assured = record.get("assured_date")
        if assured:
            day = parse_date(assured[:10])
            if day is None:
                raise FieldProblem(f"{prefix}assured_date", _("‘%(value)s’ is geen datum (JJJJ-MM-DD)")
                                   % {"value": assured})
            # Noon, so that the date reads the same in every time zone around ours.
            instance.last_verified_at = timezone.make_aware(dt.datetime(day.year, day.month, day.day, 12))
        else:
            instance.last_verified_at = None
        instance.last_verified_by = None
        email = record.get("assurer_email")
        if email:
            instance.last_verified_by = get_user_model().objects.filter(email__iexact=email).first()
            if instance.last_verified_by is None:
                extra["_assurer_email"] = email

    # --- services at locations -----------------------------------------------------------------------------
    def service_at_location(self, record: dict, service: Service | None, prefix: str) -> ServiceAtLocation:
        if service is None:
            if isinstance(record.get("service"), dict):
                service = self.service(record["service"], None, f"{prefix}service.")
            else:
                service = Service.objects.filter(uuid=record.get("service_id") or None).first()
                if service is None:
                    raise FieldProblem(f"{prefix}service_id", _("aanbod ontbreekt of staat niet in de sociale kaart"))
        if isinstance(record.get("location"), dict):
            location = self.location(record["location"], service.organisation, f"{prefix}location.")
        else:
            location = Location.objects.filter(uuid=record.get("location_id") or None).first()
            if location is None:
                raise FieldProblem(f"{prefix}location_id", _("locatie ontbreekt of staat niet in de sociale kaart"))
        instance = (ServiceAtLocation.objects.filter(uuid=record["id"]).first()
                    or ServiceAtLocation.objects.filter(service=service, location=location).first())
        created = instance is None
        instance = instance or ServiceAtLocation(uuid=record["id"])
        instance.uuid = record["id"]
        instance.service, instance.location = service, location
        instance.description = record.get("description") or ""
        instance.hsds_extra = {key: value for key, value in record.items() if key not in SAL_KEYS}
        instance.save()
        self._count("aanbod op locaties", instance, created)
        return instance
