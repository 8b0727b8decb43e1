# SPDX-License-Identifier: EUPL-1.2
"""Demo care pathways for Meppel (and one regional pathway), gap notes on Meppel's client route, and the regional
inventory of Noord- en Midden-Limburg (seed 003: Nu Niet Zwanger and VoorZorg decided for every municipality, the
other interventions being rolled out). Idempotent: running it again leaves the same data.

Steps point at the demo directory's services (directory_services.py) by name; a step whose service is not
there simply has none, so this part also loads on its own.
"""

from __future__ import annotations

from typing import Any

from apps.actions.models import Action
from apps.directory.choices import OfferStatus, ServiceStatus
from apps.directory.models import CarePathway, GapNote, Intervention, InterventionOffer, PathwayStep, Service
from apps.directory.pathways.core import SMOKING_TITLE

MEPPEL = "Kansrijke Start Meppel"
REGION = "Kansrijke Start Noord- en Midden-Limburg"

# A step: (kind, title, description, responsible organisation key or None, organisation type, names of the demo
# directory's services; "Schuldhulp *" stands for every service whose name starts with "Schuldhulp ")
Step = tuple[str, str, str, str | None, str, tuple[str, ...]]

MEPPEL_PATHWAYS: list[dict[str, Any]] = [
    {"situation": "poverty_debts", "title": "Geldzorgen tijdens de zwangerschap",
     "summary": "Voor aanstaande ouders met schulden of te weinig geld. Doel: rust in de geldzaken vóór de "
                "geboorte, zodat er ruimte is voor de baby.",
     "steps": [
         ("signal", "De verloskundige vraagt naar geldzorgen",
          "Bij de intake en rond 20 weken vraagt de verloskundige of er zorgen zijn over geld.", "vc_meppel", "", ()),
         ("first_contact", "Aanmelden bij het sociaal team of de schuldhulp",
          "Met toestemming van de cliënt belt de verloskundige het sociaal team of de schuldhulp; binnen een week "
          "is er een eerste gesprek.", "gm_meppel", "",
          ("Geldzorgen? Loket Geldzaken Meppel", "Buurtteam Meppel: hulp bij geld en papieren")),
         ("support", "Schuldhulp en een budgetmaatje",
          "Schuldhulpverlening regelt de schulden; een vrijwilliger helpt met de administratie en de "
          "babyuitzet.", None, "debt_help",
          ("Schuldhulpverlening gemeente Meppel", "Thuisadministratie voor aanstaande ouders",
           "Babyspullen voor wie het krap heeft")),
         ("handover", "Warme overdracht aan het consultatiebureau",
          "Na de geboorte neemt de jeugdverpleegkundige het contact over; de verloskundige draagt over.",
          "icare", "", ("Consultatiebureau Meppel",)),
     ]},
    {"situation": "addiction", "title": SMOKING_TITLE,
     "summary": "Stoppen met roken tijdens de zwangerschap, samen met de partner (Rookvrije Start).",
     "steps": [
         ("signal", "De verloskundige vraagt naar roken in het gezin",
          "Bij elke controle: rookt de zwangere, de partner of iemand in huis?", "vc_meppel", "", ()),
         ("support", "Stoppen met roken met begeleiding",
          "Begeleiding volgens Rookvrije Start, in de praktijk of via een stoppen-met-rokencoach.",
          None, "midwife", ("Rookvrije Start Drenthe",)),
         ("handover", "Rookvrij na de geboorte",
          "Het consultatiebureau vraagt na de geboorte door en houdt het huis rookvrij.", "icare", "",
          ("Consultatiebureau Meppel",)),
     ]},
    {"situation": "postnatal_depression", "title": "Postnatale depressie",
     "summary": "Somberheid of angst na de bevalling: vroeg zien, snel hulp.",
     "steps": [
         ("signal", "Kraamzorg of consultatiebureau signaleert",
          "Kraamverzorgende en jeugdverpleegkundige letten op somberheid, angst en slecht slapen.",
          "icare", "", ()),
         ("first_contact", "De huisarts of POH-GGZ",
          "De moeder gaat met de signalen naar de huisarts of praktijkondersteuner GGZ.", None, "gp", ()),
         ("support", "Behandeling of steun",
          "Lichte klachten: gesprekken met de POH-GGZ of een psycholoog; zwaarder: verwijzing naar de GGZ.",
          None, "mental_health", ("Poli verloskunde Isala Meppel", "Mama-café Meppel")),
         ("handover", "Terug naar het consultatiebureau", "Het consultatiebureau blijft het gezin volgen.",
          "icare", "", ()),
     ]},
    {"situation": "teenage_parents", "title": "Tienerzwangerschap en tienerouders",
     "summary": "Jonge aanstaande ouders krijgen vanaf de zwangerschap een vaste verpleegkundige.",
     "steps": [
         ("signal", "De verloskundige of huisarts ziet een jonge zwangere", "", "vc_meppel", "", ()),
         ("first_contact", "Kennismaking met de jeugdverpleegkundige",
          "Een prenataal huisbezoek door de jeugdgezondheidszorg.", "icare", "",
          ("Prenataal huisbezoek Meppel",)),
         ("support", "VoorZorg", "Intensieve huisbezoeken tot het kind twee jaar is.", "icare", "",
          ("VoorZorg Zuidwest-Drenthe",)),
         ("handover", "Overdracht naar het consultatiebureau", "", "icare", "", ()),
     ]},
    {"situation": "unsafe_situation", "title": "Huiselijk geweld en onveiligheid",
     "summary": "Volgens de meldcode: signaleren, collegiaal overleggen, Veilig Thuis raadplegen, handelen.",
     "steps": [
         ("signal", "Signalen van onveiligheid", "Iedere professional gebruikt de meldcode.", None, "midwife", ()),
         ("explore", "Collegiaal overleg en Veilig Thuis raadplegen",
          "Bij twijfel altijd advies vragen bij Veilig Thuis.", None, "neighbourhood_team", ()),
         ("support", "Hulp bij veiligheid", "Het sociaal team zet hulp in; bij acuut gevaar: melden.",
          "gm_meppel", "", ("Buurtteam Meppel: hulp bij geld en papieren",)),
     ]},
    {"situation": "low_literacy", "title": "Laaggeletterdheid",
     "summary": "Ouders die moeite hebben met lezen en schrijven: voorlezen en taal vanaf de zwangerschap.",
     "steps": [
         ("signal", "Iedere professional let op taal", "Bijvoorbeeld als formulieren niet worden ingevuld.",
          None, "midwife", ()),
         ("support", "Taalhuis en BoekStart in de bibliotheek", "", "bieb_meppel", "",
          ("Taalcafé voor ouders", "BoekStart Meppel")),
     ]},
]

