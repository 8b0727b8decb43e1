# SPDX-License-Identifier: EUPL-1.2
"""Vocabularies of the case flow (docs/domain.md §3). Vulnerable situations are the directory's own list
(apps.directory.choices.VulnerabilityFactor), so signals, services and pathways tag alike."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import Profession


class Cadence(models.TextChoices):
    WEEKLY = "weekly", _("elke week")
    TWO_WEEKLY = "two_weekly", _("elke twee weken")
    THREE_WEEKLY = "three_weekly", _("elke drie weken")
    MONTHLY = "monthly", _("elke maand")
    SIX_WEEKLY = "six_weekly", _("elke zes weken")
    ON_DEMAND = "on_demand", _("wanneer nodig")


class HubRole(models.TextChoices):
    CHAIR = "chair", _("voorzitter")
    MEMBER = "member", _("lid")
    SECRETARY = "secretary", _("secretaris")


# Who signalled: a professional (her accounts.Profession, the same codes), or someone through the public form.
PUBLIC_SOURCES = [("parent", _("de ouder zelf (openbaar formulier)")),
                  ("someone_else", _("iemand anders (openbaar formulier)"))]
SOURCE_CHOICES = [*Profession.choices, *PUBLIC_SOURCES]


class CasePhase(models.TextChoices):
    PREGNANT = "pregnant", _("zwanger")
    BORN = "born", _("kind geboren")


class CaseStatus(models.TextChoices):
    """Where the family is in the hub's route; moves are declared in apps/cases/workflow.py."""

    NEW = "new", _("nieuw, nog niet besproken")
    REGULAR_CARE = "regular_care", _("reguliere zorg")
    HOME_VISIT = "home_visit", _("prenataal huisbezoek JGZ")
    CASE_MEETING = "case_meeting", _("op de agenda van het casusoverleg")
    SUPPORT = "support", _("steun op maat, met regievoerder")
    CLOSED = "closed", _("afgesloten")


OPEN_STATUSES = [s for s in CaseStatus.values if s != CaseStatus.CLOSED]


class TriageLevel(models.TextChoices):
    """The hub's judgement of how vulnerable the situation is (seed 003), and so what comes next."""

    SELF_RELIANT = "self_reliant", _("zelfredzaam")
    POTENTIALLY_VULNERABLE = "potentially_vulnerable", _("mogelijk kwetsbaar")
    VULNERABLE = "vulnerable", _("kwetsbaar")
    VERY_VULNERABLE = "very_vulnerable", _("zeer kwetsbaar")


# What each level leads to (DOMAIN.md §3): regular care and the pathway lookup, a prenatal home visit by JGZ
# (a municipal task since 1 July 2022), or the case meeting.
LEVEL_STATUS = {
    TriageLevel.SELF_RELIANT: CaseStatus.REGULAR_CARE,
    TriageLevel.POTENTIALLY_VULNERABLE: CaseStatus.REGULAR_CARE,
    TriageLevel.VULNERABLE: CaseStatus.HOME_VISIT,
    TriageLevel.VERY_VULNERABLE: CaseStatus.CASE_MEETING,
}


class CloseReason(models.TextChoices):
    SUPPORT_ENDED = "support_ended", _("steun afgerond")
    FOLLOW_UP_ENDED = "follow_up_ended", _("einde van de volgperiode")
    REGULAR_CARE = "regular_care", _("regulier verder, geen extra steun nodig")
    MOVED = "moved", _("verhuisd buiten het werkgebied")
    DECLINED = "declined", _("ouder wil geen steun (meer)")
    MERGED = "merged", _("samengevoegd met een andere casus van dezelfde persoon")
    OTHER = "other", _("anders")


class LifeDomain(models.TextChoices):
    """Life domains of a support plan (after the self-sufficiency matrix used by Dutch social teams)."""

    HEALTH = "health", _("lichamelijke gezondheid en zwangerschap")
    MENTAL = "mental", _("psychisch welbevinden")
    FINANCES = "finances", _("financiën")
    HOUSING = "housing", _("huisvesting")
    NETWORK = "network", _("sociaal netwerk")
    PARENTING = "parenting", _("ouderschap en opvoeding")
    SAFETY = "safety", _("veiligheid")
    DAILY_LIFE = "daily_life", _("dagbesteding, werk en opleiding")
    ADDICTION = "addiction", _("middelengebruik")


