# SPDX-License-Identifier: EUPL-1.2
"""Noord- en Midden-Limburg (seed 003): the regional coalition with covenant, themes and meetings, and its local
coalitions in different stages."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from apps.actions.models import Action, WorkingGroup
from apps.agreements.models import Agreement, Covenant, Signatory
from apps.coalitions.choices import Scope
from apps.coalitions.models import Theme
from apps.demo import data
from apps.demo.upsert import upsert
from apps.meetings.models import Attendance, Output

if TYPE_CHECKING:
    from apps.demo.loader import DemoLoader


def load_region(loader: DemoLoader) -> None:
    region = loader.coalition(data.REGION_COALITION, scope=Scope.REGIONAL, municipality=None, region=None)
    region.municipalities.set([loader.municipalities[c] for c in data.REGION_MUNICIPALITIES])
    themes = [upsert(Theme, {"coalition": region, "name": name}, {"order": order})
              for order, name in enumerate(data.REGION_THEMES, start=1)]

    covenant = upsert(Covenant, {"coalition": region, "title": data.REGION_COVENANT["title"]},
                      {"signed_on": data.REGION_COVENANT["signed_on"],
                       "valid_until": data.REGION_COVENANT["valid_until"]})
    signatories = {f"gm_{code}": ("municipality", "municipal") for code in data.REGION_MUNICIPALITIES}
    signatories |= data.REGION_SIGNATORIES
    for org_key, (partner_type, domain) in signatories.items():
        loader.partner(region, org_key, partner_type, domain, covenant_signed=True,
                     joined_on=data.REGION_COVENANT["signed_on"])
        upsert(Signatory, {"covenant": covenant, "organisation": loader.orgs[org_key]},
               {"signed_by": "Wethouder" if partner_type == "municipality" else "Bestuurder",
                "signed_on": data.REGION_COVENANT["signed_on"]})
    for org_key, (partner_type, domain) in data.REGION_LATER_PARTNERS.items():
        loader.partner(region, org_key, partner_type, domain, joined_on=dt.date(2023, 5, 25))

    goals = [{"theme": themes[number - 1], "title": title, "topics": topics, "action_line": ""}
             for number, title, topics in data.REGION_GOALS]
    loader.plan(region, data.REGION_PLAN, [], goals)

    for name, theme, owner, contact in data.REGION_WORKING_GROUPS:
        upsert(WorkingGroup, {"coalition": region, "name": name},
               {"theme": theme, "action_owner": owner, "project_group_contact": contact, "active": True})
    for number, title, status, line, description in data.REGION_ACTIONS:
        upsert(Action, {"coalition": region, "title": title},
               {"theme": themes[number - 1], "status": status, "action_line": line, "description": description,
                "term": "long" if status == "sown" else "short"})

    for title, date, location, notes, rows in data.REGION_MEETINGS:
        meeting = loader.meeting(region, title, "coalition", date, location, notes)
        for code, attendees, connections in rows:
            upsert(Attendance, {"meeting": meeting, "organisation": None,
                                "municipality": loader.municipalities[code]},
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
        agreement.parties.set([loader.orgs[k] for k in parties])
    loader.assessment(region, "principles", data.REGION_PRINCIPLES, loader.users["region_coord"])

def load_local(loader: DemoLoader, spec: dict) -> None:
    region = loader.coalitions[data.REGION]
    coalition = loader.coalition(spec, scope=Scope.LOCAL, municipality=loader.municipalities[spec["municipality"]],
                               region=region)
    for org_key, (partner_type, domain) in spec["partners"].items():
        loader.partner(coalition, org_key, partner_type, domain, joined_on=spec["in_talks_since"])
    if spec["plan"]:
        goals = [{"action_line": line, "title": title, "topics": topics} for line, title, topics in spec["goals"]]
        loader.plan(coalition, spec["plan"], [], goals)
    for subject, level, parties, concluded in spec["agreements"]:
        agreement = upsert(Agreement, {"coalition": coalition, "subject": subject},
                           {"level": level, "concluded_on": concluded})
        agreement.parties.set([loader.orgs[k] for k in parties])
