# SPDX-License-Identifier: EUPL-1.2
"""`manage.py compute_indicators <births file>`: compute every perinatal indicator and store it as one batch.

The work is apps/monitoring/engine/compute.py: compute_indicators; this command parses arguments and reports.
"""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.monitoring.engine.compute import compute_indicators
from apps.monitoring.engine.types import EngineError


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
        try:
            run = compute_indicators(options["births"], key=options["key"], reference=options["reference"],
                                     pool_years=options["pool_years"], threshold=options["threshold"],
                                     note=options["note"], variants=options["variants"])
        except EngineError as exc:
            raise CommandError(str(exc))
        result, report = run.result, run.report
        self.stdout.write(
            f"{result.records} geboorten, {len(result.years)} jaar ({result.years[0]}-{result.years[-1]}): "
            f"{report.stored} waarnemingen opgeslagen in batch '{run.key}' ({report.suppressed} onderdrukt) in "
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