class GoalStatus(models.TextChoices):
    OPEN = "open", _("loopt")
    ACHIEVED = "achieved", _("bereikt")
    STOPPED = "stopped", _("gestopt")


class ConsentStatus(models.TextChoices):
    GIVEN = "given", _("gegeven")
    NOT_YET = "not_yet", _("nog niet gegeven")
    REFUSED = "refused", _("geweigerd")
    WITHDRAWN = "withdrawn", _("ingetrokken")


class ConsentScope(models.TextChoices):
    """What a consent covers; the hub may use a name only for what she agreed to."""

    HUB = "hub", _("met naam bespreken in het lokale knooppunt")
    SHARE = "share", _("gegevens delen met de hulpverleners die betrokken raken")
    JGZ = "jgz", _("rechtstreeks verwijzen naar de JGZ voor een prenataal huisbezoek")


class ConsentHow(models.TextChoices):
    VERBAL = "verbal", _("mondeling, vastgelegd door de professional")
    WRITTEN = "written", _("schriftelijk")
    ONLINE = "online", _("door de ouder zelf, via het online formulier")


class Basis(models.TextChoices):
    """The relation that granted an access: the ground a privacy officer judges it on (NEN 7513)."""

    SIGNALLER = "signaller", _("heeft gesignaleerd")
    COORDINATOR = "coordinator", _("regievoerder")
    HUB_MEMBER = "hub_member", _("lid van het knooppunt")
    RECEIVING_ORGANISATION = "receiving_organisation", _("ontvangende organisatie van een verwijzing")
    SELF_REGISTRATION = "self_registration", _("aanmelding via het openbare formulier")
    PRIVACY_OFFICER = "privacy_officer", _("privacyfunctionaris (toezicht)")


class AccessAction(models.TextChoices):
    READ = "read", _("ingezien")
    LIST = "list", _("in een lijst getoond")
    CREATE = "create", _("aangemaakt")
    UPDATE = "update", _("gewijzigd")
    CONSENT = "consent", _("toestemming vastgelegd")
    EXPORT = "export", _("geëxporteerd")
    PRINT = "print", _("afgedrukt")
    TRAIL = "trail", _("toegangslog ingezien")


class ReferralStatus(models.TextChoices):
    """FHIR Task states, as the Gravity Project's closed-loop referral uses them (docs/cases.md: the mapping)."""

    DRAFT = "draft", _("concept")
    REQUESTED = "requested", _("verstuurd, wacht op antwoord")
    ACCEPTED = "accepted", _("geaccepteerd")
    REJECTED = "rejected", _("afgewezen")
    IN_PROGRESS = "in_progress", _("hulp gestart")
    ON_HOLD = "on_hold", _("gepauzeerd")
    COMPLETED = "completed", _("afgerond")
    FAILED = "failed", _("mislukt")
    CANCELLED = "cancelled", _("ingetrokken")


CLOSED_REFERRAL = {ReferralStatus.REJECTED, ReferralStatus.COMPLETED, ReferralStatus.FAILED,
                   ReferralStatus.CANCELLED}
# A move into these states needs a reason (the closed loop must say why the help did not arrive).
REASON_NEEDED = {ReferralStatus.REJECTED, ReferralStatus.ON_HOLD, ReferralStatus.FAILED, ReferralStatus.CANCELLED}


class ReferralMode(models.TextChoices):
    LIVE = "live", _("digitaal verstuurd aan de organisatie")
    LOGGED = "logged", _("alleen vastgelegd (bijvoorbeeld na een telefoontje)")


class ReferralReason(models.TextChoices):
    NO_CAPACITY = "no_capacity", _("geen plek of capaciteit")
    NOT_ELIGIBLE = "not_eligible", _("valt buiten de doelgroep")
    CLIENT_DECLINED = "client_declined", _("ouder wil het (nu) niet")
    NO_CONTACT = "no_contact", _("geen contact gekregen met de ouder")
    WRONG_SERVICE = "wrong_service", _("ander aanbod past beter")
    OTHER = "other", _("anders")


class HandoverPhase(models.TextChoices):
    """The phases a family is handed over between (Almelo: midwife → maternity care → JGZ)."""

    MIDWIFE = "midwife", _("verloskundige zorg")
    MATERNITY = "maternity", _("kraamzorg")
    JGZ = "jgz", _("jeugdgezondheidszorg")
    SOCIAL = "social", _("sociaal domein")
