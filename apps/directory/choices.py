# SPDX-License-Identifier: EUPL-1.2
"""Fixed vocabularies of the service directory (docs/domain.md §3). Signals and cases will tag with the same lists."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Phase(models.TextChoices):
    """The phases of the first 1000 days; codes equal the action lines' (apps.coalitions.choices.ActionLine)."""

    BEFORE = "before", _("Voor de zwangerschap")
    DURING = "during", _("Tijdens de zwangerschap")
    AFTER = "after", _("Na de geboorte")


class VulnerabilityFactor(models.TextChoices):
    """Vulnerable situations (seed 003), to tag services, care pathways and later signals."""

    POSTNATAL_DEPRESSION = "postnatal_depression", _("postnatale depressie")
    ADDICTION = "addiction", _("verslaving")
    LOW_LITERACY = "low_literacy", _("laaggeletterdheid of anderstalig")
    POVERTY_DEBTS = "poverty_debts", _("armoede en schulden")
    MILD_INTELLECTUAL_DISABILITY = "mild_intellectual_disability", _("licht verstandelijke beperking")
    PARENT_DISABILITY = "parent_disability", _("ouder met een beperking")
    CHILD_DISABILITY = "child_disability", _("ouders van een kind met een beperking")
    MENTAL_HEALTH = "mental_health", _("psychische problemen")
    PREMATURE_BABY = "premature_baby", _("ouders van een te vroeg geboren baby")
    UNPLANNED_PREGNANCY = "unplanned_pregnancy", _("onbedoelde zwangerschap")
    WEAK_NETWORK = "weak_network", _("geen of zwak sociaal netwerk")
    COMPLEX_DIVORCE = "complex_divorce", _("complexe scheiding")
    TEENAGE_PARENTS = "teenage_parents", _("tienerouders")
    PLACED_OUT_OF_HOME = "placed_out_of_home", _("zelf uithuisgeplaatst (geweest)")
    HOMELESS = "homeless", _("dakloos")
    GUARDIANSHIP = "guardianship", _("onder curatele")
    CARE_AVOIDANCE = "care_avoidance", _("zorgmijding")
    UNSAFE_SITUATION = "unsafe_situation", _("onveilige situatie, huiselijk geweld of criminaliteit")
    UNCONTROLLED_PREGNANCY = "uncontrolled_pregnancy", _("ongecontroleerde zwangerschap (geen zwangerschapszorg)")
    LABOUR_MIGRANTS = "labour_migrants", _("arbeidsmigranten")
    NO_RESIDENCE_PERMIT = "no_residence_permit", _("geen verblijfsvergunning of asielzoeker")
    INCESTUOUS_PREGNANCY = "incestuous_pregnancy", _("incestzwangerschap")


class ServiceStatus(models.TextChoices):
    """HSDS 3.0 service status."""

    ACTIVE = "active", _("actief")
    TEMPORARILY_CLOSED = "temporarily closed", _("tijdelijk gesloten")
    INACTIVE = "inactive", _("niet actief")
    DEFUNCT = "defunct", _("opgeheven")


class Capacity(models.TextChoices):
    OPEN = "open", _("plek beschikbaar")
    WAITING_LIST = "waiting_list", _("wachtlijst")
    FULL = "full", _("vol, geen aanmeldingen")


class Recognition(models.TextChoices):
    """Recognition levels of the Dutch intervention databases (Loket Gezond Leven / NJi), research/domain.md §4."""

    NOT_ASSESSED = "not_assessed", _("niet beoordeeld")
    WELL_DESCRIBED = "well_described", _("goed beschreven")
    WELL_FOUNDED = "well_founded", _("goed onderbouwd")
    EFFECTIVE_FIRST = "effective_first", _("effectief – eerste aanwijzingen")
    EFFECTIVE_GOOD = "effective_good", _("effectief – goede aanwijzingen")
    EFFECTIVE_STRONG = "effective_strong", _("effectief – sterke aanwijzingen")


class StepKind(models.TextChoices):
    """Steps of a care pathway: signal – (explore) – tailored support."""

    SIGNAL = "signal", _("signaleren")
    FIRST_CONTACT = "first_contact", _("eerste contact")
    EXPLORE = "explore", _("verkennen")
    SUPPORT = "support", _("steun op maat")
    HANDOVER = "handover", _("warme overdracht")


class OfferStatus(models.TextChoices):
    """An intervention in a municipality, as a regional inventory records it (seed 004)."""

    OFFERED = "offered", _("aangeboden")
    PLANNED = "planned", _("gepland")
    NOT_OFFERED = "not_offered", _("niet aangeboden")
