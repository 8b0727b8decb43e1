# SPDX-License-Identifier: EUPL-1.2
"""How search results read: language names, capacity in words, whether an entry is stale."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.directory.choices import Capacity
from apps.directory.models import Service

# Languages a service may be offered in (ISO 639-1), the ones Dutch services most often name.
LANGUAGE_NAMES = {
    "nl": gettext_lazy("Nederlands"),
    "en": gettext_lazy("Engels"),
    "ar": gettext_lazy("Arabisch"),
    "tr": gettext_lazy("Turks"),
    "pl": gettext_lazy("Pools"),
    "uk": gettext_lazy("Oekraïens"),
    "ru": gettext_lazy("Russisch"),
    "so": gettext_lazy("Somalisch"),
    "ti": gettext_lazy("Tigrinya"),
    "fa": gettext_lazy("Perzisch (Farsi)"),
    "ro": gettext_lazy("Roemeens"),
    "bg": gettext_lazy("Bulgaars"),
    "es": gettext_lazy("Spaans"),
    "pt": gettext_lazy("Portugees"),
    "fr": gettext_lazy("Frans"),
    "de": gettext_lazy("Duits"),
    "zh": gettext_lazy("Chinees"),
    "fy": gettext_lazy("Fries"),
}

# Same rule as apps.directory.upkeep.core.STALE_AFTER (dir-manage): not verified for more than six months.
STALE_AFTER = dt.timedelta(days=183)


def language_names(codes: list[str]) -> list[str]:
    return [str(LANGUAGE_NAMES.get(code, code)) for code in codes or []]


def capacity_text(service: Service) -> str:
    if service.capacity == Capacity.WAITING_LIST:
        if service.waiting_weeks:
            return _("Wachtlijst: ongeveer %(weeks)s weken") % {"weeks": service.waiting_weeks}
        return _("Wachtlijst")
    if service.capacity == Capacity.FULL:
        return _("Vol: geen nieuwe aanmeldingen")
    return _("Plek beschikbaar")


def is_stale(service: Service, now: dt.datetime | None = None) -> bool:
    if service.last_verified_at is None:
        return True
    return (now or timezone.now()) - service.last_verified_at > STALE_AFTER


def how_to_apply(service: Service) -> str:
    """One sentence on how to get there: yourself, or through a professional."""
    if service.self_registration and service.referral_required:
        return _("Zelf aanmelden of via een verwijzing.")
    if service.self_registration:
        return _("Zelf aanmelden kan.")
    if service.referral_required:
        return _("U heeft eerst een verwijzing nodig. Vraag die aan uw huisarts, verloskundige of "
                 "het consultatiebureau.")
    return _("Neem contact op voor aanmelden.")
