# SPDX-License-Identifier: EUPL-1.2
"""Plan of approach: ambitions and goals per action line; adopting it keeps a frozen version."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.coalitions.choices import ActionLine
from apps.coalitions.models import Coalition, Theme
from apps.core.audit import AuditedInCoalition


class GoalTopic(models.TextChoices):
    """Topics the minimum-requirements check looks for (docs/domain.md §2), plus common others."""

    PRECONCEPTION = "preconception", _("goed voorbereid zwanger worden (preconceptie)")
    UNINTENDED_PREGNANCY = "unintended_pregnancy", _("minder onbedoelde zwangerschappen")
    SIGNALLING = "signalling", _("eerder en beter signaleren van hulpvragen")
    LANGUAGE = "language_development", _("taalontwikkeling")
    TARGET_GROUP = "target_group_involvement", _("betrekken van de doelgroep")
    HANDOVER = "warm_handover", _("warme overdracht tussen fasen")
    LIFESTYLE = "lifestyle", _("leefstijl, roken en alcohol")
    PARENTING = "parenting", _("toerusten voor ouderschap")
    POVERTY = "poverty", _("armoede en schulden")
    MENTAL_HEALTH = "mental_health", _("psychische gezondheid")
    COOPERATION = "cooperation", _("samenwerking tussen professionals")


class Plan(AuditedInCoalition, models.Model):
    coalition = models.OneToOneField(Coalition, on_delete=models.CASCADE, related_name="plan",
                                     verbose_name=_("coalitie"))
    title = models.CharField(_("titel"), max_length=200, default=_("Plan van aanpak"))
    summary = models.TextField(_("samenvatting"), blank=True)
    starting_situation = models.TextField(
        _("uitgangssituatie"), blank=True,
        help_text=_("Perinatale cijfers, GGD-monitors, Analysetool, klantroute: waar staan we nu?"),
    )
    period_start = models.DateField(_("looptijd vanaf"), null=True, blank=True)
    period_end = models.DateField(_("looptijd tot"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("plan van aanpak")
        verbose_name_plural = _("plannen van aanpak")

    def __str__(self) -> str:
        return f"{self.title} – {self.coalition}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("De einddatum ligt vóór de begindatum.")})

    @property
    def is_expired(self) -> bool:
        """Its period has ended: it no longer counts as the coalition's plan (minimum requirement 2)."""
        from django.utils import timezone

        return self.period_end is not None and self.period_end < timezone.localdate()

    @property
    def latest_version(self):
        return self.versions.order_by("-number").first()


class Ambition(AuditedInCoalition, models.Model):
    audit_coalition_path = "plan.coalition_id"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="ambitions", verbose_name=_("plan"))
    text = models.TextField(_("ambitie"))
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = _("ambitie")
        verbose_name_plural = _("ambities")

    def __str__(self) -> str:
        return self.text[:80]


class Goal(AuditedInCoalition, models.Model):
    audit_coalition_path = "plan.coalition_id"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals", verbose_name=_("plan"))
    ambition = models.ForeignKey(Ambition, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="goals", verbose_name=_("ambitie"))
    action_line = models.CharField(_("actielijn"), max_length=10, choices=ActionLine.choices, blank=True)
    theme = models.ForeignKey(Theme, on_delete=models.SET_NULL, null=True, blank=True, related_name="goals",
                              verbose_name=_("regionaal thema"))
    title = models.CharField(_("doel"), max_length=250)
    description = models.TextField(_("toelichting"), blank=True)
    measure = models.CharField(_("hoe meten we het"), max_length=250, blank=True)
    topics = models.JSONField(_("onderwerpen"), default=list, blank=True,
                              help_text=_("De onderwerpen die de toets minimale eisen zoekt."))
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["plan", "action_line", "order", "pk"]
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")

    def __str__(self) -> str:
        return self.title

    def topic_labels(self) -> list[str]:
        labels = dict(GoalTopic.choices)
        return [str(labels.get(code, code)) for code in self.topics]


class PlanVersion(AuditedInCoalition, models.Model):
    audit_coalition_path = "plan.coalition_id"

    """A frozen, adopted version of the plan (what the council or steering board agreed to)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions", verbose_name=_("plan"))
    number = models.PositiveIntegerField(_("versie"))
    adopted_on = models.DateField(_("vastgesteld op"))
    adopted_by = models.CharField(_("vastgesteld door"), max_length=200,
                                  help_text=_("Bijvoorbeeld: projectgroep, regieraad, college van B&W."))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    related_name="+")
    content = models.JSONField(_("inhoud"))

    class Meta:
        ordering = ["plan", "-number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="uniq_plan_version")]
        verbose_name = _("vastgestelde versie")
        verbose_name_plural = _("vastgestelde versies")

    def __str__(self) -> str:
        return f"{self.plan} v{self.number}"
