# SPDX-License-Identifier: EUPL-1.2
"""The action list: filtered by status, and exported as CSV and Excel."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from apps.core.testing import factories as f

HEADER = ["Actie", "Werkgroep", "Eigenaar", "Actielijn", "Termijn", "Status", "Streefdatum"]


@pytest.fixture
def actions(coalition_a, coalition_b):
    group = f.WorkingGroupFactory(coalition=coalition_a, name="Werkgroep taal")
    return {
        "bloom": f.ActionFactory(coalition=coalition_a, title="BoekStart-koffertje", status="in_bloom",
                                 working_group=group, owner="Bibliotheek", action_line="after",
                                 due_date=dt.date(2025, 6, 30)),
        "sown": f.ActionFactory(coalition=coalition_a, title="Taalcafé voor ouders", status="sown"),
        "foreign": f.ActionFactory(coalition=coalition_b, title="Actie uit Venlo", status="in_bloom"),
    }


def test_the_list_filters_on_status(client_a, coalition_a, actions):
    response = client_a.get(f"/coalities/{coalition_a.pk}/acties/?status=in_bloom")

    page = response.content.decode()
    assert [obj.title for obj in response.context["object_list"]] == ["BoekStart-koffertje"]
    assert "BoekStart-koffertje" in page
    assert "Taalcafé voor ouders" not in page
    assert "Actie uit Venlo" not in page


def test_an_unknown_status_filter_shows_every_action_of_the_coalition(client_a, coalition_a, actions):
    response = client_a.get(f"/coalities/{coalition_a.pk}/acties/?status=verwelkt")

    assert sorted(obj.title for obj in response.context["object_list"]) == ["BoekStart-koffertje",
                                                                            "Taalcafé voor ouders"]


def test_the_csv_export_has_a_bom_semicolons_and_dutch_labels(client_a, coalition_a, actions):
    response = client_a.get(f"/coalities/{coalition_a.pk}/acties/?format=csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    assert lines[0].split(";") == HEADER
    assert "BoekStart-koffertje;Werkgroep taal;Bibliotheek;3. Na de geboorte;korte termijn;in bloei;2025-06-30" in lines
    assert len(lines) == 3
    assert "Actie uit Venlo" not in text


def test_the_csv_export_follows_the_status_filter(client_a, coalition_a, actions):
    response = client_a.get(f"/coalities/{coalition_a.pk}/acties/?format=csv&status=sown")

    lines = response.content.decode("utf-8").lstrip("\ufeff").splitlines()
    assert [line.split(";")[0] for line in lines[1:]] == ["Taalcafé voor ouders"]


def test_the_xlsx_export_opens_with_a_header_and_a_row_per_action(client_a, coalition_a, actions):
    response = client_a.get(f"/coalities/{coalition_a.pk}/acties/?format=xlsx")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    bloom = next(row for row in rows[1:] if row[0] == "BoekStart-koffertje")
    assert bloom[1:6] == ("Werkgroep taal", "Bibliotheek", "3. Na de geboorte", "korte termijn", "in bloei")
    assert bloom[6].date() == dt.date(2025, 6, 30)
    assert len(rows) == 3


def test_a_viewer_may_export_but_an_outsider_may_not(client, viewer_a, lead_b, coalition_a, actions):
    client.force_login(viewer_a)
    assert client.get(f"/coalities/{coalition_a.pk}/acties/?format=csv").status_code == 200

    client.force_login(lead_b)
    assert client.get(f"/coalities/{coalition_a.pk}/acties/?format=csv").status_code == 404


@pytest.mark.django_db
def test_the_status_filter_is_offered_and_kept_in_the_export_links(client_a, coalition_a):
    from apps.core.testing.factories import ActionFactory

    ActionFactory(coalition=coalition_a, title="Bloeiende actie", status="in_bloom")
    ActionFactory(coalition=coalition_a, title="Gezaaide actie", status="sown")
    page = client_a.get(f"/coalities/{coalition_a.pk}/acties/?status=in_bloom").content.decode()
    assert "Bloeiende actie" in page and "Gezaaide actie" not in page
    assert "?status=sown" in page
    assert "?format=csv&amp;status=in_bloom" in page
