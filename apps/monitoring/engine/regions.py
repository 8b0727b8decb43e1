# SPDX-License-Identifier: EUPL-1.2
"""Which area lies in which: municipality -> province and GGD region, PC4 -> municipality (`Regions`).

From the bundled CBS files (no database needed: tests, benchmarks) or from the monitoring areas in the database.
"""

from __future__ import annotations

import csv
from pathlib import Path

from apps.monitoring.engine.types import Regions

DATA_DIR = Path(__file__).resolve().parents[2] / "reference" / "data"


def regions_from_files(data_dir: Path = DATA_DIR) -> Regions:
    """The bundled CBS files that apps.reference and the monitoring areas are built from."""
    regions = Regions()
    with (data_dir / "gemeente_ggdregio_2024_afgeleid.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            regions.province[row["gemeentecode"]] = row["provinciecode"]
            regions.health_region[row["gemeentecode"]] = row["ggdregio_code"]
    largest: dict[str, tuple[float, str]] = {}
    with (data_dir / "pc4_gemeente_2024.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            share = float(row["aandeel_pc4"])
            if row["pc4"] not in largest or share > largest[row["pc4"]][0]:
                largest[row["pc4"].zfill(4)] = (share, row["gemeentecode"])
    regions.pc4_parent = {pc4: code for pc4, (_share, code) in largest.items()}
    return regions


def regions_from_database() -> Regions:
    """Municipality -> province / GGD region and PC4 -> municipality as the monitoring areas have them."""
    # Imported here: regions_from_files (and so the whole engine) also runs without Django (benchmarks, notebooks).
    from apps.monitoring.models import Area
    from apps.reference.models import Municipality

    regions = Regions()
    for code, province, region in Municipality.objects.values_list("code", "province__code",
                                                                   "health_region__code"):
        regions.province[code] = province
        regions.health_region[code] = region
    regions.pc4_parent = dict(Area.objects.filter(level="pc4", parent__isnull=False)
                              .values_list("code", "parent__code"))
    if not regions.province:
        return regions_from_files()
    return regions
