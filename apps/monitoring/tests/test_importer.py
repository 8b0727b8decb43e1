# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from apps.monitoring.exchange.importer import run_import
from apps.monitoring.models import ImportBatch, Observation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def dutch():
    """The messages are asserted in Dutch, whatever language an earlier test left active."""
    from django.utils import translation

    with translation.override("nl"):
        yield

GOOD = """indicator;gebied;periode;teller;noemer;bron
big2;GM0119;2021;45;344;Perined
big2;7942;2021;10;53;Perined
big2;PV22;2021;620;4600;Perined
big2;NL;2021;24800;167500;Perined
stillbirth;GM0119;2017-2021;5;1700;Perined
"""


def csv_bytes(text: str) -> bytes:
    return text.encode("utf-8")


def test_good_csv_is_stored_with_interval_value_and_suppression():
    result = run_import(csv_bytes(GOOD), "cijfers.csv", key="perined-2021")
    assert result.ok, [str(e) for e in result.errors]
    assert Observation.objects.count() == 5
    meppel = Observation.objects.get(area__code="GM0119", indicator__code="big2")
    assert meppel.value == pytest.approx(45 / 344 * 1000)
    assert meppel.ci_low < meppel.value < meppel.ci_high
    assert meppel.ci_method == "wilson"
    assert not meppel.suppressed
    # 5 stillbirths: under 10, so suppressed, with an exact interval.
    pooled = Observation.objects.get(indicator__code="stillbirth")
    assert pooled.suppressed and pooled.period_start == 2017 and pooled.period_end == 2021
    assert pooled.ci_method == "clopper-pearson"
    batch = ImportBatch.objects.get()
    assert batch.rows == 5 and batch.key == "perined-2021" and "Perined" in batch.note


def test_bad_import_changes_nothing_and_names_every_row_and_field():
    run_import(csv_bytes(GOOD), "cijfers.csv", key="perined-2021")
    before = list(Observation.objects.values_list("pk", "value"))
    bad = """indicator;gebied;periode;teller;noemer
big2;GM0119;2021;45;344
onbekend;GM0119;2021;1;10
big2;GM9999;2021;1;10
big2;GM0119;2021;400;344
big2;GM0014;2021;-3;100
big2;GM0119;2021;45;344
big2;GM0014;1850;3;100
big2;GM0014;2099;3;100
"""
    result = run_import(csv_bytes(bad), "fout.csv", key="perined-2021")
    assert not result.ok
    messages = [str(e) for e in result.errors]
    assert result.error_rows == [3, 4, 5, 6, 7, 8, 9]
    assert any("Rij 3" in m and "'indicator'" in m and "onbekende indicator" in m for m in messages)
    assert any("Rij 4" in m and "'gebied'" in m and "GM9999" in m for m in messages)
    assert any("Rij 5" in m and "'teller'" in m and "groter dan de noemer" in m for m in messages)
    assert any("Rij 6" in m and "'teller'" in m and "negatief" in m for m in messages)
    assert any("Rij 7" in m and "dubbele rij" in m and "rij 2" in m for m in messages)
    assert any("Rij 8" in m and "'periode'" in m and "buiten" in m for m in messages)
    assert any("Rij 9" in m and "'periode'" in m for m in messages)
    # Nothing changed: the earlier batch is still live and untouched, no new batch.
    assert list(Observation.objects.values_list("pk", "value")) == before
    assert ImportBatch.objects.count() == 1
    assert ImportBatch.objects.get().replaced_at is None


def test_reimporting_a_key_replaces_the_batch_and_keeps_history():
    first = run_import(csv_bytes(GOOD), "cijfers.csv", key="perined-2021").batch
    second = run_import(csv_bytes("indicator,gebied,periode,teller,noemer\nbig2,GM0119,2021,50,344\n"),
                        "cijfers-v2.csv", key="perined-2021").batch
    first.refresh_from_db()
    assert first.replaced_by == second and first.replaced_at is not None
    assert not first.observations.exists()
    assert Observation.objects.get().numerator == 50
    assert ImportBatch.objects.count() == 2


def test_dry_run_validates_but_writes_nothing():
    result = run_import(csv_bytes(GOOD), "cijfers.csv", key="test", dry_run=True)
    assert result.ok and len(result.observations) == 5
    assert not Observation.objects.exists() and not ImportBatch.objects.exists()


