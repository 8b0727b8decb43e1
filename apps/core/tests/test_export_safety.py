# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import io

import openpyxl
import pytest

from apps.core.testing import factories as f


@pytest.mark.django_db
def test_text_that_looks_like_a_formula_is_exported_as_text(client_a, coalition_a):
    f.PartnerFactory(coalition=coalition_a, contact_name='=HYPERLINK("http://kwaad.invalid","klik")')
    csv = client_a.get(f"/coalities/{coalition_a.pk}/partners/?format=csv").content.decode("utf-8-sig")
    assert ';"\'=HYPERLINK(' in csv  # quoted by the CSV writer, apostrophe first
    response = client_a.get(f"/coalities/{coalition_a.pk}/partners/?format=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cell = sheet.cell(row=2, column=4)
    assert cell.data_type == "s"
    assert cell.value.startswith("'=HYPERLINK")
