# SPDX-License-Identifier: EUPL-1.2
"""`manage.py demo`: load (or refresh) the demo coalitions Meppel and Noord- en Midden-Limburg with demo logins.

A thin wrapper: it refuses outside development, then runs apps/demo/loader.py in one transaction.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from apps.demo.loader import DemoLoader
from apps.reference.models import Municipality
from kansrijk.env import envbool

DEFAULT_PASSWORD = "kansrijk-demo"  # noqa: S105 - a published demo password, local use only


class Command(BaseCommand):
    help = ("Laadt de demo: Kansrijke Start Meppel en de regio Noord- en Midden-Limburg met lokale coalities, "
            "plus demo-logins (wachtwoord uit DEMO_PASSWORD, standaard ‘kansrijk-demo’). Opnieuw draaien werkt "
            "de demo bij zonder dubbelingen. Alleen voor lokaal gebruik.")

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true",
                            help="Ook draaien zonder DEBUG of KANSRIJK_DEV (maakt logins met een bekend wachtwoord!).")

    def handle(self, *args, **options):
        if not (settings.DEBUG or envbool("KANSRIJK_DEV", False) or options["force"]):
            raise CommandError("De demo maakt logins met een bekend wachtwoord en is alleen voor lokaal gebruik. "
                               "Zet KANSRIJK_DEV=1 of gebruik --force.")
        if not Municipality.objects.filter(code="GM0119").exists():
            raise CommandError("De referentiegegevens (gemeenten) ontbreken. Draai eerst ‘manage.py migrate’.")
        loader = DemoLoader(os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD, stdout=self.stdout)
        with transaction.atomic():
            loader.load()
        self.stdout.write(loader.report())
