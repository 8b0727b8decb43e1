# SPDX-License-Identifier: EUPL-1.2
"""Meetings with attendance per organisation and municipality, and counted outputs (newsletters, ...)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.coalitions.models import Coalition
from apps.core.audit import AuditedInCoalition
from apps.core.validators import MinValueValidator
from apps.organisations.models import Organisation
from apps.reference.models import Municipality


class MeetingKind(models.TextChoices):
    COALITION = "coalition", _("coalitiebijeenkomst")
    PROJECT_GROUP = "project_group", _("projectgroep/kerngroep")
    STEERING_BOARD = "steering_board", _("regieraad/stuurgroep")
    WORKING_GROUP = "working_group", _("werkgroep")
    INSPIRATION = "inspiration", _("inspiratieavond/-bijeenkomst")
    LEARNING = "learning", _("lerend netwerk")
    OTHER = "other", _("overig")


class Meeting(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="meetings",
                                  verbose_name=_("coalitie"))
    date = models.DateField(_("datum"))
    kind = models.CharField(_("soort"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.COALITION)
    title = models.CharField(_("titel"), max_length=200)
    location = models.CharField(_("locatie"), max_length=200, blank=True)
    notes = models.TextField(_("verslag/notities"), blank=True)

    class Meta:
        ordering = ["coalition", "-date"]
        indexes = [models.Index(fields=["coalition", "date"])]
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def __str__(self) -> str:
        return f"{self.title} ({self.date:%d-%m-%Y})"


class Attendance(AuditedInCoalition, models.Model):
    audit_coalition_path = "meeting.coalition_id"

    """How many people came from one organisation and/or municipality, and how many made a new connection."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendances",
                                verbose_name=_("bijeenkomst"))
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+", verbose_name=_("organisatie"))
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="+", verbose_name=_("gemeente"))
    attendees = models.PositiveIntegerField(_("aantal deelnemers"), default=1, validators=[MinValueValidator(1)])
    new_connections = models.PositiveIntegerField(
        _("van wie een nieuwe verbinding legde"), null=True, blank=True,
        help_text=_("Evaluatievraag: ‘Heb je vandaag een nieuwe verbinding gemaakt?’ – aantal keer ‘ja’."),
    )

    class Meta:
        verbose_name = _("deelname")
        verbose_name_plural = _("deelname")

    def __str__(self) -> str:
        return f"{self.organisation or self.municipality}: {self.attendees}"

    def clean(self) -> None:
        if not self.organisation_id and not self.municipality_id:
            raise ValidationError(_("Kies een organisatie, een gemeente of beide."))
        if self.new_connections is not None and self.new_connections > (self.attendees or 0):
            raise ValidationError({"new_connections": _("Dit kan niet meer zijn dan het aantal deelnemers.")})


class OutputKind(models.TextChoices):
    NEWSLETTER = "newsletter", _("nieuwsbrief")
    PUBLICATION = "publication", _("publicatie/factsheet")
    FOLLOWERS = "followers", _("volgers (stand)")
    EVENT = "event", _("evenement")
    OTHER = "other", _("overig")


class Output(AuditedInCoalition, models.Model):
    """A counted output of the coalition, e.g. the 11 newsletters or 901 followers of Noord- en Midden-Limburg."""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="outputs",
                                  verbose_name=_("coalitie"))
    kind = models.CharField(_("soort"), max_length=20, choices=OutputKind.choices)
    date = models.DateField(_("datum"))
    title = models.CharField(_("titel"), max_length=200, blank=True)
    quantity = models.PositiveIntegerField(_("aantal"), default=1)

    class Meta:
        ordering = ["coalition", "-date"]
        verbose_name = _("opbrengst")
        verbose_name_plural = _("opbrengsten")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date:%d-%m-%Y}"
