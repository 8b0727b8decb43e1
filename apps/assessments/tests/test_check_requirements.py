# SPDX-License-Identifier: EUPL-1.2
"""The nine minimum requirements (Toets minimale eisen), each decided from data entered through the workspace."""

from __future__ import annotations

import pytest

from apps.core.testing import factories as f


def checks(client, coalition) -> dict:
    response = client.get(f"/coalities/{coalition.pk}/minimale-eisen/")
    assert response.status_code == 200
    return {check.number: check for check in response.context["checks"]}


def add_partner(client, coalition, name: str, domain: str, partner_type: str) -> None:
    response = client.post(f"/coalities/{coalition.pk}/partners/nieuw/", {
        "new_organisation": name, "domain": domain, "partner_type": partner_type})
    assert response.status_code == 302


def add_goal(client, coalition, title: str, topics: list[str]) -> None:
    response = client.post(f"/coalities/{coalition.pk}/plan/doelen/nieuw/", {
        "title": title, "action_line": "during", "topics": topics, "order": 0})
    assert response.status_code == 302


def test_a_new_coalition_meets_none_and_says_what_to_do_next(client_a, coalition_a):
    response = client_a.get(f"/coalities/{coalition_a.pk}/minimale-eisen/")

    page = response.content.decode()
    assert response.context["met"] == 0
    assert "0 van de 9 eisen voldaan." in page
    assert [c.number for c in response.context["checks"]] == list(range(1, 10))
    assert all(not c.met and c.todo for c in response.context["checks"])
    assert page.count("Volgende stap") == 9


def test_check_1_needs_a_medical_and_a_social_partner(client_a, coalition_a):
    assert checks(client_a, coalition_a)[1].todo.startswith("Voeg een partner uit het medische domein toe")

    add_partner(client_a, coalition_a, "Verloskundigenpraktijk Meppel", "medical", "midwife")
    halfway = checks(client_a, coalition_a)[1]
    assert not halfway.met
    assert halfway.todo.startswith("Voeg een partner uit het sociale domein toe")

    add_partner(client_a, coalition_a, "JGZ Drenthe", "social", "jgz")
    check = checks(client_a, coalition_a)[1]
    assert check.met
    assert check.evidence == ["Medisch: Verloskundigenpraktijk Meppel", "Sociaal/gemeente: JGZ Drenthe"]
    assert check.todo == ""


def test_check_1_counts_the_municipality_on_the_social_side(client_a, coalition_a):
    add_partner(client_a, coalition_a, "Huisartsenpraktijk De Linde", "medical", "gp")
    add_partner(client_a, coalition_a, "Gemeente Meppel", "municipal", "municipality")

    assert checks(client_a, coalition_a)[1].met


def test_check_2_needs_an_adopted_plan_not_a_draft(client_a, coalition_a):
    add_goal(client_a, coalition_a, "Prenataal huisbezoek", [])
    draft = checks(client_a, coalition_a)[2]
    assert not draft.met
    assert draft.todo == "Stel het plan van aanpak vast; een concept telt nog niet."

    client_a.post(f"/coalities/{coalition_a.pk}/plan/vaststellen/",
                  {"adopted_on": "2025-03-01", "adopted_by": "projectgroep"})

    check = checks(client_a, coalition_a)[2]
    assert check.met
    assert check.evidence == ["Versie 1 vastgesteld op 01-03-2025"]
    assert check.todo == ""


def test_check_3_is_met_by_a_target_group_partner(client_a, coalition_a):
    add_partner(client_a, coalition_a, "Ouderpanel Meppel", "target_group", "parents_panel")

    check = checks(client_a, coalition_a)[3]
    assert check.met
    assert check.evidence == ["Partner: Ouderpanel Meppel"]


def test_check_3_is_met_by_a_goal_on_involving_the_target_group(client_a, coalition_a):
    add_goal(client_a, coalition_a, "Klankbordgroep van ouders", ["target_group_involvement"])

    check = checks(client_a, coalition_a)[3]
    assert check.met
    assert check.evidence == ["Doel: Klankbordgroep van ouders"]


