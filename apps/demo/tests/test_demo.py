# SPDX-License-Identifier: EUPL-1.2
"""The demo command: idempotent, faithful to the seed documents, and its logins work."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db.models import Sum

from apps.accounts.models import User
from apps.actions.models import Action, ActionStatus, WorkingGroup
from apps.agreements.models import Covenant
from apps.assessments.models import SelfAssessment
from apps.assessments.requirements import check
from apps.assessments.services import compare
from apps.budgets.services import year_budget
from apps.coalitions.models import Coalition
from apps.demo import data
from apps.meetings.models import Attendance, Meeting, Output
from apps.plans.models import GoalTopic

DOMAIN_APPS = ("accounts", "organisations", "coalitions", "plans", "actions", "meetings", "agreements", "budgets",
               "assessments", "cases")


@pytest.fixture(autouse=True)
def dev_mode(monkeypatch):
    monkeypatch.setenv("KANSRIJK_DEV", "1")
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)


def run_demo() -> str:
    out = StringIO()
    call_command("demo", stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models() if m._meta.app_label in DOMAIN_APPS}


@pytest.mark.django_db
def test_running_the_demo_twice_leaves_the_same_data():
    run_demo()
    first = counts()
    output = run_demo()
    assert counts() == first
    assert first["coalitions.Coalition"] == 6
    assert first["agreements.Signatory"] == 41
    assert first["meetings.Attendance"] > 50
    assert "http://127.0.0.1:8000" in output
    assert "kansrijk-demo" in output
    for username in ("beheerder", "projectleider", "regiocoordinator", "meelezer"):
        assert username in output


@pytest.mark.django_db
def test_meppel_has_its_project_group_working_groups_plan_budget_and_securing_snapshots():
    run_demo()
    meppel = Coalition.objects.get(name=data.MEPPEL)
    assert meppel.municipality.code == "GM0119" and meppel.status == "formed" and meppel.monitoring_participation

    roles = sorted(meppel.memberships.values_list("role", flat=True))
    assert roles.count("core_group") == 5 and roles.count("project_lead") == 1
    assert all(u.email.endswith("@kansrijk-demo.invalid") for u in (m.user for m in meppel.memberships.all()))

    groups = WorkingGroup.objects.filter(coalition=meppel)
    assert groups.count() == 8
    assert all(g.action_owner and g.project_group_contact for g in groups)
    actions = Action.objects.filter(coalition=meppel)
    assert set(actions.values_list("status", flat=True)) == {"sown", "in_bud", "in_bloom", "done"}
    assert set(actions.values_list("term", flat=True)) == {"short", "long"}
    assert {"before", "during", "after"} <= set(actions.values_list("action_line", flat=True))
    assert all(a.working_group_id for a in actions)

    plan = meppel.plan
    assert plan.ambitions.count() == 2
    assert set(plan.goals.values_list("action_line", flat=True)) == {"before", "during", "after"}
    assert plan.versions.count() == 1 and len(plan.latest_version.content["goals"]) == plan.goals.count()

    assert Meeting.objects.get(coalition=meppel, kind="inspiration", date__year=2019).attendances.aggregate(
        n=Sum("attendees"))["n"] > 50
    assert Output.objects.filter(coalition=meppel, kind="newsletter").exists()

    for year in (2019, 2020, 2021, 2022):
        budget = year_budget(meppel, year)
        assert budget.total > 0 and budget.approved <= budget.total
    statuses = set(meppel.cost_requests.values_list("status", flat=True))
    assert statuses == {"approved", "rejected", "submitted"}
    assert meppel.agreements.exists()

    snapshots = list(SelfAssessment.objects.filter(coalition=meppel, framework="securing").order_by("taken_on"))
    assert len(snapshots) == 2
    assert [i.point for i in snapshots[0].items.all()] == list(range(1, 11))
    assert snapshots[0].items.get(point=5).note == "Dit punt moeten we nog (beter) oppakken."
    assert any(change.direction == 1 for change in compare(*snapshots))


@pytest.mark.django_db
def test_meppel_meets_seven_requirements_renews_its_plan_and_still_has_to_involve_the_target_group():
    run_demo()
    checks = check(Coalition.objects.get(name=data.MEPPEL))
    # The 2021-2022 implementation note has run its course: an expired plan no longer meets requirement 2.
    assert data.MEPPEL_PLAN["period_end"] < dt.date.today()
    assert sum(c.met for c in checks) == 7
    assert [c.number for c in checks if not c.met] == [2, 3]
    # The goal topics behind checks 4-7 come from the plan's goals.
    topics = {t for g in Coalition.objects.get(name=data.MEPPEL).plan.goals.all() for t in g.topics}
    assert {GoalTopic.PRECONCEPTION, GoalTopic.UNINTENDED_PREGNANCY, GoalTopic.SIGNALLING,
            GoalTopic.LANGUAGE} <= topics


@pytest.mark.django_db
def test_the_region_has_its_municipalities_themes_flowerbed_counters_and_varied_local_coalitions():
    run_demo()
    region = Coalition.objects.get(name=data.REGION)
    assert region.scope == "regional" and region.status == "formed"
    names = set(region.municipalities.values_list("name", flat=True))
    assert names == {"Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Leudal", "Maasgouw", "Mook en Middelaar",
                     "Nederweert", "Peel en Maas", "Roerdalen", "Roermond", "Venlo", "Venray", "Weert"}
    assert region.themes.count() == 5

    flowerbed = set(Action.objects.filter(coalition=region).values_list("status", flat=True))
    assert flowerbed == {ActionStatus.SOWN, ActionStatus.IN_BUD, ActionStatus.IN_BLOOM}
    assert not Action.objects.filter(coalition=region, theme__isnull=True).exists()
    outputs = dict(Output.objects.filter(coalition=region).values_list("kind").annotate(n=Sum("quantity")))
    assert outputs["newsletter"] == 11 and outputs["followers"] == 901

    meetings = Meeting.objects.filter(coalition=region)
    assert meetings.count() == 3 and set(meetings.values_list("kind", flat=True)) == {"coalition"}
    attendances = Attendance.objects.filter(meeting__coalition=region)
    assert not attendances.filter(municipality__isnull=True).exists()
    assert all(a.new_connections is not None and a.new_connections <= a.attendees for a in attendances)

    covenant = Covenant.objects.get(coalition=region)
    assert covenant.signatories.count() == 41
    assert region.memberships.filter(role="regional_coordinator", user__username="regiocoordinator").exists()
    assert "regieraad" in region.description.lower()

    locals_ = Coalition.objects.filter(region=region)
    assert locals_.count() == 4
    met = {c.name: sum(x.met for x in check(c)) for c in locals_}
    assert met == {name: n for name, n in data.EXPECTED_REQUIREMENTS_MET.items() if name != data.MEPPEL}


@pytest.mark.django_db
def test_demo_users_log_in_with_the_demo_password_and_see_their_pages(client):
    run_demo()
    meppel, region = (Coalition.objects.get(name=name).pk for name in (data.MEPPEL, data.REGION))
    # Each lands where her work is: the project lead and the viewer in Meppel, the coordinator in her region.
    landings = {"projectleider": f"/coalities/{meppel}/", "regiocoordinator": f"/coalities/{region}/regio/",
                "meelezer": f"/coalities/{meppel}/", "beheerder": "/coalities/"}
    for username, landing in landings.items():
        client.logout()
        response = client.post("/inloggen/", {"username": username, "password": "kansrijk-demo"}, follow=True)
        assert response.redirect_chain[-1][0] == landing, username
    assert client.get("/beheer/").status_code == 200  # beheerder is a superuser

    client.force_login(User.objects.get(username="regiocoordinator"))
    region = Coalition.objects.get(name=data.REGION)
    page = client.get(f"/coalities/{region.pk}/regio/").content.decode()
    assert "4 van 14 gemeenten" in page
    for name in (data.VENLO, data.VENRAY, data.ROERMOND, data.WEERT):
        assert name in page
    assert "alle 9 voldaan" in page and "1 van 9 voldaan" in page

    client.force_login(User.objects.get(username="projectleider"))
    meppel = Coalition.objects.get(name=data.MEPPEL)
    assert client.get(f"/coalities/{meppel.pk}/").status_code == 200


@pytest.mark.django_db
def test_the_demo_password_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "een-ander-wachtwoord")
    output = run_demo()
    assert "een-ander-wachtwoord" in output
    user = User.objects.get(username="projectleider")
    assert user.check_password("een-ander-wachtwoord")


@pytest.mark.django_db
def test_the_demo_refuses_to_run_outside_development(monkeypatch, settings):
    monkeypatch.delenv("KANSRIJK_DEV")
    settings.DEBUG = False
    with pytest.raises(CommandError, match="lokaal gebruik"):
        call_command("demo", stdout=StringIO())
    assert not Coalition.objects.exists()
