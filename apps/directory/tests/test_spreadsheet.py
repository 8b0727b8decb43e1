# SPDX-License-Identifier: EUPL-1.2
"""Spreadsheet import: CSV and XLSX, guessed columns, Dutch row/column errors, all or nothing, dry run, access."""

from __future__ import annotations

import pytest
import tablib
from django.core.management import CommandError, call_command

from apps.coalitions.models import Membership
from apps.core.testing.factories import CoalitionFactory, OrganisationFactory, UserFactory, municipality
from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.exchange.spreadsheet import SpreadsheetError, guess_mapping, import_rows, read_table
from apps.directory.models import Location, Service
from apps.directory.testing.factories import ServiceFactory
from apps.organisations.models import Organisation

pytestmark = pytest.mark.django_db

HEADERS = ["Naam aanbod", "Organisatie", "Omschrijving", "Adres", "Postcode", "Plaats", "Gemeente", "Fase",
           "Doelgroep/situatie", "Zelf aanmelden", "Kosten", "Telefoon", "E-mail", "Website"]
ROW_1 = ["Geldzorgen-spreekuur", "Humanitas Meppel (voorbeeld)", "Hulp bij rekeningen en schulden.",
         "Voorbeeldstraat 2", "7941ab", "Meppel", "Meppel", "Tijdens en na de zwangerschap",
         "schulden; tienerouders", "ja", "gratis", "0000-222222", "geld@voorbeeld.invalid", "www.voorbeeld.invalid"]
ROW_2 = ["Zwangerschapscursus", "Verloskundigen Meppel (voorbeeld)", "Cursus voor aanstaande ouders.", "", "", "",
         "GM0119", "tijdens", "", "nee", "€ 25 per cursus", "", "", ""]


def csv_bytes(rows, delimiter=";", bom=True) -> bytes:
    text = "\n".join(delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in row) for row in rows)
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def xlsx_bytes(rows) -> bytes:
    dataset = tablib.Dataset(*rows[1:], headers=rows[0])
    return dataset.export("xlsx")


def test_reads_csv_with_semicolons_and_bom_and_commas_without():
    table = read_table(csv_bytes([HEADERS, ROW_1]), "aanbod.csv")
    assert table.headers[0] == "Naam aanbod" and table.rows[0][4] == "7941ab"
    table = read_table(csv_bytes([HEADERS, ROW_1], delimiter=",", bom=False), "aanbod.csv")
    assert table.headers == HEADERS and table.rows[0][8] == "schulden; tienerouders"


def test_reads_xlsx():
    table = read_table(xlsx_bytes([HEADERS, ROW_1, ROW_2]), "aanbod.xlsx")
    assert table.headers == HEADERS and len(table.rows) == 2 and table.rows[1][6] == "GM0119"


def test_reads_the_windows_1252_csv_that_dutch_excel_writes():
    table = read_table("Naam;Organisatie\nTaalcafé;Bibliotheek Meppel".encode("cp1252"), "inventaris.csv")
    assert table.headers == ["Naam", "Organisatie"]
    assert table.rows == [["Taalcafé", "Bibliotheek Meppel"]]


def test_unreadable_files_are_refused_in_dutch():
    with pytest.raises(SpreadsheetError, match="UTF-8"):
        read_table(b"Naam;Organisatie\n\x81\x8d;X", "a.csv")  # neither UTF-8 nor Windows-1252
    with pytest.raises(SpreadsheetError, match="Excel"):
        read_table(b"geen excel", "a.xlsx")
    with pytest.raises(SpreadsheetError, match="CSV-bestand"):
        read_table(b"x", "a.pdf")


def test_guesses_the_mapping_from_dutch_headers():
    mapping = guess_mapping(["Naam aanbod", "Organisatie", "Omschrijving", "Postcode", "E-mailadres", "Tel.", "Iets"])
    assert mapping["name"] == 0 and mapping["organisation"] == 1 and mapping["description"] == 2
    assert mapping["postcode"] == 3 and mapping["email"] == 4 and mapping["phone"] == 5
    assert mapping["website"] is None


