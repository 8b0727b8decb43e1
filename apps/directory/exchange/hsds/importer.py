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
from functools import cache
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.directory.exchange.hsds import reading
from apps.directory.exchange.hsds.lenient import correct
from apps.directory.exchange.hsds.mapping import CAPACITY_UNKNOWN, IN_DIRECTORY_KEY, PLACEHOLDER_KEY, is_placeholder
from apps.directory.exchange.hsds.reading import FieldProblem
from apps.directory.exchange.hsds.taxonomy import TAXONOMY_ID, TERMS_BY_ID
from apps.directory.exchange.hsds.validation import registry, schema_errors
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation, TaxonomyRecord
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
# Kansrijk's completeness rules (beyond HSDS, which only requires id, name and status).
KANSRIJK_RULES = {
    "description": lambda service: not (service.description or "").strip(),
    "organisation": lambda service: is_placeholder(service.organisation),
}
KANSRIJK_RULE_FIELDS = {"description": "description", "organisation": "organization_id"}
KANSRIJK_RULE_TEXT = {
    "description": gettext_lazy("Kansrijk-regel ‘omschrijving’: elk aanbod heeft een omschrijving in eenvoudige "
                                "taal. Geïmporteerd en gemarkeerd als onvolledig (staat in de onderhoudslijst)."),
    "organisation": gettext_lazy("Kansrijk-regel ‘organisatie’: elk aanbod hoort bij een organisatie. Geïmporteerd "
                                 "bij ‘Organisatie onbekend’ en gemarkeerd als onvolledig (staat in de "
                                 "onderhoudslijst)."),
}
SERVICE_TEXT = (("name", "name"), ("alternate_name", "alternate_name"), ("description", "description"),
                ("url", "url"), ("email", "email"), ("status", "status"),
                ("application_process", "application_process"), ("cost_description", "fees_description"),
                ("eligibility", "eligibility_description"))
SAL_KEYS = {"id", "service_id", "location_id", "description", "location", "service"}


@dataclass
class Problem:
    index: int
    record_id: str
    field: str
    message: str
    source: str = ""  # the file, when several are imported together

    def __str__(self) -> str:
        text = _("Record %(index)d (id %(id)s), veld ‘%(field)s’: %(message)s") % {
            "index": self.index, "id": self.record_id or "?", "field": self.field or "-", "message": self.message}
        return f"{self.source}: {text}" if self.source else text


@dataclass
class ImportResult:
    dry_run: bool = False
    problems: list[Problem] = field(default_factory=list)
    # Kansrijk completeness: (field, record id, rule) of listings imported but flagged incomplete.
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    # Lenient reading: every correction made, per record (same form as a problem).
    corrections: list[Problem] = field(default_factory=list)
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


# The record types a file can hold, each with its schema. The type is stated (`--type`), or read from the
# file's name, or — only when exactly one type fits — from the record's fields; it is never switched later.
SCHEMAS = {"service": "service.json", "organization": "organization.json", "location": "location.json",
           "service_at_location": "service_at_location.json", "taxonomy": "taxonomy.json",
           "taxonomy_term": "taxonomy_term.json"}
# File-name words → type, most specific first ("service_at_locations.json" is not a service file).
NAME_WORDS = [("service_at_location", "service_at_location"), ("taxonomy_term", "taxonomy_term"),
              ("taxonomies", "taxonomy"), ("taxonomy", "taxonomy"), ("organization", "organization"),
              ("organisation", "organization"), ("location", "location"), ("service", "service")]


def kind_from_name(name: str) -> str | None:
    """The record type a file name states, e.g. `service_list.json` → service; None when it states none."""
    stem = Path(name or "").name.lower().replace("-", "_")
    for word, kind in NAME_WORDS:
        if word in stem:
            return kind
    return None


# Nested records the official examples use beyond the schema's properties.
NESTED = {"organization": {"services"}, "service_at_location": {"service"}}


@cache
def _properties(kind: str) -> frozenset[str]:
    return frozenset(registry().contents(SCHEMAS[kind])["properties"]) | NESTED.get(kind, set())


