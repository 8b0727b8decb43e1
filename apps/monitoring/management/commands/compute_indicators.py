# SPDX-License-Identifier: EUPL-1.2
"""`manage.py compute_indicators <births file>`: compute every perinatal indicator and store it as one batch."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.monitoring.engine import compute as engine
from apps.monitoring.engine import store
from apps.monitoring.management.commands.load_birthweight_reference import ReferenceFileError, read_reference_csv


class Command(BaseCommand):
    help = ("Berekent alle perinatale indicatoren per postcode, gemeente, GGD-regio, provincie en Nederland, per jaar "
            "en per vijfjaarsperiode, uit een bestand met geboorten (Parquet of CSV), en slaat ze op als één batch.")

    def add_arguments(self, parser):
        parser.add_argument("births", type=Path, help="geboortebestand (.parquet of .csv, één rij per geboorte)")
        parser.add_argument("--key", help="batchsleutel; dezelfde sleutel vervangt de vorige batch "
                                          "(standaard: engine:<bestandsnaam>)")
        parser.add_argument("--reference", type=Path, help="CSV met de p10-referentie voor deze berekening "
                                                           "(standaard: de geladen referentie, anders afgeleid)")
        parser.add_argument("--pool-years", type=int, default=5, help="jaren per gepoolde periode (standaard 5)")
        parser.add_argument("--threshold", type=int, help="onderdrukkingsdrempel (standaard de instelling, 10)")
        parser.add_argument("--note", default="", help="toelichting bij de batch")
        parser.add_argument("--variants", action="store_true",
                            help="bereken ook codes die niet in het register staan (de varianten vanaf 22 weken "
                                 "staan er sinds migratie 0003 in en worden altijd berekend)")

    def handle(self, *args, **options):
        started = time.perf_counter()
        reference = self._reference(options["reference"])
        try:
            result = engine.compute(options["births"], reference=reference, regions=store.regions_from_database(),
                                    pool_years=options["pool_years"], threshold=options["threshold"],
                                    indicators=engine.ALL_CODES if options["variants"] else None)
        except engine.EngineError as exc:
            raise CommandError(str(exc))
        if not len(result):
            raise CommandError("Geen geboorten vanaf 22 weken gevonden; er is niets opgeslagen.")
        key = options["key"] or f"engine:{options['births'].name}"
        report = store.store(result, key=key, source_name=options["births"].name, note=options["note"])
        self.stdout.write(
            f"{result.records} geboorten, {len(result.years)} jaar ({result.years[0]}-{result.years[-1]}): "
            f"{report.stored} waarnemingen opgeslagen in batch '{key}' ({report.suppressed} onderdrukt) in "
            f"{time.perf_counter() - started:.1f} s.")
        if result.derived_reference:
            self.stdout.write("Let op: geen p10-referentie geladen; de referentie is uit de data zelf afgeleid "
                              "(per zwangerschapsweek en geslacht) en de batch is zo gemarkeerd.")
        if result.synthetic:
            self.stdout.write("Het bestand bevat synthetische geboorten; de batch is als synthetisch gemarkeerd.")
        if report.unknown_indicators:
            self.stdout.write("Niet opgeslagen (geen indicator in het register): "
                              + ", ".join(report.unknown_indicators) + ".")
        if report.unknown_areas:
            self.stdout.write(f"{report.unknown_areas} cellen met een onbekend gebied (postcode of gemeente) "
                              "zijn overgeslagen.")

    def _reference(self, path: Path | None):
        if path is not None:
            try:
                return [(day, sex, p10) for day, sex, p10, _source in read_reference_csv(path)]
            except ReferenceFileError as exc:
                raise CommandError("De referentie is niet te gebruiken; er is niets berekend.\n" + str(exc))
        from apps.monitoring.models import BirthWeightReference

        return list(BirthWeightReference.objects.values_list("gestational_days", "sex", "p10_grams")) or None
