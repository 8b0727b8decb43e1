# SPDX-License-Identifier: EUPL-1.2
"""The preloaded indicator registry: definitions as the national monitor's own scripts use them.

Sources: RIVM `rivm-syso/DIAPER` (Landelijke Monitor Kansrijke Start 2023-2025, EUPL-1.2), VZinfo/Perined and
CBS Jeugdmonitor; see docs/monitoring.md for the national calibration values and the choices made where sources
differ (perinatal mortality). The strings are data, stored in Dutch with an English name next to them.
"""

from __future__ import annotations

PERINATAL_LEVELS = ["country", "province", "health_region", "municipality", "pc4", "coalition_region"]
SOCIAL_LEVELS = ["country", "province", "health_region", "municipality", "coalition_region"]
PROCESS_LEVELS = ["country", "province", "health_region", "coalition_region"]

PERINATED = "Perined (Perinatale Registratie Nederland); definitie volgens RIVM rivm-syso/DIAPER"
CBS = "CBS (Jeugdmonitor / microdata)"
WORKSPACE = "Kansrijk: live berekend uit de werkruimte en de sociale kaart"

# National calibration values (documented in docs/monitoring.md), as a proportion; None when not known.
NATIONAL_VALUES: dict[str, tuple[float, int, str]] = {
    "big2": (0.148, 2021, "VZinfo: BIG2 14,8% (2021)"),
    "preterm": (0.066, 2021, "VZinfo: vroeggeboorte 6,6% (2021)"),
    "sga": (0.097, 2021, "VZinfo: laag gewicht voor de zwangerschapsduur 9,7% (2021)"),
    "stillbirth_22": (0.0048, 2019, "VZinfo: doodgeboorte ≥ 22 weken 4,8‰ (2019)"),
    "perinatal_mortality_22": (0.0073, 2019, "VZinfo: perinatale sterfte ≥ 22 weken tot dag 7 7,3‰ (2019)"),
    "benefit_children": (0.057, 2022, "CBS Jeugdmonitor: 5,7% van de minderjarigen eind 2022"),
}

