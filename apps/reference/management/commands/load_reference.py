# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from apps.reference.loader import load_reference


class Command(BaseCommand):
    help = "Laadt (opnieuw) provincies, GGD-regio's, gemeenten en postcodes uit de meegeleverde CBS-bestanden."

    def add_arguments(self, parser):
        parser.add_argument("--postcodes", type=Path, help="Eigen PC4-tabel (kolommen pc4, gemeentecode, "
                            "n_adressen, aandeel_pc4), bijvoorbeeld afgeleid van CBS' eigen tabel.")

    def handle(self, *args, **options):
        result = load_reference(postcode_file=options.get("postcodes"))
        self.stdout.write(
            f"{result.provinces} provincies, {result.health_regions} GGD-regio's, "
            f"{result.municipalities} gemeenten, {result.postcodes} postcoderegels geladen."
        )
