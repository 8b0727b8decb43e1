# SPDX-License-Identifier: EUPL-1.2
"""HSDS sub-records → model fields (the import direction's small readers, used by hsds/importer.py).

A sub-record is *consumed* only when the model can hold all of it (every key it has is one the model keeps);
otherwise it is kept as it came, in `hsds_extra`, and written back on export (hsds/mapping.py). Each reader
returns what it understood plus the items it kept; problems are raised as `FieldProblem` with the HSDS field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from apps.directory.choices import Capacity, Phase, VulnerabilityFactor
from apps.directory.exchange.hsds.mapping import AGB_SCHEME, COUNTRY, KVK_SCHEME, TOOI_PATTERN, WEEKDAYS
from apps.directory.exchange.hsds.taxonomy import kansrijk_term
from apps.directory.models import Intervention
from apps.reference.models import Municipality
from apps.reference.places import find_municipality, normalise_postcode

OWNER_KEYS = {"service_id", "location_id", "organization_id", "service_at_location_id"}
COUNTRIES_NL = {"NL", "NLD", "NEDERLAND", "NETHERLANDS", "THE NETHERLANDS"}


class FieldProblem(Exception):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def fits(item: dict, keys: set[str]) -> bool:
    return isinstance(item, dict) and set(item) <= keys | OWNER_KEYS


def whole_number(value, field_name: str) -> int:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise FieldProblem(field_name, _("‘%(value)s’ is geen getal") % {"value": value}) from None
    if number != int(number) or number < 0:
        raise FieldProblem(field_name, _("‘%(value)s’ is geen heel getal van 0 of meer") % {"value": value})
    return int(number)


def first_phone(phones: list, prefix: str) -> tuple[str, list]:
    """The first phone the model can hold (a number, max. 30 characters) and the phones kept as they came."""
    for index, phone in enumerate(phones or []):
        if fits(phone, {"id", "number"}) and len(phone.get("number", "")) <= 30:
            return phone["number"], [p for i, p in enumerate(phones) if i != index]
    return "", list(phones or [])


def parse_time(value: str) -> dt.time | None:
    for pattern in ("%H:%M", "%H:%M:%S"):
        try:
            return dt.datetime.strptime(value or "", pattern).time()
        except ValueError:
            continue
    return None


@dataclass
class Hours:
    uuid: str
    weekday: int
    opens_at: dt.time
    closes_at: dt.time
    note: str


def weekly_hours(schedules: list) -> tuple[list[Hours], list]:
    """Weekly schedules for one day with opening and closing times become opening hours; others are kept."""
    hours, kept = [], []
    allowed = {"id", "freq", "byday", "opens_at", "closes_at", "notes"}
    for schedule in schedules or []:
        opens, closes = parse_time(schedule.get("opens_at")), parse_time(schedule.get("closes_at"))
        if (fits(schedule, allowed) and schedule.get("freq") == "WEEKLY" and schedule.get("byday") in WEEKDAYS
                and opens and closes and opens < closes and len(schedule.get("notes", "")) <= 200):
            hours.append(Hours(schedule["id"], WEEKDAYS.index(schedule["byday"]) + 1, opens, closes,
                               schedule.get("notes", "")))
        else:
            kept.append(schedule)
    return hours, kept


def service_areas(areas: list) -> tuple[list[Municipality], list]:
    """Areas that are one Dutch municipality (by TOOI URI or by name) become covered municipalities."""
    found, kept = [], []
    for area in areas or []:
        municipality = None
        if fits(area, {"id", "name", "uri"}):
            match = TOOI_PATTERN.search(area.get("uri", ""))
            municipality = (Municipality.objects.filter(code=match.group(1).upper()).first() if match
                            else find_municipality(area.get("name", "")) if not area.get("uri") else None)
        if municipality:
            found.append(municipality)
        else:
            kept.append(area)
    return found, kept


def language_codes(languages: list) -> tuple[list[str], list]:
    codes, kept = [], []
    for language in languages or []:
        code = (language.get("code") or "").strip().lower() if isinstance(language, dict) else ""
        if fits(language, {"id", "name", "code"}) and 2 <= len(code) <= 3 and code.isalpha():
            if code not in codes:
                codes.append(code)
        else:
            kept.append(language)
    return codes, kept


def free_of_charge(cost_options: list) -> tuple[bool, list]:
    free, kept = False, []
    for option in cost_options or []:
        if fits(option, {"id", "option", "amount", "currency"}) and option.get("amount") == 0:
            free = True
        else:
            kept.append(option)
    return free, kept


def identifiers(items: list) -> tuple[dict[str, str], list]:
    """KvK and AGB identifiers → {"kvk_number": …, "agb_code": …}; other schemes are kept."""
    found, kept = {}, []
    fields = {KVK_SCHEME: "kvk_number", AGB_SCHEME: "agb_code"}
    for item in items or []:
        scheme = (item.get("identifier_scheme") or "").upper() if isinstance(item, dict) else ""
        if fits(item, {"id", "identifier_scheme", "identifier_type", "identifier"}) and scheme in fields:
            found[fields[scheme]] = item.get("identifier", "").replace(" ", "")
        else:
            kept.append(item)
    return found, kept


@dataclass
class Address:
    address_1: str = ""
    city: str = ""
    postcode: str = ""
    leftovers: dict = field(default_factory=dict)


def dutch_address(addresses: list, prefix: str) -> tuple[Address | None, list]:
    """The first physical Dutch address becomes the location's address; others are kept as they came."""
    allowed = {"id", "address_1", "address_2", "attention", "region", "city", "state_province", "postal_code",
               "country", "address_type"}
    for index, address in enumerate(addresses or []):
        if not (fits(address, allowed) and address.get("address_type") == "physical"
                and (address.get("country") or "").strip().upper() in COUNTRIES_NL):
            continue
        postcode = normalise_postcode(address.get("postal_code", ""))
        if not postcode:
            raise FieldProblem(f"{prefix}.addresses[{index}].postal_code",
                               _("‘%(value)s’ is geen geldige postcode") % {"value": address.get("postal_code", "")})
        leftovers = {key: address[key] for key in ("attention", "address_2", "region", "state_province")
                     if address.get(key)}
        if address.get("country") != COUNTRY:
            leftovers["country"] = address["country"]
        kept = [a for i, a in enumerate(addresses) if i != index]
        return Address(address.get("address_1", ""), address.get("city", ""), postcode, leftovers), kept
    return None, list(addresses or [])


