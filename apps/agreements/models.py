# SPDX-License-Identifier: EUPL-1.2
"""The covenant with its signatories, and cooperation agreements at operational, policy or administrative level."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.coalitions.models import Coalition
from apps.core.audit import AuditedInCoalition
from apps.organisations.models import Organisation

DOCUMENT_VALIDATORS = [FileExtensionValidator(["pdf", "docx", "odt"])]


class Covenant(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="covenants",
                                  verbose_name=_("coalitie"))
    title = models.CharField(_("titel"), max_length=200)
    signed_on = models.DateField(_("getekend op"), null=True, blank=True)
    valid_until = models.DateField(_("geldig tot"), null=True, blank=True)
    document = models.FileField(_("document"), upload_to="covenants/", blank=True, validators=DOCUMENT_VALIDATORS)

    class Meta:
        ordering = ["coalition", "-signed_on"]
        verbose_name = _("convenant")
        verbose_name_plural = _("convenanten")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.signed_on and self.valid_until and self.valid_until < self.signed_on:
            raise ValidationError({"valid_until": _("De einddatum ligt vóór de datum van ondertekening.")})


class Signatory(AuditedInCoalition, models.Model):
    audit_coalition_path = "covenant.coalition_id"

    covenant = models.ForeignKey(Covenant, on_delete=models.CASCADE, related_name="signatories",
                                 verbose_name=_("convenant"))
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("organisatie"))
    signed_by = models.CharField(_("ondertekend door (functie)"), max_length=150, blank=True)
    signed_on = models.DateField(_("getekend op"), null=True, blank=True)

    class Meta:
        ordering = ["covenant", "organisation__name"]
        constraints = [models.UniqueConstraint(fields=["covenant", "organisation"], name="uniq_signatory")]
        verbose_name = _("ondertekenaar")
        verbose_name_plural = _("ondertekenaars")

    def __str__(self) -> str:
        return str(self.organisation)


class AgreementLevel(models.TextChoices):
    OPERATIONAL = "operational", _("uitvoerend")
    POLICY = "policy", _("beleidsmatig")
    ADMINISTRATIVE = "administrative", _("bestuurlijk")


class Agreement(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="agreements",
                                  verbose_name=_("coalitie"))
    subject = models.CharField(_("onderwerp"), max_length=250)
    level = models.CharField(_("niveau"), max_length=20, choices=AgreementLevel.choices)
    parties = models.ManyToManyField(Organisation, blank=True, related_name="+", verbose_name=_("partijen"))
    concluded_on = models.DateField(_("gesloten op"), null=True, blank=True)
    valid_until = models.DateField(_("geldig tot"), null=True, blank=True)
    description = models.TextField(_("inhoud"), blank=True)
    document = models.FileField(_("document"), upload_to="agreements/", blank=True, validators=DOCUMENT_VALIDATORS)

    class Meta:
        ordering = ["coalition", "-concluded_on"]
        verbose_name = _("samenwerkingsafspraak")
        verbose_name_plural = _("samenwerkingsafspraken")

    def __str__(self) -> str:
        return self.subject

    def clean(self) -> None:
        if self.concluded_on and self.valid_until and self.valid_until < self.concluded_on:
            raise ValidationError({"valid_until": _("De einddatum ligt vóór de datum waarop de afspraak is gesloten.")})
