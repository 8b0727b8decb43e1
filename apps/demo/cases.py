# SPDX-License-Identifier: EUPL-1.2
"""Demo of the case flow: the Meppel hub, its team, and fictional families in the states built so far.

Every person here is invented. The families are written through the case flow's own functions (apps/cases/flow.py),
so consent rules, encryption and the access trail apply to the demo as to real use. Demo users with case access get
a confirmed TOTP device with a published secret, so a newcomer can pass two-step verification locally
(`manage.py demo_code <username>` prints the current code; only with local settings).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

from auditlog.context import set_actor
from django.contrib.auth.models import Permission
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.accounts.models import User
from apps.cases import explore, flow, referrals
from apps.cases.models import Case, Hub, HubMember
from apps.demo import data
from apps.demo.upsert import upsert
from apps.directory.models import Service

if TYPE_CHECKING:
    from apps.demo.loader import DemoLoader

# Who does what in the demo's case flow (user keys of data.USERS) and the profession the maintainer recorded.
PROFESSIONS = {"meppel_midwife": "midwife", "meppel_nurse1": "jgz", "meppel_nurse2": "jgz",
               "meppel_coach": "neighbourhood_team"}
HUB_TEAM = [("meppel_nurse1", "icare", "chair"), ("meppel_nurse2", "icare", "member"),
            ("meppel_coach", "wijkteam_meppel", "member")]
CASE_USERS = [*PROFESSIONS, "meppel_privacy"]
RECEIVER = "aanbieder.meppel"  # Humanitas Meppel and Stichting Welzijn Meppel (apps/demo/directory_services_data.py)

D = dt.date

# (demo key, consent, name, date of birth, phase, due date or child's birth date (days from today),
#  situations, text of the signal)
FAMILIES = [
    ("anon", "not_yet", "", None, "pregnant", 120, ["poverty_debts", "weak_network"],
     "Zwanger van het eerste kind, net verhuisd, kent hier niemand. Twijfelt nog over hulp; eerst anoniem bespreken."),
    ("consented", "given", "Samira el Idrissi", D(1999, 4, 12), "pregnant", 90, ["low_literacy", "poverty_debts"],
     "Leest en schrijft moeilijk Nederlands, post stapelt zich op. Wil graag hulp bij geldzaken voor de baby komt."),
    ("coordinated", "given", "Kim Oosterhuis", D(2005, 9, 30), "pregnant", 45, ["teenage_parents", "weak_network"],
     "Twintig jaar, alleenstaand, woont bij haar moeder. Veel spanning thuis. Wil een vaste contactpersoon."),
    ("refused", "refused", "", None, "born", -20, ["mental_health"],
     "Moeder oogt somber sinds de bevalling; wil geen melding op naam. Situatie anoniem voorleggen."),
    ("meeting", "given", "Jolien Brouwer", D(1994, 1, 8), "pregnant", 60, ["addiction", "unsafe_situation"],
     "Rookt en drinkt, partner is soms agressief. Zij wil hulp, is bang voor Veilig Thuis."),
    ("home_visit", "given", "Naima Bouzid", D(2000, 6, 21), "pregnant", 100, ["weak_network"],
     "Eerste kind, familie woont in het buitenland. Graag een prenataal huisbezoek."),
    ("closed", "given", "Esther Mulder", D(1990, 11, 2), "born", -200, ["poverty_debts"],
     "Schulden na baanverlies. Inmiddels bij schuldhulpverlening."),
    ("duplicate", "given", "Samira El-Idrissi", D(1999, 4, 12), "pregnant", 90, ["low_literacy"],
     "Via de huisarts: zelfde zorgen als eerder gemeld bij de verloskundige?"),
]

# What the hub did with each family, in the order it happened (triage level and reasons; then the next step).
TRIAGES = {
    "consented": ("vulnerable", "Laaggeletterd, post stapelt zich op; eerst een prenataal huisbezoek door de JGZ."),
    "coordinated": ("very_vulnerable", "Jong, alleen, spanning thuis: bespreken in het casusoverleg."),
    "meeting": ("very_vulnerable", "Middelengebruik en onveiligheid: casusoverleg met het wijkteam."),
    "home_visit": ("vulnerable", "Weinig netwerk; prenataal huisbezoek aangeboden."),
    "closed": ("potentially_vulnerable", "Redt het met schuldhulp en de verloskundige; regulier verder."),
}


def secret_for(username: str) -> str:
    """A fixed, published TOTP key per demo login (hex, as django-otp stores it): local use only."""
    return hashlib.sha256(f"kansrijk-demo-totp-{username}".encode()).hexdigest()[:40]


def load(loader: DemoLoader) -> None:
    meppel = loader.coalitions[data.MEPPEL]
    for key, profession in PROFESSIONS.items():
        user = loader.users[key]
        if user.profession != profession:
            user.profession = profession
            user.save(update_fields=["profession"])
    privacy = loader.users["meppel_privacy"]
    privacy.user_permissions.add(Permission.objects.get(codename="inspect_access", content_type__app_label="cases"))
    # The receiving organisation's contact (a directory demo login) answers referrals: she needs a code too.
    receiver = User.objects.get(username=RECEIVER)
    for user in [*(loader.users[key] for key in CASE_USERS), receiver]:
        upsert(TOTPDevice, {"user": user, "name": "Kansrijk demo"},
               {"key": secret_for(user.username), "confirmed": True})

    hub = upsert(Hub, {"coalition": meppel}, {
        "name": "Knooppunt Kansrijke Start Meppel", "cadence": "three_weekly",
        "meeting_moment": "dinsdagochtend, 9.00 uur, gemeentehuis", "mailbox": f"knooppunt@{data.EMAIL_DOMAIN}"})
    for user_key, org_key, role in HUB_TEAM:
        upsert(HubMember, {"hub": hub, "user": loader.users[user_key]},
               {"organisation": loader.orgs[org_key], "role": role})

    midwife, coach = loader.users["meppel_midwife"], loader.users["meppel_coach"]
    nurse = loader.users["meppel_nurse1"]
    loader.demo_cases = {}
    for key, consent, name, born, phase, days, situations, text in FAMILIES:
        marker = f"[demo:{key}]"
        existing = next((c for c in Case.objects.filter(hub=hub).prefetch_related("signals")
                         if _has_marker(c, marker)), None)
        if existing is not None:
            loader.demo_cases[key] = existing
            continue
        when = loader.today + dt.timedelta(days=days)
        case = flow.register_signal(midwife, {
            "consent_status": consent, "consent_scope": ["hub", "share"] if consent == "given" else [],
            "consent_how": "verbal" if consent == "given" else "", "full_name": name, "date_of_birth": born,
            "phone": "06 00000000" if name else "", "email": "", "postcode": "7941 AB", "phase": phase,
            "due_date": when if phase == "pregnant" else None, "child_birth_date": when if phase == "born" else None,
            "situations": situations, "description": f"{text} {marker}",
        }, hub)
        loader.demo_cases[key] = case
        if key in TRIAGES:
            explore.triage(case, nurse, *TRIAGES[key])
    if created_meeting_cases(loader, hub):
        meeting = explore.plan_meeting(hub, nurse, loader.today - dt.timedelta(days=7), "Gemeentehuis Meppel")
        item = meeting.items.get(case=loader.demo_cases["coordinated"])
        explore.decide(item, nurse, notes="Kim wil één vast aanspreekpunt; de wijkcoach kent de familie.",
                       decision="Ayla Kaya (wijkteam) wordt regievoerder; start Stevig Ouderschap.", coordinator=coach)
        explore.add_goal(item.case, coach, "network", "Kim heeft twee mensen die ze kan bellen als het zwaar is.")
        explore.add_goal(item.case, coach, "housing", "Eigen woonruimte voor de bevalling.")
        explore.close(loader.demo_cases["closed"], nurse, "regular_care",
                      "Schuldhulp loopt, verloskundige en JGZ blijven betrokken.")
        load_referrals(loader, nurse, coach, midwife)


def load_referrals(loader: DemoLoader, nurse, coach, midwife) -> None:
    """Referrals in each state of the loop, and warm handovers to JGZ (one acknowledged, one waiting)."""
    cases = loader.demo_cases
    provider = User.objects.get(username=RECEIVER)

    def service(name: str) -> Service:
        return Service.objects.get(name=name, municipalities__code="GM0119")

    accepted = referrals.refer(cases["consented"], nurse, service("Thuisadministratie voor aanstaande ouders"),
                               mode="live", note="Post stapelt zich op; graag iemand die samen de brieven doorneemt.",
                               explicit_consent=False)
    referrals.move(accepted, "accepted", provider)
    referrals.move(accepted, "in_progress", provider)
    refused = referrals.refer(cases["coordinated"], coach, service("Babyspullen voor wie het krap heeft"),
                              mode="live", note="Kinderwagen en bedje nodig.", explicit_consent=False)
    referrals.move(refused, "rejected", provider, "no_capacity", "Voorraad op tot februari.")
    overdue = referrals.refer(cases["coordinated"], coach, service("Schuldhulpverlening gemeente Meppel"),
                              mode="live", note="Graag een eerste gesprek voor de bevalling.", explicit_consent=False)
    overdue.respond_by = loader.today - dt.timedelta(days=3)
    with set_actor(coach):
        overdue.save()
    logged = referrals.refer(cases["meeting"], nurse, service("Geldzorgen? Loket Geldzaken Meppel"), mode="logged",
                             note="Telefonisch aangemeld bij het loket.", explicit_consent=False)
    referrals.move(logged, "accepted", nurse)
    icare = loader.orgs["icare"]
    done = referrals.hand_over(cases["home_visit"], midwife, from_phase="midwife", to_phase="jgz", organisation=icare,
                               summary="Bevalling goed verlopen. Weinig familie in de buurt; graag vroeg huisbezoek.")
    referrals.acknowledge(done, loader.users["meppel_nurse2"])
    referrals.hand_over(cases["consented"], midwife, from_phase="midwife", to_phase="jgz", organisation=icare,
                        summary="Leest moeilijk Nederlands: spreek af met een tolk of haar zus.")


def created_meeting_cases(loader: DemoLoader, hub: Hub) -> bool:
    """Whether this load made the families (a second load finds them and changes nothing)."""
    return not hub.meetings.exists()


def _has_marker(case: Case, marker: str) -> bool:
    # Descriptions are encrypted: the marker is checked in Python, over the hub's few demo cases.
    return any(marker in s.description for s in case.signals.all())
