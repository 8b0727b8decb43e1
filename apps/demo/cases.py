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

from django.contrib.auth.models import Permission
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.cases import flow
from apps.cases.models import Case, Hub, HubMember
from apps.demo import data
from apps.demo.upsert import upsert

if TYPE_CHECKING:
    from apps.demo.loader import DemoLoader

# Who does what in the demo's case flow (user keys of data.USERS) and the profession the maintainer recorded.
PROFESSIONS = {"meppel_midwife": "midwife", "meppel_nurse1": "jgz", "meppel_nurse2": "jgz",
               "meppel_coach": "neighbourhood_team"}
HUB_TEAM = [("meppel_nurse1", "icare", "chair"), ("meppel_nurse2", "icare", "member"),
            ("meppel_coach", "wijkteam_meppel", "member")]
CASE_USERS = [*PROFESSIONS, "meppel_privacy"]

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
]


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
    for key in CASE_USERS:
        user = loader.users[key]
        upsert(TOTPDevice, {"user": user, "name": "Kansrijk demo"},
               {"key": secret_for(user.username), "confirmed": True})

    hub = upsert(Hub, {"coalition": meppel}, {
        "name": "Knooppunt Kansrijke Start Meppel", "cadence": "three_weekly",
        "meeting_moment": "dinsdagochtend, 9.00 uur, gemeentehuis", "mailbox": f"knooppunt@{data.EMAIL_DOMAIN}"})
    for user_key, org_key, role in HUB_TEAM:
        upsert(HubMember, {"hub": hub, "user": loader.users[user_key]},
               {"organisation": loader.orgs[org_key], "role": role})

    midwife, coach = loader.users["meppel_midwife"], loader.users["meppel_coach"]
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
        if key == "coordinated":
            case.care_coordinator = coach
            case.save()
        loader.demo_cases[key] = case


def _has_marker(case: Case, marker: str) -> bool:
    # Descriptions are encrypted: the marker is checked in Python, over the hub's few demo cases.
    return any(marker in s.description for s in case.signals.all())
