# SPDX-License-Identifier: EUPL-1.2
"""Import a municipal inventory of services from CSV or XLSX: read, map columns, check every row, store atomically.

Municipal inventories arrive as spreadsheets with Dutch headers ("Naam aanbod", "Organisatie", "Postcode", …).
The user maps columns to fields (`guess_mapping` proposes a mapping from the headers); `import_rows` checks
every row and reports each faulty row and column in Dutch ("Rij 7, kolom ‘Postcode’: ‘79A1’ is geen geldige
postcode"), and stores all rows or none. Organisations are matched by name and municipality, or created;
services by organisation and name, so a second import of the same sheet updates instead of duplicating.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

import tablib
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.directory.access import can_edit_service
from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.models import Location, Service, ServiceAtLocation
from apps.organisations.models import Organisation
from apps.reference.models import Municipality
from apps.reference.places import find_municipality, main_municipality, normalise_postcode

MAX_ROWS = 5000

# field → (label, the headers it is guessed from; compared lower-case without spaces, dots and dashes)
FIELDS: dict[str, tuple] = {
    "name": (gettext_lazy("Naam aanbod"), ["naamaanbod", "naam", "aanbod", "naamvanhetaanbod", "titel"]),
    "organisation": (gettext_lazy("Organisatie"), ["organisatie", "aanbieder", "naamorganisatie", "uitvoerder"]),
    "description": (gettext_lazy("Omschrijving"), ["omschrijving", "beschrijving", "toelichting", "wat"]),
    "address": (gettext_lazy("Adres"), ["adres", "straat", "straatenhuisnummer", "bezoekadres"]),
    "postcode": (gettext_lazy("Postcode"), ["postcode", "pc"]),
    "city": (gettext_lazy("Plaats"), ["plaats", "woonplaats", "vestigingsplaats"]),
    "municipality": (gettext_lazy("Gemeente"), ["gemeente", "gemeentecode", "werkgebied"]),
    "phases": (gettext_lazy("Fase"), ["fase", "fasen", "fase(n)"]),
    "situations": (gettext_lazy("Doelgroep/situatie"), ["doelgroep/situatie", "doelgroep", "situatie",
                                                         "kwetsbaresituatie", "situaties"]),
    "self_registration": (gettext_lazy("Zelf aanmelden"), ["zelfaanmelden", "zelfaanmelding", "vrijtoegankelijk"]),
    "cost": (gettext_lazy("Kosten"), ["kosten", "prijs", "eigenbijdrage"]),
    "phone": (gettext_lazy("Telefoon"), ["telefoon", "telefoonnummer", "tel", "telnr"]),
    "email": (gettext_lazy("E-mail"), ["email", "emailadres", "mail"]),
    "website": (gettext_lazy("Website"), ["website", "url", "internet", "site", "webadres"]),
}
REQUIRED = ("name", "organisation", "description")

PHASE_WORDS = {"voor": Phase.BEFORE, "kinderwens": Phase.BEFORE, "tijdens": Phase.DURING, "zwanger": Phase.DURING,
               "zwangerschap": Phase.DURING, "na": Phase.AFTER, "geboorte": Phase.AFTER, "kraam": Phase.AFTER}
SITUATION_WORDS = {
    "schuld": VulnerabilityFactor.POVERTY_DEBTS, "armoede": VulnerabilityFactor.POVERTY_DEBTS,
    "geld": VulnerabilityFactor.POVERTY_DEBTS, "depressie": VulnerabilityFactor.POSTNATAL_DEPRESSION,
    "verslav": VulnerabilityFactor.ADDICTION, "laaggeletterd": VulnerabilityFactor.LOW_LITERACY,
    "anderstalig": VulnerabilityFactor.LOW_LITERACY, "lvb": VulnerabilityFactor.MILD_INTELLECTUAL_DISABILITY,
    "verstandelijk": VulnerabilityFactor.MILD_INTELLECTUAL_DISABILITY, "psychisch": VulnerabilityFactor.MENTAL_HEALTH,
    "vroeggeboren": VulnerabilityFactor.PREMATURE_BABY, "tevroeg": VulnerabilityFactor.PREMATURE_BABY,
    "onbedoeld": VulnerabilityFactor.UNPLANNED_PREGNANCY, "ongepland": VulnerabilityFactor.UNPLANNED_PREGNANCY,
    "netwerk": VulnerabilityFactor.WEAK_NETWORK, "scheiding": VulnerabilityFactor.COMPLEX_DIVORCE,
    "tiener": VulnerabilityFactor.TEENAGE_PARENTS, "dakloos": VulnerabilityFactor.HOMELESS,
    "huiselijkgeweld": VulnerabilityFactor.UNSAFE_SITUATION, "onveilig": VulnerabilityFactor.UNSAFE_SITUATION,
    "zorgmijd": VulnerabilityFactor.CARE_AVOIDANCE, "arbeidsmigrant": VulnerabilityFactor.LABOUR_MIGRANTS,
    "asiel": VulnerabilityFactor.NO_RESIDENCE_PERMIT, "verblijfsvergunning": VulnerabilityFactor.NO_RESIDENCE_PERMIT,
}
YES = {"ja", "j", "yes", "y", "true", "1", "x", "waar"}
NO = {"nee", "n", "no", "false", "0", "onwaar", ""}
FREE = {"gratis", "0", "€0", "€0,00", "0,00", "geen", "kosteloos", "nee", "geenkosten"}


class SpreadsheetError(Exception):
    """The file itself cannot be read (wrong type, encoding, empty); the message is Dutch."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]


