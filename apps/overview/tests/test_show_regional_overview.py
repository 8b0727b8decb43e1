# SPDX-License-Identifier: EUPL-1.2
"""The regional overview: every member municipality with its local coalition and its attendance."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from apps.core.testing import factories as f
from apps.core.testing.pdf import capture_pdf_documents, page_text, text_off_the_page

HEADER = ["Gemeente", "Lokale coalitie", "Minimale eisen voldaan (van 9)", "Minimale eisen nog open",
          "Partners medisch domein",
          "Partners sociaal/publiek domein", "Partners gemeente", "Partners informeel netwerk",
          "Partners doelgroep zelf", "Acties gezaaid", "Acties in knop", "Acties in bloei",
          f"Budget {dt.date.today().year} over", "Deelnemers regionale bijeenkomsten", "Bijeenkomsten bijgewoond"]


@pytest.fixture
def limburg(db):
    """Noord- en Midden-Limburg with three member municipalities (larger than the shared `region_b`)."""
    limburg = f.CoalitionFactory(name="Regio Noord- en Midden-Limburg", scope="regional", municipality=None)
    limburg.municipalities.set([f.municipality(code) for code in ("GM0983", "GM0984", "GM1507")])
    return limburg


@pytest.fixture
def venlo(limburg):
    venlo = f.CoalitionFactory(name="Kansrijke Start Venlo", municipality=f.municipality("GM0983"), region=limburg,
                               monitoring_participation=True)
    f.PartnerFactory(coalition=venlo, domain="medical", partner_type="midwife")
    f.PartnerFactory(coalition=venlo, domain="social", partner_type="jgz")
    f.PartnerFactory(coalition=venlo, domain="social", partner_type="library")
    return venlo  # meets check 1 (medical + social) and check 9 (monitoring)


@pytest.fixture
def venray(limburg):
    venray = f.CoalitionFactory(name="Kansrijke Start Venray", municipality=f.municipality("GM0984"), region=limburg)
    f.GoalFactory(plan__coalition=venray, topics=["language_development"])
    return venray  # meets check 7 only


@pytest.fixture
def attendance(limburg):
    first = f.MeetingFactory(coalition=limburg, title="Regionale kick-off")
    second = f.MeetingFactory(coalition=limburg, title="Lerend netwerk")
    f.AttendanceFactory(meeting=first, organisation=None, municipality=f.municipality("GM0983"), attendees=6)
    f.AttendanceFactory(meeting=second, organisation=None, municipality=f.municipality("GM0983"), attendees=4)
    f.AttendanceFactory(meeting=first, organisation=None, municipality=f.municipality("GM1507"), attendees=2)
    f.AttendanceFactory(meeting=first, attendees=9)  # an organisation without municipality: no municipality row
    other = f.MeetingFactory(coalition=f.CoalitionFactory(), title="Elders")
    f.AttendanceFactory(meeting=other, organisation=None, municipality=f.municipality("GM0984"), attendees=50)


@pytest.fixture
def as_coordinator(client, limburg):
    client.force_login(f.member(limburg, "regional_coordinator"))
    return client


def rows_by_name(response) -> dict:
    return {row["municipality"].name: row for row in response.context["rows"]}


def test_every_member_municipality_is_listed_with_its_local_coalition(as_coordinator, limburg, venlo, venray):
    response = as_coordinator.get(f"/coalities/{limburg.pk}/regio/")

    rows = rows_by_name(response)
    assert list(rows) == ["Horst aan de Maas", "Venlo", "Venray"]
    assert rows["Venlo"]["coalition"] == venlo
    assert rows["Horst aan de Maas"]["coalition"] is None
    page = response.content.decode()
    assert "2 van 3 gemeenten hebben een lokale coalitie in Kansrijk" in page
    assert "Horst aan de Maas" in page


def test_each_local_coalition_shows_its_requirements_met(as_coordinator, limburg, venlo, venray):
    rows = rows_by_name(as_coordinator.get(f"/coalities/{limburg.pk}/regio/"))

    assert (rows["Venlo"]["met"], rows["Venray"]["met"], rows["Horst aan de Maas"]["met"]) == (2, 1, None)
    assert rows["Venlo"]["unmet"] == [2, 3, 4, 5, 6, 7, 8]
    assert rows["Venlo"]["domains"] == [1, 2, 0, 0, 0]


def test_requirements_are_named_not_numbered_with_colour_and_sign(as_coordinator, limburg, venlo, venray):
    page = as_coordinator.get(f"/coalities/{limburg.pk}/regio/").content.decode()
    venray_row = page[page.index("<th scope=\"row\">Venray</th>"):]
    venray_row = venray_row[:venray_row.index("</tr>")]

    assert "open: 2" not in page and "2, 3, 4" not in page
    assert '<span class="unmet">1 van 9 voldaan</span>' in venray_row
    assert "✗ </span>plan van aanpak</li>" in venray_row and "RIVM-monitoring" in venray_row
    assert "doel: taalontwikkeling" not in venray_row  # Venray meets check 7


def test_the_municipality_column_stays_in_view_when_the_table_scrolls(as_coordinator, limburg):
    import re

    from django.contrib.staticfiles import finders

    page = as_coordinator.get(f"/coalities/{limburg.pk}/regio/").content.decode()
    assert '<table class="sticky-first">' in page
    with open(finders.find("css/kansrijk.css"), encoding="utf-8") as handle:
        css = handle.read()
    rule = re.search(r"\.sticky-first tr > :first-child \{([^}]*)\}", css).group(1)
    assert "position:sticky" in rule.replace(" ", "") and "left:0" in rule.replace(" ", "")


def test_attendance_is_counted_per_municipality_for_regional_meetings_only(as_coordinator, limburg, venlo, attendance):
    response = as_coordinator.get(f"/coalities/{limburg.pk}/regio/")

    rows = rows_by_name(response)
    assert {name: (r["attendees"], r["meetings_attended"]) for name, r in rows.items()} == {
        "Horst aan de Maas": (2, 1), "Venlo": (10, 2), "Venray": (0, 0)}
    assert response.context["regional_meetings"] == 2
    assert "Bijeenkomsten bijgewoond (van 2)" in response.content.decode()


def test_a_local_coalition_outside_the_region_is_not_shown(as_coordinator, limburg, venlo):
    f.CoalitionFactory(name="Kansrijke Start Venray (los)", municipality=f.municipality("GM0984"))

    rows = rows_by_name(as_coordinator.get(f"/coalities/{limburg.pk}/regio/"))

    assert rows["Venray"]["coalition"] is None


def test_the_regional_overview_exports_to_csv(as_coordinator, limburg, venlo, venray, attendance):
    response = as_coordinator.get(f"/coalities/{limburg.pk}/regio/?format=csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0].split(";") == HEADER
    assert lines[1:] == [
        "Horst aan de Maas;;;;;;;;;;;;;2;1",
        "Venlo;Kansrijke Start Venlo;2;plan van aanpak, doelgroep betrokken, doel: voorbereid zwanger worden, "
        "doel: minder onbedoelde zwangerschappen, doel: eerder signaleren, doel: taalontwikkeling, "
        "samenwerkingsafspraak;1;2;0;0;0;0;0;0;;10;2",
        "Venray;Kansrijke Start Venray;1;medisch én sociaal domein, plan van aanpak, doelgroep betrokken, "
        "doel: voorbereid zwanger worden, doel: minder onbedoelde zwangerschappen, doel: eerder signaleren, "
        "samenwerkingsafspraak, RIVM-monitoring;0;0;0;0;0;0;0;0;;0;0",
    ]


def test_the_regional_overview_exports_to_xlsx(as_coordinator, limburg, venlo, attendance):
    response = as_coordinator.get(f"/coalities/{limburg.pk}/regio/?format=xlsx")

    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    open_ = ("plan van aanpak, doelgroep betrokken, doel: voorbereid zwanger worden, "
             "doel: minder onbedoelde zwangerschappen, doel: eerder signaleren, doel: taalontwikkeling, "
             "samenwerkingsafspraak")
    assert rows[2] == ("Venlo", "Kansrijke Start Venlo", 2, open_, 1, 2, 0, 0, 0, 0, 0, 0, None, 10, 2)
    assert len(rows) == 4


def test_the_regional_overview_downloads_as_a_pdf(as_coordinator, limburg, venlo):
    response = as_coordinator.get(f"/coalities/{limburg.pk}/regio/?format=pdf")

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_regional_overview_pdf_fits_every_column_on_its_page(as_coordinator, limburg, venlo, attendance,
                                                                  monkeypatch):
    documents = capture_pdf_documents(monkeypatch)

    response = as_coordinator.get(f"/coalities/{limburg.pk}/regio/?format=pdf")

    assert response.status_code == 200
    [document] = documents
    assert document.pages[0].width > document.pages[0].height  # landscape
    assert text_off_the_page(document) == []
    text = page_text(document)
    assert "Deelnemers regio-bijeenkomsten" in text
    assert "Bijeenkomsten bijgewoond (van 2)" in text  # the last column


def test_a_local_coalition_has_no_regional_overview(client_a, coalition_a):
    assert client_a.get(f"/coalities/{coalition_a.pk}/regio/").status_code == 404
    assert client_a.get(f"/coalities/{coalition_a.pk}/regio/?format=csv").status_code == 404


def test_a_local_project_lead_sees_only_her_own_coalition_in_the_region(client, limburg, venlo, venray):
    lead = f.member(venlo, "project_lead")
    f.member(limburg, "viewer", user=lead)
    client.force_login(lead)

    rows = rows_by_name(client.get(f"/coalities/{limburg.pk}/regio/"))

    assert rows["Venlo"]["coalition"] == venlo
    assert rows["Venray"]["coalition"] is None


@pytest.mark.django_db
def test_the_regional_overview_shows_each_members_flower_bed_and_budget_left(client):
    from decimal import Decimal

    limburg = f.CoalitionFactory(name="Regio Zuid", scope="regional", municipality=None)
    limburg.municipalities.add(f.municipality("GM0983"), f.municipality("GM0984"))
    venlo = f.CoalitionFactory(name="KS Venlo", municipality=f.municipality("GM0983"), region=limburg)
    for status in ("sown", "sown", "in_bud", "in_bloom"):
        f.ActionFactory(coalition=venlo, status=status)
    f.BudgetLineFactory(coalition=venlo, year=dt.date.today().year, amount=Decimal("20000"))
    f.CostRequestFactory(coalition=venlo, amount=Decimal("2500"), status="approved")
    client.force_login(f.member(limburg, "regional_coordinator"))
    page = client.get(f"/coalities/{limburg.pk}/regio/").content.decode()
    assert "Acties gezaaid" in page and "€ 17.500,00" in page
    text = client.get(f"/coalities/{limburg.pk}/regio/?format=csv").content.decode("utf-8-sig")
    venlo_row = next(line for line in text.splitlines() if line.startswith("Venlo;"))
    assert ";2;1;1;17500.00;" in venlo_row