def test_xlsx_with_english_headers_and_value_only_rows():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["indicator", "area_code", "year", "numerator", "denominator", "value", "source"])
    sheet.append(["benefit_children", "GM0119", 2022, None, None, 5.4, "CBS"])
    sheet.append(["preterm", "GM0119", 2021, 22, 344, None, "Perined"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = run_import(buffer.getvalue(), "cijfers.xlsx", key="xlsx")
    assert result.ok, [str(e) for e in result.errors]
    value_only = Observation.objects.get(indicator__code="benefit_children")
    assert value_only.value == 5.4 and value_only.ci_low is None and not value_only.suppressed
    assert Observation.objects.get(indicator__code="preterm").value == pytest.approx(22 / 344 * 100)


def test_missing_columns_and_garbage_files_are_reported():
    result = run_import(csv_bytes("foo;bar\n1;2\n"), "x.csv", key="x")
    assert not result.ok and any("kolom 'indicator' ontbreekt" in str(e) for e in result.errors)
    result = run_import(b"\x00\x01 not a workbook", "x.xlsx", key="x")
    assert not result.ok and "XLSX" in str(result.errors[0])
    result = run_import("é".encode("latin-1"), "x.csv", key="x")
    assert not result.ok and "UTF-8" in str(result.errors[0])
    assert not ImportBatch.objects.exists()


def test_secondary_suppression_protects_a_small_pc4_against_subtraction():
    # Meppel has two PC4 rows of its own here; one is small, so the other must go too, or 7942 = GM0119 - 7943.
    text = """indicator;gebied;periode;teller;noemer
big2;GM0119;2021;45;344
big2;7941;2021;40;300
big2;7942;2021;5;44
"""
    result = run_import(csv_bytes(text), "x.csv", key="x")
    assert result.ok
    cells = {o.area.code: o.suppressed for o in Observation.objects.select_related("area")}
    assert cells["7942"] is True
    assert cells["7941"] is True or cells["GM0119"] is True


def test_five_years_and_their_pooled_total_do_not_give_away_the_hidden_year():
    # 2021 has 6 stillbirths: alone it would be 2017-2021 minus the four shown years (68 - 62 = 6).
    text = "indicator;gebied;periode;teller;noemer\n" + "".join(
        f"stillbirth;GM0119;{year};{k};3400\n" for year, k in ((2017, 14), (2018, 15), (2019, 11), (2020, 22),
                                                                (2021, 6))) + "stillbirth;GM0119;2017-2021;68;17000\n"
    result = run_import(csv_bytes(text), "x.csv", key="x")
    assert result.ok
    hidden = {o.period_start if o.period_start == o.period_end else "pool": (o.suppressed, o.suppression_reason)
              for o in Observation.objects.all()}
    assert hidden[2021] == (True, "small")
    # The smallest shown year (2019: 11) goes too; 6 + 11 = 17 >= 10 leaves each between 0 and 17.
    assert hidden[2019] == (True, "secondary")
    assert [year for year, (flag, _reason) in hidden.items() if flag] == [2019, 2021]


def test_a_ggd_region_with_its_municipalities_does_not_give_away_the_hidden_member():
    from apps.monitoring.engine.regions import regions_from_files
    from apps.monitoring.models import Area

    regions = regions_from_files()
    members = sorted(code for code, region in regions.health_region.items() if region == "GG0706")
    members = [code for code in members if Area.objects.filter(level="municipality", code=code).exists()]
    assert len(members) >= 3 and Area.objects.filter(level="health_region", code="GG0706").exists()
    counts = {code: 40 + 3 * i for i, code in enumerate(members)}
    counts[members[0]] = 4  # the small one
    text = "indicator;gebied;periode;teller;noemer\n" + "".join(
        f"big2;{code};2021;{k};400\n" for code, k in counts.items()) + \
        f"big2;GG0706;2021;{sum(counts.values())};{400 * len(members)}\n"
    result = run_import(csv_bytes(text), "x.csv", key="x")
    assert result.ok
    hidden = {o.area.code for o in Observation.objects.select_related("area") if o.suppressed}
    # No province rows: the region alone would give the small member away; its smallest shown member goes too.
    assert hidden == {members[0], members[1]}
