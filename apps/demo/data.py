# SPDX-License-Identifier: EUPL-1.2
"""The demo content, as plain data. Read by `manage.py demo` (apps/demo/management/commands/demo.py).

Sources: the seed documents 000 (Kansrijke Start Meppel, April 2021) and 003 (Robuust, Noord- en
Midden-Limburg). Organisations are real public organisations or generic descriptions; every PERSON is
fictional (no names from the source documents), e-mail addresses use the reserved `.invalid` domain.
Amounts, most dates and the attendance figures are illustrative, not taken from the documents.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

D = dt.date
EMAIL_DOMAIN = "kansrijk-demo.invalid"

MEPPEL = "Kansrijke Start Meppel"
REGION = "Kansrijke Start Noord- en Midden-Limburg"
VENLO = "Kansrijke Start Venlo"
VENRAY = "Kansrijke Start Venray"
ROERMOND = "Kansrijke Start Roermond"
WEERT = "Kansrijke Start Weert"

# The 14 municipalities of the regional programme (CBS codes 2024). The seed names the number, not the
# municipalities; these are the GGD Limburg-Noord municipalities without Echt-Susteren.
REGION_MUNICIPALITIES = [
    "GM0889",  # Beesel
    "GM0893",  # Bergen (L.)
    "GM0907",  # Gennep
    "GM1507",  # Horst aan de Maas
    "GM1640",  # Leudal
    "GM1641",  # Maasgouw
    "GM0944",  # Mook en Middelaar
    "GM0946",  # Nederweert
    "GM1894",  # Peel en Maas
    "GM1669",  # Roerdalen
    "GM0957",  # Roermond
    "GM0983",  # Venlo
    "GM0984",  # Venray
    "GM0988",  # Weert
]

# --------------------------------------------------------------------------------------------------
# Organisations: key → (name, CBS code of the place of business or None, description)
# --------------------------------------------------------------------------------------------------
ORGANISATIONS: dict[str, tuple[str, str | None, str]] = {
    # Meppel (seed 000)
    "vc_meppel": ("Verloskundig Centrum Meppel en de Wolden", "GM0119", "Verloskundigenpraktijk."),
    "icare": ("Icare Jeugdgezondheidszorg", "GM0119", "Jeugdgezondheidszorg 0-4 jaar (consultatiebureau)."),
    "gm_meppel": ("Gemeente Meppel", "GM0119", "Sociaal domein."),
    "bieb_meppel": ("Bibliotheek Meppel", "GM0119", "BoekStart en aanpak laaggeletterdheid."),
    "kinderpraktijk": ("De Kinder Praktijk", "GM0119", "Kinderpraktijk voor fysiotherapie."),
    "verbalis": ("Logopedie Verbalis", "GM0119", "Kinderpraktijk voor logopedie."),
    "ko_meppel": ("Kinderopvang Meppel", "GM0119", "Kinderopvang en peuteropvang (voorbeeldorganisatie)."),
    "vg_meppel": ("Instelling voor mensen met een verstandelijke beperking (Meppel)", "GM0119",
                  "Zorg en ondersteuning voor mensen met een (licht) verstandelijke beperking."),
    "vroeg_erbij": ("Vroeg Erbij", "GM0119", "Partner vroegsignalering jonge kinderen."),
    "leefstijl_meppel": ("Leefstijlcoaches Meppel", "GM0119", "Gecombineerde leefstijlinterventie."),
    "isala_meppel": ("Isala Meppel", "GM0119", "Ziekenhuislocatie: verloskunde en kindergeneeskunde."),
    "wijkteam_meppel": ("Sociaal Team Meppel", "GM0119", "Wijkteam: ondersteuning thuis, schulden, opvoeden."),
    # Noord- en Midden-Limburg (seed 003 names the kinds of parties; names are public organisations in the region
    # or generic descriptions)
    "ggd_ln": ("GGD Limburg-Noord", "GM0983", "Publieke gezondheid en jeugdgezondheidszorg."),
    "cjg_nml": ("Centrum Jeugd en Gezin Noord- en Midden-Limburg", None, "Jeugdgezondheidszorg en opvoedsteun."),
    "vsv_nl": ("VSV Noord-Limburg", "GM0983",
               "Verloskundig samenwerkingsverband: eerstelijns verloskundigen, kraamzorg en ziekenhuis."),
    "vsv_ml": ("VSV Midden-Limburg", "GM0957",
               "Verloskundig samenwerkingsverband: eerstelijns verloskundigen, kraamzorg en ziekenhuis."),
    "viecuri": ("VieCuri Medisch Centrum", "GM0983", "Ziekenhuis."),
    "laurentius": ("Laurentius Ziekenhuis Roermond", "GM0957", "Ziekenhuis."),
    "sjg": ("SJG Weert", "GM0988", "Ziekenhuis."),
    "cohesie": ("Huisartsenzorggroep Cohesie", "GM0983", "Huisartsenzorggroep Noord-Limburg."),
    "meditta": ("Meditta", "GM0957", "Huisartsenorganisatie Midden-Limburg."),
    "synthese": ("Synthese", "GM0983", "Welzijnsorganisatie."),
    "vorkmeer": ("Vorkmeer", "GM1894", "Welzijnsorganisatie."),
    "welkom": ("Wel.kom", "GM0957", "Maatschappelijk werk en welzijn."),
    "puntwelzijn": ("PuntWelzijn", "GM0988", "Welzijnsorganisatie."),
    "veilig_thuis": ("Veilig Thuis Limburg-Noord", "GM0983", "Advies- en meldpunt huiselijk geweld en kindermishandeling."),
    "vvgogh": ("Vincent van Gogh", "GM0984", "Geestelijke gezondheidszorg."),
    "koraal": ("Koraal", None, "Zorg voor mensen met een verstandelijke beperking en jeugdhulp."),
    "dichterbij": ("Dichterbij", "GM0907", "Zorg voor mensen met een verstandelijke beperking."),
    "bieb_venlo": ("Bibliotheek Venlo", "GM0983", "BoekStart en taalhuis."),
    "bieb_maaspeel": ("Bibliotheek Maas en Peel", "GM0984", "BoekStart en taalhuis."),
    "bieb_roermond": ("Bibliotheek Roermond", "GM0957", "BoekStart en taalhuis."),
    "ko_nl": ("Kinderopvang Noord-Limburg", None, "Kinderopvang (voorbeeldorganisatie)."),
    "ko_ml": ("Kinderopvang Midden-Limburg", None, "Kinderopvang (voorbeeldorganisatie)."),
    "burgerkracht": ("Burgerkracht Limburg", None, "Ondersteuning van burgerinitiatieven en ervaringsdeskundigheid."),
    "aesculaap": ("Aesculaap Medische assistentie", None, "Medische assistentie."),
    "cz": ("CZ", None, "Zorgverzekeraar."),
    "vgz": ("VGZ", None, "Zorgverzekeraar."),
    "prov_limburg": ("Provincie Limburg", None, "Provinciaal programma gezondheid."),
    "ouderraad_nml": ("Ouderraad Kansrijke Start Noord- en Midden-Limburg (in oprichting)", None,
                      "Regionale vertegenwoordiging van (jonge) ouders."),
    "ouderpanel_venlo": ("Ouderpanel Kansrijke Start Venlo", "GM0983", "Klankbordgroep van ouders."),
}

# Per municipality of the region: "Gemeente <naam>"; key "gm_<code>". Added by the command from the reference data.

# --------------------------------------------------------------------------------------------------
# Users. Every person is fictional. key → (username, first, last, job title, employer org key)
# Roles are given per coalition in MEMBERSHIPS.
# --------------------------------------------------------------------------------------------------
USERS: dict[str, tuple[str, str, str, str, str | None]] = {
    "admin": ("beheerder", "Bram", "Beheer", "Functioneel beheerder", None),
    "meppel_lead": ("projectleider", "Annemiek", "Visser", "Beleidsregisseur sociaal domein", "gm_meppel"),
    "meppel_midwife": ("femke.jansen", "Femke", "Jansen", "Verloskundige", "vc_meppel"),
    "meppel_nurse1": ("lotte.devries", "Lotte", "de Vries", "Jeugdverpleegkundige", "icare"),
    "meppel_nurse2": ("sanne.bakker", "Sanne", "Bakker", "Jeugdverpleegkundige", "icare"),
    "meppel_jgz": ("marloes.kuipers", "Marloes", "Kuipers", "Beleidsadviseur JGZ", "icare"),
    "meppel_wg": ("werkgroeplid", "Eva", "Hoekstra", "Kinderfysiotherapeut, actie-eigenaar werkgroep 3",
                  "kinderpraktijk"),
    "meppel_viewer": ("meelezer", "Joris", "van Dam", "Beleidsmedewerker gezondheid (meelezer)", "gm_meppel"),
    "region_coord": ("regiocoordinator", "Hanneke", "Peeters", "Regionaal programmamanager Kansrijke Start",
                     "gm_GM0957"),
    "venlo_lead": ("projectleider.venlo", "Tom", "Hendriks", "Projectleider Kansrijke Start Venlo", "gm_GM0983"),
    # The case flow (apps/cases): a care coordinator of the neighbourhood team and the municipality's privacy officer.
    "meppel_coach": ("wijkcoach", "Ayla", "Kaya", "Wijkcoach, regievoerder", "wijkteam_meppel"),
    "meppel_privacy": ("privacyfunctionaris", "Ruben", "Mulder", "Functionaris gegevensbescherming", "gm_meppel"),
}

# (coalition name, user key, role, since)
MEMBERSHIPS: list[tuple[str, str, str, dt.date]] = [
    (MEPPEL, "meppel_lead", "project_lead", D(2019, 9, 1)),
    (MEPPEL, "meppel_lead", "core_group", D(2019, 9, 1)),
    (MEPPEL, "meppel_midwife", "core_group", D(2019, 9, 1)),
    (MEPPEL, "meppel_nurse1", "core_group", D(2019, 9, 1)),
    (MEPPEL, "meppel_nurse2", "core_group", D(2019, 9, 1)),
    (MEPPEL, "meppel_jgz", "core_group", D(2019, 9, 1)),
    (MEPPEL, "meppel_wg", "working_group_member", D(2020, 1, 23)),
    (MEPPEL, "meppel_viewer", "viewer", D(2021, 4, 15)),
    (REGION, "region_coord", "regional_coordinator", D(2024, 1, 1)),
    (VENLO, "venlo_lead", "project_lead", D(2021, 9, 1)),
]

# --------------------------------------------------------------------------------------------------
# Meppel (seed 000)
# --------------------------------------------------------------------------------------------------
MEPPEL_COALITION = {
    "name": MEPPEL,
    "municipality": "GM0119",
    "status": "formed",
    "in_talks_since": D(2019, 3, 1),
    "preparing_since": D(2019, 9, 1),
    "formed_on": D(2020, 1, 23),
    "monitoring_participation": True,
    "description": (
        "Elk kind in de gemeente Meppel een gelijke kans op een goede start! De gemeente Meppel, het Verloskundig "
        "Centrum Meppel en de Wolden en Icare Jeugdgezondheidszorg vormen samen de projectgroep Kansrijke Start "
        "Meppel (KSM). Na een inspiratieavond met ruim 50 professionals (november 2019) is een inspiratieplatform "
        "gevormd met professionals uit de kinderopvang, bibliotheek, een instelling voor mensen met een "
        "verstandelijke beperking, JGZ, gemeente, verloskundigenpraktijk, kinderpraktijken voor logopedie en "
        "fysiotherapie, een Vroeg Erbij-partner en leefstijlcoaches. Sinds 2020 werken acht werkgroepen aan een "
        "routekaart over de drie actielijnen."
    ),
}

# org key → (partner type, domain, contact (fictional), joined on)
MEPPEL_PARTNERS: dict[str, tuple[str, str, str, dt.date]] = {
    "vc_meppel": ("midwife", "medical", "Femke Jansen", D(2019, 9, 1)),
    "icare": ("jgz", "social", "Marloes Kuipers", D(2019, 9, 1)),
    "gm_meppel": ("municipality", "municipal", "Annemiek Visser", D(2019, 9, 1)),
    "bieb_meppel": ("library", "social", "Ellen Dijkstra", D(2019, 11, 14)),
    "ko_meppel": ("childcare", "social", "Linda Koster", D(2019, 11, 14)),
    "vg_meppel": ("intellectual_disability", "social", "Petra Bos", D(2019, 11, 14)),
    "kinderpraktijk": ("other", "medical", "Eva Hoekstra", D(2019, 11, 14)),
    "verbalis": ("other", "medical", "Iris Meijer", D(2019, 11, 14)),
    "vroeg_erbij": ("other", "social", "Karin Wolters", D(2019, 11, 14)),
    "leefstijl_meppel": ("other", "medical", "Daan Prins", D(2019, 11, 14)),
    "isala_meppel": ("hospital", "medical", "Ruud Kramer", D(2021, 2, 1)),
    "wijkteam_meppel": ("neighbourhood_team", "social", "Ayla Kaya", D(2022, 3, 1)),
}

MEPPEL_PLAN = {
    "title": "Kansrijke Start Meppel: elk kind in de gemeente Meppel een gelijke kans op een goede start",
    "summary": (
        "Uitvoeringsnotitie van de projectgroep Kansrijke Start Meppel (april 2021). Vanuit bestaande samenwerkingen "
        "bouwen we aan een lokale coalitie geboortezorg. Kansen voor verbetering zijn omgezet in activiteiten die samen "
        "een routekaart vormen: korte en lange termijn, verdeeld over de drie landelijke actielijnen en ondergebracht "
        "bij acht werkgroepen. We geven KSM een vaste en zichtbare plek in het beleidskader Sociaal Domein en in het "
        "Meppeler Akkoord (samenwerking (jeugdgezondheids)zorg en onderwijs van -9 maanden tot 23 jaar)."
    ),
    "starting_situation": (
        "Perinatale kerncijfers (waarstaatjegemeente.nl): op vroeggeboorte en/of laag geboortegewicht (Big2) scoort "
        "Meppel gunstiger dan het landelijk en provinciaal gemiddelde. Op postcode-4-niveau valt 7942 "
        "Watertoren/Haveltermade op: 189,3 per 1000 geboortes tegenover 130,8 voor heel Meppel. De start van de "
        "zwangerschapsbegeleiding vóór week 10 is gunstiger dan landelijk en provinciaal. Iets meer kinderen groeien "
        "op in een eenoudergezin dan landelijk; minder tienermoeders en minder kinderen in een uitkeringsgezin. "
        "Let op: het gaat om kleine aantallen; percentages kunnen een vertekend beeld geven."
    ),
    "period_start": D(2021, 1, 1),
    "period_end": D(2022, 12, 31),
    "adopted_on": D(2021, 4, 15),
    "adopted_by": "Projectgroep Kansrijke Start Meppel",
}

MEPPEL_AMBITIONS = [
    "Professionals uit het sociale en medische domein werken samen en weten elkaars expertise in te zetten op "
    "casusniveau, zonder organisatiebelang. Ze doen wat nodig is om ouders en kinderen een stap verder te zetten in "
    "een goede start.",
    "Het proactieve netwerk medisch en sociaal domein (met onderling korte lijntjes) is duidelijk zicht- en vindbaar "
    "voor (aanstaande) ouders. Zowel aan de voorkant (kinderwens), als waar nodig tijdens de eerste 1000 dagen. "
    "Hierdoor zijn ouders zich bewust van de noodzaak/wens gezond zwanger te worden en (een goede voorbereiding op) "
    "het ouderschap. Eigen regie en eigen (veer)kracht van de ouders zijn hierin leidend.",
]

# (action line, ambition number 1/2, title, description, measure, topics)
MEPPEL_GOALS: list[tuple[str, int, str, str, str, list[str]]] = [
    ("before", 2, "Aanstaande ouders zijn zich bewust van gezond zwanger worden en bereiden zich goed voor",
     "Voorlichting over gezond zwanger worden en leefstijl (preconceptie), ook via leefstijlcoaches.",
     "Aantal voorlichtingsmomenten en bereikte (aanstaande) ouders per jaar",
     ["preconception", "lifestyle"]),
    ("before", 2, "De kinderwens is bespreekbaar, zodat minder zwangerschappen onbedoeld ontstaan",
     "Kinderwensgesprekken bij huisarts, verloskundige en VG-zorg, ook met ouders met een licht verstandelijke "
     "beperking (werkgroep 4).", "Aantal professionals dat het kinderwensgesprek voert",
     ["unintended_pregnancy"]),
    ("during", 1, "Medische en sociale problemen tijdens de zwangerschap worden eerder en beter gesignaleerd",
     "Korte lijnen tussen verloskundige, ziekenhuis, huisarts en JGZ; samen optrekken op casusniveau.",
     "Aantal prenatale huisbezoeken en gezamenlijke casusbesprekingen",
     ["signalling", "cooperation"]),
    ("during", 2, "Aanstaande ouders, ook migrantenouders, krijgen tijdig voorlichting over zwangerschap en geboorte",
     "Voorlichtingsavond carrousel en voorlichting aan migrantenouders (werkgroep 5).",
     "Aantal deelnemers aan de voorlichtingsavonden", ["parenting"]),
    ("after", 1, "Warme overdracht tussen verloskundige, kraamzorg, ziekenhuis en JGZ",
     "Werkafspraken over de overdracht na de geboorte (werkgroep 2).", "", ["warm_handover", "cooperation"]),
    ("after", 2, "Ouders vinden het netwerk makkelijk: zorgkaart en breed inloopspreekuur",
     "Zorgkaart Kansrijke Start Meppel voor professionals en inwoners; breed inloopspreekuur (werkgroepen 3 en 6).",
     "Bezoekers inloopspreekuur; gebruik zorgkaart", ["parenting"]),
    ("after", 1, "Taalontwikkeling: laaggeletterdheid bij ouders wordt herkend en voorlezen vanaf de geboorte "
     "gestimuleerd", "Samen met de bibliotheek: BoekStart en herkennen van laaggeletterdheid (werkgroep 8).",
     "Aantal uitgereikte BoekStartkoffertjes; getrainde professionals", ["language_development"]),
]

# (number, name, theme, action owner, project group contact) — people fictional, organisations from the seed
MEPPEL_WORKING_GROUPS: list[tuple[int, str, str, str, str]] = [
    (1, "1 Uitvoeren en monitoring uitvoeringsplan", "Voortgang routekaart, monitoring en jaarlijkse inventarisatie",
     "Marloes Kuipers / Annemiek Visser", "Marloes Kuipers / Annemiek Visser"),
    (2, "2 Samenwerking ziekenhuis", "Samenwerking met verloskunde en kindergeneeskunde in het ziekenhuis",
     "Femke Jansen en Lotte de Vries", "Femke Jansen en Lotte de Vries"),
    (3, "3 Zichtbaarheid netwerk Kansrijke Start", "Logo, communicatiemiddelen en zorgkaart",
     "Eva Hoekstra (De Kinder Praktijk)", "Lotte de Vries"),
    (4, "4 Bespreekbaar maken van een kinderwens", "Kinderwens en bewust ouderschap",
     "Noor Smit / Annemiek Visser", "Annemiek Visser"),
    (5, "5 Versterken geboortezorg", "Voorlichtingsavond carrousel en voorlichting aan migrantenouders",
     "Lotte de Vries", "Lotte de Vries"),
    (6, "6 Opzetten breed inloopspreekuur", "Laagdrempelig inloopspreekuur voor ouders met jonge kinderen",
     "Iris Meijer (Logopedie Verbalis)", "Lotte de Vries"),
    (7, "7 Samenwerking huisartsen", "Huisartsen betrekken bij signaleren en de kinderwens",
     "Annemiek Visser", "Annemiek Visser"),
    (8, "8 Laaggeletterdheid", "Laaggeletterdheid herkennen en taalontwikkeling stimuleren",
     "Ellen Dijkstra (Bibliotheek Meppel)", "Sanne Bakker"),
]

# (working group number, title, action line, term, status, due date, description)
MEPPEL_ACTIONS: list[tuple[int, str, str, str, str, dt.date, str]] = [
    (1, "Uitvoeringsnotitie KSM opstellen en vaststellen", "", "short", "done", D(2021, 4, 15),
     "Ambities, routekaart en borging op papier; vastgesteld door de projectgroep."),
    (1, "Jaarlijks actiepunten nalopen op de inspiratiesessie", "", "long", "in_bloom", D(2022, 11, 17),
     "In het najaar bepalen welke actiepunten doorlopen en welke nieuw worden opgepakt."),
    (1, "Monitoring op uitkomstenniveau uitwerken (verhalen en indicatoren)", "", "long", "sown", D(2022, 12, 31),
     "Aantal bereikte ouders per interventie en verhalen van ouders en professionals."),
    (2, "Werkafspraken warme overdracht ziekenhuis – verloskundige – JGZ", "after", "short", "in_bud",
     D(2021, 12, 31), "Overdracht na ontslag uit het ziekenhuis rechtstreeks naar JGZ."),
    (2, "Gezamenlijke casuïstiekbespreking met verloskunde en kindergeneeskunde", "during", "long", "sown",
     D(2022, 12, 31), "Twee keer per jaar casuïstiek bespreken met het ziekenhuis."),
    (3, "Logo Kansrijke Start Meppel (opdracht Windesheim)", "", "short", "done", D(2021, 6, 30),
     "Een herkenbaar logo voor KSM."),
    (3, "Templates voor posters, folders en flyers", "", "short", "in_bloom", D(2021, 12, 31),
     "Herkenbaar communiceren vanuit KSM; opdracht bij Windesheim."),
    (3, "Zorgkaart Kansrijke Start Meppel", "after", "long", "in_bud", D(2022, 12, 31),
     "Samenwerking zichtbaar voor professionals en inwoners, zodat we makkelijk te vinden zijn."),
    (4, "Kinderwensgesprek als vast onderdeel bij huisarts, verloskundige en VG-zorg", "before", "long", "in_bud",
     D(2022, 12, 31), "Bewust ouderschap begint bij de kinderwens."),
    (4, "Voorlichting gezond zwanger worden aan jongvolwassenen", "before", "short", "sown", D(2022, 6, 30),
     "Preconceptievoorlichting samen met leefstijlcoaches."),
    (5, "Voorlichtingsavond carrousel voor aanstaande ouders", "during", "short", "in_bloom", D(2020, 10, 1),
     "Aanstaande ouders maken in een carrousel kennis met verloskundige, kraamzorg, JGZ en bibliotheek."),
    (5, "Voorlichting aan migrantenouders", "during", "short", "in_bud", D(2021, 10, 1),
     "Voorlichting over zwangerschap en de eerste 1000 dagen, met tolk of sleutelpersoon."),
    (6, "Breed inloopspreekuur voor ouders met jonge kinderen", "after", "short", "in_bud", D(2021, 9, 1),
     "JGZ, logopedie en kinderfysiotherapie samen op één inloopmoment."),
    (7, "Kennismaking en werkafspraken met huisartsen over signaleren", "during", "long", "sown", D(2022, 12, 31),
     "Huisartsen sluiten aan bij het inspiratieplatform."),
    (8, "BoekStart-koffertjes via het consultatiebureau", "after", "short", "in_bloom", D(2020, 12, 31),
     "Voorlezen vanaf de geboorte stimuleren."),
    (8, "Training herkennen laaggeletterdheid voor verloskundigen en JGZ", "during", "short", "in_bloom",
     D(2021, 11, 30), "Professionals herkennen laaggeletterdheid en verwijzen naar het taalhuis."),
]

# (action title, date, text, author user key)
MEPPEL_NOTES: list[tuple[str, dt.date, str, str]] = [
    ("Voorlichtingsavond carrousel voor aanstaande ouders", D(2020, 10, 8),
     "Eerste carrouselavond gehouden; 14 aanstaande ouders aanwezig. Volgende keer ook de kraamzorg uitnodigen.",
     "meppel_nurse1"),
    ("Breed inloopspreekuur voor ouders met jonge kinderen", D(2021, 3, 2),
     "Door de coronamaatregelen uitgesteld; locatie bij het consultatiebureau is beschikbaar vanaf september.",
     "meppel_wg"),
    ("Logo Kansrijke Start Meppel (opdracht Windesheim)", D(2021, 6, 24),
     "Studenten van Windesheim hebben drie ontwerpen gepresenteerd; de projectgroep koos ontwerp 2.", "meppel_lead"),
    ("Training herkennen laaggeletterdheid voor verloskundigen en JGZ", D(2021, 11, 25),
     "Training gegeven aan 18 professionals van verloskundigenpraktijk en JGZ.", "meppel_nurse2"),
    ("Kinderwensgesprek als vast onderdeel bij huisarts, verloskundige en VG-zorg", D(2022, 5, 12),
     "Aanvraag voor extra middelen toegekend; scholing kinderwensgesprek gepland in het najaar.", "meppel_lead"),
    ("Werkafspraken warme overdracht ziekenhuis – verloskundige – JGZ", D(2022, 9, 20),
     "Concept-werkafspraken besproken met de afdeling verloskunde; reactie JGZ verwerkt.", "meppel_midwife"),
]

# Meetings: (title, kind, date, location, notes, [(org key, attendees, new connections or None)])
# A date of None means: two weeks from today (an upcoming meeting on the overview).
MEPPEL_MEETINGS: list[tuple[str, str, dt.date | None, str, str, list[tuple[str, int, int | None]]]] = [
    ("Inspiratieavond Kansrijke Start Meppel 2019", "inspiration", D(2019, 11, 14), "Meppel",
     "Ruim 50 professionals rond de geboortezorg wisselden ervaringen uit en brachten kansen voor betere "
     "samenwerking met elkaar en met ouders in beeld. Hieruit is het inspiratieplatform samengesteld.",
     [("vc_meppel", 6, 4), ("icare", 12, 7), ("gm_meppel", 5, 3), ("bieb_meppel", 3, 3), ("ko_meppel", 8, 6),
      ("vg_meppel", 4, 3), ("kinderpraktijk", 3, 2), ("verbalis", 3, 2), ("vroeg_erbij", 4, 2),
      ("leefstijl_meppel", 2, 2), ("isala_meppel", 2, 1)]),
    ("Werksessie inspiratieplatform", "learning", D(2020, 1, 23), "Meppel",
     "Kansen voor verbetering uitgewerkt in activiteiten en ondergebracht bij acht werkgroepen; per werkgroep een "
     "actie-eigenaar en een aanspreekpersoon uit de projectgroep.",
     [("vc_meppel", 3, None), ("icare", 6, None), ("gm_meppel", 2, None), ("bieb_meppel", 2, None),
      ("ko_meppel", 3, None), ("vg_meppel", 2, None), ("kinderpraktijk", 2, None), ("verbalis", 2, None),
      ("vroeg_erbij", 1, None), ("leefstijl_meppel", 1, None)]),
    ("Werksessie projectgroep: ambities (o.l.v. Pharos)", "project_group", D(2020, 5, 20), "Online",
     "De twee ambities van Kansrijke Start Meppel geformuleerd.",
     [("vc_meppel", 1, None), ("icare", 3, None), ("gm_meppel", 1, None)]),
    ("Projectgroepoverleg: uitvoeringsnotitie afronden", "project_group", D(2021, 3, 18), "Gemeentehuis Meppel",
     "Uitvoeringsnotitie besproken; borging via de financieringsafspraken met Icare.",
     [("vc_meppel", 1, None), ("icare", 3, None), ("gm_meppel", 1, None)]),
    ("Inspiratieavond 2022: successen vieren en actiepunten nalopen", "inspiration", D(2022, 11, 17), "Meppel",
     "Jaarlijkse inspiratiesessie en bijpraatmoment: successen gedeeld, actiepunten nagelopen, nieuwe partners "
     "verwelkomd.",
     [("vc_meppel", 5, 2), ("icare", 10, 4), ("gm_meppel", 4, 2), ("bieb_meppel", 3, 1), ("ko_meppel", 6, 3),
      ("vg_meppel", 3, 2), ("kinderpraktijk", 2, 1), ("verbalis", 2, 1), ("vroeg_erbij", 3, 1),
      ("leefstijl_meppel", 2, 1), ("isala_meppel", 3, 2)]),
    ("Projectgroepoverleg: voorbereiding inspiratieavond", "project_group", None, "Gemeentehuis Meppel",
     "Agenda: stand van de werkgroepen, aanvragen werkgroepen, programma inspiratieavond.", []),
]

# (title, kind, date, quantity)
MEPPEL_OUTPUTS: list[tuple[str, str, dt.date, int]] = [
    ("Voorjaarsnieuwsbrief Kansrijke Start Meppel 2021", "newsletter", D(2021, 4, 20), 1),
    ("Voorjaarsnieuwsbrief Kansrijke Start Meppel 2022", "newsletter", D(2022, 4, 14), 1),
]

# The yearly review held at the 2022 inspiration evening: (action title, decision, note)
MEPPEL_REVIEW = {
    "year": 2022,
    "held_on": D(2022, 11, 17),
    "summary": "Actiepunten nagelopen op de inspiratieavond. Logo en uitvoeringsnotitie afgerond; de overige "
               "actiepunten lopen door; monitoring op uitkomstenniveau is nieuw.",
    "items": [
        ("Uitvoeringsnotitie KSM opstellen en vaststellen", "done", "Vastgesteld in april 2021."),
        ("Logo Kansrijke Start Meppel (opdracht Windesheim)", "done", "Logo in gebruik."),
        ("Zorgkaart Kansrijke Start Meppel", "continue", "Eerste versie in 2023."),
        ("Breed inloopspreekuur voor ouders met jonge kinderen", "continue", ""),
        ("Monitoring op uitkomstenniveau uitwerken (verhalen en indicatoren)", "new", "Start met ouderverhalen."),
    ],
}

# Budget: (year, source, description, amount); None as year means the current year.
MEPPEL_BUDGET: list[tuple[int | None, str, str, Decimal]] = [
    (2019, "state", "Rijksbudget Kansrijke Start (bedrag ter illustratie)", Decimal("25000.00")),
    (2020, "state", "Rijksbudget Kansrijke Start (bedrag ter illustratie)", Decimal("25000.00")),
    (2021, "state", "Rijksbudget Kansrijke Start (bedrag ter illustratie)", Decimal("25000.00")),
    (2022, "state", "Rijksbudget Kansrijke Start (bedrag ter illustratie)", Decimal("25000.00")),
    (None, "municipality", "Gemeentelijk budget borging Kansrijke Start (bedrag ter illustratie)",
     Decimal("15000.00")),
]

# Cost requests: (year or None for current, working group number, title, description, amount, submitted on
# (None: 30 days ago), requested by user key, decision: True approve / False reject / None pending, decision note)
MEPPEL_COST_REQUESTS: list[tuple] = [
    (2020, 5, "Voorlichtingsavond carrousel: zaalhuur en materialen", "Twee avonden, inclusief tolk.",
     Decimal("1250.00"), D(2020, 8, 20), "meppel_nurse1", True, "Past binnen deskundigheidsbevordering."),
    (2021, 3, "Opdracht Windesheim: logo en templates", "Logo en templates voor posters, folders en flyers.",
     Decimal("2500.00"), D(2021, 2, 10), "meppel_wg", True, "PR & communicatie: past binnen het budget."),
    (2021, 4, "Extra middelen ‘bespreekbaar maken van een kinderwens’", "Scholing kinderwensgesprek en materialen.",
     Decimal("8500.00"), D(2021, 5, 6), "meppel_lead", True, "Toegekend; het project vraagt extra middelen."),
    (2021, 6, "Meubilair voor inloopruimte", "Inrichting van een eigen inloopruimte.",
     Decimal("4800.00"), D(2021, 6, 3), "meppel_wg", False,
     "Valt buiten de kaders (geen PR, communicatie of deskundigheidsbevordering); gebruik de ruimte van het "
     "consultatiebureau."),
    (2022, 8, "Training laaggeletterdheid voor professionals", "Twee trainingen door de bibliotheek.",
     Decimal("3200.00"), D(2022, 2, 15), "meppel_nurse2", True, "Deskundigheidsbevordering."),
    (None, 2, "Scholing warme overdracht voor verloskundigen en JGZ", "Gezamenlijke scholingsmiddag.",
     Decimal("2400.00"), None, "meppel_midwife", True, "Past binnen het budget van dit jaar."),
    (None, 3, "Drukwerk zorgkaart Kansrijke Start Meppel", "500 exemplaren voor wachtkamers en consultatiebureau.",
     Decimal("1800.00"), None, "meppel_wg", None, ""),
]

# (subject, level, [org keys], concluded on, valid until, description)
MEPPEL_AGREEMENTS: list[tuple[str, str, list[str], dt.date, dt.date | None, str]] = [
    ("KSM-werkzaamheden in de financieringsafspraken gemeente Meppel – Icare", "administrative",
     ["gm_meppel", "icare"], D(2021, 12, 1), D(2025, 12, 31),
     "De inzet van Icare Jeugdgezondheidszorg voor Kansrijke Start Meppel is opgenomen in de financieringsafspraken "
     "die de gemeente met Icare maakt (borging)."),
    ("Werkafspraken overdracht verloskundige – JGZ", "operational", ["vc_meppel", "icare"], D(2021, 9, 1), None,
     "Bij zorgen tijdens de zwangerschap draagt de verloskundige met toestemming van de ouders warm over aan JGZ."),
]

# The ten securing points (Pharos), two snapshots: point → (status, where we stand, what we will develop)
MEPPEL_SECURING: dict[dt.date, dict[int, tuple[str, str, str]]] = {
    D(2021, 4, 15): {
        1: ("in_place", "Dit hebben we nu samen bepaald met het stellen van de ambitie.", ""),
        2: ("started", "Voor een deel is dit gebeurd, maar voor een groter deel niet.",
            "Als projectgroep gaan we kijken wat we hierin nog moeten doen."),
        3: ("in_place", "Als projectgroep vormen we de kartrekker.",
            "Per onderwerp kijken wie binnen de projectgroep het onderwerp oppakt."),
        4: ("started", "Met deze uitvoeringsnotitie, de verbinding met het Meppeler Akkoord en KSM in de afspraken "
            "met Icare geven we KSM positie binnen het sociaal domein.",
            "KSM opnemen in de financieringsafspraken met Icare."),
        5: ("not_started", "Dit punt moeten we nog (beter) oppakken.", "Een thema dat we in 2022 willen oppakken."),
        6: ("started", "Jaarlijks lopen we alle actiepunten na (monitoring op procesniveau).",
            "Monitoring op uitkomstenniveau oppakken in 2021 en 2022, bijvoorbeeld via verhalen."),
        7: ("in_place", "Via de jaarlijkse inspiratiesessie en de voorjaarsnieuwsbrief maken we successen zichtbaar.",
            ""),
        8: ("started", "Onder de aandacht bij de projectgroep en bij de werkgroepen waarin professionals uit "
            "verschillende domeinen samenwerken.", ""),
        9: ("started", "Vast onderdeel van de jaarlijkse inspiratiesessie; de projectgroep ondersteunt de werkgroepen.",
            "Wellicht kan hier meer aandacht voor komen."),
        10: ("started", "Als gemeente actief in regionale overleggen; regionaal wordt vooral kennis en kunde gedeeld.",
             "Focus ligt nu op het goed organiseren van de lokale uitvoering."),
    },
    # A later snapshot (illustrative) so the change between two snapshots is visible.
    D(2022, 11, 17): {
        1: ("in_place", "Ambities staan; getoetst op de inspiratieavond 2022.", ""),
        2: ("in_place", "Per werkgroep zijn actie-eigenaar en contactpersoon vastgelegd; taken projectgroep verdeeld.",
            ""),
        3: ("in_place", "De projectgroep is kartrekker; de projectleider bewaakt de routekaart.", ""),
        4: ("in_place", "KSM opgenomen in de financieringsafspraken met Icare en in het Meppeler Akkoord.", ""),
        5: ("started", "Eerste ouderverhalen opgehaald via JGZ en verloskundigen.",
            "Ouders structureel betrekken, bijvoorbeeld met een klankbordgroep."),
        6: ("started", "Procesmonitoring jaarlijks; werkgroep 1 werkt aan uitkomstindicatoren.",
            "Aantal bereikte ouders per interventie bijhouden."),
        7: ("in_place", "Inspiratieavond 2022 en voorjaarsnieuwsbrief.", ""),
        8: ("in_place", "Ziekenhuis sloot aan; werkgroepen zijn domeinoverstijgend samengesteld.", ""),
        9: ("started", "Trainingen laaggeletterdheid en warme overdracht gegeven.", "Intervisie tussen werkgroepen."),
        10: ("started", "Deelname aan regionale overleggen over Kansrijke Start; kennis delen.", ""),
    },
}

# --------------------------------------------------------------------------------------------------
# Noord- en Midden-Limburg (seed 003)
# --------------------------------------------------------------------------------------------------
REGION_COALITION = {
    "name": REGION,
    "status": "formed",
    "in_talks_since": D(2020, 3, 1),
    "preparing_since": D(2020, 10, 8),
    "formed_on": D(2021, 4, 15),
    "monitoring_participation": True,
    "description": (
        "Regionale coalitie van 14 gemeenten in Noord- en Midden-Limburg met partijen uit het medische en sociale "
        "domein en het informele netwerk. Gebouwd in drie fasen: oriëntatie en opstart (convenant, bij aanvang "
        "getekend door 41 partijen) → vormgeven actieprogramma en samen leren (uitvoeringsplan) → oriëntatie en "
        "overdracht (keten- en samenwerkingsafspraken). Een regieraad van bestuurders en managers richt zich op "
        "verbinden, een duurzame structuur bouwen, borging en koers. Open netwerk: iedereen die iets voor de "
        "doelgroep kan betekenen, kan aansluiten. Werkwijze: Signaleren – Verkennen – Steun op maat."
    ),
}

REGION_THEMES = [
    "Professionals werken beter samen met elkaar en met de gezinnen",
    "Er is meer duidelijkheid in aanbod voor verwijzers en ouders",
    "Beter aansluiten bij behoefte van de doelgroep",
    "Professionals hebben meer aandacht voor breed kijken naar de vraag van ouders",
    "Professionals signaleren eerder risico's en kwetsbaarheden",
]

REGION_PLAN = {
    "title": "Actieprogramma Kansrijke Start Noord- en Midden-Limburg",
    "summary": (
        "Het actieprogramma is bijlage bij het convenant en kent vijf actielijnen (thema's). Professionals en "
        "bestuurders brachten prioriteiten aan; professionals concretiseerden de doelen in acties. Basis voor de "
        "samenwerking is de werkmethodiek Signaleren – Verkennen – Steun op maat."
    ),
    "starting_situation": (
        "Bij de start (maart 2020) in beeld gebracht: aantal geboorten, zwangerschappen in een kwetsbare situatie, "
        "vroeggeboorten, groepen in een potentieel kwetsbare situatie en het bestaande aanbod per gemeente. "
        "Nu Niet Zwanger en VoorZorg werden al in alle gemeenten ingezet."
    ),
    "period_start": D(2021, 1, 1),
    "period_end": D(2023, 12, 31),
    "adopted_on": D(2021, 11, 25),
    "adopted_by": "Regieraad Kansrijke Start Noord- en Midden-Limburg",
}

# (theme number 1-5, title, topics)
REGION_GOALS: list[tuple[int, str, list[str]]] = [
    (1, "Een lerend netwerk van professionals uit het medische en sociale domein in elke gemeente", ["cooperation"]),
    (2, "Het aanbod (zorgpadentool, 9 zorgpaden) is voor verwijzers en ouders inzichtelijk", []),
    (3, "De stem van ouders wordt opgehaald en meegenomen (verhalen, interviews, ouderraad)", ["target_group_involvement"]),
    (4, "Professionals kijken breder naar de vraag van ouders (positieve gezondheid)", ["parenting"]),
    (5, "Lokale knooppunten signaleren eerder; prenataal huisbezoek in alle gemeenten", ["signalling"]),
]

# The flower bed: (theme number, title, status, action line, description)
REGION_ACTIONS: list[tuple[int, str, str, str, str]] = [
    (1, "Verbinding coalitie", "in_bloom", "", "Elke bijeenkomst ruimte voor ontmoeting; evaluatievraag "
     "‘Heb je een nieuwe verbinding gemaakt?’"),
    (1, "Uitbreiden netwerk", "in_bloom", "", "Open netwerk: nieuwe partijen sluiten gaandeweg aan."),
    (1, "Partijen aangesloten", "in_bloom", "", "41 partijen tekenden bij aanvang het convenant."),
    (1, "Starten leernetwerk professionals", "in_bud", "", "Samen leren over casuïstiek rond de eerste 1000 dagen."),
    (1, "Lokale coalitie bouwen", "in_bud", "", "Aanjagen van lokale coalities; groepen per gemeente op "
     "bijeenkomsten."),
    (1, "Onderzoeken afspraken en regelgeving van coördinatie (VSV's)", "sown", "",
     "Samen met de verloskundige samenwerkingsverbanden."),
    (2, "Inzichtelijk aanbod voor professionals & ouders", "in_bud", "",
     "Zorgpadentool in alle gemeenten; gemeentelijke beleidsambtenaren houden hem bij."),
    (2, "Basisinterventies in gemeenten", "in_bloom", "",
     "Nu Niet Zwanger en VoorZorg overal; 1000 kansen, Gelukkig Ouderschap, Prepare en Rookvrije Generatie "
     "worden in alle gemeenten beschikbaar gemaakt."),
    (3, "Vinden en bereiken doelgroep/ouders", "in_bud", "",
     "Verhalen van ouders (‘Zie je mij?’), 10 interviews en een aanzet tot een ouderraad."),
    (3, "Prepare", "in_bud", "during", "Interventie Prepare regionaal beschikbaar maken."),
    (4, "Scholing professionals", "in_bloom", "", "Bijeenkomsten over onder meer laaggeletterdheid."),
    (4, "Training professionals in positieve gezondheid", "in_bud", "", "Breder kijken naar de vraag van ouders."),
    (5, "Prenataal huisbezoek", "in_bloom", "during", "Prenataal huisbezoek door de JGZ in de regio."),
    (5, "Lokale knooppunten (MDO, ZAT) en knelpunten doelgroep", "sown", "",
     "Inrichting van het lokaal knooppunt Kansrijke Start (Signaleren – Verkennen – Steun op maat)."),
]

# (name, theme text, action owner (fictional), contact)
REGION_WORKING_GROUPS: list[tuple[str, str, str, str]] = [
    ("Werkgroep doelgroep", "De stem van de doelgroep meenemen en ouders betrekken", "Lieke Janssen", "Hanneke Peeters"),
    ("Werkgroep communicatie", "Strategische communicatie door communicatieadviseurs van welzijn, gemeenten, "
     "bibliotheken en kinderopvang", "Mark Willems", "Hanneke Peeters"),
]

# Three coalition meetings with attendance per municipality: (code, attendees, new connections)
REGION_MEETINGS: list[tuple[str, dt.date, str, str, list[tuple[str, int, int]]]] = [
    ("Kick-off Kansrijke Start Noord- en Midden-Limburg", D(2020, 10, 8), "Online",
     "Brede aftrap met alle (medische en sociale) disciplines; knelpunten en uitdagingen opgehaald.",
     [("GM0889", 2, 1), ("GM0893", 1, 1), ("GM0907", 3, 2), ("GM1507", 5, 3), ("GM1640", 3, 2), ("GM1641", 2, 1),
      ("GM0946", 2, 2), ("GM1894", 4, 3), ("GM1669", 1, 0), ("GM0957", 9, 6), ("GM0983", 12, 8),
      ("GM0984", 6, 4)]),
    ("Coalitiebijeenkomst: elkaar lokaal leren kennen", D(2022, 6, 16), "Roermond",
     "Professionals in groepen per gemeente ingedeeld, zodat ze elkaar laagdrempelig leren kennen en lokaal "
     "kunnen samenwerken.",
     [("GM0889", 3, 3), ("GM0907", 2, 2), ("GM1507", 6, 5), ("GM1640", 4, 3), ("GM1641", 3, 2), ("GM0944", 1, 1),
      ("GM0946", 3, 2), ("GM1894", 5, 4), ("GM1669", 2, 2), ("GM0957", 11, 8), ("GM0983", 14, 10),
      ("GM0984", 7, 6), ("GM0988", 5, 4)]),
    ("Zie je mij? – jonge ouders vertellen", D(2023, 5, 25), "Venray",
     "Verhalen van jonge ouders over het zorglandschap tijdens en na de zwangerschap, opgehaald door professionals.",
     [("GM0889", 2, 1), ("GM0893", 2, 2), ("GM0907", 3, 2), ("GM1507", 4, 3), ("GM1640", 3, 2), ("GM1641", 2, 2),
      ("GM0944", 2, 1), ("GM0946", 2, 1), ("GM1894", 4, 3), ("GM1669", 2, 1), ("GM0957", 8, 5),
      ("GM0983", 10, 7), ("GM0984", 9, 7), ("GM0988", 6, 4)]),
]

# Outputs: 11 newsletters, the follower count and the magazine.
REGION_NEWSLETTER_DATES = [
    D(2020, 12, 10), D(2021, 3, 18), D(2021, 6, 24), D(2021, 10, 7), D(2022, 1, 20), D(2022, 4, 21),
    D(2022, 9, 15), D(2022, 12, 15), D(2023, 3, 23), D(2023, 7, 6), D(2023, 11, 16),
]
REGION_OUTPUTS: list[tuple[str, str, dt.date, int]] = [
    ("LinkedIn-volgers", "followers", D(2023, 12, 31), 901),
    ("Magazine ‘Wij groeien’ (1000 dagen onderweg)", "publication", D(2022, 12, 5), 1),
    ("Monitorplan Kansrijke Start Noord- en Midden-Limburg", "publication", D(2023, 11, 30), 1),
]

# Covenant signatories: the 14 municipalities plus these 27 organisations (41 at the start), with partner type/domain.
REGION_SIGNATORIES: dict[str, tuple[str, str]] = {
    "ggd_ln": ("ggd", "social"),
    "cjg_nml": ("jgz", "social"),
    "vsv_nl": ("midwife", "medical"),
    "vsv_ml": ("midwife", "medical"),
    "viecuri": ("hospital", "medical"),
    "laurentius": ("hospital", "medical"),
    "sjg": ("hospital", "medical"),
    "cohesie": ("gp", "medical"),
    "meditta": ("gp", "medical"),
    "synthese": ("welfare", "social"),
    "vorkmeer": ("welfare", "social"),
    "welkom": ("social_work", "social"),
    "puntwelzijn": ("welfare", "social"),
    "veilig_thuis": ("other", "social"),
    "vvgogh": ("adult_mental_health", "medical"),
    "koraal": ("intellectual_disability", "social"),
    "dichterbij": ("intellectual_disability", "social"),
    "bieb_venlo": ("library", "social"),
    "bieb_maaspeel": ("library", "social"),
    "bieb_roermond": ("library", "social"),
    "ko_nl": ("childcare", "social"),
    "ko_ml": ("childcare", "social"),
    "burgerkracht": ("other", "informal"),
    "aesculaap": ("other", "medical"),
    "cz": ("other", "medical"),
    "vgz": ("other", "medical"),
    "prov_limburg": ("other", "municipal"),
}
# Joined later, no covenant signature (yet).
REGION_LATER_PARTNERS: dict[str, tuple[str, str]] = {
    "ouderraad_nml": ("parents_panel", "target_group"),
}
REGION_COVENANT = {
    "title": "Convenant Kansrijke Start Noord- en Midden-Limburg",
    "signed_on": D(2021, 4, 15),
    "valid_until": D(2024, 12, 31),
}
REGION_AGREEMENTS: list[tuple[str, str, list[str], dt.date, str]] = [
    ("Keten- en samenwerkingsafspraken Signaleren – Verkennen – Steun op maat", "policy",
     ["ggd_ln", "cjg_nml", "vsv_nl", "vsv_ml", "cohesie", "meditta"], D(2023, 12, 14),
     "Uniforme werkwijze in de regio; de inrichting van lokale knooppunten volgt per gemeente."),
]

# Five (+1) basic principles, one snapshot at the handover to the region.
REGION_PRINCIPLES: dict[dt.date, dict[int, tuple[str, str, str]]] = {
    D(2023, 12, 15): {
        1: ("in_place", "Externe kwartiermaker (2020–2023) als aanjager; begin 2024 is de regie overgedragen aan de "
            "regio.", "Regionale én lokale trekkers blijven nodig."),
        2: ("in_place", "Open netwerk; 41 partijen tekenden het convenant; het medische domein actief betrokken via "
            "de VSV's.", "Een regionale oudervertegenwoordiging (ouderraad) verder vormen."),
        3: ("started", "Signaleren – Verkennen – Steun op maat in alle beleidsdocumenten; zorgpadentool in alle "
            "gemeenten.", "Lokale knooppunten inrichten; keten- en samenwerkingsafspraken uitvoeren."),
        4: ("started", "Cijfers bij de start en na 1000 dagen gedeeld; monitorplan opgesteld in 2023.",
            "Monitorinstrument in 2024 implementeren: stuurinformatie voor de regieraad."),
        5: ("started", "Inventarisatie: nog niet in elke gemeente een lokale trekker; deelname per gemeente gedeeld.",
            "Lokale coalities ondersteunen met handvatten en voorbeelden."),
        6: ("started", "Werkgroep communicatieadviseurs van de partijen nam de strategische communicatie over.",
            "Eigenaarschap, projecten en financiering borgen."),
    },
}

# --------------------------------------------------------------------------------------------------
# Local coalitions in the region, deliberately at different stages (minimum requirements met: 9, 5, 3, 1)
# --------------------------------------------------------------------------------------------------
LOCAL_COALITIONS: list[dict] = [
    {
        "name": VENLO, "municipality": "GM0983", "status": "formed", "in_talks_since": D(2021, 3, 1),
        "preparing_since": D(2021, 9, 1), "formed_on": D(2022, 3, 10), "monitoring_participation": True,
        "description": "Lokale coalitie met een lokaal knooppunt en een ouderpanel.",
        "partners": {"gm_GM0983": ("municipality", "municipal"), "viecuri": ("hospital", "medical"),
                     "vsv_nl": ("midwife", "medical"), "ggd_ln": ("jgz", "social"), "synthese": ("welfare", "social"),
                     "bieb_venlo": ("library", "social"), "ouderpanel_venlo": ("parents_panel", "target_group")},
        "plan": {"title": "Plan van aanpak Kansrijke Start Venlo", "adopted_on": D(2022, 3, 10),
                 "adopted_by": "College van B&W Venlo"},
        "goals": [
            ("before", "Aanstaande ouders in een kwetsbare situatie zijn goed voorbereid op de zwangerschap",
             ["preconception"]),
            ("before", "Nu Niet Zwanger voor iedereen die het nodig heeft", ["unintended_pregnancy"]),
            ("during", "Lokaal knooppunt: eerder signaleren en samen verkennen", ["signalling"]),
            ("after", "BoekStart voor alle baby's via het consultatiebureau", ["language_development"]),
            ("after", "Ouders denken mee via het ouderpanel", ["target_group_involvement"]),
        ],
        "agreements": [("Werkafspraken lokaal knooppunt Kansrijke Start Venlo", "operational",
                        ["ggd_ln", "vsv_nl", "synthese"], D(2022, 11, 1))],
    },
    {
        "name": VENRAY, "municipality": "GM0984", "status": "formed", "in_talks_since": D(2021, 9, 1),
        "preparing_since": D(2022, 2, 1), "formed_on": D(2022, 9, 15), "monitoring_participation": False,
        "description": "Lokale coalitie; taal en samenwerkingsafspraken staan nog open.",
        "partners": {"gm_GM0984": ("municipality", "municipal"), "vsv_nl": ("midwife", "medical"),
                     "ggd_ln": ("jgz", "social"), "bieb_maaspeel": ("library", "social")},
        "plan": {"title": "Plan van aanpak Kansrijke Start Venray", "adopted_on": D(2023, 1, 19),
                 "adopted_by": "Kerngroep Kansrijke Start Venray"},
        "goals": [
            ("during", "Prenataal huisbezoek voor aanstaande ouders in een kwetsbare situatie", ["preconception"]),
            ("before", "Minder onbedoelde zwangerschappen met Nu Niet Zwanger", ["unintended_pregnancy"]),
            ("during", "Eerder signaleren door verloskundigen en JGZ", ["signalling"]),
        ],
        "agreements": [],
    },
    {
        "name": ROERMOND, "municipality": "GM0957", "status": "in_preparation", "in_talks_since": D(2022, 9, 1),
        "preparing_since": D(2023, 2, 1), "formed_on": None, "monitoring_participation": True,
        "description": "In voorbereiding; het medische domein is nog niet aangesloten en het plan is een concept.",
        "partners": {"gm_GM0957": ("municipality", "municipal"), "welkom": ("social_work", "social"),
                     "ggd_ln": ("jgz", "social")},
        "plan": {"title": "Concept plan van aanpak Kansrijke Start Roermond", "adopted_on": None, "adopted_by": ""},
        "goals": [
            ("during", "Eerder signaleren via een lokaal knooppunt", ["signalling"]),
            ("after", "Taalontwikkeling stimuleren met BoekStart", ["language_development"]),
        ],
        "agreements": [],
    },
    {
        "name": WEERT, "municipality": "GM0988", "status": "in_talks", "in_talks_since": D(2024, 1, 15),
        "preparing_since": None, "formed_on": None, "monitoring_participation": False,
        "description": "Eerste gesprekken tussen gemeente en ziekenhuis.",
        "partners": {"gm_GM0988": ("municipality", "municipal"), "sjg": ("hospital", "medical")},
        "plan": None,
        "goals": [],
        "agreements": [],
    },
]

# What the minimum-requirements check reports for each demo coalition (asserted in the tests).
EXPECTED_REQUIREMENTS_MET = {MEPPEL: 8, VENLO: 9, VENRAY: 5, ROERMOND: 3, WEERT: 1}
