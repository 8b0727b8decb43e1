# SPDX-License-Identifier: EUPL-1.2
"""Geographic reference data: provinces, GGD regions, municipalities and 4-digit postcodes (CBS codes)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Province(models.Model):
    code = models.CharField(_("CBS-code"), max_length=4, unique=True)  # PV20..PV31
    name = models.CharField(_("naam"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("provincie")
        verbose_name_plural = _("provincies")

    def __str__(self) -> str:
        return self.name


class HealthRegion(models.Model):
    code = models.CharField(_("CBS-code"), max_length=6, unique=True)  # GG0111 ..
    name = models.CharField(_("naam"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("GGD-regio")
        verbose_name_plural = _("GGD-regio's")

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    code = models.CharField(_("CBS-code"), max_length=6, unique=True)  # GM0119
    name = models.CharField(_("naam"), max_length=100)
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="municipalities",
                                 verbose_name=_("provincie"))
    health_region = models.ForeignKey(HealthRegion, on_delete=models.PROTECT, related_name="municipalities",
                                      verbose_name=_("GGD-regio"))
    active = models.BooleanField(_("actief"), default=True,
                                 help_text=_("Uit als de gemeente na een herindeling niet meer bestaat."))

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self) -> str:
        return self.name


class PostcodeArea(models.Model):
    """A 4-digit postcode and the share of its addresses in one municipality (a few PC4s are split)."""

    pc4 = models.CharField(_("postcode (4 cijfers)"), max_length=4, db_index=True)
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="postcodes",
                                     verbose_name=_("gemeente"))
    addresses = models.PositiveIntegerField(_("aantal adressen"))
    share = models.FloatField(_("aandeel van de postcode"))

    class Meta:
        ordering = ["pc4", "-share"]
        constraints = [models.UniqueConstraint(fields=["pc4", "municipality"], name="uniq_pc4_municipality")]
        verbose_name = _("postcodegebied")
        verbose_name_plural = _("postcodegebieden")

    def __str__(self) -> str:
        return f"{self.pc4} ({self.municipality_id})"
