# SPDX-License-Identifier: EUPL-1.2
"""Choropleth of the municipalities, drawn server-side as SVG from the bundled CBS/PDOK boundaries.

The boundaries (data/gemeente_2025.geojson, CBS/PDOK *gebiedsindelingen*, generalised, CC BY 4.0; see
docs/monitoring.md) are already generalised to three decimals (~6,400 points), so no further simplification is
needed: they are projected once per process (equirectangular with cos 52.2° — at the scale of the Netherlands
indistinguishable from RD for a thematic map) and the paths cached.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from apps.monitoring.pages import fmt

GEOJSON = Path(__file__).resolve().parents[1] / "data" / "gemeente_2025.geojson"
WIDTH = 560
# Sequential blues, light to dark (ColorBrewer "Blues"; the palest shade left out so that it is not mistaken for
# "no data", which is white).
PALETTE = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]
NO_DATA = "#ffffff"


@dataclass
class MapClass:
    low: float
    high: float
    colour: str


@lru_cache(maxsize=1)
def projected_paths() -> tuple[dict[str, tuple[str, str]], int]:
    """GM code → (name, SVG path data), and the height of the drawing for WIDTH."""
    with GEOJSON.open(encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    k = math.cos(math.radians(52.2))
    rings = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings.append((feature["properties"]["statcode"], feature["properties"]["statnaam"],
                      [ring for polygon in polygons for ring in polygon]))
    xs = [lon * k for _c, _n, rs in rings for ring in rs for lon, _lat in ring]
    ys = [lat for _c, _n, rs in rings for ring in rs for _lon, lat in ring]
    min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
    scale = (WIDTH - 4) / (max_x - min_x)
    height = round((max_y - min_y) * scale) + 4
    paths = {}
    for code, name, rs in rings:
        parts = []
        for ring in rs:
            points = [f"{(lon * k - min_x) * scale + 2:.1f},{(max_y - lat) * scale + 2:.1f}" for lon, lat in ring]
            parts.append("M" + "L".join(points) + "Z")
        paths[code] = (name, "".join(parts))
    return paths, height


def classes(values: list[float], n: int = 5) -> list[MapClass]:
    """Quantile classes over the shown values (equal numbers of municipalities per colour)."""
    values = sorted(values)
    if not values:
        return []
    n = min(n, len(set(values)))
    bounds = [values[min(len(values) - 1, round(i * (len(values) - 1) / n))] for i in range(n + 1)]
    palette = PALETTE[len(PALETTE) - n:] if n < len(PALETTE) else PALETTE
    return [MapClass(bounds[i], bounds[i + 1], palette[i]) for i in range(n)]


def colour_for(value: float, map_classes: list[MapClass]) -> str:
    for cls in map_classes:
        if value <= cls.high:
            return cls.colour
    return map_classes[-1].colour if map_classes else NO_DATA


def choropleth(values: dict[str, float | None], suppressed: set[str], map_classes: list[MapClass], title: str,
               desc: str, highlight: str = "", link=None) -> SafeString:
    """One path per municipality; suppressed ones hatched grey, those without data white.

    `link(code)` makes each municipality a link to its dashboard (for the mouse; keyboard and screen-reader users
    have the same links in the table under the map, so these stay out of the tab order). `highlight` (a code) is
    drawn last with a thick outline, so "your" municipality stands out.
    """
    paths, height = projected_paths()
    body = ['<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect width="6" height="6" fill="#d9d9d9"/>'
            '<line x1="0" y1="0" x2="0" y2="6" stroke="#737373" stroke-width="2"/></pattern></defs>']
    for code, (name, d) in sorted(paths.items()):
        if code in suppressed:
            fill, label = "url(#hatch)", f"{name}: {fmt.suppressed_text()}"
        elif values.get(code) is not None:
            fill, label = colour_for(values[code], map_classes), f"{name}: {fmt.number(values[code])}"
        else:
            fill, label = NO_DATA, f"{name}: –"
        path = (f'<path d="{d}" fill="{fill}" stroke="#4a4a4a" stroke-width="0.4" data-code="{code}">'
                f'<title>{escape(label)}</title></path>')
        if link is not None:
            path = f'<a href="{escape(link(code))}" tabindex="-1">{path}</a>'
        body.append(path)
    if highlight in paths:
        name, d = paths[highlight]
        body.append(f'<path d="{d}" fill="none" stroke="#1a1a1a" stroke-width="3" class="highlight" '
                    f'pointer-events="none"/><path d="{d}" fill="none" stroke="#fff" stroke-width="1.2" '
                    f'pointer-events="none"/>')
    if link is not None:
        # Links cannot sit inside an image (role="img"); the linked map is hidden from assistive technology, which
        # gets its title and description as text and the same links in the table under the map.
        return mark_safe(  # noqa: S308 - names and labels escaped above, path data are numbers
            f'<p class="visually-hidden">{escape(title)}. {escape(desc)}</p>'
            f'<svg class="chart map" viewBox="0 0 {WIDTH} {height}" aria-hidden="true" '
            f'xmlns="http://www.w3.org/2000/svg" focusable="false">' + "".join(body) + "</svg>")
    return mark_safe(  # noqa: S308 - names and labels escaped above, path data are numbers
        f'<svg class="chart map" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="map-t map-d" '
        f'xmlns="http://www.w3.org/2000/svg" focusable="false"><title id="map-t">{escape(title)}</title>'
        f'<desc id="map-d">{escape(desc)}</desc>' + "".join(body) + "</svg>")


def legend_swatch(fill: str) -> SafeString:
    if fill == "hatch":
        return mark_safe('<svg viewBox="0 0 14 10" aria-hidden="true" focusable="false"><defs><pattern id="lh" '
                         'width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
                         '<rect width="4" height="4" fill="#d9d9d9"/><line x1="0" y1="0" x2="0" y2="4" '
                         'stroke="#737373" stroke-width="1.5"/></pattern></defs><rect width="14" height="10" '
                         'fill="url(#lh)"/></svg>')
    return mark_safe(f'<svg viewBox="0 0 14 10" aria-hidden="true" focusable="false"><rect width="14" height="10" '
                     f'fill="{escape(fill)}"/></svg>')