def _key(text: str) -> str:
    return re.sub(r"[\s._\-]+", "", (text or "").strip().lower().lstrip("\ufeff"))


def _decode_csv(content: bytes) -> str:
    """UTF-8 first; else Windows-1252, which Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)"."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(_("Het CSV-bestand is niet in UTF-8 opgeslagen. Sla het op als ‘CSV UTF-8’ "
                             "en probeer het opnieuw."))


def read_table(content: bytes, filename: str) -> Table:
    """Read CSV (`;` or `,`; UTF-8 with or without BOM, or Windows-1252) or XLSX into headers and rows of text."""
    if filename.lower().endswith(".xlsx"):
        try:
            dataset = tablib.Dataset().load(io.BytesIO(content), format="xlsx")
        except Exception:  # openpyxl raises many kinds of errors for a broken file
            raise SpreadsheetError(_("Dit is geen leesbaar Excel-bestand (.xlsx).")) from None
        headers = [str(header or "").strip() for header in dataset.headers or []]
        rows = [["" if cell is None else str(cell).strip() for cell in row] for row in dataset]
    elif filename.lower().endswith((".csv", ".txt")):
        text = _decode_csv(content)
        first_line = text.split("\n", 1)[0]
        delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
        lines = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        if not lines:
            raise SpreadsheetError(_("Het bestand is leeg."))
        headers = [header.strip() for header in lines[0]]
        rows = [[cell.strip() for cell in line] for line in lines[1:]]
    else:
        raise SpreadsheetError(_("Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx)."))
    if not any(headers):
        raise SpreadsheetError(_("De eerste rij moet de kolomnamen bevatten."))
    if not any(any(cell for cell in row) for row in rows):
        # Otherwise the import "succeeds" with nothing in it, which reads as if the file was taken in.
        raise SpreadsheetError(_("Onder de kolomnamen staan geen rijen met aanbod."))
    if len(rows) > MAX_ROWS:
        raise SpreadsheetError(_("Het bestand heeft meer dan %(max)d rijen; splits het op.") % {"max": MAX_ROWS})
    return Table(headers, rows)


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """field → column index, guessed from Dutch headers (None when no header fits)."""
    keys = [_key(header) for header in headers]
    mapping: dict[str, int | None] = {}
    for name, (_label, guesses) in FIELDS.items():
        mapping[name] = next((keys.index(g) for g in [_key(g) for g in guesses] if g in keys), None)
    return mapping


@dataclass
class RowProblem:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.column:
            return _("Rij %(row)d, kolom ‘%(column)s’: %(message)s") % {
                "row": self.row, "column": self.column, "message": self.message}
        return _("Rij %(row)d: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class RowOutcome:
    row: int
    action: str  # "created" or "updated"
    service: str
    organisation: str
    organisation_created: bool


@dataclass
class SpreadsheetResult:
    dry_run: bool
    outcomes: list[RowOutcome] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)


class _RowError(Exception):
    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column, self.message = column, message


def _tokens(text: str) -> list[str]:
    return [token.strip() for token in re.split(r"[,;/+\n]|\ben\b", text) if token.strip()]


def parse_phases(text: str) -> list[str] | None:
    phases: list[str] = []
    for token in _tokens(text):
        key = _key(token)
        phase = next((p for p in Phase.values if key in (p, _key(str(Phase(p).label)))), None)
        phase = phase or next((PHASE_WORDS[word] for word in token.lower().split() if word in PHASE_WORDS), None)
        if phase is None:
            return None
        if phase not in phases:
            phases.append(phase)
    return phases


def parse_situations(text: str) -> tuple[list[str], str]:
    """The situation codes, and the first part that matched none ("" when all matched)."""
    codes: list[str] = []
    for token in _tokens(text):
        key = _key(token)
        code = next((c for c, label in VulnerabilityFactor.choices if key in (c, _key(str(label)))), None)
        code = code or next((c for word, c in SITUATION_WORDS.items() if word in key), None)
        if code is None:
            return codes, token
        if code not in codes:
            codes.append(code)
    return codes, ""


class RowReader:
    """Turns one row into stored objects (inside the caller's transaction)."""

    def __init__(self, table: Table, mapping: dict[str, int | None], default_municipality: Municipality | None,
                 allowed: set[int] | None, user=None):
        self.table, self.mapping, self.default = table, mapping, default_municipality
        self.allowed, self.user = allowed, user
        self.seen: dict[tuple[int, str], int] = {}  # (organisation, service name) → the row that had it first

    def column(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.table.headers[index] if index is not None else str(FIELDS[name][0])

    def value(self, row: list[str], name: str) -> str:
        index = self.mapping.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    def fail(self, name: str, message: str):
        raise _RowError(self.column(name), message)

    def read(self, number: int, row: list[str]) -> RowOutcome:
        values = {name: self.value(row, name) for name in FIELDS}
        for name in REQUIRED:
            if not values[name]:
                self.fail(name, _("is leeg, maar is verplicht"))
        municipality = self.municipality(values)
        organisation, organisation_created = self.organisation(values["organisation"], municipality)
        key = (organisation.pk, values["name"].lower())
        if key in self.seen:
            self.fail("name", _("dit aanbod van deze organisatie staat ook al in rij %(row)d") % {"row": self.seen[key]})
        self.seen[key] = number
        service = Service.objects.filter(organisation=organisation, name__iexact=values["name"]).first()
        created = service is None
        if not created and self.user is not None and not can_edit_service(self.user, service):
            self.fail("name", _("dit aanbod bestaat al en u mag het niet bijwerken (het is geclaimd door de "
                                "organisatie of valt buiten uw gemeenten)"))
        service = service or Service(organisation=organisation)
        self.fill(service, values)
        try:
            service.full_clean(exclude=["organisation", "intervention", "last_verified_by", "claimed_by"])
        except ValidationError as error:
            model_to_column = {"name": "name", "description": "description", "email": "email", "url": "website",
                               "phone": "phone", "cost_description": "cost"}
            name, messages = next(iter(error.message_dict.items()))
            self.fail(model_to_column.get(name, "name"), messages[0])
        service.save()
        service.municipalities.add(municipality)
        self.location(values, organisation, service)
        return RowOutcome(number, "created" if created else "updated", service.name, organisation.name,
                          organisation_created)

    def municipality(self, values: dict) -> Municipality:
        text = values["municipality"]
        municipality = find_municipality(text) if text else self.default
        if municipality is None:
            if text:
                self.fail("municipality", _("‘%(value)s’ is geen Nederlandse gemeente") % {"value": text})
            self.fail("municipality", _("is leeg; kies bij het importeren een gemeente voor alle rijen"))
        if self.allowed is not None and municipality.pk not in self.allowed:
            self.fail("municipality", _("u mag geen aanbod importeren voor %(name)s") % {"name": municipality.name})
        return municipality

    def organisation(self, name: str, municipality: Municipality) -> tuple[Organisation, bool]:
        found = Organisation.objects.filter(name__iexact=name, municipality=municipality).first()
        if found:
            return found, False
        if len(name) > 200:
            self.fail("organisation", _("is langer dan 200 tekens"))
        return Organisation.objects.create(name=name, municipality=municipality), True

    def fill(self, service: Service, values: dict) -> None:
        service.name, service.description = values["name"], values["description"]
        if values["phases"]:
            phases = parse_phases(values["phases"])
            if phases is None:
                self.fail("phases", _("‘%(value)s’ is geen bekende fase (voor, tijdens of na de zwangerschap)")
                          % {"value": values["phases"]})
            service.phases = phases
        if values["situations"]:
            codes, unknown = parse_situations(values["situations"])
            if unknown:
                self.fail("situations", _("‘%(value)s’ is geen bekende kwetsbare situatie") % {"value": unknown})
            service.situations = codes
        answer = values["self_registration"].lower()
        if answer not in YES | NO:
            self.fail("self_registration", _("‘%(value)s’ is geen ja of nee") % {"value": values["self_registration"]})
        if self.mapping.get("self_registration") is not None:
            service.self_registration = answer in YES
        if values["cost"]:
            service.free_of_charge = _key(values["cost"]) in FREE
            service.cost_description = "" if service.free_of_charge else values["cost"]
        if values["phone"]:
            if len(values["phone"]) > 30 or not re.fullmatch(r"[0-9+()\-\s]{6,}", values["phone"]):
                self.fail("phone", _("‘%(value)s’ is geen geldig telefoonnummer") % {"value": values["phone"]})
            service.phone = values["phone"]
        if values["email"]:
            try:
                EmailValidator()(values["email"])
            except ValidationError:
                self.fail("email", _("‘%(value)s’ is geen geldig e-mailadres") % {"value": values["email"]})
            service.email = values["email"]
        if values["website"]:
            url = values["website"] if "://" in values["website"] else f"https://{values['website']}"
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError:
                self.fail("website", _("‘%(value)s’ is geen geldig webadres") % {"value": values["website"]})
            service.url = url

    def location(self, values: dict, organisation: Organisation, service: Service) -> None:
        if not (values["postcode"] or values["address"]):
            return
        postcode = normalise_postcode(values["postcode"]) if values["postcode"] else ""
        if postcode is None:
            self.fail("postcode", _("‘%(value)s’ is geen geldige postcode") % {"value": values["postcode"]})
        location = Location.objects.filter(organisation=organisation, postcode=postcode,
                                           address_1__iexact=values["address"]).first()
        if location is None:
            pc4 = postcode[:4]
            location = Location.objects.create(
                organisation=organisation, name=values["address"] or organisation.name, address_1=values["address"],
                postcode=postcode, city=values["city"], pc4=pc4,
                municipality=main_municipality(pc4) if pc4 else None)
        ServiceAtLocation.objects.get_or_create(service=service, location=location)


def import_rows(table: Table, mapping: dict[str, int | None], *, municipality: Municipality | None = None,
                allowed_municipalities: set[int] | None = None, user=None, dry_run: bool = False) -> SpreadsheetResult:
    """Check and store every row; with any problem (or a dry run) nothing is stored."""
    result = SpreadsheetResult(dry_run=dry_run)
    missing = [str(FIELDS[name][0]) for name in REQUIRED if mapping.get(name) is None]
    if missing:
        result.problems.append(RowProblem(1, "", _("koppel een kolom aan: %(fields)s") % {"fields": ", ".join(missing)}))
        return result
    reader = RowReader(table, mapping, municipality, allowed_municipalities, user)
    with transaction.atomic():
        for offset, row in enumerate(table.rows):
            number = offset + 2  # row 1 holds the headers, as the spreadsheet numbers them
            if not any(cell.strip() for cell in row):
                continue
            try:
                with transaction.atomic():
                    result.outcomes.append(reader.read(number, row))
            except _RowError as error:
                result.problems.append(RowProblem(number, error.column, error.message))
        if result.problems or dry_run:
            transaction.set_rollback(True)
    return result
