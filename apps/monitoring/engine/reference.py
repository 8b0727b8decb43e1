# SPDX-License-Identifier: EUPL-1.2
"""The birth-weight p10 reference (by gestational day and sex) that the engine's Big2 and SGA are measured against.

Read from a CSV (`read_reference_csv`, every error collected first), loaded into the BirthWeightReference table
(`load_reference`), and looked up for a computation (`reference_for_computing`).
"""

from __future__ import annotations

import csv
from pathlib import Path

from django.db import transaction

COLUMNS = ("gestational_days", "sex", "p10_grams")
SEXES = {"m": "m", "jongen": "m", "1": "m", "f": "f", "v": "f", "meisje": "f", "2": "f"}


class ReferenceFileError(ValueError):
    """The reference file has errors; `errors` lists them per row and field, in Dutch."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


def read_reference_csv(path: Path) -> list[tuple[int, str, float, str]]:
    """Rows (gestational_days, sex, p10_grams, source) of a reference CSV; every error is collected first."""
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            sample = handle.read(4096)
            handle.seek(0)
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
            reader = csv.DictReader(handle, dialect=dialect)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ReferenceFileError([f"Kolommen ontbreken: {', '.join(missing)} (nodig: {', '.join(COLUMNS)})."])
            rows, errors, seen = [], [], {}
            for number, row in enumerate(reader, start=2):
                day, sex, p10 = ((row.get(c) or "").strip() for c in COLUMNS)
                try:
                    day_value = int(day)
                    if not 140 <= day_value <= 320:
                        raise ValueError
                except ValueError:
                    errors.append(f"Rij {number}, gestational_days: '{day}' is geen zwangerschapsduur in dagen "
                                  "(140-320).")
                    continue
                sex_value = SEXES.get(sex.lower())
                if sex_value is None:
                    errors.append(f"Rij {number}, sex: '{sex}' is geen geslacht (m of f).")
                    continue
                try:
                    p10_value = float(p10.replace(",", "."))
                    if not 100 <= p10_value <= 6000:
                        raise ValueError
                except ValueError:
                    errors.append(f"Rij {number}, p10_grams: '{p10}' is geen gewicht in grammen (100-6000).")
                    continue
                if (day_value, sex_value) in seen:
                    errors.append(f"Rij {number}: dag {day_value} en geslacht {sex_value} staan al in rij "
                                  f"{seen[(day_value, sex_value)]}.")
                    continue
                seen[(day_value, sex_value)] = number
                rows.append((day_value, sex_value, p10_value, (row.get("source") or "").strip()))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReferenceFileError([f"Het bestand kan niet worden gelezen: {exc}"])
    if errors:
        raise ReferenceFileError(errors)
    if not rows:
        raise ReferenceFileError(["Het bestand bevat geen referentiewaarden."])
    return rows


@transaction.atomic
def replace_reference(rows: list[tuple[int, str, float, str]], source: str = "") -> int:
    """Replace every BirthWeightReference row (all or nothing)."""
    from apps.monitoring.models import BirthWeightReference

    BirthWeightReference.objects.all().delete()
    BirthWeightReference.objects.bulk_create([
        BirthWeightReference(gestational_days=day, sex=sex, p10_grams=p10, source=row_source or source)
        for day, sex, p10, row_source in rows
    ])
    return len(rows)


def load_reference(path: Path, source: str = "") -> int:
    """Replace the loaded reference by the CSV at `path` (manage.py load_birthweight_reference); returns the rows."""
    return replace_reference(read_reference_csv(path), source or Path(path).name)


def reference_for_computing(path: Path | None = None) -> list[tuple[int, str, float]] | None:
    """The p10 rows (day, sex, p10) to compute with: from the CSV at `path`, else the loaded table, else None (the
    engine then derives the reference from the records themselves)."""
    if path is not None:
        return [(day, sex, p10) for day, sex, p10, _source in read_reference_csv(path)]
    from apps.monitoring.models import BirthWeightReference

    return list(BirthWeightReference.objects.values_list("gestational_days", "sex", "p10_grams")) or None
