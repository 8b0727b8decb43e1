# SPDX-License-Identifier: EUPL-1.2
"""The national intervention catalogue: the programmes a local service may deliver (issue 3, docs/domain.md §3).

Target group, phases, provider and recognition follow the Dutch intervention databases (Loket Gezond Leven of the
RIVM, the NJi Databank Effectieve Jeugdinterventies) as collected in shared/research/domain.md §4. Where that
research could not confirm a formal database status the entry says so in `recognition_source` and keeps
`not_assessed`: a professional must never read a recognition that nobody checked. Prepare, 1000 kansen and
Gelukkig Ouderschap are named by the Zuid-Limburg approach (seed 003) but were not found in the databases; they are
listed by name only, so that services and the regional inventory can refer to them, until a coalition fills them in.

Plain data, so that the data migration 0002_intervention_catalogue can load it without importing models.
"""

from __future__ import annotations

from typing import Any

# Codes are stable (services, HSDS exports and regional inventories refer to them); texts may be improved.
INTERVENTIONS: list[dict[str, Any]] = [
    {
        "code": "nu-niet-zwanger",
        "name": "Nu Niet Zwanger",
        "summary": "Gesprekken over kinderwens, seksualiteit en anticonceptie met kwetsbare vrouwen en mannen, zodat "
                   "zij zelf bepalen of en wanneer zij zwanger worden. Zo regulier mogelijk, via hulpverleners "
                   "die de persoon al kennen.",
        "target_group": "Kwetsbare vrouwen en mannen in de vruchtbare leeftijd met meervoudige problemen en weinig "
                        "zelfredzaamheid, die al bekend zijn bij hulpverlening.",
        "phases": ["before"],
        "situations": ["unplanned_pregnancy", "mild_intellectual_disability", "addiction", "mental_health",
                       "homeless", "unsafe_situation"],
        "provider_types": ["ggd"],
        "provider_description": "GGD (landelijk team bij GGD GHOR Nederland); getrainde aandachtsfunctionarissen "
                                "bij partnerorganisaties, complexe situaties naar NNZ-verpleegkundigen.",
        "recognition": "not_assessed",
        "recognition_source": "Formele status in de databanken niet nagegaan; GGD GHOR NL noemt het een ‘landelijk "
                              "bekende en goed onderbouwde preventieve interventie’ (ggdghor.nl, nunietzwanger.nl).",
        "website": "https://www.nunietzwanger.nl/hoe-het-werkt/",
    },
    {
        "code": "voorzorg",
        "name": "VoorZorg",
        "summary": "Een vaste VoorZorg-verpleegkundige van de JGZ komt vanaf de zwangerschap tot het kind twee jaar "
                   "is regelmatig op huisbezoek (40 tot 60 gestructureerde bezoeken).",
        "target_group": "Vrouwen die hun eerste kind verwachten, hooguit 28 weken zwanger, tot 25 jaar, hooguit "
                        "vmbo-opleiding, die wat Nederlands spreken en bij wie risicofactoren zich opstapelen.",
        "phases": ["during", "after"],
        "situations": ["teenage_parents", "weak_network", "poverty_debts", "unsafe_situation", "mental_health",
                       "low_literacy"],
        "provider_types": ["jgz"],
        "provider_description": "JGZ-verpleegkundige met VoorZorg-opleiding; licentie bij het NCJ.",
        "recognition": "effective_good",
        "recognition_source": "Loket Gezond Leven, interventie 1401047: effectief – goede aanwijzingen (erkend "
                              "01-10-2015, opnieuw erkend 30-09-2021).",
        "website": "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1401047",
    },
    {
        "code": "stevig-ouderschap",
        "name": "Stevig Ouderschap",
        "summary": "Huisbezoeken door een JGZ-verpleegkundige voor ouders die het zwaarder hebben: ongeveer vier "
                   "bezoeken in de zwangerschap en/of zes tot tien na de geboorte, tot het kind 2,5 jaar is.",
        "target_group": "Ouders met een belaste voorgeschiedenis, persoonlijke problemen, te weinig steun of een "
                        "zwaardere opvoedingsbelasting (ongeveer 5–7% van de ouders). Aanmelden vanaf 12 à 16 "
                        "weken zwangerschap, via een selectievragenlijst of een verwijzing.",
        "phases": ["during", "after"],
        "situations": ["weak_network", "mental_health", "placed_out_of_home"],
        "provider_types": ["jgz"],
        "provider_description": "JGZ-verpleegkundige met certificaat Stevig Ouderschap (hbo, ten minste drie jaar "
                                "ervaring in de JGZ 0–4); licentie bij het NCJ.",
        "recognition": "effective_first",
        "recognition_source": "Loket Gezond Leven, interventie 1401064: effectief – eerste aanwijzingen (erkend "
                              "14-09-2017).",
        "website": "https://interventies.loketgezondleven.nl/leefstijlinterventies/interventies-zoeken/1401064",
    },
    {
        "code": "centering-pregnancy",
        "name": "CenteringZwangerschap (Centering Pregnancy)",
        "summary": "Zwangerschapszorg in een groep van 8 tot 12 zwangeren die rond dezelfde tijd uitgerekend zijn: "
                   "tien bijeenkomsten van twee uur, negen in de zwangerschap en één na de bevalling.",
        "target_group": "Alle zwangeren.",
        "phases": ["during"],
        "situations": [],
        "provider_types": ["midwife"],
        "provider_description": "Verloskundige met een medebegeleider (kraamverzorgende, JGZ, assistent).",
        "recognition": "not_assessed",
        "recognition_source": "Erkenning niet nagegaan. Beschrijving: KNOV (knov.nl, CenteringPregnancy); is een "
                              "indicator in de landelijke monitor Kansrijke Start.",
        "website": "https://www.knov.nl/kennis-en-scholing/vakkennis-en-wetenschap/vakkennis/centeringpregnancy-3",
    },
    {
        "code": "centering-parenting",
        "name": "CenteringOuderschap (Centering Parenting)",
        "summary": "JGZ-zorg op het consultatiebureau in een groep ouders met baby's van ongeveer dezelfde leeftijd.",
        "target_group": "Ouders die naar het consultatiebureau komen.",
        "phases": ["after"],
        "situations": [],
        "provider_types": ["jgz"],
        "provider_description": "Jeugdgezondheidszorg, in groepen.",
        "recognition": "not_assessed",
        "recognition_source": "Erkenning niet nagegaan. Beschrijving: Centering Zorg (centeringzorg.nl, handreiking "
                              "implementatie CenteringOuderschap, 2023).",
        "website": "https://centeringzorg.nl/2023/04/26/handreiking-implementatie-centeringouderschap/",
    },
    {
        "code": "prenataal-huisbezoek",
        "name": "Prenataal huisbezoek door de JGZ",
        "summary": "Een JGZ-verpleegkundige komt in de zwangerschap één of een paar keer op huisbezoek (of belt "
                   "met beeld) om kennis te maken en te kijken wat het gezin nodig heeft. Vrijwillig.",
        "target_group": "Zwangeren en gezinnen in een kwetsbare situatie. De verloskundige verwijst alleen direct "
                        "door met uitdrukkelijke toestemming van de zwangere.",
        "phases": ["during"],
        "situations": ["poverty_debts", "weak_network", "mental_health", "low_literacy", "teenage_parents",
                       "unsafe_situation", "addiction", "mild_intellectual_disability", "uncontrolled_pregnancy"],
        "provider_types": ["jgz"],
        "provider_description": "JGZ-verpleegkundige. Wettelijke taak van de gemeente sinds 1 juli 2022 (Wet "
                                "publieke gezondheid).",
        "recognition": "not_assessed",
        "recognition_source": "Niet van toepassing: wettelijke taak (Wpg), geen erkende interventie. Bron: "
                              "nieuwsbrief Kansrijke Start juli 2022; Pharos, standpunt direct verwijzen (2025).",
        "website": "https://www.gemeente.nu/sociaal/prenataal-huisbezoek-voor-kwetsbare-zwangeren/",
    },
    {
        "code": "prepare",
        "name": "Prepare",
        "summary": "Genoemd als steun op maat in de aanpak signaleren – verkennen – steun op maat (Zuid-Limburg). "
                   "Inhoud en doelgroep zijn nog niet beschreven in deze catalogus.",
        "target_group": "",
        "phases": [],
        "situations": [],
        "provider_types": [],
        "provider_description": "",
        "recognition": "not_assessed",
        "recognition_source": "Niet gevonden in Loket Gezond Leven of de NJi-databank; status niet nagegaan.",
        "website": "",
    },
    {
        "code": "1000-kansen",
        "name": "1000 kansen",
        "summary": "Genoemd als steun op maat in de aanpak signaleren – verkennen – steun op maat (Zuid-Limburg). "
                   "Inhoud en doelgroep zijn nog niet beschreven in deze catalogus.",
        "target_group": "",
        "phases": [],
        "situations": [],
        "provider_types": [],
        "provider_description": "",
        "recognition": "not_assessed",
        "recognition_source": "Niet gevonden in Loket Gezond Leven of de NJi-databank; status niet nagegaan.",
        "website": "",
    },
    {
        "code": "rookvrije-start",
        "name": "Rookvrije Start",
        "summary": "Landelijke aanpak zodat kinderen rookvrij opgroeien: professionals bespreken roken met "
                   "(aanstaande) ouders en verwijzen naar stoppen-met-rokenbegeleiding (telefonische coaching "
                   "Rookvrije Ouders, vergoed uit de basisverzekering).",
        "target_group": "(Aanstaande) ouders die roken, en hun omgeving.",
        "phases": ["before", "during", "after"],
        "situations": ["addiction"],
        "provider_types": ["midwife", "gynaecologist", "maternity_care", "jgz", "gp"],
        "provider_description": "Taskforce Rookvrije Start van negen beroepsverenigingen (e-learning, richtlijn, "
                                "ambassadeurs); uitvoering door de eigen zorgverlener.",
        "recognition": "not_assessed",
        "recognition_source": "Een campagne en netwerk, geen erkende interventie (eigen afleiding, niet nagegaan). "
                              "Bron: Trimbos-instituut, Taskforce Rookvrije Start.",
        "website": "https://www.trimbos.nl/kennis/rookvrij-opgroeien/taskforce-rookvrije-start",
    },
    {
        "code": "gelukkig-ouderschap",
        "name": "Gelukkig Ouderschap",
        "summary": "Genoemd als steun op maat in de aanpak signaleren – verkennen – steun op maat (Zuid-Limburg). "
                   "Inhoud en doelgroep zijn nog niet beschreven in deze catalogus.",
        "target_group": "",
        "phases": [],
        "situations": [],
        "provider_types": [],
        "provider_description": "",
        "recognition": "not_assessed",
        "recognition_source": "Niet gevonden in Loket Gezond Leven of de NJi-databank; status niet nagegaan.",
        "website": "",
    },
    {
        "code": "boekstart",
        "name": "BoekStart voor baby's",
        "summary": "Ouders krijgen rond drie maanden een waardebon voor een gratis BoekStartkoffertje bij de "
                   "bibliotheek, met tips om samen met de baby boekjes te lezen (0–4 jaar). BoekenPret voor "
                   "laaggeletterde ouders.",
        "target_group": "Alle ouders van baby's en peuters (0–4 jaar).",
        "phases": ["after"],
        "situations": ["low_literacy"],
        "provider_types": ["library", "jgz", "municipality"],
        "provider_description": "Bibliotheek met consultatiebureau en gemeente; BoekStartcoach.",
        "recognition": "well_founded",
        "recognition_source": "NJi: goed onderbouwd (maart 2017), volgens Stichting Lezen (lezen.nl, persbericht "
                              "BoekStart/BoekenPret).",
        "website": "https://www.lezen.nl/nl/persberichten/boekstartboekenpret-goed-onderbouwde-interventie-volgens-"
                   "nederlands-jeugdinstituut-nji",
    },
    {
        "code": "moeders-informeren-moeders",
        "name": "Moeders Informeren Moeders",
        "summary": "Een ervaren moeder (vrijwilliger) komt maandelijks op huisbezoek bij een nieuwe moeder, tot het "
                   "kind 18 maanden is.",
        "target_group": "Moeders met een eerste of nieuwe baby.",
        "phases": ["after"],
        "situations": ["weak_network"],
        "provider_types": ["informal_network"],
        "provider_description": "Vrijwillige ervaren moeders met een coördinator.",
        "recognition": "not_assessed",
        "recognition_source": "Erkenning niet nagegaan. Beschrijving: vrijwillige-inzet.nl (project P079).",
        "website": "",
    },
    {
        "code": "samenstarten",
        "name": "SamenStarten",
        "summary": "De JGZ bespreekt met ouders van jonge kinderen hoe het met het gezin gaat, ook buiten de zorg "
                   "voor het kind, en wat zij nodig hebben.",
        "target_group": "Gezinnen met jonge kinderen bij de JGZ.",
        "phases": ["after"],
        "situations": [],
        "provider_types": ["jgz"],
        "provider_description": "Jeugdgezondheidszorg.",
        "recognition": "well_founded",
        "recognition_source": "NJi-databank: goed onderbouwd (29-11-2018), volgens domeinonderzoek §4.",
        "website": "",
        "national": True,
    },
    {
        "code": "een-kindje-krijgen",
        "name": "Een kindje krijgen",
        "summary": "Voorlichting voor zwangeren in afleveringen: omgaan met stress, de bevalling en contact met je "
                   "baby.",
        "target_group": "Zwangeren.",
        "phases": ["during"],
        "situations": [],
        "provider_types": ["midwife"],
        "provider_description": "Verloskundigen.",
        "recognition": "well_founded",
        "recognition_source": "NJi-databank: goed onderbouwd (29-11-2018), volgens domeinonderzoek §4.",
        "website": "",
    },
    {
        "code": "preconceptieconsult",
        "name": "Preconceptieconsult (kinderwensspreekuur)",
        "summary": "Een gesprek over gezond zwanger worden voor wie een kinderwens heeft.",
        "target_group": "Mensen met een kinderwens.",
        "phases": ["before"],
        "situations": [],
        "provider_types": ["midwife", "gp", "gynaecologist"],
        "provider_description": "Verloskundige, huisarts of gynaecoloog; niet altijd vergoed.",
        "recognition": "not_assessed",
        "recognition_source": "Niet van toepassing: reguliere zorg, geen erkende interventie. Bron: KNOV, "
                              "preconceptionele gezondheid.",
        "website": "https://www.knov.nl/kennis-en-scholing/vakkennis-en-wetenschap/vakkennis/preconceptionele-"
                   "gezondheid-2",
    },
]

FIELDS = ("name", "summary", "target_group", "phases", "situations", "provider_types", "provider_description",
          "recognition", "recognition_source", "website", "national")


def load_catalogue(intervention_model) -> tuple[int, int]:
    """Create or update every catalogue entry by code (idempotent); returns (created, updated).

    Takes the model class so that a data migration can pass its historical model.
    """
    created = updated = 0
    for entry in INTERVENTIONS:
        defaults = {field: entry.get(field, True if field == "national" else "") for field in FIELDS}
        _obj, was_created = intervention_model.objects.update_or_create(code=entry["code"], defaults=defaults)
        created += was_created
        updated += not was_created
    return created, updated
