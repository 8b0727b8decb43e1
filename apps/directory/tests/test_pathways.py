# SPDX-License-Identifier: EUPL-1.2
"""Care pathways of a coalition: create, steps in order, moving and deleting steps, who may edit."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone

from apps.core.testing import factories as f
from apps.directory.models import CarePathway, PathwayStep
from apps.directory.pathways import core as pathways
from apps.directory.testing.factories import CarePathwayFactory, PathwayStepFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def _orders(pathway) -> list[tuple[str, int]]:
    return list(pathway.steps.order_by("order").values_list("title", "order"))


@pytest.fixture
def pathway(coalition_a):
    pathway = CarePathwayFactory(coalition=coalition_a)
    for number, title in enumerate(["Signaleren", "Eerste contact", "Steun"], start=1):
        PathwayStepFactory(pathway=pathway, order=number, title=title)
    return pathway


def test_moving_a_step_swaps_it_with_its_neighbour(pathway):
    step = pathway.steps.get(title="Steun")
    assert pathways.move_step(step, "up")
    assert _orders(pathway) == [("Signaleren", 1), ("Steun", 2), ("Eerste contact", 3)]
    assert pathways.move_step(pathway.steps.get(title="Signaleren"), "down")
    assert _orders(pathway) == [("Steun", 1), ("Signaleren", 2), ("Eerste contact", 3)]


def test_a_step_at_the_end_does_not_move_further(pathway):
    assert not pathways.move_step(pathway.steps.get(title="Signaleren"), "up")
    assert not pathways.move_step(pathway.steps.get(title="Steun"), "down")
    assert _orders(pathway) == [("Signaleren", 1), ("Eerste contact", 2), ("Steun", 3)]


def test_renumber_closes_gaps_in_the_order(pathway):
    pathway.steps.get(title="Eerste contact").delete()
    pathways.renumber(pathway)
    assert _orders(pathway) == [("Signaleren", 1), ("Steun", 2)]


def test_editor_creates_a_pathway_and_adds_steps_with_services(client_a, coalition_a):
    service = ServiceFactory(name="Schuldhulp Meppel")
    midwives = f.OrganisationFactory(name="Verloskundigen Meppel")
    response = client_a.post(reverse("directory:pathways-create", args=[coalition_a.pk]),
                             {"situation": "poverty_debts", "title": "Geldzorgen tijdens de zwangerschap"})
    pathway = CarePathway.objects.get(coalition=coalition_a)
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:pathway-detail", args=[coalition_a.pk, pathway.pk])

    step_url = reverse("directory:pathway-step-create", args=[coalition_a.pk, pathway.pk])
    client_a.post(step_url, {"kind": "signal", "title": "De verloskundige signaleert", "responsible": midwives.pk})
    client_a.post(step_url, {"kind": "support", "title": "Schuldhulp", "responsible_type": "debt_help",
                             "services": [service.pk]})

    steps = list(pathway.steps.order_by("order"))
    assert [(s.order, s.kind, s.title) for s in steps] == [
        (1, "signal", "De verloskundige signaleert"), (2, "support", "Schuldhulp")]
    assert steps[0].responsible == midwives
    assert list(steps[1].services.all()) == [service]

    page = client_a.get(reverse("directory:pathway-detail", args=[coalition_a.pk, pathway.pk])).content.decode()
    assert "Schuldhulp Meppel" in page and "0000-000000" in page and "Verloskundigen Meppel" in page


def test_a_second_pathway_for_the_same_situation_is_refused_in_dutch(client_a, coalition_a, pathway):
    response = client_a.post(reverse("directory:pathways-create", args=[coalition_a.pk]),
                             {"situation": pathway.situation, "title": "Nog een"})
    assert response.status_code == 200
    assert "al een zorgpad voor deze situatie" in str(response.context["form"].errors["situation"])
    assert CarePathway.objects.filter(coalition=coalition_a).count() == 1


def test_a_step_needs_someone_responsible(client_a, coalition_a, pathway):
    response = client_a.post(reverse("directory:pathway-step-create", args=[coalition_a.pk, pathway.pk]),
                             {"kind": "signal", "title": "Niemand"})
    assert response.status_code == 200
    assert "verantwoordelijke organisatie" in str(response.context["form"].errors["responsible"])
    assert pathway.steps.count() == 3


def test_a_step_cannot_point_at_a_service_outside_the_coalitions_area(client_a, coalition_a, pathway):
    venlo_only = ServiceFactory(name="Alleen in Venlo", covers=["GM0983"])
    response = client_a.post(reverse("directory:pathway-step-create", args=[coalition_a.pk, pathway.pk]),
                             {"kind": "support", "title": "Steun", "responsible_type": "jgz",
                              "services": [venlo_only.pk]})
    assert response.status_code == 200
    assert response.context["form"].errors["services"]
    assert not PathwayStep.objects.filter(services=venlo_only).exists()


def test_move_buttons_reorder_steps(client_a, coalition_a, pathway):
    step = pathway.steps.get(title="Eerste contact")
    url = reverse("directory:pathway-detail", args=[coalition_a.pk, pathway.pk])
    response = client_a.post(url, {"step": step.pk, "direction": "up"})
    assert response.status_code == 302
    assert _orders(pathway)[0] == ("Eerste contact", 1)


def test_deleting_a_step_renumbers_the_rest(client_a, coalition_a, pathway):
    step = pathway.steps.get(title="Signaleren")
    client_a.post(reverse("directory:pathway-step-delete", args=[coalition_a.pk, step.pk]))
    assert _orders(pathway) == [("Eerste contact", 1), ("Steun", 2)]


def test_viewer_sees_the_pathway_without_edit_buttons_and_cannot_move_steps(client, viewer_a, coalition_a, pathway):
    client.force_login(viewer_a)
    url = reverse("directory:pathway-detail", args=[coalition_a.pk, pathway.pk])
    page = client.get(url).content.decode()
    assert "Signaleren" in page and "Omhoog" not in page and "Stap toevoegen" not in page
    step = pathway.steps.get(title="Steun")
    assert client.post(url, {"step": step.pk, "direction": "up"}).status_code == 403
    assert _orders(pathway)[2] == ("Steun", 3)


def test_moving_a_step_of_another_pathway_is_not_found(client_a, coalition_a, pathway):
    other = PathwayStepFactory(pathway=CarePathwayFactory(coalition=coalition_a, situation="addiction"), order=1)
    url = reverse("directory:pathway-detail", args=[coalition_a.pk, pathway.pk])
    assert client_a.post(url, {"step": other.pk, "direction": "down"}).status_code == 404
    assert client_a.post(url, {"step": "abc", "direction": "down"}).status_code == 404


def test_pathway_list_exports_csv(client_a, coalition_a, pathway):
    response = client_a.get(reverse("directory:pathways-list", args=[coalition_a.pk]), {"format": "csv"})
    body = response.content.decode("utf-8-sig")
    assert "Geldzorgen tijdens de zwangerschap" in body
    assert "armoede en schulden" in body


def test_pathway_list_links_to_the_client_route_and_the_lookup(client_a, coalition_a, pathway):
    page = client_a.get(reverse("directory:pathways-list", args=[coalition_a.pk])).content.decode()
    assert reverse("directory:pathway-detail", args=[coalition_a.pk, pathway.pk]) in page
    assert reverse("directory:clientroute", args=[coalition_a.pk]) in page
    assert reverse("directory:pathway-lookup") in page
    assert reverse("directory:regional-map", args=[coalition_a.pk]) not in page  # a local coalition


def test_pathway_list_exports_to_excel_with_the_local_time_of_the_last_change(client_a, coalition_a, pathway):
    response = client_a.get(reverse("directory:pathways-list", args=[coalition_a.pk]), {"format": "xlsx"})

    assert response.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0] == ("Zorgpad", "Situatie", "Stappen", "Bijgewerkt")
    assert rows[1][2] == 3
    assert rows[1][3] == timezone.localtime(pathway.updated_at).replace(tzinfo=None, microsecond=0)


def test_a_step_whose_title_is_its_kind_is_not_labelled_twice(client_a, coalition_a):
    pathway = CarePathwayFactory(coalition=coalition_a)
    PathwayStepFactory(pathway=pathway, order=1, kind="explore", title="Verkennen")
    PathwayStepFactory(pathway=pathway, order=2, kind="support", title="Kraamzorg thuis")
    page = client_a.get(reverse("directory:pathway-detail", args=[coalition_a.pk, pathway.pk])).content.decode()
    headings = [" ".join(re.sub(r"<[^>]+>", "", h).split()) for h in re.findall(r"<h3>(.*?)</h3>", page, re.S)]
    assert "Verkennen" in headings and not any("Verkennen: Verkennen" in h for h in headings)
    assert "Steun op maat: Kraamzorg thuis" in headings
