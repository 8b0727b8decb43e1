# SPDX-License-Identifier: EUPL-1.2
"""Users. Coalition roles live in apps.coalitions (Membership); employers here, for access by relation."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.organisations.models import Organisation


class Profession(models.TextChoices):
    """The professions that may signal a family to a local hub (seed 003); the case flow checks this."""

    MIDWIFE = "midwife", _("verloskundige")
    GYNAECOLOGIST = "gynaecologist", _("gynaecoloog")
    GP = "gp", _("huisarts")
    PRACTICE_NURSE = "practice_nurse", _("praktijkondersteuner huisarts")
    MATERNITY_CARE = "maternity_care", _("kraamzorg")
    JGZ = "jgz", _("jeugdgezondheidszorg (JGZ)")
    NEIGHBOURHOOD_TEAM = "neighbourhood_team", _("wijkteam")


class User(AbstractUser):
    # The organisations a professional works for. Later features grant access by relation through this:
    # a case is visible to the organisation that received a referral, not to everyone with a role.
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="employees",
                                           verbose_name=_("organisaties"))
    job_title = models.CharField(_("functie"), max_length=100, blank=True)
    # Set by a maintainer after checking registration (BIG, SKJ): only these professionals may signal a family.
    profession = models.CharField(_("beroep"), max_length=30, choices=Profession.choices, blank=True)

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __str__(self) -> str:
        return self.get_full_name() or self.username
