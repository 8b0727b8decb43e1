# SPDX-License-Identifier: EUPL-1.2
"""Explore: triage with reasons, "already known?" within the hub only, the case meeting, the plan, closing."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.urls import reverse

from apps.cases import explore
from apps.cases import testing as t
from apps.cases.models import AccessRecord, Case, MeetingItem, Triage
from apps.cases.workflow import CASE_ROUTE


def post(client, name, case, data, *args):
    return client.post(reverse(name, args=[case.pk, *args]), data)


@pytest.mark.parametrize("level,status", [
    ("self_reliant", "regular_care"), ("potentially_vulnerable", "regular_care"),
    ("vulnerable", "home_visit"), ("very_vulnerable", "case_meeting"),
])
def test_triage_sends_the_family_where_its_level_leads(client, case_a, hub_nurse, level, status):
    t.verify(client, hub_nurse)
    response = post(client, "cases:triage", case_a, {"level": level, "reasons": "Weinig netwerk, schulden."})
    assert response.status_code == 302
    case_a.refresh_from_db()
    assert (case_a.status, case_a.triage_level) == (status, level)
    triage = Triage.objects.get(case=case_a)
    assert (triage.decided_by, triage.reasons) == (hub_nurse, "Weinig netwerk, schulden.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT reasons FROM cases_triage WHERE id = %s", [triage.pk])
        assert "netwerk" not in cursor.fetchone()[0]  # encrypted at rest


def test_triage_needs_reasons(client, case_a, hub_nurse):
    t.verify(client, hub_nurse)
    page = post(client, "cases:triage", case_a, {"level": "vulnerable"}).content.decode()
    assert "Dit veld is vereist" in page
    case_a.refresh_from_db()
    assert case_a.status == "new"


def test_a_later_judgement_moves_on_and_the_table_refuses_the_rest(case_a, hub_nurse, care_coordinator):
    explore.triage(case_a, hub_nurse, "vulnerable", "Huisbezoek eerst.")
    explore.triage(case_a, hub_nurse, "very_vulnerable", "Bij het huisbezoek bleek meer nodig.")
    assert case_a.status == "case_meeting" and case_a.triages.count() == 2
    with pytest.raises(PermissionDenied):
        explore.triage(case_a, care_coordinator, "vulnerable", "De regievoerder schat niet in.")
    explore.close(case_a, hub_nurse, "moved", "Verhuisd naar Zwolle, warm overgedragen aan de JGZ daar.")
    with pytest.raises(ValidationError):
        CASE_ROUTE.move(case_a, "support", hub_nurse)


def test_the_hub_sees_a_spelling_variant_as_possibly_known_and_merges(client, case_a, hub_nurse, midwife, hub_b,
                                                                      other_midwife):
    second = t.signal(midwife, case_a.hub, name="Fatma Yilmaz", description="Tweede signaal, via de huisarts.")
    elsewhere = t.signal(other_midwife, hub_b, name="Fatma Yılmaz", postcode="5911 AA")
    t.verify(client, hub_nurse)
    page = client.get(reverse("cases:detail", args=[second.pk])).content.decode()
    assert "Mogelijk al bekend" in page and case_a.reference in page and elsewhere.reference not in page
    # The signaller learns nothing of the other case (she did not signal it).
    t.verify(client, midwife)
    assert "Mogelijk al bekend" not in client.get(reverse("cases:detail", args=[second.pk])).content.decode()
    t.verify(client, hub_nurse)
    response = post(client, "cases:merge", second, {"into": case_a.pk})
    assert response.status_code == 302 and response.url == reverse("cases:detail", args=[case_a.pk])
    second.refresh_from_db()
    assert (second.status, second.close_reason, second.merged_into) == ("closed", "merged", case_a)
    assert case_a.signals.count() == 2 and second.signals.count() == 0
    assert not explore.known_matches(case_a).exists()  # the merged one no longer counts
    assert explore.known_matches(elsewhere).count() == 0


def test_known_check_page_searches_this_hub_only(client, case_a, hub_nurse, hub_b, other_midwife):
    t.signal(other_midwife, hub_b, name="Fatma Yılmaz", postcode="5911 AA")
    t.verify(client, hub_nurse)
    url = reverse("cases:known-check", args=[case_a.hub_id])
    page = client.get(url, {"full_name": "yilmaz fatma", "date_of_birth": "1998-03-14"}).content.decode()
    assert case_a.reference in page and page.count("Mogelijk dezelfde persoon") == 1
    assert AccessRecord.objects.filter(user=hub_nurse, action="list", case__hub=hub_b).count() == 0
    none = client.get(url, {"full_name": "Fatma Yılmaz", "date_of_birth": "1998-03-15"}).content.decode()
    assert "Niet bekend bij dit knooppunt" in none


def test_the_case_meeting_chooses_a_coordinator_and_support_starts(client, case_a, hub_nurse, midwife, org_team):
    coach = t.professional(org_team, "neighbourhood_team", first_name="Ayla", last_name="Kaya")
    new = t.signal(midwife, case_a.hub, name="Kim Oosterhuis", born=datetime.date(2005, 9, 30))
    explore.triage(new, hub_nurse, "very_vulnerable", "Jong, alleen, spanning thuis.")
    explore.triage(case_a, hub_nurse, "self_reliant", "Redt het met de verloskundige.")
    t.verify(client, hub_nurse)
    response = client.post(reverse("cases:meetings", args=[case_a.hub_id]), {"date": "2026-12-08",
                                                                            "location": "Gemeentehuis"})
    item = MeetingItem.objects.get()  # only the family sent to the meeting is on the agenda
    assert item.case == new and response.url == reverse("cases:meeting", args=[case_a.hub_id, item.meeting_id])
    page = client.get(response.url).content.decode()
    assert "Kim Oosterhuis" in page and "Ayla Kaya" in page
    prefix = f"item{item.pk}"
    client.post(response.url, {"item": item.pk, f"{prefix}-notes": "Besproken met de verloskundige.",
                               f"{prefix}-decision": "Wijkcoach wordt regievoerder.",
                               f"{prefix}-coordinator": coach.pk})
    new.refresh_from_db()
    assert (new.status, new.care_coordinator) == ("support", coach)
    assert AccessRecord.objects.filter(case=new, user=hub_nurse, action="update", detail="casusoverleg").count() == 1
    t.verify(client, coach)  # the new relation gives her the case
    assert client.get(reverse("cases:detail", args=[new.pk])).status_code == 200


def test_a_coordinator_from_outside_the_partners_is_refused(client, case_a, hub_nurse, other_midwife):
    explore.triage(case_a, hub_nurse, "very_vulnerable", "Zorgen.")
    meeting = explore.plan_meeting(case_a.hub, hub_nurse, datetime.date(2026, 12, 8), "")
    item = meeting.items.get()
    with pytest.raises(ValidationError):
        explore.decide(item, hub_nurse, notes="", decision="", coordinator=other_midwife)
    case_a.refresh_from_db()
    assert case_a.status == "case_meeting"


def test_support_plan_goals_and_closing(client, case_a, care_coordinator, midwife):
    t.verify(client, care_coordinator)
    post(client, "cases:goal-create", case_a, {"domain": "finances", "goal": "Schulden in kaart bij Humanitas."})
    goal = case_a.goals.get()
    post(client, "cases:goal-status", case_a, {"status": "achieved"}, goal.pk)
    goal.refresh_from_db()
    assert goal.status == "achieved"
    page = client.get(reverse("cases:detail", args=[case_a.pk])).content.decode()
    assert "Schulden in kaart" in page and "financiën" in page.lower()
    response = post(client, "cases:close", case_a, {"reason": "support_ended", "outcome": "Rust in de financiën."})
    assert response.status_code == 302
    case_a.refresh_from_db()
    assert (case_a.status, case_a.close_reason) == ("closed", "support_ended") and case_a.closed_at
    # Closed: no more changes, not even by the coordinator; the signaller never could.
    assert post(client, "cases:close", case_a, {"reason": "other", "outcome": "x"}).status_code == 403
    t.verify(client, midwife)
    assert post(client, "cases:goal-create", case_a, {"domain": "health", "goal": "x"}).status_code == 403
    assert Case.objects.get(pk=case_a.pk).goals.count() == 1


def test_follow_up_period_ends_months_after_the_birth_and_shows_on_the_dashboard(client, hub_a, midwife, hub_nurse):
    hub_a.follow_up_months = 30  # Kasto: up to 2.5 years
    hub_a.save()
    born = datetime.date.today() - datetime.timedelta(days=31 * 31)
    old = t.signal(midwife, hub_a, name="Kim Oosterhuis", phase="born", due_date=None, child_birth_date=born)
    young = t.signal(midwife, hub_a, name="Anna Peters", phase="born", due_date=None,
                     child_birth_date=datetime.date.today() - datetime.timedelta(days=60))
    assert 900 <= (old.follow_up_until - born).days <= 920  # 30 months is 912 or 913 days, give or take a day
    t.verify(client, hub_nurse)
    page = client.get(reverse("cases:hub", args=[hub_a.pk])).content.decode()
    section = page[page.index("Volgperiode voorbij"):page.index("Verwijzingen zonder antwoord")]
    assert old.reference in section and young.reference not in section
