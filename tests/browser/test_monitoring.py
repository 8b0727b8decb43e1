# SPDX-License-Identifier: EUPL-1.2
"""Monitoring in a real browser: the Meppel dashboard, the map, the PC4 funnel plot, the import and the yearly
report, each checked with axe-core (no serious or critical violation, desktop and phone)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_accessibility import assert_accessible

pytestmark = pytest.mark.browser
YEARS = range(2013, 2025)
PC4_CSV = ("indicator;gebied;periode;teller;noemer\n"
           "big2;GM0119;2017-2021;230;1760\nbig2;7942;2017-2021;53;280\n"
           "big2;7941;2017-2021;80;700\nbig2;7943;2017-2021;40;330\n")


@pytest.fixture
def monitor(db):
    """Areas and indicators (the browser tests' flush removes the data migration's rows), synthetic figures."""
    from apps.core.testing import factories as f
    from apps.monitoring.areas import load_areas
    from apps.monitoring.engine.seed import seed
    from apps.monitoring.exchange.importer import run_import
    from apps.monitoring.registry import load_registry

    load_areas()
    load_registry()
    seed(YEARS, codes=["big2", "preterm", "perinatal_mortality", "benefit_children"])
    run_import(PC4_CSV.encode(), "pc4.csv", key="pc4")
    coalition = f.CoalitionFactory(name="Kansrijke Start Meppel", municipality=f.municipality("GM0119"),
                                   status="formed", formed_on=dt.date(2021, 3, 1))
    lead = f.member(coalition, "project_lead", user=f.UserFactory(password=None, is_superuser=True))
    from apps.monitoring.models import Story

    Story.objects.create(coalition=coalition, year=2024, title="Het eerste jaar", body="We bereikten **veel** ouders.")
    return {"lead": lead, "coalition": coalition}


def test_meppel_dashboard_shows_big2_with_interval_trend_province_and_country(monitor, page, log_in):
    log_in(monitor["lead"])
    page.goto("/monitor/gemeente/GM0119/")
    section = page.locator("#ind-big2")
    assert "per 1000" in section.get_by_test_id("value-big2").inner_text()
    assert "95%-interval" in section.get_by_test_id("interval-big2").inner_text()
    assert "Drenthe" in section.get_by_test_id("compare-big2-province").inner_text()
    assert "Nederland" in section.get_by_test_id("compare-big2-country").inner_text()
    assert section.locator("svg.trend").count() == 1 and section.locator("svg.bars").count() == 1
    assert section.locator("svg.trend circle").count() >= 12
    section.locator("details summary").click()
    assert section.locator("table tbody tr").count() == len(YEARS)
    assert page.get_by_text("Synthetisch", exact=True).first.is_visible()
    assert_accessible(page, "dashboard Meppel")


def test_map_renders_all_municipalities(monitor, page, log_in):
    log_in(monitor["lead"])
    page.goto("/monitor/kaart/?indicator=big2&periode=2024")
    assert page.locator("svg.map path").count() == 342
    assert page.locator("svg.map").bounding_box()["height"] > 200
    assert page.locator(".legend li").count() >= 3
    assert_accessible(page, "kaart")


def test_map_highlights_meppel_and_a_click_opens_a_municipalitys_dashboard(monitor, page, log_in):
    log_in(monitor["lead"])
    page.goto("/monitor/gemeente/GM0119/")
    page.get_by_role("link", name="Kaart", exact=True).click()
    assert page.locator("svg.map .highlight").count() == 1
    assert_accessible(page, "kaart met Meppel omlijnd")
    page.locator('svg.map path[data-code="GM1690"]').click()
    page.wait_for_url("**/GM1690/")
    assert "De Wolden" in page.locator("h1").inner_text()


def test_funnel_plot_makes_7942_stand_out(monitor, page, log_in):
    log_in(monitor["lead"])
    page.goto("/monitor/gemeente/GM0119/postcodes/?indicator=big2&periode=2017-2021")
    assert page.locator("svg.funnel circle.outside").count() == 1
    assert page.locator("svg.funnel text", has_text="7942").count() == 1
    assert page.locator("svg.funnel circle.inside").count() == 2
    assert_accessible(page, "trechterdiagram")


def test_bad_import_names_the_rows_and_passes_axe(monitor, page, log_in, tmp_path):
    from apps.monitoring.models import ImportBatch

    log_in(monitor["lead"])
    page.goto("/monitor/import/")
    assert_accessible(page, "import")
    bad = tmp_path / "fout.csv"
    bad.write_text("indicator;gebied;periode;teller;noemer\nbig2;GM0119;2021;45;344\nbig2;GM9999;2021;1;10\n"
                   "big2;GM0119;2021;400;344\n", encoding="utf-8")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_label("Bestand (CSV of XLSX)").set_input_files(str(bad))
    page.get_by_role("button", name="Importeren").click()
    summary = page.locator("#import-errors")
    assert "niets opgeslagen" in summary.inner_text()
    assert "Rij 3" in summary.inner_text() and "Rij 4" in summary.inner_text()
    assert ImportBatch.objects.filter(key="fout.csv").count() == 0
    assert_accessible(page, "import met fouten")


def test_region_and_yearly_report_pass_axe(monitor, page, log_in):
    log_in(monitor["lead"])
    page.goto("/monitor/regio/GG0706/")
    assert page.locator("svg.bars").count() == 1
    assert_accessible(page, "regio")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"/coalities/{monitor['coalition'].pk}/monitor/rapport/?jaar=2024")
    assert page.get_by_role("heading", name="Het eerste jaar").is_visible()
    assert_accessible(page, "voortgangsrapportage")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto("/monitor/")
    assert_accessible(page, "monitor")
