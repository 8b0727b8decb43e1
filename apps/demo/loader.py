# SPDX-License-Identifier: EUPL-1.2
"""The demo, loadable from code: `DemoLoader(password).load()` writes Meppel, the region Noord- en Midden-Limburg,
their local coalitions, the directory and monitoring demo, and the demo logins; `report()` lists the logins.

Idempotent: every object is looked up by a natural key and updated in place (apps/demo/upsert.py), so loading twice
leaves the same data. The content lives in apps/demo/data.py; `manage.py demo` only wraps this.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.hashers import check_password, make_password

from apps.accounts.models import User
from apps.assessments import services as assessments
from apps.assessments.models import AssessmentItem, SelfAssessment
from apps.coalitions.choices import Role
from apps.coalitions.models import Coalition, Membership, Partner
from apps.demo import cases as cases_demo
from apps.demo import data, meppel, region
from apps.demo import directory as directory_demo
from apps.demo import monitoring as monitoring_demo
from apps.demo.upsert import upsert
from apps.meetings.models import Meeting
from apps.organisations.models import Organisation
from apps.plans import services as plans
from apps.plans.models import Ambition, Goal
from apps.reference.models import Municipality

URL = "http://127.0.0.1:8000"


class DemoLoader:
    """Holds what the parts of the demo share (organisations, users, coalitions by key) while they load."""

    def __init__(self, password: str, today: dt.date | None = None, stdout=None) -> None:
        self.password = password
        self.today = today or dt.date.today()
        self.stdout = stdout  # the parts say what they loaded here (a command's output), if given

    def load(self) -> None:
        self.municipalities = {m.code: m for m in Municipality.objects.filter(
            code__in=[*data.REGION_MUNICIPALITIES, "GM0119"])}
        self.orgs = self.load_organisations()
        self.users = self.load_users()
        self.coalitions: dict[str, Coalition] = {}
        meppel.load_meppel(self)
        region.load_region(self)
        for spec in data.LOCAL_COALITIONS:
            region.load_local(self, spec)
        for coalition in self.coalitions.values():
            self.join(coalition)
        # The directory builds on the organisations and coalitions; monitoring reads from both.
        directory_demo.load(self)
        monitoring_demo.load(self)
        cases_demo.load(self)

    def load_organisations(self) -> dict[str, Organisation]:
        orgs = {}
        for key, (name, code, description) in data.ORGANISATIONS.items():
            orgs[key] = upsert(Organisation, {"name": name, "municipality": self.municipalities.get(code)},
                               {"description": description})
        for code in data.REGION_MUNICIPALITIES:
            municipality = self.municipalities[code]
            orgs[f"gm_{code}"] = upsert(Organisation, {"name": f"Gemeente {municipality.name}",
                                                       "municipality": municipality})
        return orgs

    def load_users(self) -> dict[str, User]:
        encoded: str | None = None
        verified: dict[str, bool] = {}
        users = {}
        for key, (username, first, last, job_title, org_key) in data.USERS.items():
            user = User.objects.filter(username=username).first() or User(username=username)
            user.first_name, user.last_name, user.job_title = first, last, job_title
            user.email = f"{first}.{last}".lower().replace(" ", "") + f"@{data.EMAIL_DOMAIN}"
            user.is_active = True
            user.is_staff = user.is_superuser = key == "admin"
            # Argon2 is slow on purpose: hash the demo password once and check each distinct stored hash once.
            if user.password not in verified:
                verified[user.password] = bool(user.password) and check_password(self.password, user.password)
            if not verified[user.password]:
                encoded = encoded or make_password(self.password)
                user.password = encoded
            user.save()
            if org_key:
                user.organisations.set([self.orgs[org_key]])
            users[key] = user
        return users

    def coalition(self, spec: dict, **extra) -> Coalition:
        fields = ("status", "in_talks_since", "preparing_since", "formed_on", "monitoring_participation",
                  "description")
        values = {f: spec[f] for f in fields} | extra
        coalition = upsert(Coalition, {"name": spec["name"]}, values)
        self.coalitions[coalition.name] = coalition
        return coalition

    def partner(self, coalition: Coalition, org_key: str, partner_type: str, domain: str, **values) -> Partner:
        return upsert(Partner, {"coalition": coalition, "organisation": self.orgs[org_key]},
                      {"partner_type": partner_type, "domain": domain, **values})

    def plan(self, coalition: Coalition, spec: dict, ambitions: list[str], goals: list[dict]):
        plan = plans.plan_for(coalition)
        for field in ("title", "summary", "starting_situation", "period_start", "period_end"):
            setattr(plan, field, spec.get(field, "" if field in ("summary", "starting_situation") else None))
        plan.full_clean()
        plan.save()
        ambition_objs = [upsert(Ambition, {"plan": plan, "order": i}, {"text": text})
                         for i, text in enumerate(ambitions, start=1)]
        for order, goal in enumerate(goals, start=1):
            number = goal.pop("ambition", None)
            ambition = ambition_objs[number - 1] if number else None
            upsert(Goal, {"plan": plan, "title": goal.pop("title")}, {"ambition": ambition, "order": order, **goal})
        if spec.get("adopted_on") and not plan.versions.exists():
            plans.adopt(plan, spec["adopted_on"], spec["adopted_by"], self.lead_of(coalition))
        return plan

    def join(self, coalition: Coalition) -> None:
        """The demo people's memberships of this coalition (before anyone acts in it, e.g. decides a request)."""
        for name, user_key, role, since in data.MEMBERSHIPS:
            if name == coalition.name:
                upsert(Membership, {"coalition": coalition, "user": self.users[user_key], "role": role},
                       {"since": since})

    def lead_of(self, coalition: Coalition) -> User | None:
        for name, user_key, role, _since in data.MEMBERSHIPS:
            if name == coalition.name and role in (Role.PROJECT_LEAD, Role.REGIONAL_COORDINATOR):
                return self.users[user_key]
        return None

    def assessment(self, coalition: Coalition, framework: str, snapshots: dict, user: User | None) -> None:
        for taken_on, items in snapshots.items():
            existing = SelfAssessment.objects.filter(coalition=coalition, framework=framework,
                                                     taken_on=taken_on).first()
            if existing is None:
                assessments.record(coalition, framework, taken_on, items, user)
                continue
            for point, (status, note, next_steps) in items.items():
                upsert(AssessmentItem, {"assessment": existing, "point": point},
                       {"status": status, "note": note, "next_steps": next_steps})

    def meeting(self, coalition: Coalition, title: str, kind: str, date: dt.date, location: str, notes: str):
        return upsert(Meeting, {"coalition": coalition, "title": title},
                      {"kind": kind, "date": date, "location": location, "notes": notes})

    def report(self) -> str:
        roles = dict(Role.choices)
        rows = [("beheerder", "beheerder (Django-beheer: /beheer/)", "alle coalities")]
        for name, user_key, role, _since in data.MEMBERSHIPS:
            username = data.USERS[user_key][0]
            if any(r[0] == username for r in rows):
                continue
            rows.append((username, str(roles[role]), name))
        # Contacts of provider organisations keep their own listings in the service directory.
        for username in getattr(self, "directory_logins", {}):
            employers = User.objects.get(username=username).organisations.order_by("name").values_list("name", flat=True)
            rows.append((username, "aanbieder (sociale kaart)", ", ".join(employers)))
        case_roles = {"meppel_midwife": "verloskundige (signaleert)", "meppel_nurse1": "knooppunt (voorzitter, JGZ)",
                      "meppel_coach": "regievoerder (wijkteam)", "meppel_privacy": "privacyfunctionaris"}
        for key, role in case_roles.items():
            rows.append((data.USERS[key][0], role, "casussen Meppel (met tweestapscode)"))
        rows.append(("aanbieder.meppel", "ontvangende organisatie (verwijzingen)", "casussen Meppel (met tweestapscode)"))
        width = max(len(r[0]) for r in rows) + 2
        role_width = max(len(r[1]) for r in rows) + 2
        lines = [
            "",
            "=" * 78,
            "Kansrijk-demo staat klaar.",
            f"Open {URL} en log in met een van deze accounts.",
            f"Wachtwoord voor alle demo-accounts: {self.password}",
            "-" * 78,
            f"{'Gebruikersnaam':<{width}}{'Rol':<{role_width}}Coalitie",
            *[f"{u:<{width}}{r:<{role_width}}{c}" for u, r, c in rows],
            "-" * 78,
            f"Coalities: {Coalition.objects.filter(name__in=self.coalitions).count()} "
            f"(Meppel, de regio Noord- en Midden-Limburg met {len(data.REGION_MUNICIPALITIES)} gemeenten en "
            f"{len(data.LOCAL_COALITIONS)} lokale coalities).",
            "Casussen vragen tweestapsverificatie. De code voor een demo-account staat klaar met:",
            "  .venv/bin/python manage.py demo_code <gebruikersnaam>",
            "Alleen voor lokaal gebruik: deze accounts hebben een bekend wachtwoord en een bekende tweestapssleutel.",
            "=" * 78,
            "",
        ]
        return "\n".join(lines)
