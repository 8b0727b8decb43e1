# SPDX-License-Identifier: EUPL-1.2
"""`manage.py demo`: load (or refresh) the demo coalitions Meppel and Noord- en Midden-Limburg with demo logins.

Idempotent: every object is looked up by a natural key and updated in place, so running it twice leaves the
same data. Everything runs in one transaction. The content lives in apps/demo/data.py.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction

from apps.accounts.models import User
from apps.actions.models import Action, ProgressNote, ReviewItem, WorkingGroup, YearlyReview
from apps.agreements.models import Agreement, Covenant, Signatory
from apps.assessments import services as assessments
from apps.assessments.models import AssessmentItem, SelfAssessment
from apps.budgets import services as budgets
from apps.budgets.models import BudgetLine, CostRequest, RequestStatus
from apps.coalitions.choices import Role, Scope
from apps.coalitions.models import Coalition, Membership, Partner, Theme
from apps.demo import data
from apps.directory import demo as directory_demo
from apps.meetings.models import Attendance, Meeting, Output
from apps.monitoring import demo as monitoring_demo
from apps.organisations.models import Organisation
from apps.plans import services as plans
from apps.plans.models import Ambition, Goal
from apps.reference.models import Municipality
from kansrijk.env import envbool

DEFAULT_PASSWORD = "kansrijk-demo"  # noqa: S105 - a published demo password, local use only
URL = "http://127.0.0.1:8000"


def upsert(model: type[models.Model], keys: dict[str, Any], values: dict[str, Any] | None = None) -> Any:
    """Find the object by its natural key (or make it), set `values`, validate and save only when something changed."""
    obj = model.objects.filter(**keys).order_by("pk").first()
    changed = obj is None
    if obj is None:
        obj = model(**keys)
    for name, value in (values or {}).items():
        field = model._meta.get_field(name)
        if field.many_to_one:
            current, new = getattr(obj, field.attname), (value.pk if value is not None else None)
        else:
            current, new = getattr(obj, name), value
        if current != new:
            setattr(obj, name, value)
            changed = True
    if changed:
        # Field and model rules (Model.clean) are checked; related objects were just loaded and the natural key
        # lookup above already keeps the object unique, so those (query-heavy) checks are skipped.
        related = [f.name for f in model._meta.concrete_fields if f.many_to_one]
        obj.full_clean(exclude=related, validate_unique=False, validate_constraints=False)
        obj.save()
    return obj


class Command(BaseCommand):
    help = ("Laadt de demo: Kansrijke Start Meppel en de regio Noord- en Midden-Limburg met lokale coalities, "
            "plus demo-logins (wachtwoord uit DEMO_PASSWORD, standaard ‘kansrijk-demo’). Opnieuw draaien werkt "
            "de demo bij zonder dubbelingen. Alleen voor lokaal gebruik.")

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true",
                            help="Ook draaien zonder DEBUG of KANSRIJK_DEV (maakt logins met een bekend wachtwoord!).")

    def handle(self, *args, **options):
        if not (settings.DEBUG or envbool("KANSRIJK_DEV", False) or options["force"]):
            raise CommandError("De demo maakt logins met een bekend wachtwoord en is alleen voor lokaal gebruik. "
                               "Zet KANSRIJK_DEV=1 of gebruik --force.")
        if not Municipality.objects.filter(code="GM0119").exists():
            raise CommandError("De referentiegegevens (gemeenten) ontbreken. Draai eerst ‘manage.py migrate’.")
        self.password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        self.today = dt.date.today()
        with transaction.atomic():
            self.load()
        self.report()

    # ---------------------------------------------------------------------------------------------
    def load(self) -> None:
        self.municipalities = {m.code: m for m in Municipality.objects.filter(
            code__in=[*data.REGION_MUNICIPALITIES, "GM0119"])}
        self.orgs = self.load_organisations()
        self.users = self.load_users()
        self.coalitions: dict[str, Coalition] = {}
        self.load_meppel()
        self.load_region()
        for spec in data.LOCAL_COALITIONS:
            self.load_local(spec)
        for name, user_key, role, since in data.MEMBERSHIPS:
            upsert(Membership, {"coalition": self.coalitions[name], "user": self.users[user_key], "role": role},
                   {"since": since})
        # The directory builds on the organisations and coalitions; monitoring reads from both.
        directory_demo.load(self)
        monitoring_demo.load(self)

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

    # ---------------------------------------------------------------------------------------------
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

    # ---------------------------------------------------------------------------------------------
    def load_meppel(self) -> None:
        spec = data.MEPPEL_COALITION
        meppel = self.coalition(spec, scope=Scope.LOCAL, municipality=self.municipalities[spec["municipality"]],
                                region=None)
        for org_key, (partner_type, domain, contact, joined) in data.MEPPEL_PARTNERS.items():
            slug = contact.lower().replace(" ", "")
            self.partner(meppel, org_key, partner_type, domain, contact_name=contact, joined_on=joined,
                         contact_email=f"{slug}@{data.EMAIL_DOMAIN}")

        goals = [{"action_line": line, "ambition": ambition, "title": title, "description": description,
                  "measure": measure, "topics": topics}
                 for line, ambition, title, description, measure, topics in data.MEPPEL_GOALS]
        self.plan(meppel, data.MEPPEL_PLAN, data.MEPPEL_AMBITIONS, goals)

        groups = {number: upsert(WorkingGroup, {"coalition": meppel, "name": name},
                                 {"theme": theme, "action_owner": owner, "project_group_contact": contact,
                                  "active": True})
                  for number, name, theme, owner, contact in data.MEPPEL_WORKING_GROUPS}
        actions = {}
        for number, title, line, term, status, due, description in data.MEPPEL_ACTIONS:
            group = groups[number]
            actions[title] = upsert(Action, {"coalition": meppel, "title": title}, {
                "working_group": group, "description": description, "owner": group.action_owner,
                "action_line": line, "term": term, "status": status, "due_date": due})
        for title, date, text, author in data.MEPPEL_NOTES:
            upsert(ProgressNote, {"action": actions[title], "date": date}, {"text": text, "author": self.users[author]})

        review_spec = data.MEPPEL_REVIEW
        review = upsert(YearlyReview, {"coalition": meppel, "year": review_spec["year"]},
                        {"held_on": review_spec["held_on"], "summary": review_spec["summary"]})
        for title, decision, note in review_spec["items"]:
            upsert(ReviewItem, {"review": review, "action": actions[title]}, {"decision": decision, "note": note})

        for title, kind, date, location, notes, rows in data.MEPPEL_MEETINGS:
            meeting = self.meeting(meppel, title, kind, date or self.today + dt.timedelta(days=14), location, notes)
            for org_key, attendees, connections in rows:
                upsert(Attendance, {"meeting": meeting, "organisation": self.orgs[org_key], "municipality": None},
                       {"attendees": attendees, "new_connections": connections})
        for title, kind, date, quantity in data.MEPPEL_OUTPUTS:
            upsert(Output, {"coalition": meppel, "kind": kind, "title": title}, {"date": date, "quantity": quantity})

        for year, source, description, amount in data.MEPPEL_BUDGET:
            upsert(BudgetLine, {"coalition": meppel, "year": year or self.today.year, "source": source},
                   {"description": description, "amount": amount})
        self.cost_requests(meppel, groups)

        for subject, level, parties, concluded, valid_until, description in data.MEPPEL_AGREEMENTS:
            agreement = upsert(Agreement, {"coalition": meppel, "subject": subject},
                               {"level": level, "concluded_on": concluded, "valid_until": valid_until,
                                "description": description})
            agreement.parties.set([self.orgs[k] for k in parties])

        self.assessment(meppel, "securing", data.MEPPEL_SECURING, self.users["meppel_lead"])

    def cost_requests(self, meppel: Coalition, groups: dict[int, WorkingGroup]) -> None:
        lead = self.users["meppel_lead"]
        for (year, group, title, description, amount, submitted, requester, approve,
             note) in data.MEPPEL_COST_REQUESTS:
            year = year or self.today.year
            submitted = submitted or max(dt.date(year, 1, 2), self.today - dt.timedelta(days=30))
            request = upsert(CostRequest, {"coalition": meppel, "year": year, "title": title}, {
                "working_group": groups[group], "description": description, "amount": amount,
                "submitted_on": submitted, "requested_by": self.users[requester]})
            if approve is not None and request.status == RequestStatus.SUBMITTED:
                # Through the service, so an approval can never exceed what is left of the year's budget.
                budgets.decide(request, approve, lead, note, on=min(submitted + dt.timedelta(days=14), self.today))

    # ---------------------------------------------------------------------------------------------
    def load_region(self) -> None:
        region = self.coalition(data.REGION_COALITION, scope=Scope.REGIONAL, municipality=None, region=None)
        region.municipalities.set([self.municipalities[c] for c in data.REGION_MUNICIPALITIES])
        themes = [upsert(Theme, {"coalition": region, "name": name}, {"order": order})
                  for order, name in enumerate(data.REGION_THEMES, start=1)]

        covenant = upsert(Covenant, {"coalition": region, "title": data.REGION_COVENANT["title"]},
                          {"signed_on": data.REGION_COVENANT["signed_on"],
                           "valid_until": data.REGION_COVENANT["valid_until"]})
        signatories = {f"gm_{code}": ("municipality", "municipal") for code in data.REGION_MUNICIPALITIES}
        signatories |= data.REGION_SIGNATORIES
        for org_key, (partner_type, domain) in signatories.items():
            self.partner(region, org_key, partner_type, domain, covenant_signed=True,
                         joined_on=data.REGION_COVENANT["signed_on"])
            upsert(Signatory, {"covenant": covenant, "organisation": self.orgs[org_key]},
                   {"signed_by": "Wethouder" if partner_type == "municipality" else "Bestuurder",
                    "signed_on": data.REGION_COVENANT["signed_on"]})
        for org_key, (partner_type, domain) in data.REGION_LATER_PARTNERS.items():
            self.partner(region, org_key, partner_type, domain, joined_on=dt.date(2023, 5, 25))

        goals = [{"theme": themes[number - 1], "title": title, "topics": topics, "action_line": ""}
                 for number, title, topics in data.REGION_GOALS]
        self.plan(region, data.REGION_PLAN, [], goals)

        for name, theme, owner, contact in data.REGION_WORKING_GROUPS:
            upsert(WorkingGroup, {"coalition": region, "name": name},
                   {"theme": theme, "action_owner": owner, "project_group_contact": contact, "active": True})
        for number, title, status, line, description in data.REGION_ACTIONS:
            upsert(Action, {"coalition": region, "title": title},
                   {"theme": themes[number - 1], "status": status, "action_line": line, "description": description,
                    "term": "long" if status == "sown" else "short"})

        for title, date, location, notes, rows in data.REGION_MEETINGS:
            meeting = self.meeting(region, title, "coalition", date, location, notes)
            for code, attendees, connections in rows:
                upsert(Attendance, {"meeting": meeting, "organisation": None,
                                    "municipality": self.municipalities[code]},
                       {"attendees": attendees, "new_connections": connections})
        for number, date in enumerate(data.REGION_NEWSLETTER_DATES, start=1):
            upsert(Output, {"coalition": region, "kind": "newsletter",
                            "title": f"Nieuwsbrief Kansrijke Start Noord- en Midden-Limburg nr. {number}"},
                   {"date": date, "quantity": 1})
        for title, kind, date, quantity in data.REGION_OUTPUTS:
            upsert(Output, {"coalition": region, "kind": kind, "title": title}, {"date": date, "quantity": quantity})

        for subject, level, parties, concluded, description in data.REGION_AGREEMENTS:
            agreement = upsert(Agreement, {"coalition": region, "subject": subject},
                               {"level": level, "concluded_on": concluded, "description": description})
            agreement.parties.set([self.orgs[k] for k in parties])
        self.assessment(region, "principles", data.REGION_PRINCIPLES, self.users["region_coord"])

    def load_local(self, spec: dict) -> None:
        region = self.coalitions[data.REGION]
        coalition = self.coalition(spec, scope=Scope.LOCAL, municipality=self.municipalities[spec["municipality"]],
                                   region=region)
        for org_key, (partner_type, domain) in spec["partners"].items():
            self.partner(coalition, org_key, partner_type, domain, joined_on=spec["in_talks_since"])
        if spec["plan"]:
            goals = [{"action_line": line, "title": title, "topics": topics} for line, title, topics in spec["goals"]]
            self.plan(coalition, spec["plan"], [], goals)
        for subject, level, parties, concluded in spec["agreements"]:
            agreement = upsert(Agreement, {"coalition": coalition, "subject": subject},
                               {"level": level, "concluded_on": concluded})
            agreement.parties.set([self.orgs[k] for k in parties])

    # ---------------------------------------------------------------------------------------------
    def report(self) -> None:
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
            "Alleen voor lokaal gebruik: deze accounts hebben een bekend wachtwoord.",
            "=" * 78,
            "",
        ]
        self.stdout.write("\n".join(lines))
