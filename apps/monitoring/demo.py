# SPDX-License-Identifier: EUPL-1.2
"""Demo data of the monitoring app, loaded by `manage.py demo` after the coalitions (idempotent).

Synthetic births for every municipality (2019-2023) go through the real engine and are stored as one engine
batch, labelled synthetic: every municipality, GGD region, province and the country per year and pooled, and the
postcodes of the demo coalitions' municipalities (Meppel and its hot spot 7942 among them). Running the demo again
leaves the batch alone unless the demo's generator settings changed, which keeps `manage.py demo` fast.
"""

from __future__ import annotations

import time

import numpy as np

from apps.monitoring import engine, store, synth

DEMO_KEY = "demo:synthetic-births"
DEMO_YEARS = list(range(2019, 2024))
DEMO_SEED = 2024
MARKER = (f"Demo: synthetische geboorten {DEMO_YEARS[0]}-{DEMO_YEARS[-1]}, seed {DEMO_SEED}, "
          "met de grenzen 22 en 24 weken.")


def load(command) -> None:
    """Load or refresh this app's demo data; `command` is the running demo command (its orgs, coalitions, users)."""
    from apps.monitoring.models import BirthWeightReference, ImportBatch

    current = ImportBatch.objects.filter(key=DEMO_KEY, replaced_at__isnull=True).first()
    if current is not None and current.note.startswith(MARKER) and current.rows:
        _say(command, f"Monitoring: synthetische perinatale cijfers staan er al ({current.rows} waarnemingen).")
        return
    started = time.perf_counter()
    births = synth.generate(synth.SynthConfig(years=DEMO_YEARS, seed=DEMO_SEED), synth.postcodes_from_database())
    reference = list(BirthWeightReference.objects.values_list("gestational_days", "sex", "p10_grams")) or None
    result = engine.compute(births, reference=reference, regions=store.regions_from_database())
    # Postcodes only for the demo coalitions' municipalities: the rest is not shown in the demo, and storing every
    # postcode of the country would make `manage.py demo` slow.
    wanted = {*getattr(command, "municipalities", {}), "GM0119"}
    regions = store.regions_from_database()
    pc4_wanted = np.array([result.level[i] != "pc4" or regions.pc4_parent.get(result.area[i]) in wanted
                           for i in range(result.level.size)], dtype=bool)
    result = result.select(pc4_wanted[result.row])
    report = store.store(result, key=DEMO_KEY, source_name="synth_births (demo)",
                         note=MARKER + " Geen echte geboorten.")
    _say(command, f"Monitoring: {report.stored} synthetische waarnemingen berekend en opgeslagen in "
                  f"{time.perf_counter() - started:.1f} s.")


def _say(command, text: str) -> None:
    stdout = getattr(command, "stdout", None)
    if stdout is not None:
        stdout.write(text)