def test_imports_rows_creating_organisations_services_and_locations():
    table = read_table(csv_bytes([HEADERS, ROW_1, ROW_2]), "aanbod.csv")
    result = import_rows(table, guess_mapping(table.headers), municipality=municipality("GM0119"))
    assert result.ok, [str(p) for p in result.problems]
    assert (result.count("created"), result.count("updated")) == (2, 0)
    service = Service.objects.get(name="Geldzorgen-spreekuur")
    assert service.organisation.municipality.code == "GM0119"
    assert service.phases == [Phase.DURING, Phase.AFTER]
    assert service.situations == [VulnerabilityFactor.POVERTY_DEBTS, VulnerabilityFactor.TEENAGE_PARENTS]
    assert service.self_registration and service.free_of_charge and service.url == "https://www.voorbeeld.invalid"
    assert list(service.municipalities.values_list("code", flat=True)) == ["GM0119"]
    location = service.locations.get()
    assert (location.postcode, location.pc4, location.municipality.code) == ("7941 AB", "7941", "GM0119")
    course = Service.objects.get(name="Zwangerschapscursus")
    assert not course.free_of_charge and course.cost_description == "€ 25 per cursus"
    assert "schulden" in service.search_document.lower()


def test_a_second_import_updates_and_matches_organisations_by_name_and_municipality():
    table = read_table(csv_bytes([HEADERS, ROW_1]), "aanbod.csv")
    assert import_rows(table, guess_mapping(table.headers)).ok
    changed = list(ROW_1)
    changed[2] = "Nieuwe omschrijving."
    table = read_table(csv_bytes([HEADERS, changed]), "aanbod.csv")
    result = import_rows(table, guess_mapping(table.headers))
    assert result.ok and result.count("updated") == 1 and not result.outcomes[0].organisation_created
    assert Service.objects.get().description == "Nieuwe omschrijving."
    assert Organisation.objects.count() == 1 and Location.objects.count() == 1


def test_every_faulty_row_and_column_is_reported_and_nothing_is_stored():
    bad_postcode = list(ROW_1)
    bad_postcode[4] = "79A1"
    bad_phase = list(ROW_2)
    bad_phase[0], bad_phase[7] = "Babymassage", "ooit"
    no_name = list(ROW_2)
    no_name[0] = ""
    bad_mail = list(ROW_2)
    bad_mail[0], bad_mail[12] = "Ander aanbod", "geen-adres"
    table = read_table(csv_bytes([HEADERS, ROW_2, bad_postcode, bad_phase, no_name, bad_mail]), "aanbod.csv")
    result = import_rows(table, guess_mapping(table.headers))
    messages = [str(problem) for problem in result.problems]
    assert messages == [
        "Rij 3, kolom ‘Postcode’: ‘79A1’ is geen geldige postcode",
        "Rij 4, kolom ‘Fase’: ‘ooit’ is geen bekende fase (voor, tijdens of na de zwangerschap)",
        "Rij 5, kolom ‘Naam aanbod’: is leeg, maar is verplicht",
        "Rij 6, kolom ‘E-mail’: ‘geen-adres’ is geen geldig e-mailadres",
    ]
    assert not Service.objects.exists() and not Organisation.objects.exists()  # row 2 was fine: rolled back too


def test_unknown_situation_and_municipality_are_reported():
    row = list(ROW_2)
    row[8] = "schulden, maanziekte"
    other = list(ROW_2)
    other[0], other[6] = "Nog een", "Atlantis"
    table = read_table(csv_bytes([HEADERS, row, other]), "aanbod.csv")
    messages = [str(p) for p in import_rows(table, guess_mapping(table.headers)).problems]
    assert messages == ["Rij 2, kolom ‘Doelgroep/situatie’: ‘maanziekte’ is geen bekende kwetsbare situatie",
                        "Rij 3, kolom ‘Gemeente’: ‘Atlantis’ is geen Nederlandse gemeente"]