def kind_of(record: dict) -> str | None:
    """The one type whose schema has every field of the record and a field no other type has; else None."""
    keys = set(record)
    fitting = [kind for kind in SCHEMAS if keys <= _properties(kind)]
    telling = [kind for kind in fitting
               if keys & (_properties(kind) - set().union(*(_properties(k) for k in SCHEMAS if k != kind)))]
    return telling[0] if len(telling) == 1 else None


def import_hsds(data, *, dry_run: bool = False, kind: str | None = None, name: str = "",
                replace: bool = False, lenient: bool = False) -> ImportResult:
    """Import `data` (parsed JSON). Atomic: with any problem nothing is stored.

    `kind` states the record type (else the file `name`, else each record's fields decide, if they can).
    Records are merged into what is stored: a field the record does not state is left alone; `replace`
    makes the record the whole truth (a field it does not state is emptied). `lenient` corrects the known
    deviations of real-world feeds first (hsds/lenient.py) and lists every correction per record.
    """
    return import_files([(name, data)], dry_run=dry_run, kind=kind, replace=replace, lenient=lenient)


# A dataset's files, in the order that lets references meet (organisations before their services, …).
DATASET_ORDER = ["taxonomy", "taxonomy_term", "organization", "location", "service", "service_at_location"]


def import_files(files: list[tuple[str, object]], *, dry_run: bool = False, kind: str | None = None,
                 replace: bool = False, lenient: bool = False) -> ImportResult:
    """Import several files (name, parsed JSON) — e.g. a dataset export — in one transaction: all or nothing."""
    result = ImportResult(dry_run=dry_run)
    with transaction.atomic():
        for name, data in files:
            _import_records(result, records_of(data), kind or kind_from_name(name), replace=replace,
                            lenient=lenient, source=name if len(files) > 1 else "")
        if result.problems or dry_run:
            transaction.set_rollback(True)
    return result


