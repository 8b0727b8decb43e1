# SPDX-License-Identifier: EUPL-1.2
"""The service directory (sociale kaart): interventions, services, locations, opening hours, care pathways,
client-route gap notes and the regional inventory of interventions.

Organisations are the shared register of apps.organisations. Each directory object carries a UUID, which is its
HSDS `id`, and `hsds_extra`: what an imported HSDS record held that this model does not (kept for a faithful
round trip). Lists of codes (phases, situations, languages) are JSON lists; see apps/directory/search/engine.py for how
they are filtered on PostgreSQL and on SQLite.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.coalitions.choices import PartnerType
from apps.coalitions.models import Coalition
from apps.core.audit import AuditedInCoalition
from apps.directory.choices import (
    Capacity,
    OfferStatus,
    Phase,
    Recognition,
    ServiceStatus,
    StepKind,
    VulnerabilityFactor,
)
from apps.organisations.models import Organisation
from apps.reference.models import Municipality


class Intervention(models.Model):
    """A national programme from the catalogue (Nu Niet Zwanger, VoorZorg, …); services deliver it locally."""

    code = models.SlugField(_("code"), max_length=60, unique=True)  # e.g. "nu-niet-zwanger"
    name = models.CharField(_("naam"), max_length=150)
    summary = models.TextField(_("korte omschrijving"), blank=True)
    target_group = models.TextField(_("doelgroep"), blank=True)
    phases = models.JSONField(_("fasen"), default=list, blank=True)  # Phase codes
    situations = models.JSONField(_("kwetsbare situaties"), default=list, blank=True)  # VulnerabilityFactor codes
    provider_types = models.JSONField(_("type aanbieder"), default=list, blank=True)  # PartnerType codes
    provider_description = models.CharField(_("aanbieder"), max_length=250, blank=True)
    recognition = models.CharField(_("erkenning"), max_length=20, choices=Recognition.choices,
                                   default=Recognition.NOT_ASSESSED)
    recognition_source = models.CharField(_("bron erkenning"), max_length=250, blank=True)
    website = models.URLField(_("website"), blank=True)
    national = models.BooleanField(_("landelijk programma"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("interventie")
        verbose_name_plural = _("interventies")

    def __str__(self) -> str:
        return self.name


class Service(models.Model):
    """What an organisation offers parents (HSDS `service`), with who it is for and how to get there."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="services",
                                     verbose_name=_("organisatie"))
    intervention = models.ForeignKey(Intervention, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="services", verbose_name=_("landelijke interventie"),
                                     help_text=_("Als dit aanbod de lokale uitvoering is van een landelijk programma."))
    name = models.CharField(_("naam"), max_length=200)
    alternate_name = models.CharField(_("andere naam"), max_length=200, blank=True)
    description = models.TextField(_("omschrijving in eenvoudige taal"))
    status = models.CharField(_("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE)

    # Who it is for
    phases = models.JSONField(_("fasen"), default=list, blank=True)  # Phase codes
    situations = models.JSONField(_("kwetsbare situaties"), default=list, blank=True)  # VulnerabilityFactor codes
    minimum_age = models.PositiveSmallIntegerField(_("minimumleeftijd (jaar)"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximumleeftijd (jaar)"), null=True, blank=True)
    pregnancy_week_from = models.PositiveSmallIntegerField(_("vanaf zwangerschapsweek"), null=True, blank=True)
    pregnancy_week_to = models.PositiveSmallIntegerField(_("tot zwangerschapsweek"), null=True, blank=True)
    child_age_months_to = models.PositiveSmallIntegerField(_("tot leeftijd kind (maanden)"), null=True, blank=True)
    eligibility = models.TextField(_("voor wie"), blank=True)
    languages = models.JSONField(_("talen"), default=list, blank=True)  # ISO 639-1 codes, e.g. ["nl", "ar"]

    # Cost and access
    free_of_charge = models.BooleanField(_("gratis"), default=False)
    cost_description = models.CharField(_("kosten"), max_length=250, blank=True)
    self_registration = models.BooleanField(_("zelf aanmelden mogelijk"), default=False)
    referral_required = models.BooleanField(_("verwijzing door professional nodig"), default=False)
    application_process = models.TextField(_("hoe aanmelden"), blank=True)

    # Contact
    email = models.EmailField(_("e-mailadres"), blank=True)
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    url = models.URLField(_("website"), blank=True)

    # Where it is offered: the municipalities whose residents may use it.
    municipalities = models.ManyToManyField(Municipality, blank=True, related_name="directory_services",
                                            verbose_name=_("werkgebied (gemeenten)"))

    # Capacity, so referrers see it before they refer.
    capacity = models.CharField(_("beschikbaarheid"), max_length=20, choices=Capacity.choices, default=Capacity.OPEN)
    waiting_weeks = models.PositiveSmallIntegerField(_("verwachte wachttijd (weken)"), null=True, blank=True)
    capacity_updated_at = models.DateTimeField(_("beschikbaarheid bijgewerkt"), null=True, blank=True)

    # Upkeep: who verified the entry when, and whether the organisation itself has claimed it.
    last_verified_at = models.DateTimeField(_("laatst gecontroleerd"), null=True, blank=True)
    last_verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                         related_name="+", verbose_name=_("gecontroleerd door"))
    claimed_at = models.DateTimeField(_("geclaimd op"), null=True, blank=True)
    claimed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("geclaimd door"))

    # Denormalised text the search reads (names, description, organisation, intervention, situations); kept
    # current by apps.directory.search.engine.refresh_document.
    search_document = models.TextField(editable=False, blank=True, default="")
    hsds_extra = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")
        indexes = [models.Index(fields=["status", "last_verified_at"], name="dir_service_status_verified")]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        errors = {}
        if self.minimum_age is not None and self.maximum_age is not None and self.minimum_age > self.maximum_age:
            errors["maximum_age"] = _("De maximumleeftijd is lager dan de minimumleeftijd.")
        if (self.pregnancy_week_from is not None and self.pregnancy_week_to is not None
                and self.pregnancy_week_from > self.pregnancy_week_to):
            errors["pregnancy_week_to"] = _("De laatste zwangerschapsweek ligt voor de eerste.")
        for field, week in (("pregnancy_week_from", self.pregnancy_week_from),
                            ("pregnancy_week_to", self.pregnancy_week_to)):
            if week is not None and week > 43:
                errors[field] = _("Een zwangerschap duurt hooguit 43 weken.")
        if self.capacity == Capacity.WAITING_LIST and self.waiting_weeks is None:
            errors["waiting_weeks"] = _("Geef bij een wachtlijst de verwachte wachttijd in weken.")
        unknown_phases = set(self.phases or []) - set(Phase.values)
        if unknown_phases:
            errors["phases"] = _("Onbekende fase: %(codes)s.") % {"codes": ", ".join(sorted(unknown_phases))}
        unknown = set(self.situations or []) - set(VulnerabilityFactor.values)
        if unknown:
            errors["situations"] = _("Onbekende kwetsbare situatie: %(codes)s.") % {"codes": ", ".join(sorted(unknown))}
        if errors:
            raise ValidationError(errors)


class Location(models.Model):
    """A place where services are delivered (HSDS `location` with its physical `address`)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="locations",
                                     verbose_name=_("organisatie"))
    name = models.CharField(_("naam"), max_length=200)
    description = models.TextField(_("omschrijving"), blank=True)
    address_1 = models.CharField(_("straat en huisnummer"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)  # "7941 AB"
    city = models.CharField(_("plaats"), max_length=100, blank=True)
    # Derived from the postcode (the PC4's municipality with the largest share of addresses).
    pc4 = models.CharField(_("postcode (4 cijfers)"), max_length=4, blank=True, db_index=True)
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="directory_locations", verbose_name=_("gemeente"))
    latitude = models.FloatField(_("breedtegraad"), null=True, blank=True)
    longitude = models.FloatField(_("lengtegraad"), null=True, blank=True)
    accessibility = models.TextField(_("toegankelijkheid"), blank=True)
    transportation = models.TextField(_("bereikbaarheid"), blank=True)
    services = models.ManyToManyField(Service, through="ServiceAtLocation", related_name="locations", blank=True)
    hsds_extra = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("locatie")
        verbose_name_plural = _("locaties")

    def __str__(self) -> str:
        return f"{self.name}, {self.city}" if self.city else self.name


class ServiceAtLocation(models.Model):
    """A service offered at a location (HSDS `service_at_location`)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="service_at_locations")
    description = models.TextField(_("omschrijving"), blank=True)
    hsds_extra = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["service", "location"], name="uniq_service_location")]
        verbose_name = _("aanbod op locatie")
        verbose_name_plural = _("aanbod op locaties")

    def __str__(self) -> str:
        return f"{self.service} @ {self.location}"


