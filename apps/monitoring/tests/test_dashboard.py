# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db.models import F
from django.urls import reverse

from apps.core.testing import factories as f
from apps.monitoring.engine.seed import seed
from apps.monitoring.exchange.importer import run_import
from apps.monitoring.models import Area, ImportBatch, Indicator, Observation

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db):
    return seed(range(2013, 2025), codes=["big2", "preterm", "stillbirth", "benefit_children"])


@pytest.fixture
def user_client(client):
    client.force_login(f.UserFactory())
    return client


def test_dashboards_need_a_login(client):
    response = client.get(reverse("monitoring:municipality", args=["GM0119"]))
    assert response.status_code == 302 and "inloggen" in response["Location"]


def test_meppel_dashboard_shows_value_interval_trend_and_comparisons(user_client, seeded):
    response = user_client.get(reverse("monitoring:municipality", args=["GM0119"]))
    assert response.status_code == 200
    html = response.content.decode()
    big2 = next(fig for fig in response.context["figures"] if fig.indicator.code == "big2")
    assert big2.obs.period_start == 2024
    assert [c.area.code for c in big2.comparisons] == ["PV22", "NL"]
    assert all(c.result in ("higher", "lower", "same") for c in big2.comparisons)
    assert len(big2.rows) == 12 and big2.trend_svg and big2.bars_svg
    assert 'data-testid="interval-big2"' in html and "95%-interval" in html
    assert "Drenthe" in html and "Nederland" in html
    assert "Synthetisch" in html  # the seed batch is synthetic
    # Dutch number format: a decimal comma in the headline value.
    assert "," in big2.value_text and "per 1000" in big2.value_text


def test_suppressed_cells_show_no_numbers(user_client, seeded):
    obs = Observation.objects.filter(area__code="GM0119", indicator__code="stillbirth", period_start=2024).get()
    obs.numerator, obs.suppressed = 3, True
    obs.save()
    response = user_client.get(reverse("monitoring:municipality", args=["GM0119"]))
    fig = next(fig for fig in response.context["figures"] if fig.indicator.code == "stillbirth")
    assert fig.value_text == "aantal < 10" and fig.interval_text == ""
    assert all(c.result == "" for c in fig.comparisons)


def test_newest_live_batch_wins_a_cell(user_client, seeded):
    run_import(b"indicator;gebied;periode;teller;noemer\nbig2;GM0119;2024;100;400\n", "x.csv", key="newer")
    response = user_client.get(reverse("monitoring:municipality", args=["GM0119"]))
    big2 = next(fig for fig in response.context["figures"] if fig.indicator.code == "big2")
    assert big2.obs.numerator == 100
    assert big2.value_text == "250,0 per 1000"


