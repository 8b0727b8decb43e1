# SPDX-License-Identifier: EUPL-1.2
"""The local hub's case flow: a signal about a family, the case the hub keeps, consent, and the access trail.

Privacy is in the data model, not only in the views:
- no consent, no name: `Case.save` strips identifying data whenever consent is not given (`apply_consent`);
- direct identifiers and free text are encrypted at rest (fields.py), names are found through a blind index;
- every read and write of case data leaves an `AccessRecord` that cannot be changed (on PostgreSQL not even with
  SQL: a trigger refuses UPDATE and DELETE).
"""

from __future__ import annotations

import datetime
import secrets

import pgtrigger
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.cases import identity
from apps.cases.choices import (
    SOURCE_CHOICES,
    AccessAction,
    Cadence,
    CasePhase,
    CaseStatus,
    CloseReason,
    ConsentHow,
    ConsentStatus,
    GoalStatus,
    HandoverPhase,
    HubRole,
    LifeDomain,
    ReferralMode,
    ReferralReason,
    ReferralStatus,
    TriageLevel,
)
from apps.cases.fields import EncryptedDateField, EncryptedTextField
from apps.coalitions.models import Coalition
from apps.core.audit import AuditedInCoalition
from apps.organisations.models import Organisation

# Reference codes are read aloud in a case meeting: no letters that sound or look alike (0/O, 1/I/L, …).
_REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_reference() -> str:
    code = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


