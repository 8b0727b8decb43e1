# SPDX-License-Identifier: EUPL-1.2
"""`manage.py load_birthweight_reference <csv>`: replace the birth-weight p10 reference (by day and sex)."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.monitoring.engine.reference import ReferenceFileError, load_reference


class Command(BaseCommand):
    help = ("Vervangt de referentie voor geboortegewicht (10e percentiel per zwangerschapsduur in dagen en "
            "geslacht) door een CSV met de kolommen gestational_days, sex (m/f), p10_grams en eventueel source.")

    def add_arguments(self, parser):
        parser.add_argument("csv", type=Path, help="CSV-bestand met de referentie")
        parser.add_argument("--source", default="", help="bron, als het bestand geen kolom source heeft")

    def handle(self, *args, **options):
        try:
            count = load_reference(options["csv"], options["source"])
        except ReferenceFileError as exc:
            raise CommandError("De referentie is niet geladen; er is niets veranderd.\n" + str(exc))
        self.stdout.write(f"{count} referentiewaarden geladen; berekeningen gebruiken voortaan deze referentie.")
