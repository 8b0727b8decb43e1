# SPDX-License-Identifier: EUPL-1.2
"""Working groups, their actions on the roadmap (the flower bed), progress notes and the yearly review."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.coalitions.choices import ActionLine
from apps.coalitions.models import Coalition, Theme
from apps.core.audit import AuditedInCoalition


class ActionStatus(models.TextChoices):
    SOWN = "sown", _("gezaaid")
    IN_BUD = "in_bud", _("in knop")
    IN_BLOOM = "in_bloom", _("in bloei")
    DONE = "done", _("afgerond")
    STOPPED = "stopped", _("gestopt")


class Term(models.TextChoices):
    SHORT = "short", _("korte termijn")
    LONG = "long", _("lange termijn")


class WorkingGroup(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="working_groups",
                                  verbose_name=_("coalitie"))
    name = models.CharField(_("naam"), max_length=200)
    theme = models.CharField(_("thema"), max_length=250, blank=True)
    action_owner = models.CharField(_("actie-eigenaar"), max_length=150, blank=True)
    project_group_contact = models.CharField(_("contactpersoon projectgroep"), max_length=150, blank=True)
    active = models.BooleanField(_("actief"), default=True)

    class Meta:
        ordering = ["coalition", "name"]
        verbose_name = _("werkgroep")
        verbose_name_plural = _("werkgroepen")

    def __str__(self) -> str:
        return self.name


class Action(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="actions",
                                  verbose_name=_("coalitie"))
    working_group = models.ForeignKey(WorkingGroup, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="actions", verbose_name=_("werkgroep"))
    title = models.CharField(_("actie"), max_length=250)
    description = models.TextField(_("omschrijving"), blank=True)
    owner = models.CharField(_("eigenaar"), max_length=150, blank=True)
    action_line = models.CharField(_("actielijn"), max_length=10, choices=ActionLine.choices, blank=True)
    theme = models.ForeignKey(Theme, on_delete=models.SET_NULL, null=True, blank=True, related_name="actions",
                              verbose_name=_("regionaal thema"))
    term = models.CharField(_("termijn"), max_length=10, choices=Term.choices, default=Term.SHORT)
    status = models.CharField(_("status"), max_length=10, choices=ActionStatus.choices, default=ActionStatus.SOWN)
    due_date = models.DateField(_("streefdatum"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["coalition", "due_date", "pk"]
        indexes = [models.Index(fields=["coalition", "status"])]
        verbose_name = _("actie")
        verbose_name_plural = _("acties")

    def __str__(self) -> str:
        return self.title


class ProgressNote(AuditedInCoalition, models.Model):
    audit_coalition_path = "action.coalition_id"

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="notes", verbose_name=_("actie"))
    date = models.DateField(_("datum"))
    text = models.TextField(_("voortgang"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+", verbose_name=_("auteur"))

    class Meta:
        ordering = ["action", "-date", "-pk"]
        verbose_name = _("voortgangsnotitie")
        verbose_name_plural = _("voortgangsnotities")

    def __str__(self) -> str:
        return f"{self.date:%d-%m-%Y}: {self.text[:60]}"


class YearlyReview(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="reviews",
                                  verbose_name=_("coalitie"))
    year = models.PositiveSmallIntegerField(_("jaar"))
    held_on = models.DateField(_("gehouden op"))
    summary = models.TextField(_("samenvatting"), blank=True)

    class Meta:
        ordering = ["coalition", "-year"]
        constraints = [models.UniqueConstraint(fields=["coalition", "year"], name="uniq_review_year")]
        verbose_name = _("jaarlijkse evaluatie")
        verbose_name_plural = _("jaarlijkse evaluaties")

    def __str__(self) -> str:
        return f"{self.coalition} {self.year}"


class ReviewDecision(models.TextChoices):
    CONTINUE = "continue", _("loopt door")
    NEW = "new", _("nieuw")
    STOPPED = "stopped", _("gestopt")
    DONE = "done", _("afgerond")


class ReviewItem(AuditedInCoalition, models.Model):
    audit_coalition_path = "review.coalition_id"

    review = models.ForeignKey(YearlyReview, on_delete=models.CASCADE, related_name="items",
                               verbose_name=_("evaluatie"))
    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="review_items",
                               verbose_name=_("actie"))
    decision = models.CharField(_("besluit"), max_length=10, choices=ReviewDecision.choices)
    note = models.CharField(_("toelichting"), max_length=500, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["review", "action"], name="uniq_review_action")]
        verbose_name = _("evaluatiebesluit")
        verbose_name_plural = _("evaluatiebesluiten")

    def __str__(self) -> str:
        return f"{self.action}: {self.get_decision_display()}"