class Hub(AuditedInCoalition, models.Model):
    """The local hub (*lokaal knooppunt*) of a coalition: the team that triages signals and holds case meetings."""

    # A hub goes with its coalition; its cases do not (Case.hub protects them: they have their own retention).
    coalition = models.OneToOneField(Coalition, on_delete=models.CASCADE, related_name="hub",
                                     verbose_name=_("coalitie"))
    name = models.CharField(_("naam"), max_length=200)
    cadence = models.CharField(_("overlegfrequentie"), max_length=20, choices=Cadence.choices,
                               default=Cadence.MONTHLY)
    meeting_moment = models.CharField(_("vast overlegmoment"), max_length=100, blank=True,
                                      help_text=_("Bijvoorbeeld: dinsdagochtend, 9.00 uur."))
    mailbox = models.EmailField(_("functionele mailbox"), blank=True,
                                help_text=_("Voor meldingen; berichten bevatten nooit persoonsgegevens."))
    active = models.BooleanField(_("actief"), default=True)
    # How long the hub follows a family after the birth (Kasto, Delft: up to 2.5 years), then it closes or hands over.
    follow_up_months = models.PositiveSmallIntegerField(
        _("volgperiode na de geboorte (maanden)"), default=24,
        help_text=_("Bijvoorbeeld 24 (tot 2 jaar) of 30 (tot 2,5 jaar)."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("knooppunt")
        verbose_name_plural = _("knooppunten")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class HubMember(AuditedInCoalition, models.Model):
    """A professional in the hub's team, on behalf of one of the coalition's partner organisations."""

    audit_coalition_path = "hub.coalition_id"

    hub = models.ForeignKey(Hub, on_delete=models.CASCADE, related_name="members", verbose_name=_("knooppunt"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hub_memberships",
                             verbose_name=_("professional"))
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="hub_members",
                                     verbose_name=_("namens organisatie"))
    role = models.CharField(_("rol in het knooppunt"), max_length=20, choices=HubRole.choices,
                            default=HubRole.MEMBER)
    since = models.DateField(_("lid sinds"), null=True, blank=True)

    class Meta:
        verbose_name = _("knooppuntlid")
        verbose_name_plural = _("knooppuntleden")
        ordering = ["hub", "user__last_name", "user__first_name"]
        constraints = [models.UniqueConstraint(fields=["hub", "user"], name="one_membership_per_hub")]

    def __str__(self) -> str:
        return f"{self.user} ({self.organisation})"

    def clean(self) -> None:
        errors = {}
        if self.hub_id and self.organisation_id and not self.hub.coalition.partners.filter(
                organisation_id=self.organisation_id).exists():
            errors["organisation"] = gettext("Deze organisatie is geen partner van de coalitie.")
        if self.user_id and self.organisation_id and not self.user.organisations.filter(
                pk=self.organisation_id).exists():
            errors["user"] = gettext("Deze professional werkt niet voor de gekozen organisatie.")
        if errors:
            raise ValidationError(errors)


class Case(models.Model):
    """One (prospective) family known to a hub. Identifying data is kept only while consent is given."""

    hub = models.ForeignKey(Hub, on_delete=models.PROTECT, related_name="cases", verbose_name=_("knooppunt"))
    reference = models.CharField(_("kenmerk"), max_length=9, unique=True, default=new_reference, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.NEW)
    phase = models.CharField(_("fase"), max_length=10, choices=CasePhase.choices, default=CasePhase.PREGNANT)
    # Exact dates only with consent; an anonymous case keeps the month (apply_consent), enough to plan care.
    due_date = models.DateField(_("uitgerekende datum"), null=True, blank=True)
    child_birth_date = models.DateField(_("geboortedatum kind"), null=True, blank=True)
    pc4 = models.CharField(_("postcodegebied (4 cijfers)"), max_length=4, blank=True)
    situations = models.JSONField(_("kwetsbare situaties"), default=list, blank=True)
    # Direct identifiers: encrypted, and empty unless consent is given.
    full_name = EncryptedTextField(_("naam"), blank=True, default="")
    date_of_birth = EncryptedDateField(_("geboortedatum"), blank=True, default="")
    phone = EncryptedTextField(_("telefoonnummer"), blank=True, default="")
    email = EncryptedTextField(_("e-mailadres"), blank=True, default="")
    postcode = EncryptedTextField(_("postcode"), blank=True, default="")
    consent_status = models.CharField(_("toestemming"), max_length=20, choices=ConsentStatus.choices,
                                      default=ConsentStatus.NOT_YET)
    consent_scope = models.JSONField(_("toestemming voor"), default=list, blank=True)
    care_coordinator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True,
                                         blank=True, related_name="coordinated_cases",
                                         verbose_name=_("regievoerder"))
    triage_level = models.CharField(_("inschatting"), max_length=30, choices=TriageLevel.choices, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    close_reason = models.CharField(_("reden van afsluiten"), max_length=30, choices=CloseReason.choices, blank=True)
    outcome = EncryptedTextField(_("uitkomst"), blank=True, default="")
    merged_into = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="merged",
                                    verbose_name=_("samengevoegd met"))
    # Set by retention (purge_expired_cases): from then on only what the figures need remains.
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["hub", "status"])]

    def __str__(self) -> str:
        # The reference, never a name: this string reaches logs, the change history and messages.
        return self.reference

    @property
    def identified(self) -> bool:
        return self.consent_status == ConsentStatus.GIVEN and self.anonymised_at is None

    def display_name(self) -> str:
        if self.identified and self.full_name:
            return self.full_name
        return gettext("Anoniem (%(reference)s)") % {"reference": self.reference}

    @property
    def follow_up_until(self) -> datetime.date | None:
        """The end of the hub's follow-up period: its months after the birth (or the due date, if not born yet)."""
        start = self.child_birth_date or self.due_date
        if start is None:
            return None
        year, month = divmod(start.month - 1 + self.hub.follow_up_months, 12)
        return start.replace(year=start.year + year, month=month + 1, day=min(start.day, 28))

    def apply_consent(self) -> None:
        """Without consent (or after retention) nothing identifying stays: no name, contact, postcode or exact dates."""
        if self.identified:
            return
        if self.anonymised_at is not None:
            self.pc4 = ""
        self.full_name = self.phone = self.email = self.postcode = ""
        self.date_of_birth = None
        self.consent_scope = []
        if self.due_date:
            self.due_date = self.due_date.replace(day=1)
        if self.child_birth_date:
            self.child_birth_date = self.child_birth_date.replace(day=1)

    def save(self, *args, **kwargs) -> None:
        self.apply_consent()
        super().save(*args, **kwargs)
        self.refresh_identity_keys()

    def refresh_identity_keys(self) -> None:
        wanted = identity.keys(self.full_name, self.date_of_birth) if self.identified else set()
        have = set(self.identity_keys.values_list("key", flat=True))
        if wanted == have:
            return
        self.identity_keys.exclude(key__in=wanted).delete()
        IdentityKey.objects.bulk_create([IdentityKey(case=self, key=key) for key in wanted - have])


