# SPDX-License-Identifier: EUPL-1.2
"""`manage.py rotate_case_keys`: re-encrypt every encrypted case field under the newest key (the first of
CASE_ENCRYPTION_KEYS), so the old key can be removed afterwards. Safe to repeat; `--dry-run` only counts.

The procedure (docs/operations-cases.md): put a new key in front of the list, restart, run this command, check
its count, then remove the old key from the list and restart again.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from apps.cases.rotation import rotate_all


class Command(BaseCommand):
    help = ("Versleutelt alle versleutelde casusvelden opnieuw met de nieuwste sleutel (de eerste van "
            "CASE_ENCRYPTION_KEYS). Daarna kan de oude sleutel weg.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen tellen, niets wijzigen.")

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            counts = rotate_all(write=not dry_run)
        total = sum(counts.values())
        for label, n in counts.items():
            self.stdout.write(f"{label}: {n}")
        verb = "zou opnieuw versleutelen" if dry_run else "opnieuw versleuteld"
        self.stdout.write(f"Totaal {verb}: {total} waarden.")