@dataclass
class ServiceTerms:
    phases: list[str] = field(default_factory=list)
    situations: list[str] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    flags: dict[str, bool] = field(default_factory=dict)
    capacity: str | None = None
    intervention: Intervention | None = None
    municipality: Municipality | None = None


def kansrijk_attributes(attributes: list, prefix: str) -> tuple[ServiceTerms, list]:
    """Attributes with a Kansrijk term become model fields; attributes of other taxonomies are kept."""
    terms, kept = ServiceTerms(), []
    for index, item in enumerate(attributes or []):
        term = kansrijk_term(item) if isinstance(item, dict) else None
        if term is None:
            kept.append(item)
            continue
        where = f"{prefix}attributes[{index}]"
        value = str(item.get("value") or "").strip()
        code = term.code
        if code.startswith("phase-") and code[6:] in Phase.values:
            terms.phases.append(code[6:])
        elif code.startswith("situation-") and code[10:] in VulnerabilityFactor.values:
            terms.situations.append(code[10:])
        elif code in ("pregnancy_week_from", "pregnancy_week_to", "child_age_months_to", "waiting_weeks"):
            terms.numbers[code] = whole_number(value, f"{where}.value")
        elif code in ("self_registration", "referral_required"):
            terms.flags[code] = value.lower() in ("true", "1", "ja", "")
        elif code == "capacity":
            if value not in Capacity.values:
                raise FieldProblem(f"{where}.value", _("‘%(value)s’ is geen bekende beschikbaarheid (%(allowed)s)")
                                   % {"value": value, "allowed": ", ".join(Capacity.values)})
            terms.capacity = value
        elif code == "intervention":
            terms.intervention = Intervention.objects.filter(code=value).first()
            if terms.intervention is None:
                raise FieldProblem(f"{where}.value", _("‘%(value)s’ is geen interventie uit de catalogus")
                                   % {"value": value})
        elif code == "municipality":
            terms.municipality = find_municipality(value)
            if terms.municipality is None:
                raise FieldProblem(f"{where}.value", _("‘%(value)s’ is geen bekende gemeentecode") % {"value": value})
        else:  # a parent term ("phase", "situation") used on its own: nothing to store, keep it
            kept.append(item)
    return terms, kept
