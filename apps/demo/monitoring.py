# SPDX-License-Identifier: EUPL-1.2
"""Demo data of the monitoring app, loaded by `manage.py demo` after the coalitions (idempotent).

Synthetic births for every municipality (2019-2023) go through the real engine and are stored as one engine
batch, labelled synthetic: every municipality, GGD region, province and the country per year and pooled, and the
postcodes of the demo coalitions' municipalities (Meppel and its hot spot 7942 among them). Running the demo again
leaves the batch alone unless the demo's generator settings changed, which keeps `manage.py demo` fast.
"""

from __future__ import annotations

import datetime as dt
import time

import numpy as np

from apps.monitoring.engine import store, synth
from apps.monitoring.engine.compute import compute
from apps.monitoring.engine.regions import regions_from_database

DEMO_KEY = "demo:synthetic-births"
DEMO_YEARS = list(range(2019, 2024))
DEMO_SEED = 2024
MARKER = (f"Demo: synthetische geboorten {DEMO_YEARS[0]}-{DEMO_YEARS[-1]}, seed {DEMO_SEED}, "
          "met de grenzen 22 en 24 weken.")


def load(command) -> None:
    """Load or refresh this app's demo data; `command` is the running demo command (its orgs, coalitions, users)."""
    load_births(command)
    meppel = getattr(command, "coalitions", {}).get(MEPPEL)
    if meppel is not None:
        load_report_content(command, meppel)


def load_births(command) -> None:
    from apps.monitoring.models import BirthWeightReference, ImportBatch

    current = ImportBatch.objects.filter(key=DEMO_KEY, replaced_at__isnull=True).first()
    if current is not None and current.note.startswith(MARKER) and current.rows:
        _say(command, f"Monitoring: synthetische perinatale cijfers staan er al ({current.rows} waarnemingen).")
        return
    started = time.perf_counter()
    births = synth.generate(synth.SynthConfig(years=DEMO_YEARS, seed=DEMO_SEED), synth.postcodes_from_database())
    reference = list(BirthWeightReference.objects.values_list("gestational_days", "sex", "p10_grams")) or None
    result = compute(births, reference=reference, regions=regions_from_database())
    # Postcodes only for the demo coalitions' municipalities: the rest is not shown in the demo, and storing every
    # postcode of the country would make `manage.py demo` slow.
    wanted = {*getattr(command, "municipalities", {}), "GM0119"}
    regions = regions_from_database()
    pc4_wanted = np.array([result.level[i] != "pc4" or regions.pc4_parent.get(result.area[i]) in wanted
                           for i in range(result.level.size)], dtype=bool)
    result = result.select(pc4_wanted[result.row])
    report = store.store(result, key=DEMO_KEY, source_name="synth_births (demo)",
                         note=MARKER + " Geen echte geboorten.")
    _say(command, f"Monitoring: {report.stored} synthetische waarnemingen berekend en opgeslagen in "
                  f"{time.perf_counter() - started:.1f} s.")


MEPPEL = "Kansrijke Start Meppel"
# Counts of Meppel's own work per intervention (fictional, in the range of the plan's working groups, seed 000).
REACHED = {
    "Ouders bereikt per interventie: voorlichtingsavond carrousel": {2023: 64, 2024: 81, 2025: 97},
    "Ouders bereikt per interventie: breed inloopspreekuur": {2023: 38, 2024: 55, 2025: 72},
    "Ouders bereikt per interventie: voorlichting aan migrantenouders": {2023: 12, 2024: 19, 2025: 26},
}
# Stories for the yearly report: fictional people, plausible content from Meppel's plan (seed 000).
STORIES = [
    (0, 1, "Samen aan tafel bij het inloopspreekuur",
     "Sanne (24) kwam in haar twintigste week voor het eerst naar het **brede inloopspreekuur** in de bibliotheek. "
     "Ze had vragen over geld en over de bevalling, en durfde die bij de verloskundige niet goed te stellen.\n\n"
     "De jeugdverpleegkundige van Icare en een medewerker van het sociaal team zaten die ochtend samen aan tafel. "
     "Binnen een week was er een afspraak bij de schuldhulp en ging Sanne met haar partner naar de "
     "voorlichtingsavond.\n\n"
     "*Wat we leren:* korte lijntjes tussen het medische en het sociale domein werken, als ouders ons kunnen vinden."),
    (0, 2, "Voorlichting in de eigen taal",
     "Bij de voorlichting aan migrantenouders vertelde een sleutelpersoon in het Tigrinya over de kraamtijd en het "
     "consultatiebureau. Acht aanstaande ouders waren er; drie van hen hadden nog geen verloskundige.\n\n"
     "- Alle drie hadden binnen twee weken een eerste afspraak.\n"
     "- De werkgroep Laaggeletterdheid maakte een folder met pictogrammen.\n\n"
     "Volgend jaar willen we deze avonden vaker houden, samen met de bibliotheek."),
    (-1, 1, "Een kinderwens bespreekbaar maken",
     "Huisarts en gemeente oefenden met de werkgroep *Bespreekbaar maken van een kinderwens* hoe je het gesprek "
     "begint. Mark en Lotte (fictief) vertelden achteraf dat de vraag \"Wilt u het komende jaar zwanger "
     "worden?\" hen aan het denken zette: ze stopten samen met roken voordat Lotte zwanger werd.\n\n"
     "De werkgroep neemt de vraag op in het vaste consult en meet volgend jaar hoe vaak die gesteld wordt."),
]


def load_report_content(command, coalition) -> None:
    """Stories and the local indicator "ouders bereikt per interventie" for Meppel's yearly report (idempotent)."""
    from apps.coalitions.choices import ActionLine
    from apps.monitoring.models import Indicator, Kind, Level, Observation, Story
    from apps.monitoring.pages.views_coalition import save_local_value

    user = getattr(command, "users", {}).get("meppel_lead")
    year = dt.date.today().year
    for offset, order, title, body in STORIES:
        Story.objects.update_or_create(coalition=coalition, year=year + offset, title=title,
                                       defaults={"body": body, "order": order})
    for n, (name, values) in enumerate(REACHED.items(), start=1):
        indicator, _created = Indicator.objects.update_or_create(
            code=f"lokaal-{coalition.pk}-ouders-bereikt-{n}",
            defaults={"name": name, "name_en": "", "kind": Kind.LOCAL, "unit": "count", "better": "higher",
                      "coalition": coalition, "levels": [Level.COALITION_REGION], "binary": False,
                      "action_line": ActionLine.DURING, "order": 300 + n,
                      "source": "Eigen registratie van de werkgroepen (demo, fictief)",
                      "definition": "Aantal (aanstaande) ouders dat deze interventie in het jaar bereikte."})
        for value_year, count in values.items():
            stored = Observation.objects.filter(indicator=indicator, period_start=value_year,
                                                period_end=value_year, batch__replaced_at__isnull=True).first()
            if stored is None or stored.numerator != count:
                save_local_value(coalition, indicator, value_year, count, None, user)
    _say(command, f"Monitoring: {len(STORIES)} verhalen en {len(REACHED)} lokale indicatoren voor {coalition.name}.")


def _say(command, text: str) -> None:
    stdout = getattr(command, "stdout", None)
    if stdout is not None:
        stdout.write(text)
