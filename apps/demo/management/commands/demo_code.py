# SPDX-License-Identifier: EUPL-1.2
"""`manage.py demo_code <username>`: the current two-step code of a demo login, so a newcomer can walk the case flow.

Refused outside local development: only the demo's published TOTP keys are meant to be read this way.
"""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.demo.cases import secret_for


class Command(BaseCommand):
    help = "Toont de huidige tweestapscode van een demo-account (alleen lokaal, met KANSRIJK_DEV=1)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not settings.CASE_DEV_KEYS:
            raise CommandError("Alleen voor lokaal gebruik (KANSRIJK_DEV=1).")
        device = TOTPDevice.objects.filter(user__username=username, name="Kansrijk demo", confirmed=True).first()
        if device is None or device.key != secret_for(username):
            raise CommandError(f"{username} is geen demo-account met een bekende tweestapssleutel.")
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        self.stdout.write(f"{totp.token():0{device.digits}d}")
