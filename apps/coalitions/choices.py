# SPDX-License-Identifier: EUPL-1.2
"""Fixed vocabularies of the coalition workspace (docs/domain.md §1, §2, §4)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    LOCAL = "local", _("lokaal")
    REGIONAL = "regional", _("regionaal")


class CoalitionStatus(models.TextChoices):
    IN_TALKS = "in_talks", _("in gesprek")
    IN_PREPARATION = "in_preparation", _("in voorbereiding")
    FORMED = "formed", _("gevormd")


class Domain(models.TextChoices):
    MEDICAL = "medical", _("medisch domein")
    SOCIAL = "social", _("sociaal/publiek domein")
    MUNICIPAL = "municipal", _("gemeente")
    INFORMAL = "informal", _("informeel netwerk")
    TARGET_GROUP = "target_group", _("doelgroep zelf")


class ActionLine(models.TextChoices):
    """The three national action lines of Kansrijke Start."""

    BEFORE = "before", _("1. Voor de zwangerschap")
    DURING = "during", _("2. Tijdens de zwangerschap")
    AFTER = "after", _("3. Na de geboorte")


# Partner types as the national monitor counts them (docs/domain.md §4), each with its domain.
PARTNER_TYPES: list[tuple[str, str, str]] = [
    ("midwife", Domain.MEDICAL, _("verloskundigen")),
    ("maternity_care", Domain.MEDICAL, _("kraamzorg")),
    ("gp", Domain.MEDICAL, _("huisartsen (incl. POH)")),
    ("gynaecologist", Domain.MEDICAL, _("gynaecologen")),
    ("paediatrician", Domain.MEDICAL, _("kinderartsen")),
    ("hospital", Domain.MEDICAL, _("ziekenhuis")),
    ("adult_mental_health", Domain.MEDICAL, _("volwassenen-GGZ")),
    ("municipality", Domain.MUNICIPAL, _("gemeente (beleid: jeugd, gezondheid, armoede, schulden, wonen, ...)")),
    ("jgz", Domain.SOCIAL, _("jeugdgezondheidszorg (JGZ)")),
    ("ggd", Domain.SOCIAL, _("GGD (publieke gezondheid)")),
    ("neighbourhood_team", Domain.SOCIAL, _("wijkteams")),
    ("youth_care", Domain.SOCIAL, _("jeugdhulp")),
    ("social_work", Domain.SOCIAL, _("maatschappelijk werk")),
    ("welfare", Domain.SOCIAL, _("welzijn")),
    ("childcare", Domain.SOCIAL, _("kinderopvang")),
    ("youth_work", Domain.SOCIAL, _("jongerenwerk")),
    ("debt_help", Domain.SOCIAL, _("schuldhulpverlening")),
    ("mental_health", Domain.SOCIAL, _("GGZ")),
    ("addiction_care", Domain.SOCIAL, _("verslavingszorg")),
    ("intellectual_disability", Domain.SOCIAL, _("zorg voor mensen met een (licht) verstandelijke beperking")),
    ("informal_care", Domain.SOCIAL, _("mantelzorg")),
    ("psychologist", Domain.SOCIAL, _("psychologen")),
    ("shelter", Domain.SOCIAL, _("opvang kwetsbare groepen")),
    ("library", Domain.SOCIAL, _("bibliotheek")),
    ("informal_network", Domain.INFORMAL, _("informeel netwerk / vrijwilligers")),
    ("experts_by_experience", Domain.TARGET_GROUP, _("ervaringsdeskundigen")),
    ("parents_panel", Domain.TARGET_GROUP, _("ouderpanel / klankbordgroep")),
    ("other", "", _("overig")),
]

PartnerType = models.TextChoices(
    "PartnerType", [(code, (code, label)) for code, _domain, label in PARTNER_TYPES]
)
DOMAIN_OF_TYPE: dict[str, str] = {code: domain for code, domain, _label in PARTNER_TYPES}


class Role(models.TextChoices):
    PROJECT_LEAD = "project_lead", _("projectleider")
    CORE_GROUP = "core_group", _("kerngroep/projectgroep")
    WORKING_GROUP_MEMBER = "working_group_member", _("werkgroeplid")
    PARTNER_CONTACT = "partner_contact", _("contactpersoon partner")
    VIEWER = "viewer", _("meelezer")
    REGIONAL_COORDINATOR = "regional_coordinator", _("regiocoördinator")
