# SPDX-License-Identifier: EUPL-1.2
"""Monitoring: the indicator registry, areas, imported/computed observations and the yearly report's stories.

The shape of these models is the contract shared by the statistics engine (stats/synth/engine/store) and the
dashboards; see docs/monitoring.md.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.coalitions.choices import ActionLine
from apps.core.audit import AuditedInCoalition


class Unit(models.TextChoices):
    PER1000 = "per1000", _("per 1000")
    PERCENT = "percent", _("procent")
    COUNT = "count", _("aantal")


class Better(models.TextChoices):
    LOWER = "lower", _("lager is beter")
    HIGHER = "higher", _("hoger is beter")
    NEUTRAL = "neutral", _("geen richting")


class Kind(models.TextChoices):
    PERINATAL = "perinatal", _("perinataal")
    SOCIAL = "social", _("sociaal")
    PROCESS = "process", _("proces")
    LOCAL = "local", _("lokaal")


class Level(models.TextChoices):
    COUNTRY = "country", _("Nederland")
    PROVINCE = "province", _("provincie")
    HEALTH_REGION = "health_region", _("GGD-regio")
    MUNICIPALITY = "municipality", _("gemeente")
    PC4 = "pc4", _("postcode (4 cijfers)")
    COALITION_REGION = "coalition_region", _("regio van een coalitie")


class CiMethod(models.TextChoices):
    WILSON = "wilson", _("Wilson")
    CLOPPER_PEARSON = "clopper-pearson", _("Clopper-Pearson (exact)")
    POISSON = "poisson", _("Poisson (exact)")
    NONE = "", _("geen")


class Indicator(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("naam"), max_length=200)
    name_en = models.CharField(_("Engelse naam"), max_length=200, blank=True)
    definition = models.TextField(_("definitie"), blank=True)
    numerator_definition = models.TextField(_("teller"), blank=True)
    denominator_definition = models.TextField(_("noemer"), blank=True)
    unit = models.CharField(_("eenheid"), max_length=10, choices=Unit.choices, default=Unit.PERCENT)
    better = models.CharField(_("gunstige richting"), max_length=10, choices=Better.choices, default=Better.LOWER)
    source = models.CharField(_("bron"), max_length=300, blank=True)
    kind = models.CharField(_("soort"), max_length=12, choices=Kind.choices, default=Kind.PERINATAL)
    levels = models.JSONField(_("geografische niveaus"), default=list, blank=True)
    action_line = models.CharField(_("actielijn"), max_length=10, choices=ActionLine.choices, blank=True)
    binary = models.BooleanField(
        _("ja/nee-indicator"), default=True,
        help_text=_("Bij een ja/nee-indicator vervallen beide cellen als een van beide onder de drempel ligt."),
    )
    coalition = models.ForeignKey(
        "coalitions.Coalition", on_delete=models.CASCADE, null=True, blank=True, related_name="local_indicators",
        verbose_name=_("coalitie"), help_text=_("Alleen bij een eigen, lokale indicator van een coalitie."),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=100)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicatoren")

    def __str__(self) -> str:
        return self.name

    @property
    def label(self) -> str:
        """The name in the page's language (the English name on English pages, where there is one)."""
        from django.utils.translation import get_language

        if self.name_en and (get_language() or "").startswith("en"):
            return self.name_en
        return self.name

    @property
    def scale(self) -> float:
        """Factor from a proportion to a value in this indicator's unit."""
        return {Unit.PER1000: 1000.0, Unit.PERCENT: 100.0}.get(self.unit, 1.0)


class Area(models.Model):
    level = models.CharField(_("niveau"), max_length=20, choices=Level.choices)
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("naam"), max_length=200)
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="children",
                               verbose_name=_("ligt in"))
    municipality = models.ForeignKey("reference.Municipality", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="monitoring_areas", verbose_name=_("gemeente"))

    class Meta:
        ordering = ["level", "code"]
        constraints = [models.UniqueConstraint(fields=["level", "code"], name="monitoring_uniq_area_level_code")]
        verbose_name = _("gebied")
        verbose_name_plural = _("gebieden")

    def __str__(self) -> str:
        if self.level == Level.PC4:
            return f"{self.code} ({self.name})"
        return self.name


