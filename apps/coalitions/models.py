# SPDX-License-Identifier: EUPL-1.2
"""Coalitions, their members (users with a role) and their partners (organisations)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.coalitions.choices import (
    DOMAIN_OF_TYPE,
    CoalitionStatus,
    Domain,
    PartnerType,
    Role,
    Scope,
)
from apps.core.audit import AuditedInCoalition
from apps.organisations.models import Organisation
from apps.reference.models import Municipality


class Coalition(AuditedInCoalition, models.Model):
    audit_coalition_path = "pk"

    name = models.CharField(_("naam"), max_length=200)
    scope = models.CharField(_("schaal"), max_length=10, choices=Scope.choices, default=Scope.LOCAL)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, null=True, blank=True, related_name="coalitions",
        verbose_name=_("gemeente"), help_text=_("Voor een lokale coalitie."),
    )
    municipalities = models.ManyToManyField(
        Municipality, blank=True, related_name="regional_coalitions", verbose_name=_("deelnemende gemeenten"),
        help_text=_("Voor een regionale coalitie."),
    )
    region = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="local_coalitions",
        limit_choices_to={"scope": Scope.REGIONAL}, verbose_name=_("regionaal samenwerkingsverband"),
    )
    status = models.CharField(_("status"), max_length=20, choices=CoalitionStatus.choices,
                              default=CoalitionStatus.IN_TALKS)
    in_talks_since = models.DateField(_("in gesprek sinds"), null=True, blank=True)
    preparing_since = models.DateField(_("in voorbereiding sinds"), null=True, blank=True)
    formed_on = models.DateField(_("gevormd op"), null=True, blank=True)
    description = models.TextField(_("omschrijving"), blank=True)
    monitoring_participation = models.BooleanField(
        _("doet mee aan de RIVM-monitor"), default=False,
        help_text=_("Minimale eis 9: deelname aan de monitoring van Kansrijke Start door het RIVM."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The one-time token of the form that created it: a double submit of that form finds this coalition instead
    # of creating a second one (unique, so two requests at once cannot both insert).
    creation_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("coalitie")
        verbose_name_plural = _("coalities")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("overview:coalition", args=[self.pk])

    @property
    def is_regional(self) -> bool:
        return self.scope == Scope.REGIONAL

    def clean(self) -> None:
        errors: dict[str, list[str]] = {}
        if self.scope == Scope.LOCAL and not self.municipality_id:
            errors.setdefault("municipality", []).append(_("Kies de gemeente van deze lokale coalitie."))
        if self.scope == Scope.REGIONAL and self.region_id:
            errors.setdefault("region", []).append(_("Een regionale coalitie kan niet zelf bij een regio horen."))
        if self.region_id and self.region_id == self.pk:
            errors.setdefault("region", []).append(_("Een coalitie kan niet bij zichzelf horen."))
        dates = [("in_talks_since", self.in_talks_since), ("preparing_since", self.preparing_since),
                 ("formed_on", self.formed_on)]
        known = [(name, value) for name, value in dates if value]
        for (_first, earlier), (later_name, later) in zip(known, known[1:], strict=False):
            if later < earlier:
                errors.setdefault(later_name, []).append(
                    _("Deze datum ligt vóór de datum van de vorige fase; de fasen volgen elkaar op.")
                )
        if self.status == CoalitionStatus.FORMED and not self.formed_on:
            errors.setdefault("formed_on", []).append(_("Vul in wanneer de coalitie is gevormd."))
        if self.status == CoalitionStatus.IN_PREPARATION and not self.preparing_since:
            errors.setdefault("preparing_since", []).append(_("Vul in sinds wanneer de coalitie in voorbereiding is."))
        if errors:
            raise ValidationError(errors)

    def member_municipalities(self):
        """The municipalities this coalition works for."""
        if self.is_regional:
            return self.municipalities.all()
        return Municipality.objects.filter(pk=self.municipality_id)


class Membership(AuditedInCoalition, models.Model):
    """A user's role in a coalition. Roles grant capabilities; see apps/coalitions/access.py."""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="memberships",
                                  verbose_name=_("coalitie"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships",
                             verbose_name=_("gebruiker"))
    role = models.CharField(_("rol"), max_length=30, choices=Role.choices)
    since = models.DateField(_("sinds"), null=True, blank=True)

    class Meta:
        ordering = ["coalition", "role", "user__last_name"]
        constraints = [models.UniqueConstraint(fields=["coalition", "user", "role"], name="uniq_membership_role")]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} ({self.coalition})"

    def clean(self) -> None:
        if self.role == Role.REGIONAL_COORDINATOR and self.coalition_id and not self.coalition.is_regional:
            raise ValidationError({"role": _("De rol regiocoördinator hoort bij een regionale coalitie.")})


class Theme(AuditedInCoalition, models.Model):
    """A regional or local theme next to the three national action lines (e.g. Noord- en Midden-Limburg's five)."""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="themes",
                                  verbose_name=_("coalitie"))
    name = models.CharField(_("thema"), max_length=200)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["coalition", "order", "name"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")

    def __str__(self) -> str:
        return self.name


class Partner(AuditedInCoalition, models.Model):
    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="partners",
                                  verbose_name=_("coalitie"))
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="partnerships",
                                     verbose_name=_("organisatie"))
    domain = models.CharField(_("domein"), max_length=20, choices=Domain.choices)
    partner_type = models.CharField(_("soort partner"), max_length=30, choices=PartnerType.choices)
    contact_name = models.CharField(_("contactpersoon"), max_length=150, blank=True)
    contact_email = models.EmailField(_("e-mail contactpersoon"), blank=True)
    contact_phone = models.CharField(_("telefoon contactpersoon"), max_length=30, blank=True)
    joined_on = models.DateField(_("aangesloten op"), null=True, blank=True)
    covenant_signed = models.BooleanField(_("convenant getekend"), default=False)

    class Meta:
        ordering = ["coalition", "domain", "organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["coalition", "organisation"], name="uniq_partner_organisation"),
        ]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self) -> str:
        return str(self.organisation)

    def clean(self) -> None:
        expected = DOMAIN_OF_TYPE.get(self.partner_type)
        if expected and self.domain and expected != self.domain:
            raise ValidationError({"partner_type": _(
                "Deze soort partner hoort bij het domein “%(domain)s”; kies dat domein."
            ) % {"domain": Domain(expected).label}})