REGION_PATHWAYS: list[dict[str, Any]] = [
    {"situation": "poverty_debts", "title": "Geldzorgen rond de zwangerschap (regio)",
     "summary": "Regionale route volgens Signaleren – Verkennen – Steun op maat; lokaal ingevuld per gemeente.",
     "steps": [
         ("signal", "Signaleren", "Verloskundige, gynaecoloog of kraamzorg signaleert geldzorgen.", "vsv_nl", "", ()),
         ("explore", "Verkennen", "Samen met de cliënt: wat speelt er, wat is nodig?", None, "neighbourhood_team",
          ()),
         ("support", "Steun op maat", "Schuldhulp van de gemeente, welzijn en vrijwilligers.", None, "debt_help",
          ("Schuldhulp *",)),
     ]},
]

# Gap notes on Meppel's client route: (phase, situation, note, title of an existing demo action or None). They
# point at the workspace demo's own actions, which belong to a working group as Meppel's actions all do.
MEPPEL_GAP_NOTES = [
    ("before", "poverty_debts", "Vóór de zwangerschap bereiken we gezinnen met geldzorgen nog niet; het "
     "kinderwensgesprek kan ernaar vragen.", "Kinderwensgesprek als vast onderdeel bij huisarts, verloskundige en "
     "VG-zorg"),
    ("after", "weak_network", "Weinig aanbod voor ouders zonder netwerk na de geboorte; het inloopspreekuur kan "
     "ook hen bereiken.", "Breed inloopspreekuur voor ouders met jonge kinderen"),
    ("before", "unsafe_situation", "Geen aanbod vóór de zwangerschap; bespreken in de projectgroep.", None),
]

