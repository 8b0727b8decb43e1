# SPDX-License-Identifier: EUPL-1.2
"""`manage.py purge_expired_cases [--dry-run]`: anonymise closed cases past CASE_RETENTION_MONTHS (retention.py).

Run it daily (cron, systemd timer). The access trail is kept; the counts monitoring needs remain.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from apps.cases.retention import cutoff, purge


class Command(BaseCommand):
    help = ("Anonimiseert afgesloten casussen waarvan de bewaartermijn (CASE_RETENTION_MONTHS) voorbij is. "
            "Het toegangslog blijft bewaard, net als wat de cijfers nodig hebben.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Alleen tellen, niets wijzigen.")

    def handle(self, *args, dry_run=False, **options):
        outcome = purge(dry_run=dry_run)
        verb = "zouden worden geanonimiseerd" if dry_run else "geanonimiseerd"
        self.stdout.write(f"Afgesloten vóór {cutoff():%d-%m-%Y}: {outcome.cases} casussen {verb} "
                          f"({outcome.texts} teksten).")