INDICATORS: list[dict] = [
    {
        "code": "big2", "order": 10, "kind": "perinatal", "unit": "per1000", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": PERINATED,
        "name": "Big2: vroeggeboorte en/of laag geboortegewicht voor de zwangerschapsduur",
        "name_en": "Big2: preterm birth and/or small for gestational age",
        "definition": "Kinderen geboren na ≥ 24 weken met een zwangerschapsduur < 259 dagen (37 weken) en/of een "
                      "geboortegewicht onder het 10e percentiel van de geslachtsspecifieke referentie voor de "
                      "zwangerschapsduur; meerlingen tellen mee. Per 1000 geboorten (levend- en doodgeboren).",
        "numerator_definition": "Geboorten ≥ 24 weken met zwangerschapsduur < 259 dagen en/of gewicht < p10.",
        "denominator_definition": "Alle geboorten ≥ 24 weken (levend- en doodgeboren).",
    },
    {
        "code": "preterm", "order": 20, "kind": "perinatal", "unit": "percent", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": PERINATED,
        "name": "Vroeggeboorte (< 37 weken)", "name_en": "Preterm birth (< 37 weeks)",
        "definition": "Aandeel geboorten ≥ 24 weken met een zwangerschapsduur < 259 dagen (37 weken).",
        "numerator_definition": "Geboorten ≥ 24 weken met zwangerschapsduur < 259 dagen.",
        "denominator_definition": "Alle geboorten ≥ 24 weken (levend- en doodgeboren).",
    },
    {
        "code": "sga", "order": 30, "kind": "perinatal", "unit": "percent", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": PERINATED,
        "name": "Laag geboortegewicht voor de zwangerschapsduur (< p10)",
        "name_en": "Small for gestational age (< p10)",
        "definition": "Aandeel geboorten ≥ 24 weken met een geboortegewicht onder het 10e percentiel van de "
                      "geslachtsspecifieke referentie voor de zwangerschapsduur in dagen.",
        "numerator_definition": "Geboorten ≥ 24 weken met gewicht < p10 van de referentie.",
        "denominator_definition": "Alle geboorten ≥ 24 weken met bekend gewicht en geslacht.",
    },
    {
        "code": "perinatal_mortality", "order": 40, "kind": "perinatal", "unit": "per1000", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": PERINATED,
        "name": "Perinatale sterfte (≥ 24 weken tot en met dag 7)",
        "name_en": "Perinatal mortality (≥ 24 weeks up to day 7)",
        "definition": "Doodgeboorte na ≥ 24 weken plus sterfte van levendgeborenen in de eerste 7 dagen, per 1000 "
                      "levend- en doodgeborenen ≥ 24 weken. Grenzen verschillen per bron: VZinfo/Perined telt vanaf "
                      "22 weken (7,3‰ in 2019; tot dag 28: 7,8‰), CBS vanaf 24 weken; wij volgen de DIAPER-"
                      "populatie van ≥ 24 weken, dus de waarden liggen iets lager dan de 22-wekenreeks.",
        "numerator_definition": "Doodgeborenen ≥ 24 weken en levendgeborenen overleden binnen 7 dagen.",
        "denominator_definition": "Alle geboorten ≥ 24 weken (levend- en doodgeboren).",
    },
    {
        "code": "stillbirth", "order": 50, "kind": "perinatal", "unit": "per1000", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": PERINATED,
        "name": "Doodgeboorte (≥ 24 weken)", "name_en": "Stillbirth (≥ 24 weeks)",
        "definition": "Doodgeborenen na ≥ 24 weken per 1000 geboorten ≥ 24 weken. VZinfo telt vanaf 22 weken "
                      "(4,8‰ in 2019).",
        "numerator_definition": "Doodgeborenen ≥ 24 weken.",
        "denominator_definition": "Alle geboorten ≥ 24 weken (levend- en doodgeboren).",
    },
    # The same two figures from 22 weeks, as VZinfo/Perined publish them: shown next to the 24-week series so a
    # project leader can compare with national reports that use either limit.
    {
        "code": "perinatal_mortality_22", "order": 45, "kind": "perinatal", "unit": "per1000", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": "Perined; VZinfo (grens ≥ 22 weken)",
        "name": "Perinatale sterfte (≥ 22 weken tot en met dag 7)",
        "name_en": "Perinatal mortality (≥ 22 weeks up to day 7)",
        "definition": "Doodgeboorte na ≥ 22 weken plus sterfte van levendgeborenen in de eerste 7 dagen, per 1000 "
                      "levend- en doodgeborenen ≥ 22 weken: de grens van VZinfo/Perined (landelijk 7,3‰ in 2019). "
                      "Zelfde cijfer vanaf 24 weken: 'Perinatale sterfte (≥ 24 weken tot en met dag 7)'.",
        "numerator_definition": "Doodgeborenen ≥ 22 weken en levendgeborenen ≥ 22 weken overleden binnen 7 dagen.",
        "denominator_definition": "Alle geboorten ≥ 22 weken (levend- en doodgeboren).",
    },
    {
        "code": "stillbirth_22", "order": 55, "kind": "perinatal", "unit": "per1000", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": "Perined; VZinfo (grens ≥ 22 weken)",
        "name": "Doodgeboorte (≥ 22 weken)", "name_en": "Stillbirth (≥ 22 weeks)",
        "definition": "Doodgeborenen na ≥ 22 weken per 1000 geboorten ≥ 22 weken: de grens van VZinfo/Perined "
                      "(landelijk 4,8‰ in 2019). Zelfde cijfer vanaf 24 weken: 'Doodgeboorte (≥ 24 weken)'.",
        "numerator_definition": "Doodgeborenen ≥ 22 weken.",
        "denominator_definition": "Alle geboorten ≥ 22 weken (levend- en doodgeboren).",
    },
    {
        "code": "late_start_care", "order": 60, "kind": "perinatal", "unit": "percent", "better": "lower",
        "action_line": "during", "levels": PERINATAL_LEVELS, "source": PERINATED,
        "name": "Start zwangerschapsbegeleiding na de 10e week",
        "name_en": "Late start of pregnancy care (after week 10)",
        "definition": "Aandeel zwangerschappen ≥ 24 weken waarbij het eerste onderzoek na dag 70 van de "
                      "zwangerschap plaatsvond (DIAPER indicator 9: amddd1ond > 70).",
        "numerator_definition": "Zwangerschappen ≥ 24 weken met eerste onderzoek na dag 70.",
        "denominator_definition": "Zwangerschappen ≥ 24 weken met bekende datum van het eerste onderzoek.",
    },
    {
        "code": "teen_mothers", "order": 70, "kind": "perinatal", "unit": "percent", "better": "lower",
        "action_line": "before", "levels": PERINATAL_LEVELS, "source": PERINATED + "; CBS",
        "name": "Tienermoeders", "name_en": "Teenage mothers",
        "definition": "Aandeel geboorten ≥ 24 weken waarvan de moeder bij de bevalling jonger dan 20 jaar was. "
                      "(CBS Jeugdmonitor telt anders: moeders ≤ 19 jaar op 1 januari per 1000 meisjes.)",
        "numerator_definition": "Geboorten ≥ 24 weken van moeders jonger dan 20 jaar.",
        "denominator_definition": "Alle geboorten ≥ 24 weken met bekende leeftijd van de moeder.",
    },
    {
        "code": "out_of_home_u2", "order": 80, "kind": "social", "unit": "per1000", "better": "lower",
        "action_line": "after", "levels": SOCIAL_LEVELS, "source": CBS + " (JGDBESCHERMBUS, JGDHULPBUS)",
        "name": "Uithuisplaatsing van kinderen jonger dan 2 jaar",
        "name_en": "Out-of-home placement of children under 2",
        "definition": "Kinderen jonger dan 2 jaar met ten minste één dag een jeugdbeschermingsmaatregel die overlapt "
                      "met jeugdhulp met verblijf, per 1000 kinderen jonger dan 2; gemeenten vijf jaar gepoold.",
        "numerator_definition": "Kinderen < 2 jaar met jeugdbescherming en jeugdhulp met verblijf.",
        "denominator_definition": "Alle kinderen < 2 jaar.",
    },
    {
        "code": "single_parent_children", "order": 90, "kind": "social", "unit": "percent", "better": "neutral",
        "action_line": "after", "levels": SOCIAL_LEVELS, "source": CBS + "; waarstaatjegemeente.nl",
        "name": "Kinderen in eenoudergezinnen", "name_en": "Children in single-parent families",
        "definition": "Aandeel kinderen (0-17 jaar) dat in een eenoudergezin woont.",
        "numerator_definition": "Kinderen 0-17 jaar in een eenoudergezin.",
        "denominator_definition": "Alle kinderen 0-17 jaar in particuliere huishoudens.",
    },
    {
        "code": "benefit_children", "order": 100, "kind": "social", "unit": "percent", "better": "lower",
        "action_line": "after", "levels": SOCIAL_LEVELS, "source": CBS,
        "name": "Kinderen in bijstandsgezinnen", "name_en": "Children in benefit households",
        "definition": "Aandeel kinderen 0-17 jaar in een huishouden waarin ten minste één ouder op 31 december een "
                      "bijstandsuitkering heeft (algemene bijstand, Bbz, IOAZ, IOAW, WWIK).",
        "numerator_definition": "Kinderen 0-17 jaar met een ouder met bijstand op 31 december.",
        "denominator_definition": "Alle kinderen 0-17 jaar op 31 december.",
    },
    {
        "code": "coalition_formed", "order": 200, "kind": "process", "unit": "percent", "better": "higher",
        "action_line": "", "levels": PROCESS_LEVELS, "source": WORKSPACE,
        "name": "Gemeenten met een lokale of regionale coalitie",
        "name_en": "Municipalities with a local or regional coalition",
        "definition": "Aandeel gemeenten dat deelneemt aan een coalitie met status 'gevormd' (RIVM indicator 1).",
        "numerator_definition": "Gemeenten in een gevormde coalitie.",
        "denominator_definition": "Alle actieve gemeenten.",
    },
    {
        "code": "joint_plan", "order": 210, "kind": "process", "unit": "percent", "better": "higher",
        "action_line": "", "levels": PROCESS_LEVELS, "source": WORKSPACE,
        "name": "Gemeenten met een gezamenlijk plan van aanpak",
        "name_en": "Municipalities with a joint plan",
        "definition": "Aandeel gemeenten in een coalitie met een plan van aanpak (RIVM indicator 2).",
        "numerator_definition": "Gemeenten met een plan van aanpak in hun coalitie.",
        "denominator_definition": "Alle actieve gemeenten.",
    },
    {
        "code": "nnz_available", "order": 220, "kind": "process", "unit": "percent", "better": "higher",
        "action_line": "before", "levels": PROCESS_LEVELS, "source": WORKSPACE,
        "name": "Gemeenten waar Nu Niet Zwanger beschikbaar is",
        "name_en": "Municipalities where Nu Niet Zwanger is available",
        "definition": "Aandeel gemeenten waar een actief aanbod van Nu Niet Zwanger in de sociale kaart staat "
                      "(RIVM indicator 3).",
        "numerator_definition": "Gemeenten met een actieve dienst met interventie 'nu-niet-zwanger'.",
        "denominator_definition": "Alle actieve gemeenten.",
    },
    {
        "code": "prenatal_home_visit", "order": 230, "kind": "process", "unit": "percent", "better": "higher",
        "action_line": "during", "levels": PROCESS_LEVELS, "source": WORKSPACE,
        "name": "Gemeenten waar de JGZ het prenataal huisbezoek aanbiedt",
        "name_en": "Municipalities where youth health care offers the prenatal home visit",
        "definition": "Aandeel gemeenten met een actieve dienst 'prenataal huisbezoek' in de sociale kaart "
                      "(RIVM indicator 4).",
        "numerator_definition": "Gemeenten met een actieve dienst met interventie 'prenataal-huisbezoek'.",
        "denominator_definition": "Alle actieve gemeenten.",
    },
    {
        "code": "voorzorg_offered", "order": 240, "kind": "process", "unit": "percent", "better": "higher",
        "action_line": "during", "levels": PROCESS_LEVELS, "source": WORKSPACE,
        "name": "Gemeenten waar VoorZorg wordt aangeboden",
        "name_en": "Municipalities where VoorZorg is offered",
        "definition": "Aandeel gemeenten met een actieve dienst 'VoorZorg' in de sociale kaart.",
        "numerator_definition": "Gemeenten met een actieve dienst met interventie 'voorzorg'.",
        "denominator_definition": "Alle actieve gemeenten.",
    },
]

PERINATAL_CODES = [spec["code"] for spec in INDICATORS if spec["kind"] == "perinatal"]
PROCESS_CODES = [spec["code"] for spec in INDICATORS if spec["kind"] == "process"]


def load_registry(apps=None) -> int:
    """Create or update the preloaded indicators (safe to run again); returns how many there are."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Indicator = apps.get_model("monitoring", "Indicator")
    for spec in INDICATORS:
        defaults = {key: value for key, value in spec.items() if key != "code"}
        defaults["binary"] = spec["unit"] != "count"
        Indicator.objects.update_or_create(code=spec["code"], defaults=defaults)
    return len(INDICATORS)