class BirthWeightReference(models.Model):
    gestational_days = models.PositiveSmallIntegerField(_("zwangerschapsduur (dagen)"))
    sex = models.CharField(_("geslacht"), max_length=1, choices=[("m", _("jongen")), ("f", _("meisje"))])
    p10_grams = models.FloatField(_("10e percentiel (gram)"))
    source = models.TextField(_("bron"), blank=True)

    class Meta:
        ordering = ["sex", "gestational_days"]
        constraints = [models.UniqueConstraint(fields=["gestational_days", "sex"], name="monitoring_uniq_bwref")]
        verbose_name = _("geboortegewichtreferentie")
        verbose_name_plural = _("geboortegewichtreferenties")

    def __str__(self) -> str:
        return f"{self.gestational_days} d {self.sex}: {self.p10_grams:.0f} g"


class ImportBatch(models.Model):
    class BatchKind(models.TextChoices):
        UPLOAD = "upload", _("upload")
        ENGINE = "engine", _("berekend")

    key = models.CharField(_("batchsleutel"), max_length=200, db_index=True,
                           help_text=_("Opnieuw importeren met dezelfde sleutel vervangt de eerdere batch."))
    kind = models.CharField(_("soort"), max_length=10, choices=BatchKind.choices, default=BatchKind.UPLOAD)
    source_name = models.CharField(_("bron"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("door"))
    rows = models.PositiveIntegerField(_("aantal rijen"), default=0)
    synthetic = models.BooleanField(_("synthetisch"), default=False)
    derived_reference = models.BooleanField(
        _("referentie afgeleid uit de data"), default=False,
        help_text=_("De p10-referentie voor geboortegewicht is uit de data zelf afgeleid."),
    )
    note = models.TextField(_("toelichting"), blank=True)
    replaced_by = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                    verbose_name=_("vervangen door"))
    replaced_at = models.DateTimeField(_("vervangen op"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("importbatch")
        verbose_name_plural = _("importbatches")

    def __str__(self) -> str:
        return f"{self.key} ({self.created_at:%Y-%m-%d %H:%M})" if self.created_at else self.key


class Observation(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="observations",
                                  verbose_name=_("indicator"))
    area = models.ForeignKey(Area, on_delete=models.CASCADE, related_name="observations", verbose_name=_("gebied"))
    period_start = models.PositiveSmallIntegerField(_("van jaar"))
    period_end = models.PositiveSmallIntegerField(_("tot en met jaar"))
    numerator = models.IntegerField(_("teller"), null=True, blank=True)
    denominator = models.IntegerField(_("noemer"), null=True, blank=True)
    value = models.FloatField(_("waarde"), null=True, blank=True)
    ci_low = models.FloatField(_("ondergrens 95%-interval"), null=True, blank=True)
    ci_high = models.FloatField(_("bovengrens 95%-interval"), null=True, blank=True)
    ci_method = models.CharField(_("intervalmethode"), max_length=20, choices=CiMethod.choices, blank=True)
    suppressed = models.BooleanField(_("onderdrukt"), default=False)
    # Why (engine/suppression.py): "small" (k < threshold), "complement" (n - k < threshold), "secondary".
    suppression_reason = models.CharField(_("reden van onderdrukken"), max_length=12, blank=True,
                                          choices=[("small", _("klein aantal")),
                                                   ("complement", _("noemer min teller klein")),
                                                   ("secondary", _("beschermt een andere cel"))])
    # Records counted as "no" because the value was missing (as the national monitor does); engine batches only.
    missing_records = models.IntegerField(_("records met ontbrekende waarde"), null=True, blank=True)
    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="observations",
                              verbose_name=_("batch"))

    class Meta:
        ordering = ["indicator", "area", "period_start", "period_end"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "indicator", "area", "period_start", "period_end"],
                                    name="monitoring_uniq_observation_cell"),
        ]
        indexes = [models.Index(fields=["indicator", "area", "period_start"], name="monitoring_obs_lookup")]
        verbose_name = _("waarneming")
        verbose_name_plural = _("waarnemingen")

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.area_id} {self.period_start}-{self.period_end}"

    @property
    def pooled(self) -> bool:
        return self.period_end > self.period_start


class Story(AuditedInCoalition, models.Model):
    """A coalition's own story for its yearly report (Markdown, rendered safely)."""

    coalition = models.ForeignKey("coalitions.Coalition", on_delete=models.CASCADE, related_name="stories",
                                  verbose_name=_("coalitie"))
    year = models.PositiveSmallIntegerField(_("jaar"))
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(_("verhaal"), help_text=_("Opmaak met Markdown: **vet**, *cursief*, lijsten, koppen."))
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["coalition", "-year", "order", "pk"]
        verbose_name = _("verhaal")
        verbose_name_plural = _("verhalen")

    def __str__(self) -> str:
        return self.title
