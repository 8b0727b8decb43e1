# SPDX-License-Identifier: EUPL-1.2
"""The one shared organisation register: a coalition partner here, a service provider in the directory later."""

from __future__ import annotations

import uuid

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.reference.models import Municipality

kvk_validator = RegexValidator(r"^\d{8}$", _("Een KvK-nummer bestaat uit 8 cijfers."))
agb_validator = RegexValidator(r"^\d{8}$", _("Een AGB-code bestaat uit 8 cijfers."))


class Organisation(models.Model):
    name = models.CharField(_("naam"), max_length=200)
    kvk_number = models.CharField(_("KvK-nummer"), max_length=8, blank=True, validators=[kvk_validator])
    agb_code = models.CharField(_("AGB-code"), max_length=8, blank=True, validators=[agb_validator],
                                help_text=_("Voor zorgaanbieders (Vektis AGB-register)."))
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="organisations", verbose_name=_("vestigingsgemeente"))
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("algemeen e-mailadres"), blank=True)
    phone = models.CharField(_("algemeen telefoonnummer"), max_length=30, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    # HSDS `id` of the organisation, and what an imported HSDS record held that this model does not.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    hsds_extra = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [
            models.UniqueConstraint(fields=["name", "municipality"], name="uniq_organisation_name_place"),
        ]

    def __str__(self) -> str:
        return self.name
