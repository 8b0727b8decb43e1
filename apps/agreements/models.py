# SPDX-License-Identifier: EUPL-1.2
"""The covenant with its signatories, and cooperation agreements at operational, policy or administrative level."""

from __future__ import annotations

import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.coalitions.models import Coalition
from apps.core.audit import AuditedInCoalition
from apps.organisations.models import Organisation

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
# PDF starts with %PDF; docx and odt are zip containers.
SIGNATURES = {".pdf": (b"%PDF",), ".docx": (b"PK\x03\x04",), ".odt": (b"PK\x03\x04",)}


def validate_document(upload) -> None:
    """Only real PDF, Word or OpenDocument files, at most 10 MB: documents are opened by colleagues."""
    if upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(_("Het document is groter dan 10 MB."))
    extension = Path(upload.name).suffix.lower()
    head = upload.read(8)
    upload.seek(0)
    if not head.startswith(SIGNATURES.get(extension, (b"\0invalid",))):
        raise ValidationError(_("Dit bestand is geen echt PDF-, Word- of OpenDocument-bestand."))


def document_path(instance, filename: str) -> str:
    """A random name, so a stored file's address cannot be guessed; the download view names it again."""
    return f"documents/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


DOCUMENT_VALIDATORS = [FileExtensionValidator(["pdf", "docx", "odt"]), validate_document]


class Covenant(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="covenants",
                                  verbose_name=_("coalitie"))
    title = models.CharField(_("titel"), max_length=200)
    signed_on = models.DateField(_("getekend op"), null=True, blank=True)
    valid_until = models.DateField(_("geldig tot"), null=True, blank=True)
    document = models.FileField(_("document"), upload_to=document_path, blank=True, validators=DOCUMENT_VALIDATORS)

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
    document = models.FileField(_("document"), upload_to=document_path, blank=True, validators=DOCUMENT_VALIDATORS)

    class Meta:
        ordering = ["coalition", "-concluded_on"]
        verbose_name = _("samenwerkingsafspraak")
        verbose_name_plural = _("samenwerkingsafspraken")

    def __str__(self) -> str:
        return self.subject

    def clean(self) -> None:
        if self.concluded_on and self.valid_until and self.valid_until < self.concluded_on:
            raise ValidationError({"valid_until": _("De einddatum ligt vóór de datum waarop de afspraak is gesloten.")})