class IdentityKey(models.Model):
    """One blind-index key of a case's person (identity.py): a keyed hash, useless without the key."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="identity_keys")
    key = models.CharField(max_length=64, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "key"], name="one_key_once_per_case")]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.key[:8]}"


class Signal(models.Model):
    """A professional's (or a parent's) registration: "this family needs something extra"."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="signals", verbose_name=_("casus"))
    source = models.CharField(_("gesignaleerd door"), max_length=30, choices=SOURCE_CHOICES)
    signalled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="signals", verbose_name=_("professional"))
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, null=True, blank=True,
                                     related_name="signals", verbose_name=_("namens organisatie"))
    situations = models.JSONField(_("kwetsbare situaties"), default=list, blank=True)
    description = EncryptedTextField(_("toelichting"), blank=True, default="")
    created_at = models.DateTimeField(_("gesignaleerd op"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return gettext("Signaal bij %(case)s") % {"case": self.case}


class ConsentRecord(models.Model):
    """Every change of consent: what it covers, how it was given, who recorded it and when."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="consents", verbose_name=_("casus"))
    status = models.CharField(_("toestemming"), max_length=20, choices=ConsentStatus.choices)
    scope = models.JSONField(_("toestemming voor"), default=list, blank=True)
    how = models.CharField(_("vastgelegd als"), max_length=20, choices=ConsentHow.choices, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name=_("vastgelegd door"))
    recorded_at = models.DateTimeField(_("vastgelegd op"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("toestemming")
        verbose_name_plural = _("toestemmingen")
        ordering = ["recorded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.case}: {self.get_status_display()}"


class Triage(models.Model):
    """The hub's judgement of a signal, with its reasons: how vulnerable, and so what comes next."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="triages", verbose_name=_("casus"))
    level = models.CharField(_("inschatting"), max_length=30, choices=TriageLevel.choices)
    reasons = EncryptedTextField(_("onderbouwing"))
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("ingeschat door"))
    decided_at = models.DateTimeField(_("ingeschat op"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("inschatting")
        verbose_name_plural = _("inschattingen")
        ordering = ["decided_at", "pk"]

    def __str__(self) -> str:
        return f"{self.case}: {self.get_level_display()}"


class CaseMeeting(models.Model):
    """A case meeting (*MDO*) of the hub: its agenda is the cases that need it, its minutes are case data."""

    hub = models.ForeignKey(Hub, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("knooppunt"))
    date = models.DateField(_("datum"))
    location = models.CharField(_("plaats of verbinding"), max_length=200, blank=True)
    attendees = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+",
                                       verbose_name=_("aanwezig"))
    minutes = EncryptedTextField(_("verslag (algemeen)"), blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("casusoverleg")
        verbose_name_plural = _("casusoverleggen")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return gettext("Casusoverleg %(date)s") % {"date": self.date.strftime("%d-%m-%Y")}


class MeetingItem(models.Model):
    """One family on a case meeting's agenda: what was discussed, what was decided, who coordinates."""

    meeting = models.ForeignKey(CaseMeeting, on_delete=models.PROTECT, related_name="items",
                                verbose_name=_("casusoverleg"))
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="meeting_items", verbose_name=_("casus"))
    notes = EncryptedTextField(_("besproken"), blank=True, default="")
    decision = EncryptedTextField(_("besluit"), blank=True, default="")
    care_coordinator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="+", verbose_name=_("gekozen regievoerder"))
    decided_at = models.DateTimeField(_("besloten op"), null=True, blank=True)

    class Meta:
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")
        ordering = ["meeting", "pk"]
        constraints = [models.UniqueConstraint(fields=["meeting", "case"], name="a_case_once_per_meeting")]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.case}"


class SupportGoal(models.Model):
    """A goal of the family's support plan, per life domain, agreed with her."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="goals", verbose_name=_("casus"))
    domain = models.CharField(_("leefgebied"), max_length=20, choices=LifeDomain.choices)
    goal = EncryptedTextField(_("doel"))
    status = models.CharField(_("stand"), max_length=10, choices=GoalStatus.choices, default=GoalStatus.OPEN)
    agreed_on = models.DateField(_("afgesproken op"), default=timezone.localdate)

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["domain", "pk"]

    def __str__(self) -> str:
        return f"{self.case}: {self.get_domain_display()}"


class Referral(models.Model):
    """A referral to a service in the directory (or an organisation), followed until the loop is closed."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="referrals", verbose_name=_("casus"))
    # A listing may leave the directory (an import, its provider stops); the referral keeps the name it was sent to.
    service = models.ForeignKey("directory.Service", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="referrals", verbose_name=_("aanbod"))
    service_name = models.CharField(_("naam aanbod"), max_length=200, blank=True)
    to_organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="referrals_received",
                                        verbose_name=_("naar organisatie"))
    mode = models.CharField(_("soort"), max_length=10, choices=ReferralMode.choices, default=ReferralMode.LIVE)
    status = models.CharField(_("status"), max_length=20, choices=ReferralStatus.choices,
                              default=ReferralStatus.DRAFT)
    note = EncryptedTextField(_("toelichting voor de ontvanger"), blank=True, default="")
    # The woman's explicit consent to this referral (since October 2025 a midwife may refer directly to JGZ with it).
    explicit_consent = models.BooleanField(_("uitdrukkelijke toestemming voor deze verwijzing"), default=False)
    capacity_seen = models.CharField(_("beschikbaarheid bij verwijzen"), max_length=100, blank=True)
    reason = models.CharField(_("reden"), max_length=30, choices=ReferralReason.choices, blank=True)
    reason_text = EncryptedTextField(_("toelichting op de reden"), blank=True, default="")
    respond_by = models.DateField(_("antwoord verwacht voor"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("verwijzer"))
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("verwijzing")
        verbose_name_plural = _("verwijzingen")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["to_organisation", "status"])]

    def __str__(self) -> str:
        return gettext("Verwijzing %(case)s → %(org)s") % {"case": self.case, "org": self.to_organisation}

    @property
    def overdue(self) -> bool:
        return (self.status == ReferralStatus.REQUESTED and self.respond_by is not None
                and self.respond_by < timezone.localdate())