def test_dry_run_reports_but_stores_nothing():
    table = read_table(csv_bytes([HEADERS, ROW_1, ROW_2]), "aanbod.csv")
    result = import_rows(table, guess_mapping(table.headers), dry_run=True)
    assert result.ok and result.count("created") == 2
    assert not Service.objects.exists() and not Organisation.objects.exists()


def test_a_user_may_only_import_for_her_municipalities_and_not_update_claimed_listings():
    editor = UserFactory()
    Membership.objects.create(user=editor, coalition=CoalitionFactory(), role="project_lead")
    ggd = OrganisationFactory(name="Verloskundigen Meppel (voorbeeld)", municipality=municipality("GM0119"))
    from django.utils import timezone
    ServiceFactory(organisation=ggd, name="Zwangerschapscursus", claimed_at=timezone.now())
    venlo = list(ROW_1)
    venlo[6] = "Venlo"
    table = read_table(csv_bytes([HEADERS, ROW_2, venlo]), "aanbod.csv")
    result = import_rows(table, guess_mapping(table.headers), allowed_municipalities={municipality("GM0119").pk},
                         user=editor)
    messages = [str(p) for p in result.problems]
    assert messages[0].startswith("Rij 2, kolom ‘Naam aanbod’: dit aanbod bestaat al en u mag het niet bijwerken")
    assert messages[1] == "Rij 3, kolom ‘Gemeente’: u mag geen aanbod importeren voor Venlo"


def test_import_services_command(tmp_path, capsys):
    path = tmp_path / "aanbod.xlsx"
    path.write_bytes(xlsx_bytes([HEADERS, ROW_1, ROW_2]))
    call_command("import_services", str(path), "--dry-run")
    assert "Proefimport" in capsys.readouterr().out and not Service.objects.exists()
    call_command("import_services", str(path), "--municipality", "GM0119")
    assert "2 nieuw" in capsys.readouterr().out and Service.objects.count() == 2
    renamed = tmp_path / "anders.csv"
    renamed.write_bytes(csv_bytes([["Titel x", "Aanbieder", "Tekst"], ["A", "B (voorbeeld)", "C"]]))
    with pytest.raises(CommandError, match="niets geïmporteerd"):
        call_command("import_services", str(renamed), "--municipality", "GM0119")
    call_command("import_services", str(renamed), "--municipality", "GM0119", "--map", "name=Titel x",
                 "--map", "description=Tekst")
    assert Service.objects.filter(name="A", organisation__name="B (voorbeeld)").exists()


def test_a_four_digit_postcode_is_enough_for_a_location():
    row = list(ROW_1)
    row[3], row[4] = "", "7942"
    table = read_table(xlsx_bytes([HEADERS, row]), "aanbod.xlsx")
    assert import_rows(table, guess_mapping(table.headers)).ok
    location = Location.objects.get()
    assert (location.postcode, location.pc4, location.municipality.code) == ("7942", "7942", "GM0119")


def test_the_same_service_twice_in_one_sheet_is_reported():
    table = read_table(csv_bytes([HEADERS, ROW_1, ROW_2, ROW_1]), "aanbod.csv")
    messages = [str(p) for p in import_rows(table, guess_mapping(table.headers)).problems]
    assert messages == ["Rij 4, kolom ‘Naam aanbod’: dit aanbod van deze organisatie staat ook al in rij 2"]


@pytest.mark.parametrize(("content", "name"), [(b"Naam;Organisatie\n", "a.csv"), (b"Naam;Organisatie\n;\n\n", "a.csv"),
                                               (b"Naam", "a.txt")])
def test_a_file_with_only_headers_is_refused_with_a_reason(content, name):
    with pytest.raises(SpreadsheetError, match="geen rijen"):
        read_table(content, name)