# Regional inventory (seed 003): code → (status per municipality, default status, note)
REGION_INVENTORY: dict[str, tuple[dict[str, str], str, str]] = {
    "nu-niet-zwanger": ({}, OfferStatus.OFFERED, "Besloten voor alle gemeenten van de regio."),
    "voorzorg": ({}, OfferStatus.OFFERED, "Besloten voor alle gemeenten van de regio."),
    "1000-kansen": ({"GM0983": OfferStatus.OFFERED, "GM0957": OfferStatus.OFFERED}, OfferStatus.PLANNED,
                    "Uitrol via het regionale programma."),
    "gelukkig-ouderschap": ({"GM0984": OfferStatus.OFFERED}, OfferStatus.PLANNED, ""),
    "prepare": ({"GM0983": OfferStatus.OFFERED, "GM0984": OfferStatus.OFFERED}, OfferStatus.NOT_OFFERED, ""),
    "rookvrije-start": ({}, OfferStatus.PLANNED, "Onderdeel van de Rookvrije Generatie in de regio."),
    "boekstart": ({"GM0983": OfferStatus.OFFERED, "GM0984": OfferStatus.OFFERED, "GM0957": OfferStatus.OFFERED},
                  OfferStatus.NOT_OFFERED, ""),
}


def _services(coalition, names: tuple[str, ...]) -> list[Service]:
    """The demo directory's services of these names that cover the coalition's area (missing ones are skipped)."""
    if not names:
        return []
    candidates = (Service.objects.filter(municipalities__in=coalition.member_municipalities())
                  .exclude(status=ServiceStatus.DEFUNCT).distinct().order_by("name"))
    exact = {name for name in names if not name.endswith("*")}
    prefixes = tuple(name[:-1] for name in names if name.endswith("*"))
    return [s for s in candidates if s.name in exact or (prefixes and s.name.startswith(prefixes))]


def _pathway(command, coalition, spec: dict[str, Any]) -> CarePathway:
    from apps.demo.upsert import upsert

    pathway = upsert(CarePathway, {"coalition": coalition, "situation": spec["situation"]},
                     {"title": spec["title"], "summary": spec["summary"]})
    steps: list[Step] = spec["steps"]
    # Keyed on the order: a refresh puts the demo's steps back in place, whatever was moved in between.
    for number, (kind, title, description, org_key, org_type, names) in enumerate(steps, start=1):
        step = upsert(PathwayStep, {"pathway": pathway, "order": number}, {
            "kind": kind, "title": title, "description": description,
            "responsible": command.orgs.get(org_key) if org_key else None, "responsible_type": org_type})
        step.services.set(_services(coalition, names))
    PathwayStep.objects.filter(pathway=pathway, order__gt=len(steps)).delete()
    return pathway


def load(command) -> None:
    """Load or refresh this part of the directory's demo data (idempotent)."""
    from apps.demo.upsert import upsert

    meppel = command.coalitions[MEPPEL]
    region = command.coalitions[REGION]
    for spec in MEPPEL_PATHWAYS:
        _pathway(command, meppel, spec)
    for spec in REGION_PATHWAYS:
        _pathway(command, region, spec)

    municipality = command.municipalities["GM0119"]
    for phase, situation, note, action_title in MEPPEL_GAP_NOTES:
        action = Action.objects.filter(coalition=meppel, title=action_title).first() if action_title else None
        upsert(GapNote, {"coalition": meppel, "municipality": municipality, "phase": phase, "situation": situation},
               {"note": note, "action": action})

    interventions = {i.code: i for i in Intervention.objects.filter(code__in=REGION_INVENTORY)}
    for code, (by_municipality, default, note) in REGION_INVENTORY.items():
        if code not in interventions:
            continue  # the catalogue (migration 0002) lacks it: nothing to record
        for municipality in region.municipalities.all():
            status = by_municipality.get(municipality.code, default)
            upsert(InterventionOffer, {"coalition": region, "municipality": municipality,
                                       "intervention": interventions[code]},
                   {"status": status, "note": note if status != OfferStatus.NOT_OFFERED else ""})
