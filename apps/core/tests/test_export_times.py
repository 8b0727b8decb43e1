# SPDX-License-Identifier: EUPL-1.2
"""Times in tables, sheets and CSV files are Dutch wall-clock times: Excel cannot store a time zone."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from apps.core.exports import Column, display, export_response

UTC = dt.UTC
SUMMER = dt.datetime(2024, 7, 1, 10, 0, 0, 123456, tzinfo=UTC)  # 12:00 in Amsterdam (CEST)
WINTER = dt.datetime(2024, 12, 1, 10, 0, tzinfo=UTC)  # 11:00 in Amsterdam (CET)
COLUMNS = [Column(lambda t: t, "Tijdstip")]


def test_an_excel_export_holds_aware_times_as_local_times_without_zone():
    response = export_response([SUMMER, WINTER], COLUMNS, "xlsx", "wijzigingen")

    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        dt.datetime(2024, 7, 1, 12, 0), dt.datetime(2024, 12, 1, 11, 0)]


def test_a_csv_export_writes_local_times():
    response = export_response([SUMMER, WINTER], COLUMNS, "csv", "wijzigingen")

    assert response.content.decode("utf-8-sig").splitlines()[1:] == ["2024-07-01 12:00:00", "2024-12-01 11:00:00"]


@pytest.mark.parametrize(("value", "shown"), [(SUMMER, "01-07-2024 12:00"), (WINTER, "01-12-2024 11:00"),
                                              (dt.datetime(2024, 7, 1, 12, 0), "01-07-2024 12:00")])
def test_a_table_on_screen_shows_local_times(value, shown):
    assert display(value) == shown
