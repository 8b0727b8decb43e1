# SPDX-License-Identifier: EUPL-1.2
"""`manage.py synth_births <file>`: synthetic record-level births for every municipality (labelled synthetic)."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.monitoring.engine import synth


def parse_years(text: str) -> list[int]:
    """'2019-2023' or '2021' or '2019,2021'."""
    years: list[int] = []
    try:
        for part in text.split(","):
            first, _sep, last = part.strip().partition("-")
            years.extend(range(int(first), int(last or first) + 1))
    except ValueError:
        raise CommandError(f"Ongeldige jaren '{text}': gebruik bijvoorbeeld 2019-2023.")
    if not years or any(not 1990 <= y <= 2100 for y in years):
        raise CommandError(f"Ongeldige jaren '{text}': kies jaren tussen 1990 en 2100.")
    return sorted(set(years))


class Command(BaseCommand):
    help = ("Maakt synthetische geboorten (één rij per geboorte) voor alle gemeenten en hun postcodes, "
            "gekalibreerd op de landelijke cijfers. Parquet bij extensie .parquet, anders CSV. Geen echte gegevens.")

    def add_arguments(self, parser):
        parser.add_argument("out", type=Path, help="uitvoerbestand (.parquet of .csv)")
        parser.add_argument("--years", default="2019-2023", help="jaren, bijvoorbeeld 2019-2023 (standaard)")
        parser.add_argument("--births-per-year", type=int, default=synth.BIRTHS_PER_YEAR,
                            help=f"geboorten per jaar (standaard {synth.BIRTHS_PER_YEAR:,})")
        parser.add_argument("--seed", type=int, default=2024, help="startwaarde van de toevalsgenerator")
        parser.add_argument("--reference-out", type=Path,
                            help="schrijf ook de synthetische p10-referentie (voor load_birthweight_reference)")

    def handle(self, *args, **options):
        if options["births_per_year"] < 1:
            raise CommandError("--births-per-year moet minstens 1 zijn.")
        if not options["out"].parent.exists():
            raise CommandError(f"De map {options['out'].parent} bestaat niet.")
        years = parse_years(options["years"])
        started = time.perf_counter()
        births = synth.synth_births(options["out"], years=years, births_per_year=options["births_per_year"],
                                    seed=options["seed"], reference_out=options["reference_out"])
        self.stdout.write(f"{births:,} synthetische geboorten ({years[0]}-{years[-1]}) geschreven naar "
                          f"{options['out']} in {time.perf_counter() - started:.1f} s.".replace(",", "."))
        if options["reference_out"]:
            self.stdout.write(f"Synthetische p10-referentie geschreven naar {options['reference_out']}.")