def test_dashboard_export_csv_and_xlsx(user_client, seeded):
    url = reverse("monitoring:municipality", args=["GM0119"])
    response = user_client.get(url + "?format=csv")
    text = response.content.decode("utf-8-sig")
    assert response.status_code == 200 and "big2;" in text and "GM0119" in text and "PV22" in text
    response = user_client.get(url + "?format=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_postcode_funnel_marks_the_outlier():
    run_import(
        b"indicator;gebied;periode;teller;noemer\n"
        b"big2;GM0119;2017-2021;230;1760\n"
        b"big2;7942;2017-2021;53;280\n"
        b"big2;7941;2017-2021;80;700\n"
        b"big2;7943;2017-2021;40;330\n", "pc4.csv", key="pc4")
    from django.test import Client

    client = Client()
    client.force_login(f.UserFactory())
    response = client.get(reverse("monitoring:postcodes", args=["GM0119"]) + "?indicator=big2&periode=2017-2021")
    assert response.status_code == 200
    outside = {pc4.code: side for pc4, side in response.context["outside"]}
    # 53/280 = 189.3 per 1000 against 130.7 for Meppel: outside the 95% limits, and it stands out.
    assert outside == {"7942": "higher"}
    html = response.content.decode()
    assert 'class="outside"' in html and "189,3" in html


def test_map_renders_every_municipality_and_hatches_suppressed(user_client, seeded):
    obs = Observation.objects.get(area__code="GM0119", indicator__code="big2", period_start=2024)
    obs.suppressed = True
    obs.save()
    response = user_client.get(reverse("monitoring:map") + "?indicator=big2&periode=2024")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<path ") == 342
    assert 'data-code="GM0119"' in html
    meppel_path = html[html.index('data-code="GM0119"') - 2000:html.index('data-code="GM0119"')]
    assert 'fill="url(#hatch)"' in meppel_path.rsplit("<path", 1)[1]
    assert user_client.get(reverse("monitoring:map") + "?format=csv").status_code == 200


def test_region_views(user_client, seeded):
    response = user_client.get(reverse("monitoring:region", args=["GG0706"]))
    assert response.status_code == 200
    assert "Meppel" in response.content.decode() and len(response.context["members"]) == 12
    assert user_client.get(reverse("monitoring:region", args=["GG0706"]) + "?format=xlsx").status_code == 200


def test_coalition_region_follows_coalition_access(client, seeded):
    region = f.CoalitionFactory(name="Regio Zuidwest-Drenthe", scope="regional", municipality=None)
    region.municipalities.set([f.municipality("GM0119"), f.municipality("GM1690")])
    outsider = f.UserFactory()
    client.force_login(outsider)
    assert client.get(reverse("monitoring:region", args=[f"KS{region.pk}"])).status_code == 404
    client.force_login(f.member(region, "viewer"))
    response = client.get(reverse("monitoring:region", args=[f"KS{region.pk}"]))
    assert response.status_code == 200
    assert [a.code for a in response.context["members"]] == ["GM1690", "GM0119"]  # De Wolden, Meppel


def test_process_indicators_on_the_dashboard(user_client, seeded):
    coalition = f.CoalitionFactory(municipality=f.municipality("GM0119"), status="formed",
                                   formed_on=dt.date(2021, 3, 1))
    f.PlanFactory(coalition=coalition)
    response = user_client.get(reverse("monitoring:municipality", args=["GM0119"]))
    facts = dict(response.context["process"])
    formed = next(fact for name, fact in response.context["process"] if "coalitie" in name.lower())
    assert formed.true and formed.since == dt.date(2021, 3, 1) and formed.last_true == dt.date.today()
    assert len(facts) == 5
    # The outsider sees the live indicators, not the coalition's own workspace figures.
    assert response.context["coalition_figures"] == []


def test_index_finds_a_municipality_by_name(user_client):
    response = user_client.get(reverse("monitoring:index") + "?gemeente=meppel")
    assert response.status_code == 302 and response["Location"].endswith("/monitor/gemeente/GM0119/")
    response = user_client.get(reverse("monitoring:index") + "?gemeente=Atlantis")
    assert response.status_code == 200 and "niet gevonden" in response.content.decode()


def test_indicator_registry_is_preloaded():
    codes = set(Indicator.objects.values_list("code", flat=True))
    assert {"big2", "preterm", "sga", "perinatal_mortality", "stillbirth", "late_start_care", "teen_mothers",
            "out_of_home_u2", "single_parent_children", "benefit_children", "coalition_formed", "joint_plan",
            "nnz_available", "prenatal_home_visit", "voorzorg_offered"} <= codes
    big2 = Indicator.objects.get(code="big2")
    assert "259 dagen" in big2.definition and "24 weken" in big2.definition and big2.unit == "per1000"
    assert Area.objects.filter(level="municipality").count() == 342
    assert Area.objects.get(level="pc4", code="7942").parent.code == "GM0119"
    assert ImportBatch.objects.count() == 0


def test_every_table_exports(user_client, seeded):
    from django.contrib.auth.models import Permission

    checks = [
        (reverse("monitoring:municipality", args=["GM0119"]) + "?tabel=proces&format=csv", "Nu voldaan"),
        (reverse("monitoring:region", args=["GG0706"]) + "?tabel=proces&format=csv", "Aandeel (%)"),
        (reverse("monitoring:region", args=["PV22"]) + "?format=csv", "GM0119"),
        (reverse("monitoring:postcodes", args=["GM0119"]) + "?format=csv", "Gebiedscode"),
        (reverse("monitoring:indicators") + "?format=csv", "big2"),
    ]
    for url, expected in checks:
        response = user_client.get(url)
        assert response.status_code == 200 and expected in response.content.decode("utf-8-sig"), url
    steward = f.UserFactory()
    steward.user_permissions.add(Permission.objects.get(codename="add_importbatch"))
    user_client.force_login(steward)
    response = user_client.get(reverse("monitoring:import-history") + "?format=xlsx")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd")


def test_import_pages_need_the_permission(user_client):
    assert user_client.get(reverse("monitoring:import")).status_code == 403
    assert user_client.get(reverse("monitoring:import-history")).status_code == 403


def test_import_through_the_form(client):
    from django.contrib.auth.models import Permission
    from django.core.files.uploadedfile import SimpleUploadedFile

    steward = f.UserFactory()
    steward.user_permissions.add(Permission.objects.get(codename="add_importbatch"))
    client.force_login(steward)
    good = b"indicator;gebied;periode;teller;noemer\nbig2;GM0119;2021;45;344\n"
    response = client.post(reverse("monitoring:import"), {"file": SimpleUploadedFile("a.csv", good), "key": "k",
                                                          "dry_run": "on"})
    assert response.status_code == 200 and "Proefimport" in response.content.decode()
    assert not ImportBatch.objects.exists()
    response = client.post(reverse("monitoring:import"), {"file": SimpleUploadedFile("a.csv", good), "key": "k"})
    assert response.status_code == 302 and ImportBatch.objects.get().created_by == steward
    bad = good + b"big2;GM0119;2021;400;344\n"
    response = client.post(reverse("monitoring:import"), {"file": SimpleUploadedFile("b.csv", bad), "key": "k"})
    html = response.content.decode()
    assert response.status_code == 400 and "Rij 3" in html and "groter dan de noemer" in html
    assert ImportBatch.objects.count() == 1 and Observation.objects.get().numerator == 45


def test_unknown_areas_are_404(user_client):
    for url in [reverse("monitoring:region", args=["KSabc"]), reverse("monitoring:region", args=["KS999999"]),
                reverse("monitoring:region", args=["GM0119"]), reverse("monitoring:municipality", args=["GM9999"]),
                reverse("monitoring:postcodes", args=["PV22"])]:
        assert user_client.get(url).status_code == 404, url


def test_english_pages_use_english_names_and_number_format(user_client, seeded):
    from django.conf import settings
    from django.utils import translation

    user_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    try:
        response = user_client.get(reverse("monitoring:municipality", args=["GM0119"]))
        big2 = next(fig for fig in response.context["figures"] if fig.indicator.code == "big2")
        value_text = big2.value_text
    finally:
        translation.activate(settings.LANGUAGE_CODE)  # the request left English active in this thread
    assert "Big2: preterm birth and/or small for gestational age" in response.content.decode()
    assert "." in value_text and "," not in value_text


def test_index_shows_the_national_process_indicators(user_client):
    f.CoalitionFactory(municipality=f.municipality("GM0119"), status="formed", formed_on=dt.date(2021, 3, 1))
    response = user_client.get(reverse("monitoring:index"))
    formed = next(s for name, s in response.context["process"] if s.code == "coalition_formed")
    assert formed.true == 1 and formed.total == 342
    assert "1 / 342" in response.content.decode()
    assert "Gemeenten waar het geldt" in user_client.get(reverse("monitoring:index") + "?format=csv").content.decode(
        "utf-8-sig")


def test_every_postcode_is_a_labelled_dot_or_listed_with_why_not():
    run_import(
        b"indicator;gebied;periode;teller;noemer\n"
        b"big2;GM0119;2017-2021;230;1760\n"
        b"big2;7942;2017-2021;53;280\n"
        b"big2;7941;2017-2021;80;700\n"
        b"big2;7943;2017-2021;4;30\n", "pc4.csv", key="pc4")
    from django.test import Client

    from apps.monitoring.models import Area

    client = Client()
    client.force_login(f.UserFactory())
    response = client.get(reverse("monitoring:postcodes", args=["GM0119"]) + "?indicator=big2&periode=2017-2021")
    html = response.content.decode()
    svg = html[html.index("<svg"):html.index("</svg>")]
    labelled = set(re.findall(r"<text [^>]*>(\d{4})</text>", svg))
    listed = {pc4.code: reason for pc4, reason in response.context["not_plotted"]}

    assert "7941" in labelled  # inside the limits, and still labelled
    assert listed["7943"] == "te weinig geboorten om te tonen (aantal < 10)"
    every = set(Area.objects.filter(level="pc4", parent__code="GM0119").values_list("code", flat=True))
    assert labelled | set(listed) == every and not labelled & set(listed)
    assert all(f"<li>{code}: " in html for code in listed)


def test_a_trend_line_that_cannot_be_drawn_says_why():
    from types import SimpleNamespace

    from apps.monitoring.pages.dashboard import trend_note

    meppel = SimpleNamespace(name="Meppel")
    shown, small = SimpleNamespace(suppressed=False), SimpleNamespace(suppressed=True)

    assert "één jaar" in trend_note(meppel, [2024], {2024: shown})
    note = trend_note(meppel, [2022, 2023, 2024], {2022: small, 2023: small, 2024: shown})
    assert note.startswith("Geen trendlijn voor Meppel: in 2 van de 3 jaren is het aantal te klein")
    assert "aantal < 10" in note
    assert trend_note(meppel, [2022, 2023, 2024], {2022: shown, 2023: small, 2024: shown}) == (
        "Geen punt voor Meppel in 2023: aantal te klein om te tonen (aantal < 10).")
    assert trend_note(meppel, [2023, 2024], {2023: shown, 2024: shown}) == ""


def test_the_dashboard_shows_the_trend_note(user_client, seeded):
    for obs in Observation.objects.filter(area__code="GM0119", indicator__code="stillbirth",
                                          period_start__gte=2014, period_start=F("period_end")):
        obs.suppressed = True
        obs.save()
    page = user_client.get(reverse("monitoring:municipality", args=["GM0119"])).content.decode()
    assert "Geen trendlijn voor Meppel: in " in page


def test_regional_bars_run_from_high_to_low_with_province_and_country_lines(user_client, seeded):
    response = user_client.get(reverse("monitoring:region", args=["GG0706"]) + "?indicator=big2")
    svg = str(response.context["bars_svg"])
    # Each bar's value label (the number right of its bar), in drawing order, top to bottom
    labels = re.findall(r'<text x="250\.0"|<text x="[\d.]+" y="[\d.]+" font-size="16" fill="#1a1a1a">([\d.,]+)</text>',
                        svg)
    values = [float(v.replace(".", "").replace(",", ".")) for v in labels if v]
    assert len(values) >= 10 and values == sorted(values, reverse=True)
    assert svg.count('class="ref-line"') == 2
    assert "Drenthe: " in svg and "Nederland: " in svg


def test_the_map_highlights_the_municipality_and_links_every_one_to_its_dashboard(user_client, seeded):
    dashboard = user_client.get(reverse("monitoring:municipality", args=["GM0119"])).content.decode()
    map_url = reverse("monitoring:map") + "?gemeente=GM0119"
    assert f'href="{map_url}"' in dashboard

    html = user_client.get(map_url + "&indicator=big2").content.decode()
    svg = html[html.index("<svg class=\"chart map\""):html.index("</svg>", html.index("<svg class=\"chart map\""))]
    links = re.findall(r'<a href="([^"]+)" tabindex="-1"><path [^>]*data-code="(GM\d{4})"', svg)
    assert len(links) == 342
    assert all(href == reverse("monitoring:municipality", args=[code]) for href, code in links)
    assert svg.count('class="highlight"') == 1
    meppel = re.search(r'data-code="GM0119">.*?</a>', svg).group(0)
    outline = re.search(r'<path d="([^"]+)" fill="none" stroke="#1a1a1a" stroke-width="3" class="highlight"', svg)
    assert outline.group(1) in svg[:svg.index(meppel) + len(meppel)]  # the same shape as Meppel's
    assert "Meppel is dik omlijnd." in html
    assert '<input type="hidden" name="gemeente" value="GM0119">' in html  # kept when another indicator is chosen
