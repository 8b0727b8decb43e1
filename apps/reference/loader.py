# SPDX-License-Identifier: EUPL-1.2
"""Idempotent loader of the bundled CBS reference files (see docs/data-licences.md)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class LoadResult:
    provinces: int
    health_regions: int
    municipalities: int
    postcodes: int


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@transaction.atomic
def load_reference(apps=None, data_dir: Path = DATA_DIR, postcode_file: Path | None = None) -> LoadResult:
    """Create or update provinces, GGD regions, municipalities and PC4s; safe to run again.

    `apps` is the migration app registry when called from a data migration.
    `postcode_file` lets an installation use CBS's own PC4 table instead of the bundled one.
    """
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Province = apps.get_model("reference", "Province")
    HealthRegion = apps.get_model("reference", "HealthRegion")
    Municipality = apps.get_model("reference", "Municipality")
    PostcodeArea = apps.get_model("reference", "PostcodeArea")

    regions = {row["statcode"]: row["statnaam"] for row in _rows(data_dir / "ggdregio_2025.csv")}
    for code, name in regions.items():
        HealthRegion.objects.update_or_create(code=code, defaults={"name": name})

    region_of = {row["gemeentecode"]: row["ggdregio_code"]
                 for row in _rows(data_dir / "gemeente_ggdregio_2024_afgeleid.csv")}
    municipalities = _rows(data_dir / "gemeenten_alfabetisch_2024.csv")
    provinces = {row["ProvinciecodePV"]: row["Provincienaam"] for row in municipalities}
    for code, name in provinces.items():
        Province.objects.update_or_create(code=code, defaults={"name": name})
    province_ids = dict(Province.objects.values_list("code", "id"))
    region_ids = dict(HealthRegion.objects.values_list("code", "id"))

    current = set()
    for row in municipalities:
        code = row["GemeentecodeGM"]
        current.add(code)
        Municipality.objects.update_or_create(
            code=code,
            defaults={
                "name": row["Gemeentenaam"],
                "province_id": province_ids[row["ProvinciecodePV"]],
                "health_region_id": region_ids[region_of[code]],
                "active": True,
            },
        )
    # Municipalities merged away stay (history points at them) but are marked inactive.
    Municipality.objects.exclude(code__in=current).update(active=False)

    municipality_ids = dict(Municipality.objects.values_list("code", "id"))
    pc_rows = _rows(postcode_file or data_dir / "pc4_gemeente_2024.csv")
    PostcodeArea.objects.all().delete()
    PostcodeArea.objects.bulk_create(
        [
            PostcodeArea(
                pc4=row["pc4"].zfill(4),
                municipality_id=municipality_ids[row["gemeentecode"]],
                addresses=int(row["n_adressen"]),
                share=float(row["aandeel_pc4"]),
            )
            for row in pc_rows
            if row["gemeentecode"] in municipality_ids
        ],
        batch_size=1000,
    )
    return LoadResult(len(provinces), len(regions), len(municipalities), PostcodeArea.objects.count())
