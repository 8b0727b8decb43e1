# SPDX-License-Identifier: EUPL-1.2
"""The local step plan reflects what the workspace holds."""

from __future__ import annotations

import datetime as dt

from apps.assessments import services
from apps.core.testing import factories as f
from apps.plans.models import Plan


def steps(client, coalition) -> tuple[dict, dict]:
    response = client.get(f"/coalities/{coalition.pk}/stappenplan/")
    assert response.status_code == 200
    return ({s.number: s for s in response.context["starting"]}, {s.number: s for s in response.context["underway"]})


def test_a_new_coalition_has_only_its_project_lead(client_a, coalition_a):
    starting, underway = steps(client_a, coalition_a)

    assert [n for n, s in starting.items() if s.covered] == [1]
    assert starting[1].evidence == "1 projectleider(s)/regiocoördinator(en)"
    assert starting[2].evidence == "Domeinen: geen"
    assert not any(s.covered for s in underway.values())
    page = client_a.get(f"/coalities/{coalition_a.pk}/stappenplan/").content.decode()
    assert page.count("Nog te doen") == 8


def test_the_steps_turn_covered_as_the_data_appears(client_a, coalition_a, lead_a):
    f.PartnerFactory(coalition=coalition_a, domain="medical", partner_type="midwife")
    f.PartnerFactory(coalition=coalition_a, domain="social", partner_type="jgz")
    plan = f.PlanFactory(coalition=coalition_a)
    Plan.objects.filter(pk=plan.pk).update(starting_situation="Big2 boven het landelijk gemiddelde.")
    f.GoalFactory(plan=plan)
    client_a.post(f"/coalities/{coalition_a.pk}/plan/vaststellen/",
                  {"adopted_on": dt.date.today().isoformat(), "adopted_by": "projectgroep"})
    f.WorkingGroupFactory(coalition=coalition_a)
    f.AgreementFactory(coalition=coalition_a)
    f.ActionFactory(coalition=coalition_a, status="in_bloom")
    f.ActionFactory(coalition=coalition_a, status="sown")

    starting, underway = steps(client_a, coalition_a)

    assert [n for n, s in starting.items() if s.covered] == [1, 2, 3, 4, 5]
    assert starting[2].evidence == "Domeinen: medisch domein, sociaal/publiek domein"
    assert starting[3].evidence == "Uitgangssituatie beschreven; plan vastgesteld"
    assert starting[4].evidence == "1 actieve werkgroep(en), 1 afspraak/convenant(en)"
    assert starting[5].evidence == "1 acties in knop, in bloei of afgerond"
    assert [n for n, s in underway.items() if s.covered] == [3]

    services.record(coalition_a, "securing", dt.date.today(), {1: ("started", "", "")}, lead_a)
    client_a.post(f"/coalities/{coalition_a.pk}/evaluaties/nieuw/",
                  {"year": dt.date.today().year, "held_on": dt.date.today().isoformat()})

    starting, underway = steps(client_a, coalition_a)
    assert all(s.covered for s in starting.values())
    assert all(s.covered for s in underway.values())


def test_a_review_older_than_a_year_does_not_count_as_recent(client_a, coalition_a):
    old = dt.date.today() - dt.timedelta(days=400)
    client_a.post(f"/coalities/{coalition_a.pk}/evaluaties/nieuw/", {"year": old.year, "held_on": old.isoformat()})

    starting, underway = steps(client_a, coalition_a)

    assert not starting[6].covered
    assert not underway[2].covered
    assert underway[2].evidence == "Jaarevaluatie in de afgelopen twaalf maanden: nee"
