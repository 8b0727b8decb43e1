# SPDX-License-Identifier: EUPL-1.2
"""The self-assessment frameworks: Pharos' ten securing points and the five (+1) basic principles."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Framework(models.TextChoices):
    SECURING = "securing", _("10 aandachtspunten borging")
    PRINCIPLES = "principles", _("basisprincipes regionale samenwerking")


POINTS: dict[str, list[tuple[int, str]]] = {
    Framework.SECURING: [
        (1, _("Stip op de horizon")),
        (2, _("Taken en rollen afspreken")),
        (3, _("Een kartrekker")),
        (4, _("Onderdeel van gemeentelijk beleid")),
        (5, _("Betrek de mensen om wie het gaat")),
        (6, _("Meten, weten en verbeteren")),
        (7, _("Successen vieren")),
        (8, _("Samenwerking tussen domeinen behouden")),
        (9, _("Professionals ondersteunen en van elkaar leren")),
        (10, _("Lokaal en regionaal verbinden")),
    ],
    Framework.PRINCIPLES: [
        (1, _("Een sterke trekker")),
        (2, _("Breed samengesteld")),
        (3, _("Goede samenwerkingsafspraken (uniforme werkwijzen)")),
        (4, _("Beschikbare cijfers, kennis en ervaring")),
        (5, _("Scharnier tussen regio en lokaal")),
        (6, _("Houd de toekomst in het vizier: vanaf dag één werken aan borging")),
    ],
}


class ItemStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("nog niet")
    STARTED = "started", _("mee bezig")
    IN_PLACE = "in_place", _("staat")

    @classmethod
    def rank(cls, value: str) -> int:
        return [cls.NOT_STARTED, cls.STARTED, cls.IN_PLACE].index(value)