class ReferralEvent(models.Model):
    """Every change of a referral: from → to, by whom, when, and why (the closed loop's timestamps)."""

    referral = models.ForeignKey(Referral, on_delete=models.PROTECT, related_name="events")
    source = models.CharField(max_length=20, choices=ReferralStatus.choices, blank=True)
    target = models.CharField(max_length=20, choices=ReferralStatus.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now, editable=False)
    reason = models.CharField(max_length=30, choices=ReferralReason.choices, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.referral_id}: {self.source} → {self.target}"


class Handover(models.Model):
    """A warm handover between phases (midwife → maternity care → JGZ): what was handed over, and the receipt."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="handovers", verbose_name=_("casus"))
    from_phase = models.CharField(_("van"), max_length=20, choices=HandoverPhase.choices)
    to_phase = models.CharField(_("naar"), max_length=20, choices=HandoverPhase.choices)
    to_organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="handovers_received",
                                        verbose_name=_("naar organisatie"))
    summary = EncryptedTextField(_("wat is overgedragen"))
    handed_over_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+",
                                       verbose_name=_("overgedragen door"))
    handed_over_at = models.DateTimeField(_("overgedragen op"), default=timezone.now, editable=False)
    acknowledged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                        related_name="+", verbose_name=_("ontvangen door"))
    acknowledged_at = models.DateTimeField(_("ontvangst bevestigd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("warme overdracht")
        verbose_name_plural = _("warme overdrachten")
        ordering = ["handed_over_at", "pk"]

    def __str__(self) -> str:
        return f"{self.case}: {self.get_from_phase_display()} → {self.get_to_phase_display()}"


class AccessQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The case access trail cannot be changed.")

    def delete(self):
        raise PermissionError("The case access trail cannot be deleted.")


class AccessRecord(models.Model):
    """One access to case data (NEN 7513): who, as what, from where, did what to which case, on which ground.

    Names are copied into the row (username, role, organisations, case reference) so that a record stays readable
    when an account or a case is later anonymised; the foreign keys carry no database constraint for the same
    reason, and so that nothing ever cascades into this table.
    """

    at = models.DateTimeField(_("tijdstip"), default=timezone.now, editable=False, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, db_constraint=False,
                             null=True, blank=True, related_name="+", verbose_name=_("gebruiker"))
    username = models.CharField(_("gebruikersnaam"), max_length=150, blank=True)
    user_name = models.CharField(_("naam gebruiker"), max_length=300, blank=True)
    role = models.CharField(_("functie of beroep"), max_length=200, blank=True)
    organisations = models.CharField(_("organisaties"), max_length=500, blank=True)
    case = models.ForeignKey(Case, on_delete=models.DO_NOTHING, db_constraint=False, null=True, blank=True,
                             related_name="access_records", verbose_name=_("casus"))
    case_reference = models.CharField(_("kenmerk casus"), max_length=9, blank=True, db_index=True)
    action = models.CharField(_("handeling"), max_length=20, choices=AccessAction.choices)
    basis = models.CharField(_("grondslag"), max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(_("IP-adres"), null=True, blank=True)
    path = models.CharField(_("adres (URL)"), max_length=300, blank=True)
    detail = models.CharField(_("toelichting"), max_length=300, blank=True)

    objects = AccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("toegangsregistratie")
        verbose_name_plural = _("toegangsregistraties")
        ordering = ["-at", "-pk"]
        permissions = [("inspect_access", _("Mag het toegangslog van casussen inzien en exporteren"))]
        triggers = [
            pgtrigger.Protect(name="access_trail_append_only", operation=pgtrigger.Update | pgtrigger.Delete),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.case_reference}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise PermissionError("The case access trail cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The case access trail cannot be deleted.")
