# SPDX-License-Identifier: EUPL-1.2
"""The spreadsheet import pages in a real browser: upload, map columns, dry run with errors; axe finds nothing."""

from __future__ import annotations

import pytest

from apps.directory.tests.test_spreadsheet import HEADERS, ROW_1, ROW_2, csv_bytes
from tests.browser.test_accessibility import assert_accessible

pytestmark = pytest.mark.browser


@pytest.fixture
def editor(db):
    from apps.coalitions.models import Membership
    from apps.core.testing.factories import CoalitionFactory, UserFactory, municipality

    user = UserFactory()
    Membership.objects.create(user=user, coalition=CoalitionFactory(municipality=municipality("GM0119")),
                              role="project_lead")
    return user


def test_import_pages_pass_axe_through_upload_dry_run_errors_and_import(page, log_in, editor, tmp_path):
    from apps.directory.models import Service

    log_in(editor)
    page.goto("/sociale-kaart/import/")
    assert_accessible(page, "import: upload")
    page.get_by_role("button", name="Verder: kolommen kiezen").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert_accessible(page, "import: upload without a file")

    bad = list(ROW_1)
    bad[4] = "79A1"
    path = tmp_path / "aanbod.csv"
    path.write_bytes(csv_bytes([HEADERS, ROW_2, bad]))
    page.set_input_files("#id_file", str(path))
    page.get_by_role("button", name="Verder: kolommen kiezen").click()
    page.wait_for_load_state()
    assert page.locator("#id_postcode").input_value() == "4"
    assert_accessible(page, "import: column mapping")

    page.get_by_role("button", name="Proefimport").click()
    page.wait_for_load_state()
    assert "Rij 3, kolom ‘Postcode’: ‘79A1’ is geen geldige postcode" in page.get_by_role("alert").inner_text()
    assert_accessible(page, "import: dry run with errors")

    path.write_bytes(csv_bytes([HEADERS, ROW_1, ROW_2]))
    page.goto("/sociale-kaart/import/")
    page.set_input_files("#id_file", str(path))
    page.get_by_role("button", name="Verder: kolommen kiezen").click()
    page.wait_for_load_state()
    page.get_by_role("button", name="Proefimport").click()
    page.wait_for_load_state()
    assert page.get_by_role("table", name="Wat de import zou doen").is_visible()
    assert_accessible(page, "import: dry run without errors")
    page.get_by_role("button", name="Importeren").click()
    page.wait_for_load_state()
    assert "Import klaar: 2 nieuw, 0 bijgewerkt." in page.get_by_role("status").inner_text()
    assert Service.objects.count() == 2
