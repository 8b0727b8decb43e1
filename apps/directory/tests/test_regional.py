# SPDX-License-Identifier: EUPL-1.2
"""Regional social map: interventions × member municipalities, derived from the directory plus the inventory."""

from __future__ import annotations

import pytest
from django.urls import reverse

from apps.core.testing import factories as f
from apps.directory.models import InterventionOffer
from apps.directory.pathways import regional
from apps.directory.testing.factories import InterventionFactory, ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_coordinator_b(client, region_b):
    """A client logged in as the coordinator of region B (the shared `coordinator` is region A's)."""
    client.force_login(f.member(region_b, "regional_coordinator"))
    return client


def test_offered_comes_from_the_directory_and_the_rest_from_the_inventory(region_b):
    voorzorg = InterventionFactory(code="voorzorg", name="VoorZorg")
    ServiceFactory(name="VoorZorg Venlo", intervention=voorzorg, covers=["GM0983"])
    ServiceFactory(name="VoorZorg gestopt", intervention=voorzorg, covers=["GM0957"], status="inactive")
    InterventionOffer.objects.create(coalition=region_b, municipality=f.municipality("GM0957"),
                                     intervention=voorzorg, status="planned", note="start 2026")

    the_map = regional.build(region_b)
    venlo, roermond = the_map.cell("voorzorg", "GM0983"), the_map.cell("voorzorg", "GM0957")

    assert (venlo.status, venlo.source, [s.name for s in venlo.services]) == (
        "offered", "directory", ["VoorZorg Venlo"])
    assert (roermond.status, roermond.source, roermond.note) == ("planned", "inventory", "start 2026")
    row = next(r for r in the_map.rows if r.intervention == voorzorg)
    assert (row.offered, row.planned) == (1, 1)
    totals = {t.municipality.code: (t.offered, t.planned) for t in the_map.column_totals}
    assert totals["GM0983"][0] >= 1 and totals["GM0957"][1] >= 1


def test_the_directory_wins_over_an_older_inventory_entry(region_b):
    nnz = InterventionFactory(code="nu-niet-zwanger")
    InterventionOffer.objects.create(coalition=region_b, municipality=f.municipality("GM0983"), intervention=nnz,
                                     status="not_offered")
    ServiceFactory(intervention=nnz, covers=["GM0983"])
    assert regional.build(region_b).cell("nu-niet-zwanger", "GM0983").status == "offered"


def test_nothing_recorded_is_not_offered(region_b):
    InterventionFactory(code="boekstart")
    cell = regional.build(region_b).cell("boekstart", "GM0983")
    assert (cell.status, cell.source) == ("not_offered", "")


def test_page_and_export_show_the_matrix(as_coordinator_b, region_b):
    voorzorg = InterventionFactory(code="voorzorg", name="VoorZorg")
    ServiceFactory(name="VoorZorg Venlo", intervention=voorzorg, covers=["GM0983"])
    url = reverse("directory:regional-map", args=[region_b.pk])

    page = as_coordinator_b.get(url).content.decode()
    csv = as_coordinator_b.get(url, {"format": "csv"}).content.decode("utf-8-sig").splitlines()

    assert "VoorZorg Venlo" in page and "Regionale sociale kaart" in page
    assert csv[0] == "Interventie;Roermond;Venlo;Aangeboden (aantal gemeenten);Gepland (aantal gemeenten)"
    assert "VoorZorg;niet vastgelegd;aangeboden;1;0" in csv


def test_a_local_coalition_has_no_regional_map(client_a, coalition_a):
    assert client_a.get(reverse("directory:regional-map", args=[coalition_a.pk])).status_code == 404


def test_editor_records_planned_with_a_note_and_can_remove_it(as_coordinator_b, region_b):
    InterventionFactory(code="stevig-ouderschap", name="Stevig Ouderschap")
    url = reverse("directory:regional-offer-edit", args=[region_b.pk, "stevig-ouderschap"]) + "?gemeente=GM0957"

    assert as_coordinator_b.post(url, {"status": "planned", "note": "vanaf 2026"}).status_code == 302
    offer = InterventionOffer.objects.get(coalition=region_b)
    assert (offer.municipality.code, offer.status, offer.note) == ("GM0957", "planned", "vanaf 2026")

    as_coordinator_b.post(url, {"status": "not_offered", "note": ""})
    assert InterventionOffer.objects.get(pk=offer.pk).status == "not_offered"
    as_coordinator_b.post(url, {"delete": "1"})
    assert not InterventionOffer.objects.exists()


def test_bad_offer_input_is_refused(as_coordinator_b, region_b):
    InterventionFactory(code="voorzorg")
    url = reverse("directory:regional-offer-edit", args=[region_b.pk, "voorzorg"])
    response = as_coordinator_b.post(url + "?gemeente=GM0957", {"status": "misschien"})
    assert response.status_code == 200 and response.context["form"].errors["status"]
    assert as_coordinator_b.get(url + "?gemeente=GM0119").status_code == 404  # not a member municipality
    assert as_coordinator_b.get(reverse("directory:regional-offer-edit", args=[region_b.pk, "bestaat-niet"])
                           ).status_code == 404
    assert not InterventionOffer.objects.exists()


def test_viewer_of_the_region_reads_but_cannot_record(client, region_b):
    InterventionFactory(code="voorzorg")
    client.force_login(f.member(region_b, "viewer"))
    assert client.get(reverse("directory:regional-map", args=[region_b.pk])).status_code == 200
    url = reverse("directory:regional-offer-edit", args=[region_b.pk, "voorzorg"]) + "?gemeente=GM0957"
    assert client.post(url, {"status": "planned"}).status_code == 403
    assert not InterventionOffer.objects.exists()


def test_a_cell_says_either_not_recorded_or_not_offered_never_both(as_coordinator_b, region_b):
    boekstart = InterventionFactory(code="boekstart", name="BoekStart")
    InterventionOffer.objects.create(coalition=region_b, municipality=f.municipality("GM0957"),
                                     intervention=boekstart, status="not_offered")
    page = as_coordinator_b.get(reverse("directory:regional-map", args=[region_b.pk])).content.decode()
    row = page[page.index('id="rij-boekstart"'):]
    cells = row[:row.index("</tr>")].split("<td")[1:]

    roermond, venlo = cells[0], cells[1]  # columns in name order
    assert "Niet aangeboden" in roermond and "niet vastgelegd" not in roermond.lower()
    assert "Niet vastgelegd" in venlo and "niet aangeboden" not in venlo.lower()
    assert "sticky-first" in page
