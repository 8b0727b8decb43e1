# SPDX-License-Identifier: EUPL-1.2
"""Self-assessments kept as dated snapshots, so change between two snapshots is visible."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.assessments.frameworks import POINTS, Framework, ItemStatus
from apps.coalitions.models import Coalition
from apps.core.audit import AuditedInCoalition


class SelfAssessment(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="self_assessments",
                                  verbose_name=_("coalitie"))
    framework = models.CharField(_("kader"), max_length=20, choices=Framework.choices)
    taken_on = models.DateField(_("datum"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                    blank=True, related_name="+")

    class Meta:
        ordering = ["coalition", "framework", "-taken_on", "-pk"]
        verbose_name = _("zelfevaluatie")
        verbose_name_plural = _("zelfevaluaties")

    def __str__(self) -> str:
        return f"{self.get_framework_display()} {self.taken_on:%d-%m-%Y}"


class AssessmentItem(AuditedInCoalition, models.Model):
    audit_coalition_path = "assessment.coalition_id"

    assessment = models.ForeignKey(SelfAssessment, on_delete=models.CASCADE, related_name="items",
                                   verbose_name=_("zelfevaluatie"))
    point = models.PositiveSmallIntegerField(_("punt"))
    status = models.CharField(_("stand van zaken"), max_length=20, choices=ItemStatus.choices,
                              default=ItemStatus.NOT_STARTED)
    note = models.TextField(_("waar staan we"), blank=True)
    next_steps = models.TextField(_("wat gaan we ontwikkelen"), blank=True)

    class Meta:
        ordering = ["assessment", "point"]
        constraints = [models.UniqueConstraint(fields=["assessment", "point"], name="uniq_assessment_point")]
        verbose_name = _("onderdeel")
        verbose_name_plural = _("onderdelen")

    def __str__(self) -> str:
        return f"{self.point}. {self.title}"

    @property
    def title(self) -> str:
        return str(dict(POINTS[self.assessment.framework]).get(self.point, self.point))