class Weekday(models.IntegerChoices):
    MONDAY = 1, _("maandag")
    TUESDAY = 2, _("dinsdag")
    WEDNESDAY = 3, _("woensdag")
    THURSDAY = 4, _("donderdag")
    FRIDAY = 5, _("vrijdag")
    SATURDAY = 6, _("zaterdag")
    SUNDAY = 7, _("zondag")


class OpeningHours(models.Model):
    """Weekly opening hours of a service or of a location (HSDS `schedule`, freq WEEKLY, byday)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, null=True, blank=True, related_name="opening_hours")
    location = models.ForeignKey(Location, on_delete=models.CASCADE, null=True, blank=True,
                                 related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("dag"), choices=Weekday.choices)
    opens_at = models.TimeField(_("open van"))
    closes_at = models.TimeField(_("open tot"))
    note = models.CharField(_("opmerking"), max_length=200, blank=True)

    class Meta:
        ordering = ["weekday", "opens_at"]
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(service__isnull=False) | models.Q(location__isnull=False),
                name="opening_hours_of_service_or_location"),
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"

    def clean(self) -> None:
        if self.opens_at and self.closes_at and self.opens_at >= self.closes_at:
            raise ValidationError({"closes_at": _("De sluitingstijd ligt voor de openingstijd.")})


class CarePathway(AuditedInCoalition, models.Model):
    """A coalition's agreed route for one vulnerable situation (zorgpad): ordered steps with who does what."""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="care_pathways",
                                  verbose_name=_("coalitie"))
    situation = models.CharField(_("situatie"), max_length=40, choices=VulnerabilityFactor.choices)
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("samenvatting"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("zorgpad")
        verbose_name_plural = _("zorgpaden")
        constraints = [models.UniqueConstraint(fields=["coalition", "situation"], name="uniq_pathway_situation")]

    def __str__(self) -> str:
        return self.title


class PathwayStep(AuditedInCoalition, models.Model):
    audit_coalition_path = "pathway.coalition_id"

    pathway = models.ForeignKey(CarePathway, on_delete=models.CASCADE, related_name="steps",
                                verbose_name=_("zorgpad"))
    order = models.PositiveSmallIntegerField(_("volgorde"))
    kind = models.CharField(_("soort stap"), max_length=20, choices=StepKind.choices)
    title = models.CharField(_("stap"), max_length=200)
    description = models.TextField(_("wat gebeurt er"), blank=True)
    responsible = models.ForeignKey(Organisation, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="pathway_steps", verbose_name=_("verantwoordelijke organisatie"))
    responsible_type = models.CharField(_("of: type organisatie"), max_length=30, choices=PartnerType.choices,
                                        blank=True, help_text=_("Bijvoorbeeld ‘verloskundigen’ bij signaleren."))
    services = models.ManyToManyField(Service, blank=True, related_name="pathway_steps", verbose_name=_("aanbod"))

    class Meta:
        ordering = ["pathway", "order"]
        verbose_name = _("stap in het zorgpad")
        verbose_name_plural = _("stappen in het zorgpad")
        constraints = [models.UniqueConstraint(fields=["pathway", "order"], name="uniq_pathway_step_order")]

    def __str__(self) -> str:
        return f"{self.order}. {self.title}"


class GapNote(AuditedInCoalition, models.Model):
    """The coalition's note on one cell of the client route (phase × situation) of a municipality."""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="gap_notes",
                                  verbose_name=_("coalitie"))
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+",
                                     verbose_name=_("gemeente"))
    phase = models.CharField(_("fase"), max_length=10, choices=Phase.choices)
    situation = models.CharField(_("situatie"), max_length=40, choices=VulnerabilityFactor.choices)
    note = models.TextField(_("notitie"))
    action = models.ForeignKey("actions.Action", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="gap_notes", verbose_name=_("actie"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notitie bij de klantroute")
        verbose_name_plural = _("notities bij de klantroute")
        constraints = [models.UniqueConstraint(fields=["coalition", "municipality", "phase", "situation"],
                                               name="uniq_gap_note_cell")]

    def __str__(self) -> str:
        return f"{self.municipality}: {self.get_phase_display()}, {self.get_situation_display()}"


class InterventionOffer(AuditedInCoalition, models.Model):
    """A regional coalition's inventory: is this intervention offered, planned or not in this municipality?"""

    coalition = models.ForeignKey(Coalition, on_delete=models.CASCADE, related_name="intervention_offers",
                                  verbose_name=_("coalitie"))
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+",
                                     verbose_name=_("gemeente"))
    intervention = models.ForeignKey(Intervention, on_delete=models.CASCADE, related_name="offers",
                                     verbose_name=_("interventie"))
    status = models.CharField(_("status"), max_length=20, choices=OfferStatus.choices)
    note = models.CharField(_("toelichting"), max_length=250, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("interventie in een gemeente")
        verbose_name_plural = _("interventies in gemeenten")
        constraints = [models.UniqueConstraint(fields=["coalition", "municipality", "intervention"],
                                               name="uniq_offer_cell")]

    def __str__(self) -> str:
        return f"{self.intervention} in {self.municipality}: {self.get_status_display()}"


class TaxonomyRecord(models.Model):
    """A taxonomy or taxonomy term from an imported HSDS file (Kansrijk's own taxonomy is built in: hsds/taxonomy.py).

    Kept as the HSDS record it came as, so the export writes it back unchanged.
    """

    class Kind(models.TextChoices):
        TAXONOMY = "taxonomy", _("taxonomie")
        TERM = "taxonomy_term", _("taxonomieterm")

    uuid = models.UUIDField(unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("naam"), max_length=250)
    taxonomy_uuid = models.UUIDField(null=True, blank=True)  # a term's taxonomy
    record = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "uuid"]
        verbose_name = _("taxonomie uit HSDS")
        verbose_name_plural = _("taxonomieën uit HSDS")

    def __str__(self) -> str:
        return self.name
