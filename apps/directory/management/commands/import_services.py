# SPDX-License-Identifier: EUPL-1.2
"""manage.py import_services file.csv|file.xlsx --municipality GM0119 [--map Veld=Kolom …] [--dry-run]."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.directory.exchange.spreadsheet import FIELDS, SpreadsheetError, guess_mapping, import_rows, read_table
from apps.reference.places import find_municipality


class Command(BaseCommand):
    help = ("Importeer een inventarisatie van lokaal aanbod uit CSV of XLSX. Kolommen worden herkend aan hun "
            "Nederlandse naam; met --map koppelt u ze zelf. Alles of niets.")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--municipality", help="Gemeente voor rijen zonder kolom ‘Gemeente’ (bijv. GM0119).")
        parser.add_argument("--map", action="append", default=[], metavar="VELD=KOLOM",
                            help=f"Koppel een veld aan een kolomnaam. Velden: {', '.join(FIELDS)}.")
        parser.add_argument("--dry-run", action="store_true", help="Alleen controleren; niets opslaan.")

    def handle(self, *args, file, municipality=None, map=(), dry_run=False, **options):  # noqa: A002
        path = Path(file)
        try:
            table = read_table(path.read_bytes(), path.name)
        except OSError as error:
            raise CommandError(f"Kan {file} niet lezen: {error.strerror}.") from None
        except SpreadsheetError as error:
            raise CommandError(str(error)) from None
        mapping = guess_mapping(table.headers)
        for item in map:
            field, _sep, column = item.partition("=")
            if field not in FIELDS or column not in table.headers:
                raise CommandError(f"Ongeldige koppeling ‘{item}’: onbekend veld of kolom.")
            mapping[field] = table.headers.index(column)
        place = None
        if municipality:
            place = find_municipality(municipality)
            if place is None:
                raise CommandError(f"Onbekende gemeente: {municipality}")
        result = import_rows(table, mapping, municipality=place, dry_run=dry_run)
        if result.problems:
            for problem in result.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(result.problems)} fout(en) gevonden; er is niets geïmporteerd.")
        verb = "Proefimport, niets opgeslagen. Zou geven" if dry_run else "Geïmporteerd"
        self.stdout.write(f"{verb}: {result.count('created')} nieuw, {result.count('updated')} bijgewerkt.")