def _import_records(result: ImportResult, items: list, stated: str | None, *, replace: bool, lenient: bool,
                    source: str) -> None:
    for index, record in enumerate(items, start=1):
        if not isinstance(record, dict):
            result.problems.append(Problem(index, "", "", _("dit is geen HSDS-record (geen JSON-object)"), source))
            continue
        record_id = str(record.get("id", ""))
        record_kind = stated or kind_of(record)
        if record_kind is None:
            result.problems.append(Problem(index, record_id, "", _(
                "het soort record is niet te bepalen; geef het op met --type (service, organization, location, "
                "service_at_location, taxonomy of taxonomy_term) of noem het bestand ernaar"), source))
            continue
        if lenient:
            record, fixes = correct(record, record_kind, SCHEMAS[record_kind])
            result.corrections += [Problem(index, record_id, path, message, source) for path, message in fixes]
        errors = schema_errors(record, SCHEMAS[record_kind])
        if errors:
            result.problems += [Problem(index, record_id, path, message, source) for path, message in errors]
            continue
        try:
            with transaction.atomic():  # a savepoint: one failing record does not hide the next one's problems
                Reader(result, replace=replace).read(record_kind, record)
        except RecordProblem as problem:
            result.problems += [Problem(index, record_id, path, message, source)
                                for path, message in problem.problems]


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
    """Reads one top-level record (and what it nests) into the models, counting creates and updates.

    Merge, don't wipe: a field the record does not state keeps its stored value (a list view after a full
    record loses nothing); with `replace` the record is the whole truth. Every save goes through the ORM, so
    the audit log keeps the replaced values, as for the spreadsheet import.
    """

    def __init__(self, result: ImportResult, *, replace: bool = False):
        self.result = result
        self.replace = replace

    def states(self, record: dict, key: str) -> bool:
        return self.replace or key in record

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
            elif kind == "service_at_location":
                self.service_at_location(record, None, "")
            else:
                self.taxonomy(kind, record)
        except FieldProblem as problem:
            raise RecordProblem([(problem.field, problem.message)]) from None

    def _extra(self, instance, record: dict, modelled: set[str], lists: dict[str, list]) -> dict:
        """What the model cannot hold: the stored extra (unless replacing), updated with this record's."""
        extra = {} if self.replace else dict(instance.hsds_extra or {})
        if self.replace:
            extra.update({key: value for key, value in (instance.hsds_extra or {}).items() if key.startswith("_")
                          or key == PLACEHOLDER_KEY})
        extra.update({key: value for key, value in record.items() if key not in modelled})
        for key, kept in lists.items():
            if not self.states(record, key):
                continue
            if kept:
                extra[key] = kept
            else:
                extra.pop(key, None)
        return extra

    # --- taxonomies ----------------------------------------------------------------------------------------
    def taxonomy(self, kind: str, record: dict) -> None:
        if record["id"] == str(TAXONOMY_ID) or record["id"] in TERMS_BY_ID:
            return  # Kansrijk's own taxonomy is built in
        instance = TaxonomyRecord.objects.filter(uuid=record["id"]).first()
        if instance is not None and instance.kind != kind:
            raise FieldProblem("id", _("dit id hoort al bij een record van een ander soort (%(kind)s)")
                               % {"kind": instance.kind})
        created = instance is None
        instance = instance or TaxonomyRecord(uuid=record["id"], kind=kind)
        instance.record = dict(record) if self.replace else {**instance.record, **record}
        instance.name = instance.record.get("name", "")[:250]
        taxonomy_id = instance.record.get("taxonomy_id") or (instance.record.get("taxonomy_detail") or {}).get("id")
        instance.taxonomy_uuid = taxonomy_id or None
        instance.save()
        self._count("taxonomieën" if kind == "taxonomy" else "taxonomietermen", instance, created)

    # --- organisations -------------------------------------------------------------------------------------
    def organisation(self, record: dict, prefix: str) -> Organisation:
        instance = Organisation.objects.filter(uuid=record["id"]).first()
        created = instance is None
        instance = instance or Organisation(uuid=record["id"])
        states = self.states
        instance.name = record.get("name", instance.name)
        if states(record, "description"):
            instance.description = record.get("description") or ""
        if states(record, "email"):
            instance.email = record.get("email") or ""
        if states(record, "website"):
            instance.website = record.get("website") or ""
        phones = identifiers = attributes = []
        if states(record, "phones"):
            instance.phone, phones = reading.first_phone(record.get("phones"), prefix)
        if states(record, "organization_identifiers"):
            found, identifiers = reading.identifiers(record.get("organization_identifiers"))
            instance.kvk_number = found.get("kvk_number", "")
            instance.agb_code = found.get("agb_code", "")
        if states(record, "attributes"):
            terms, attributes = reading.kansrijk_attributes(record.get("attributes"), prefix)
            instance.municipality = terms.municipality
        instance.hsds_extra = self._extra(instance, record, ORGANISATION_KEYS, {
            "phones": phones, "organization_identifiers": identifiers, "attributes": attributes})
        instance.hsds_extra[IN_DIRECTORY_KEY] = True  # exported with the dataset, even without services
        _save(instance, ORGANISATION_FIELDS, prefix)
        self._count("organisaties", instance, created)
        # Its locations become the directory's (the export lists them under the services offered there).
        for index, location in enumerate(record.get("locations") or []):
            self.location(location, instance, f"{prefix}locations[{index}].", nested_in_organisation=True)
        return instance

    def _stated_organisation(self, record: dict, fallback: Organisation | None, prefix: str) -> Organisation | None:
        """The organisation the record names (nested or by id), or None when it names none."""
        if isinstance(record.get("organization"), dict):
            return self.organisation(record["organization"], f"{prefix}organization.")
        organisation_id = record.get("organization_id")
        if not organisation_id:
            return None
        if fallback is not None and str(fallback.uuid) == str(organisation_id):
            return fallback
        found = Organisation.objects.filter(uuid=organisation_id).first()
        if found is None:
            raise FieldProblem(f"{prefix}organization_id",
                               _("organisatie %(id)s staat niet in de sociale kaart en niet in dit bestand")
                               % {"id": organisation_id})
        return found

    def placeholder(self) -> Organisation:
        organisation, _created = Organisation.objects.get_or_create(
            uuid=PLACEHOLDER_UUID, defaults={"name": str(PLACEHOLDER_NAME), "hsds_extra": {PLACEHOLDER_KEY: True}})
        return organisation

    def _owner(self, instance, record: dict, prefix: str, *, nesting: Organisation | None = None,
               guess: Organisation | None = None) -> Organisation:
        """Who owns a location or service: the organisation the record names; else the one it is nested in; else
        the stored owner (never moved to the placeholder); else a guess from the context (a service's organisation
        for its locations); else the placeholder."""
        stated = self._stated_organisation(record, nesting or guess, prefix)
        if stated is not None:
            return stated
        if nesting is not None:
            return nesting
        if instance.pk is not None:
            return instance.organisation
        return guess or self.placeholder()

    # --- locations -----------------------------------------------------------------------------------------
    def location(self, record: dict, organisation: Organisation | None, prefix: str, *,
                 nested_in_organisation: bool = False) -> Location:
        instance = Location.objects.filter(uuid=record["id"]).first()
        created = instance is None
        instance = instance or Location(uuid=record["id"])
        instance.organisation = self._owner(instance, record, prefix,
                                            nesting=organisation if nested_in_organisation else None,
                                            guess=None if nested_in_organisation else organisation)
        states = self.states
        addresses = accessibility = schedules = []
        address = None
        if states(record, "addresses"):
            address, addresses = reading.dutch_address(record.get("addresses"), prefix.rstrip("."))
            instance.address_1 = address.address_1 if address else ""
            instance.city = address.city if address else ""
            instance.postcode = address.postcode if address else ""
            instance.pc4 = instance.postcode[:4]
            instance.municipality = main_municipality(instance.pc4) if instance.pc4 else None
        if record.get("name") or created or self.replace:
            instance.name = record.get("name") or instance.address_1 or instance.city or str(_("Locatie"))
        for key in ("description", "transportation"):
            if states(record, key):
                setattr(instance, key, record.get(key) or "")
        for key in ("latitude", "longitude"):
            if states(record, key):
                setattr(instance, key, record.get(key))
        if states(record, "accessibility"):
            accessibility = list(record.get("accessibility") or [])
            instance.accessibility = ""
            if accessibility and reading.fits(accessibility[0], {"id", "description"}):
                instance.accessibility = accessibility.pop(0).get("description", "")
        hours = []
        if states(record, "schedules"):
            hours, schedules = reading.weekly_hours(record.get("schedules"))
        extra = self._extra(instance, record, LOCATION_KEYS, {
            "addresses": addresses, "accessibility": accessibility, "schedules": schedules})
        if states(record, "location_type"):
            extra.pop("location_type", None)
            if record.get("location_type", "physical") != "physical":
                extra["location_type"] = record["location_type"]
        if states(record, "addresses"):
            extra.pop("_address", None)
            if address and address.leftovers:
                province = instance.municipality.province.name if instance.municipality else ""
                leftovers = {k: v for k, v in address.leftovers.items()
                             if not (k == "state_province" and v == province)}
                if leftovers:
                    extra["_address"] = leftovers
        instance.hsds_extra = extra
        _save(instance, LOCATION_FIELDS, prefix, exclude=("organisation",))
        if states(record, "schedules"):
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
        instance = Service.objects.filter(uuid=record["id"]).first()
        created = instance is None
        instance = instance or Service(uuid=record["id"])
        instance.organisation = self._owner(instance, record, prefix, nesting=organisation)
        states = self.states
        for model_field, hsds_field in SERVICE_TEXT:
            if states(record, hsds_field):
                setattr(instance, model_field, record.get(hsds_field) or "")
        for age in ("minimum_age", "maximum_age"):
            if states(record, age):
                value = record.get(age)
                setattr(instance, age, None if value is None else reading.whole_number(value, f"{prefix}{age}"))
        lists: dict[str, list] = {}
        if states(record, "phones"):
            instance.phone, lists["phones"] = reading.first_phone(record.get("phones"), prefix)
        if states(record, "languages"):
            instance.languages, lists["languages"] = reading.language_codes(record.get("languages"))
        if states(record, "cost_options"):
            instance.free_of_charge, lists["cost_options"] = reading.free_of_charge(record.get("cost_options"))
        municipalities = hours = None
        if states(record, "service_areas"):
            municipalities, lists["service_areas"] = reading.service_areas(record.get("service_areas"))
        if states(record, "schedules"):
            hours, lists["schedules"] = reading.weekly_hours(record.get("schedules"))
        extra_terms = None
        if states(record, "attributes"):
            extra_terms, lists["attributes"] = reading.kansrijk_attributes(record.get("attributes"), prefix)
        extra = self._extra(instance, record, SERVICE_KEYS, lists)
        if extra_terms is not None:
            self._apply_terms(instance, extra_terms, extra)
        if states(record, "wait_time"):
            extra.pop("wait_time", None)
            if record.get("wait_time") and (extra_terms is None or not extra_terms.capacity):
                extra["wait_time"] = record["wait_time"]  # another system's wait time, written back on export
        if (created or self.replace) and (extra_terms is None or not extra_terms.capacity):
            extra[CAPACITY_UNKNOWN] = True  # the source did not say: the export will not invent it
        self._apply_verification(instance, record, extra, prefix)
        instance.hsds_extra = extra
        self._completeness(instance, prefix)
        _save(instance, SERVICE_FIELDS, prefix,
              exclude=("organisation", "intervention", "last_verified_by", "claimed_by", "description"))
        if municipalities is not None:
            instance.municipalities.set(municipalities)
        if hours is not None:
            self._replace_hours(hours, service=instance)
        self._count("aanbod", instance, created)
        links = [self.service_at_location(link, instance, f"{prefix}service_at_locations[{index}].")
                 for index, link in enumerate(record.get("service_at_locations") or [])]
        if states(record, "service_at_locations"):
            ServiceAtLocation.objects.filter(service=instance).exclude(pk__in=[link.pk for link in links]).delete()
        modified = parse_datetime(record.get("last_modified") or "")
        if modified is not None:  # keep the source's time of the last change (auto_now would say "now")
            Service.objects.filter(pk=instance.pk).update(updated_at=modified)
        return instance

    def _completeness(self, instance: Service, prefix: str) -> None:
        """Kansrijk's own rules (not HSDS's): a listing that breaks one is imported and reported with the rule;
        it counts as incomplete, and so shows in the upkeep list, until someone completes it
        (apps.directory.upkeep.core.stale_q tests the same rules on the stored listing)."""
        broken = [code for code, rule in KANSRIJK_RULES.items() if rule(instance)]
        if broken:
            self.result.notes += [(f"{prefix}{KANSRIJK_RULE_FIELDS[code]}", str(instance.uuid),
                                   str(KANSRIJK_RULE_TEXT[code])) for code in broken]

    def _apply_terms(self, instance: Service, terms: reading.ServiceTerms, extra: dict) -> None:
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
            extra.pop(CAPACITY_UNKNOWN, None)

    def _apply_verification(self, instance: Service, record: dict, extra: dict, prefix: str) -> None:
        if self.states(record, "assured_date"):
            assured = record.get("assured_date")
            instance.last_verified_at = None
            if assured:
                day = parse_date(assured[:10])
                if day is None:
                    raise FieldProblem(f"{prefix}assured_date", _("‘%(value)s’ is geen datum (JJJJ-MM-DD)")
                                       % {"value": assured})
                # Noon, so that the date reads the same in every time zone around ours.
                instance.last_verified_at = timezone.make_aware(dt.datetime(day.year, day.month, day.day, 12))
        if self.states(record, "assurer_email"):
            instance.last_verified_by = None
            extra.pop("_assurer_email", None)
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
        if self.states(record, "description"):
            instance.description = record.get("description") or ""
        instance.hsds_extra = self._extra(instance, record, SAL_KEYS, {})
        instance.save()
        self._count("aanbod op locaties", instance, created)
        return instance
