# SPDX-License-Identifier: EUPL-1.2
"""The hub's set-up in the coalition workspace: kept by the coalition's managers, holding no case data."""

from __future__ import annotations

from django.urls import reverse

from apps.cases import testing as t
from apps.cases.models import Hub, HubMember


def test_project_lead_sets_up_a_hub_and_its_team(client, coalition_a, lead_a, org_jgz):
    nurse = t.professional(org_jgz, "jgz", first_name="Noor", last_name="Bakker")
    client.force_login(lead_a)
    url = reverse("cases:hub-setup", args=[coalition_a.pk])
    assert "nog geen lokaal knooppunt" in client.get(url).content.decode()
    client.post(url, {"step": "hub", "name": "Knooppunt Meppel", "cadence": "three_weekly", "follow_up_months": 30,
                      "active": "on"})
    hub = Hub.objects.get(coalition=coalition_a)
    assert hub.get_cadence_display() == "elke drie weken"
    client.post(url, {"step": "member", "user": nurse.pk, "organisation": org_jgz.pk, "role": "chair"})
    assert list(hub.members.values_list("user", "role")) == [(nurse.pk, "chair")]
    page = client.get(url).content.decode()
    assert "Noor Bakker" in page
    client.post(url, {"step": "remove", "member": hub.members.get().pk})
    assert not hub.members.exists()


def test_team_members_come_from_partner_organisations(client, coalition_a, lead_a, hub_a, org_jgz):
    stranger_org = t.partner(t.hub_for.__globals__["f"].CoalitionFactory(), "Elders")  # partner elsewhere
    stranger = t.professional(stranger_org, "jgz")
    client.force_login(lead_a)
    url = reverse("cases:hub-setup", args=[coalition_a.pk])
    page = client.post(url, {"step": "member", "user": stranger.pk, "organisation": stranger_org.pk,
                             "role": "member"}).content.decode()
    assert "Selecteer een geldige keuze" in page
    assert not HubMember.objects.exists()


def test_viewers_see_the_team_but_cannot_change_it(client, coalition_a, viewer_a, hub_a, hub_nurse):
    client.force_login(viewer_a)
    url = reverse("cases:hub-setup", args=[coalition_a.pk])
    page = client.get(url).content.decode()
    assert "Noor Bakker" in page and 'name="step"' not in page
    assert client.post(url, {"step": "remove", "member": hub_a.members.get().pk}).status_code == 403
    assert hub_a.members.count() == 1


def test_other_coalitions_do_not_see_the_hub(client, coalition_a, lead_b, hub_a):
    client.force_login(lead_b)
    assert client.get(reverse("cases:hub-setup", args=[coalition_a.pk])).status_code == 404


def test_the_hub_page_in_the_workspace_holds_no_case_data(client, coalition_a, lead_a, case_a):
    client.force_login(lead_a)
    page = client.get(reverse("cases:hub-setup", args=[coalition_a.pk])).content.decode()
    assert case_a.reference not in page and "Yılmaz" not in page
