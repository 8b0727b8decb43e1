# SPDX-License-Identifier: EUPL-1.2
"""Kansrijke Start Meppel (seed 000): project group, plan, working groups and actions, meetings, budget, agreements."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from apps.actions.models import Action, ProgressNote, ReviewItem, WorkingGroup, YearlyReview
from apps.agreements.models import Agreement
from apps.budgets import services as budgets
from apps.budgets.models import BudgetLine, CostRequest, RequestStatus
from apps.coalitions.choices import Scope
from apps.coalitions.models import Coalition
from apps.demo import data
from apps.demo.upsert import upsert
from apps.meetings.models import Attendance, Output

if TYPE_CHECKING:
    from apps.demo.loader import DemoLoader


def load_meppel(loader: DemoLoader) -> None:
    spec = data.MEPPEL_COALITION
    meppel = loader.coalition(spec, scope=Scope.LOCAL, municipality=loader.municipalities[spec["municipality"]],
                            region=None)
    for org_key, (partner_type, domain, contact, joined) in data.MEPPEL_PARTNERS.items():
        slug = contact.lower().replace(" ", "")
        loader.partner(meppel, org_key, partner_type, domain, contact_name=contact, joined_on=joined,
                     contact_email=f"{slug}@{data.EMAIL_DOMAIN}")

    goals = [{"action_line": line, "ambition": ambition, "title": title, "description": description,
              "measure": measure, "topics": topics}
             for line, ambition, title, description, measure, topics in data.MEPPEL_GOALS]
    loader.plan(meppel, data.MEPPEL_PLAN, data.MEPPEL_AMBITIONS, goals)

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
        upsert(ProgressNote, {"action": actions[title], "date": date}, {"text": text, "author": loader.users[author]})

    review_spec = data.MEPPEL_REVIEW
    review = upsert(YearlyReview, {"coalition": meppel, "year": review_spec["year"]},
                    {"held_on": review_spec["held_on"], "summary": review_spec["summary"]})
    for title, decision, note in review_spec["items"]:
        upsert(ReviewItem, {"review": review, "action": actions[title]}, {"decision": decision, "note": note})

    for title, kind, date, location, notes, rows in data.MEPPEL_MEETINGS:
        meeting = loader.meeting(meppel, title, kind, date or loader.today + dt.timedelta(days=14), location, notes)
        for org_key, attendees, connections in rows:
            upsert(Attendance, {"meeting": meeting, "organisation": loader.orgs[org_key], "municipality": None},
                   {"attendees": attendees, "new_connections": connections})
    for title, kind, date, quantity in data.MEPPEL_OUTPUTS:
        upsert(Output, {"coalition": meppel, "kind": kind, "title": title}, {"date": date, "quantity": quantity})

    for year, source, description, amount in data.MEPPEL_BUDGET:
        upsert(BudgetLine, {"coalition": meppel, "year": year or loader.today.year, "source": source},
               {"description": description, "amount": amount})
    loader.join(meppel)  # the project lead decides cost requests with her own right to (the status table checks)
    cost_requests(loader, meppel, groups)

    for subject, level, parties, concluded, valid_until, description in data.MEPPEL_AGREEMENTS:
        agreement = upsert(Agreement, {"coalition": meppel, "subject": subject},
                           {"level": level, "concluded_on": concluded, "valid_until": valid_until,
                            "description": description})
        agreement.parties.set([loader.orgs[k] for k in parties])

    loader.assessment(meppel, "securing", data.MEPPEL_SECURING, loader.users["meppel_lead"])

def cost_requests(loader: DemoLoader, meppel: Coalition, groups: dict[int, WorkingGroup]) -> None:
    lead = loader.users["meppel_lead"]
    for (year, group, title, description, amount, submitted, requester, approve,
         note) in data.MEPPEL_COST_REQUESTS:
        year = year or loader.today.year
        submitted = submitted or max(dt.date(year, 1, 2), loader.today - dt.timedelta(days=30))
        request = upsert(CostRequest, {"coalition": meppel, "year": year, "title": title}, {
            "working_group": groups[group], "description": description, "amount": amount,
            "submitted_on": submitted, "requested_by": loader.users[requester]})
        if approve is not None and request.status == RequestStatus.SUBMITTED:
            # Through the service, so an approval can never exceed what is left of the year's budget.
            budgets.decide(request, approve, lead, note, on=min(submitted + dt.timedelta(days=14), loader.today))
