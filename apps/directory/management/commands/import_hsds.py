# SPDX-License-Identifier: EUPL-1.2
"""manage.py import_hsds file.json [--type T] [--replace] [--lenient] [--dry-run]: HSDS 3.0 JSON, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.directory.exchange.hsds.importer import DATASET_ORDER, SCHEMAS, import_files, import_hsds, kind_from_name


def summary(result) -> str:
    def counts(counter) -> str:
        return ", ".join(f"{count} {label}" for label, count in sorted(counter.items())) or "niets"

    return f"nieuw: {counts(result.created)}; bijgewerkt: {counts(result.updated)}"


class Command(BaseCommand):
    help = ("Importeer Open Referral HSDS 3.0 JSON (aanbod, organisaties, locaties, aanbod op locaties; "
            "één record, een lijst of een HSDS-pagina). Alles of niets: bij een fout wordt niets opgeslagen.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="Het JSON-bestand, of een map met een dataset-export (export_hsds --dataset).")
        parser.add_argument("--type", choices=sorted(SCHEMAS), dest="kind",
                            help="Het soort records in het bestand (anders: uit de bestandsnaam, of uit de velden "
                                 "als maar één soort past).")
        parser.add_argument("--replace", action="store_true",
                            help="Vervang de opgeslagen records helemaal: velden die het bestand niet noemt worden "
                                 "leeggemaakt (standaard: samenvoegen, die velden blijven zoals ze zijn).")
        parser.add_argument("--lenient", action="store_true",
                            help="Verbeter bekende afwijkingen (ids die geen UUID zijn, getallen als tekst, een object "
                                 "waar een lijst hoort, ontbrekende location_type/address_type, schema-regels zonder "
                                 "id) en noem elke verbetering. Standaard: streng.")
        parser.add_argument("--dry-run", action="store_true", help="Alleen controleren en laten zien wat er zou "
                                                                   "gebeuren; niets opslaan.")

    def read(self, path: Path):
        try:
            with open(path, encoding="utf-8-sig") as handle:
                return json.load(handle)
        except OSError as error:
            raise CommandError(f"Kan {path} niet lezen: {error.strerror}.") from None
        except json.JSONDecodeError as error:
            raise CommandError(f"{path} is geen geldige JSON (regel {error.lineno}, kolom {error.colno}).") from None

    def handle(self, *args, file, dry_run=False, kind=None, replace=False, lenient=False, **options):
        path = Path(file)
        if path.is_dir():  # a dataset export: every file whose name states a type, in the order references need
            files = sorted((p for p in path.glob("*.json") if kind_from_name(p.name)),
                           key=lambda p: DATASET_ORDER.index(kind_from_name(p.name)))
            if not files:
                raise CommandError(f"{file} bevat geen HSDS-bestanden (bijvoorbeeld services.json).")
            result = import_files([(p.name, self.read(p)) for p in files], dry_run=dry_run, replace=replace,
                                  lenient=lenient)
        else:
            result = import_hsds(self.read(path), dry_run=dry_run, kind=kind, name=file, replace=replace,
                                 lenient=lenient)
        for correction in result.corrections:
            self.stderr.write(f"Verbeterd: {correction}")
        if result.problems:
            for problem in result.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(result.problems)} fout(en) gevonden; er is niets geïmporteerd.")
        for field_name, record_id, rule in result.notes:
            self.stderr.write(f"Onvolledig (id {record_id}), veld ‘{field_name}’: {rule}")
        if dry_run:
            self.stdout.write(f"Proefimport, niets opgeslagen. Zou geven: {summary(result)}.")
        else:
            self.stdout.write(f"Geïmporteerd: {summary(result)}.")
