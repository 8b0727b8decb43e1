# SPDX-License-Identifier: EUPL-1.2
"""Chart text is at least body size (16 px): every font size in the SVG is 16 or more, and the SVG is drawn one
unit per pixel (its width equals its viewBox width), so the browser does not shrink that text."""

from __future__ import annotations

import re

from apps.monitoring.pages import charts


def assert_body_size_text(svg: str) -> None:
    sizes = [float(size) for size in re.findall(r'font-size="([\d.]+)"', svg)]
    assert sizes and min(sizes) >= 16, sizes
    view_width = re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1)
    assert f'width="{view_width}"' in svg


def test_trend_bar_and_funnel_charts_use_body_size_text():
    trend = charts.trend_chart([charts.Series("Meppel", [(2021, 50.0, 40.0, 60.0), (2022, 55.0, 45.0, 65.0)],
                                              band=True),
                                charts.Series("Nederland", [(2021, 48.0, None, None), (2022, 47.0, None, None)])],
                               "per1000", "Trend", "Meppel en Nederland")
    bars = charts.bar_chart([charts.Bar("Meppel", 50.0, 40.0, 60.0, emphasis=True), charts.Bar("Drenthe", None)],
                            "per1000", "Vergelijking", "Meppel, Drenthe")
    funnel = charts.funnel_plot([charts.FunnelPoint("7941", 120, 80.0, "higher"), charts.FunnelPoint("7942", 300, 50.0)],
                                [(50, 20.0, 90.0), (400, 40.0, 62.0)], 52.0, "per1000", "Trechter", "Per postcode")
    for svg in (trend, bars, funnel):
        assert_body_size_text(str(svg))
