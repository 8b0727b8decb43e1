# SPDX-License-Identifier: EUPL-1.2
"""Yearly budget per source, cost requests from working groups and the project group's decision."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.actions.models import WorkingGroup
from apps.coalitions.models import Coalition
from apps.core.audit import AuditedInCoalition
from apps.core.audit_display import format_money
from apps.core.validators import MinValueValidator


class BudgetSource(models.TextChoices):
    STATE = "state", _("Rijk (specifieke uitkering/decentralisatie-uitkering)")
    MUNICIPALITY = "municipality", _("gemeente")
    GGD = "ggd", _("GGD")
    INSURER = "insurer", _("zorgverzekeraar")
    PARTNERS = "partners", _("bijdrage partners")
    FUND = "fund", _("fonds/subsidie")
    OTHER = "other", _("overig")


class BudgetLine(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="budget_lines",
                                  verbose_name=_("coalitie"))
    year = models.PositiveSmallIntegerField(_("jaar"))
    source = models.CharField(_("bron"), max_length=20, choices=BudgetSource.choices)
    description = models.CharField(_("omschrijving"), max_length=200, blank=True)
    amount = models.DecimalField(_("bedrag (€)"), max_digits=12, decimal_places=2,
                                 validators=[MinValueValidator(Decimal("0"))])

    class Meta:
        ordering = ["coalition", "-year", "source"]
        verbose_name = _("budgetregel")
        verbose_name_plural = _("budgetregels")

    def __str__(self) -> str:
        return f"{self.year} {self.get_source_display()}: {format_money(self.amount)}"


class RequestStatus(models.TextChoices):
    SUBMITTED = "submitted", _("ingediend")
    APPROVED = "approved", _("toegekend")
    REJECTED = "rejected", _("afgewezen")


class CostRequest(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="cost_requests",
                                  verbose_name=_("coalitie"))
    year = models.PositiveSmallIntegerField(_("budgetjaar"))
    working_group = models.ForeignKey(WorkingGroup, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="cost_requests", verbose_name=_("werkgroep"))
    title = models.CharField(_("waarvoor"), max_length=200)
    description = models.TextField(_("toelichting"), blank=True)
    amount = models.DecimalField(_("bedrag (€)"), max_digits=12, decimal_places=2,
                                 validators=[MinValueValidator(Decimal("0.01"))])
    submitted_on = models.DateField(_("ingediend op"))
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                     blank=True, related_name="+", verbose_name=_("aangevraagd door"))
    status = models.CharField(_("status"), max_length=10, choices=RequestStatus.choices,
                              default=RequestStatus.SUBMITTED)
    decided_on = models.DateField(_("besloten op"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("besloten door"))
    decision_note = models.TextField(_("motivering besluit"), blank=True)

    class Meta:
        ordering = ["coalition", "-submitted_on", "-pk"]
        verbose_name = _("kostenaanvraag")
        verbose_name_plural = _("kostenaanvragen")

    def __str__(self) -> str:
        return f"{self.title} ({format_money(self.amount)})"