@pytest.mark.parametrize(("number", "topic", "todo"), [
    (4, "preconception", "Neem een doel op over preconceptiezorg, bijvoorbeeld het prenataal huisbezoek."),
    (5, "unintended_pregnancy", "Neem een doel op over onbedoelde zwangerschappen, bijvoorbeeld met Nu Niet Zwanger."),
    (6, "signalling", "Neem een doel op over signaleren, bijvoorbeeld een lokaal knooppunt."),
    (7, "language_development", "Neem een doel op over taalontwikkeling, bijvoorbeeld BoekStart met de bibliotheek."),
])
def test_checks_4_to_7_are_met_by_a_goal_on_their_topic(client_a, coalition_a, number, topic, todo):
    before = checks(client_a, coalition_a)[number]
    assert (before.met, before.todo) == (False, todo)
    assert before.link == f"/coalities/{coalition_a.pk}/plan/doelen/nieuw/"

    add_goal(client_a, coalition_a, f"Doel over {topic}", [topic])

    after = checks(client_a, coalition_a)
    assert after[number].met
    assert after[number].evidence == [f"Doel: Doel over {topic}"]
    assert after[number].todo == ""
    assert [n for n, c in after.items() if c.met] == [number]


def test_check_8_is_met_by_a_cooperation_agreement(client_a, coalition_a):
    client_a.post(f"/coalities/{coalition_a.pk}/afspraken/samenwerking/nieuw/",
                  {"subject": "Warme overdracht", "level": "operational"})

    check = checks(client_a, coalition_a)[8]
    assert check.met
    assert check.evidence == ["Afspraak: Warme overdracht (uitvoerend)"]


def test_check_8_is_met_by_a_signed_covenant_but_not_an_unsigned_one(client_a, coalition_a):
    client_a.post(f"/coalities/{coalition_a.pk}/afspraken/convenanten/nieuw/", {"title": "Concept-convenant"})
    assert not checks(client_a, coalition_a)[8].met

    client_a.post(f"/coalities/{coalition_a.pk}/afspraken/convenanten/nieuw/",
                  {"title": "Convenant Kansrijke Start", "signed_on": "2024-05-01"})

    check = checks(client_a, coalition_a)[8]
    assert check.met
    assert check.evidence == ["Convenant: Convenant Kansrijke Start"]


def test_check_9_is_met_when_the_coalition_takes_part_in_the_rivm_monitor(client_a, coalition_a):
    assert checks(client_a, coalition_a)[9].link == f"/coalities/{coalition_a.pk}/bewerken/"

    response = client_a.post(f"/coalities/{coalition_a.pk}/bewerken/", {
        "name": coalition_a.name, "scope": "local", "municipality": coalition_a.municipality_id,
        "status": "in_talks", "monitoring_participation": "on"})

    assert response.status_code == 302
    check = checks(client_a, coalition_a)[9]
    assert check.met
    assert check.evidence == ["Deelname aangevinkt bij de coalitie"]


def test_the_page_counts_the_requirements_met(client_a, coalition_a):
    add_partner(client_a, coalition_a, "Kraamzorg Het Nest", "medical", "maternity_care")
    add_partner(client_a, coalition_a, "Wijkteam Meppel", "social", "neighbourhood_team")
    add_goal(client_a, coalition_a, "BoekStart", ["language_development"])

    response = client_a.get(f"/coalities/{coalition_a.pk}/minimale-eisen/")

    assert response.context["met"] == 2
    page = response.content.decode()
    assert "2 van de 9 eisen voldaan." in page
    assert page.count("Nog niet voldaan") == 7


def test_data_of_another_coalition_does_not_count(client_a, coalition_a, coalition_b):
    f.PartnerFactory(coalition=coalition_b, domain="medical", partner_type="midwife")
    f.PartnerFactory(coalition=coalition_b, domain="social", partner_type="jgz")
    f.GoalFactory(plan__coalition=coalition_b, topics=["signalling"])
    f.AgreementFactory(coalition=coalition_b)

    assert not any(c.met for c in checks(client_a, coalition_a).values())
