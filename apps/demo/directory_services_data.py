# SPDX-License-Identifier: EUPL-1.2
"""Content of the demo directory for Meppel and Noord- en Midden-Limburg (loaded by directory_services.py).

Organisation names are public organisations of the region, generic descriptions or invented practices; every
person is fictional and every contact detail is fictional (.invalid e-mail, 0000 numbers). Postcodes are real
four-digit areas of the municipality, with invented letters and streets.
"""

from __future__ import annotations

EMAIL_DOMAIN = "voorbeeld.invalid"
PHONE = "0000 000 000"
NML = "NML"  # shorthand: all 14 municipalities of Noord- en Midden-Limburg

# Organisations the workspace demo does not have yet: key → (name, CBS code of the place of business, description)
ORGANISATIONS: dict[str, tuple[str, str | None, str]] = {
    "ggd_drenthe": ("GGD Drenthe", "GM0106", "Publieke gezondheid en jeugdgezondheidszorg in Drenthe."),
    "humanitas_meppel": ("Humanitas Meppel", "GM0119", "Vrijwilligers voor thuisadministratie en steun thuis."),
    "welzijn_meppel": ("Stichting Welzijn Meppel", "GM0119", "Welzijnswerk, maatschappelijk werk en buurtteams."),
    "vp_dewieg": ("Verloskundigenpraktijk De Wieg", "GM0119", "Verloskundigenpraktijk (voorbeeldnaam)."),
    "kraam_nest": ("Kraamzorg Het Nest", "GM0119", "Kraamzorg (voorbeeldnaam)."),
    "humanitas_nml": ("Humanitas Noord- en Midden-Limburg", "GM0983", "Thuisadministratie, Home-Start en "
                      "steun voor jonge ouders."),
    "vp_maasoever": ("Verloskundigenpraktijk De Maasoever", "GM0983", "Verloskundigenpraktijk (voorbeeldnaam)."),
    "vp_ooievaar": ("Verloskundigenpraktijk Ooievaar", "GM0957", "Verloskundigenpraktijk (voorbeeldnaam)."),
    "vp_kempen": ("Verloskundigenpraktijk Kempenland", "GM0988", "Verloskundigenpraktijk (voorbeeldnaam)."),
    "vp_peel": ("Verloskundigen De Peel", "GM0984", "Verloskundigenpraktijk (voorbeeldnaam)."),
}

# Demo logins for organisation contacts: key → (username, first name, last name, job title, employer keys).
# Employer keys are this module's organisations or apps/demo/data.py's.
USERS: dict[str, tuple[str, str, str, str, list[str]]] = {
    "contact_humanitas": ("aanbieder.meppel", "Ilse", "Mulder", "Coördinator Thuisadministratie",
                          ["humanitas_meppel", "welzijn_meppel"]),
    "contact_synthese": ("aanbieder.venlo", "Noor", "Willems", "Teamleider Jonge Ouders", ["synthese", "humanitas_nml"]),
}

# Locations: key → (organisation key, name, street and number, postcode, place)
LOCATIONS: dict[str, tuple[str, str, str, str, str]] = {
    "wieg": ("vp_dewieg", "Praktijk De Wieg", "Zuideinde 12", "7941 GJ", "Meppel"),
    "vc_meppel": ("vc_meppel", "Verloskundig Centrum Meppel", "Hoofdstraat 40", "7941 AG", "Meppel"),
    "cb_meppel": ("icare", "Consultatiebureau Meppel-Centrum", "Stationsweg 5", "7941 HD", "Meppel"),
    "cb_haveltermade": ("icare", "Consultatiebureau Haveltermade", "Reggersweg 2", "7943 KC", "Meppel"),
    "wijkpunt_meppel": ("welzijn_meppel", "Wijkpunt Oosterboer", "Ezelsakker 7", "7943 BM", "Meppel"),
    "humanitas_meppel": ("humanitas_meppel", "Humanitas Meppel, Huis van de Buurt", "Kerkplein 3", "7941 BS",
                         "Meppel"),
    "stadhuis_meppel": ("gm_meppel", "Stadhuis Meppel, loket Geldzaken", "Zuideinde 10", "7941 GJ", "Meppel"),
    "bieb_meppel": ("bieb_meppel", "Bibliotheek Meppel", "Zuideinde 5", "7941 GH", "Meppel"),
    "ggd_meppel": ("ggd_drenthe", "GGD Drenthe, locatie Meppel", "Noordeinde 1", "7941 AS", "Meppel"),
    "isala": ("isala_meppel", "Isala Meppel", "Hoogeveenseweg 38", "7943 KA", "Meppel"),
    "ggd_venlo": ("ggd_ln", "GGD Limburg-Noord, Venlo", "Drie Decembersingel 50", "5921 AC", "Venlo"),
    "cjg_venlo": ("cjg_nml", "CJG Venlo-Centrum", "Nassaustraat 4", "5911 BH", "Venlo"),
    "cjg_venray": ("cjg_nml", "CJG Venray", "Raadhuisstraat 1", "5801 MA", "Venray"),
    "cjg_roermond": ("cjg_nml", "CJG Roermond", "Kapellerlaan 20", "6041 JH", "Roermond"),
    "cjg_weert": ("cjg_nml", "CJG Weert", "Wilhelminasingel 101", "6001 GS", "Weert"),
    "cjg_panningen": ("cjg_nml", "CJG Panningen", "Markt 5", "5981 AE", "Panningen"),
    "maasoever": ("vp_maasoever", "Praktijk De Maasoever", "Maaskade 8", "5911 CK", "Venlo"),
    "ooievaar": ("vp_ooievaar", "Praktijk Ooievaar", "Godsweerdersingel 30", "6041 GL", "Roermond"),
    "kempen": ("vp_kempen", "Praktijk Kempenland", "Maaspoort 2", "6001 BN", "Weert"),
    "peel": ("vp_peel", "Verloskundigen De Peel", "Henseniusstraat 6", "5801 BR", "Venray"),
    "synthese_venlo": ("synthese", "Synthese, Huis van de Wijk Venlo", "Parade 11", "5911 CB", "Venlo"),
    "welkom_roermond": ("welkom", "Wel.kom, Roermond", "Kloosterwandstraat 12", "6041 JA", "Roermond"),
    "punt_weert": ("puntwelzijn", "PuntWelzijn, Weert", "Beekstraat 40", "6001 GJ", "Weert"),
    "vorkmeer": ("vorkmeer", "Vorkmeer, Panningen", "Raadhuisstraat 2", "5981 BH", "Panningen"),
    "humanitas_venlo": ("humanitas_nml", "Humanitas, Venlo", "Klaasstraat 20", "5911 JV", "Venlo"),
    "viecuri": ("viecuri", "VieCuri, Venlo", "Tegelseweg 210", "5912 BL", "Venlo"),
    "laurentius": ("laurentius", "Laurentius Ziekenhuis", "Mgr. Driessenstraat 6", "6043 CV", "Roermond"),
    "vvgogh": ("vvgogh", "Vincent van Gogh, Venray", "Stationsweg 46", "5803 AC", "Venray"),
}

# Weekly hours, reused: weekday (1 = Monday) → (opens, closes)
OFFICE = [(1, "09:00", "17:00"), (2, "09:00", "17:00"), (3, "09:00", "17:00"), (4, "09:00", "17:00"),
          (5, "09:00", "12:30")]
MORNINGS = [(1, "08:30", "12:00"), (3, "08:30", "12:00"), (5, "08:30", "12:00")]
WALK_IN = [(2, "13:30", "15:30"), (4, "09:30", "11:30")]
EVENING = [(3, "19:00", "21:00")]

# Services. Keys: org, name, text (plain-Dutch description), phases, situations, covers (CBS codes or NML),
# optional: intervention (catalogue code), at (location keys), hours, verified (days ago; None = never),
# capacity ("open" / "full" / weeks on the waiting list as int), claimed (user key), free, self, referral,
# languages, eligibility, apply, cost, weeks (pregnancy weeks from–to), child_months.
SERVICES: list[dict] = [
    # --- Meppel: money and debts during pregnancy ("schulden", "geldzorgen") --------------------------------------
    dict(org="gm_meppel", name="Geldzorgen? Loket Geldzaken Meppel",
         text="Heeft u schulden of geldzorgen en bent u zwanger of net bevallen? Bij het loket Geldzaken kijken we "
              "samen naar uw rekeningen, toeslagen en schulden. We maken een plan en zoeken zo nodig "
              "schuldhulpverlening. U kunt zelf langskomen of bellen; een verwijzing is niet nodig.",
         phases=["during", "after"], situations=["poverty_debts"], covers=["GM0119"], at=["stadhuis_meppel"],
         hours=WALK_IN, verified=30, free=True, self=True, languages=["nl", "en"],
         eligibility="Inwoners van de gemeente Meppel.", apply="Loop binnen tijdens het inloopspreekuur of bel."),
    dict(org="gm_meppel", name="Schuldhulpverlening gemeente Meppel",
         text="Als u uw schulden niet meer zelf kunt betalen, helpt de gemeente met een schuldregeling. Zwangere "
              "inwoners krijgen voorrang: binnen drie werkdagen een eerste gesprek.",
         phases=["before", "during", "after"], situations=["poverty_debts"], covers=["GM0119"],
         at=["stadhuis_meppel"], hours=OFFICE, verified=240, capacity=3, free=True, self=True,
         apply="Aanmelden via het loket Geldzaken of via uw verloskundige."),
    dict(org="humanitas_meppel", name="Thuisadministratie voor aanstaande ouders",
         text="Een getrainde vrijwilliger van Humanitas komt bij u thuis en helpt u overzicht te krijgen in post, "
              "rekeningen en formulieren. Zo komt er rust voordat de baby er is.",
         phases=["during", "after"], situations=["poverty_debts", "low_literacy"], covers=["GM0119", "GM1690"],
         at=["humanitas_meppel"], hours=MORNINGS, verified=300, capacity=6, claimed="contact_humanitas",
         free=True, self=True, languages=["nl", "ar", "ti"]),
    dict(org="humanitas_meppel", name="Babyspullen voor wie het krap heeft",
         text="Heeft u weinig geld? Via Humanitas krijgt u een babypakket met kleding, een draagzak en "
              "verzorgingsspullen. Vraag uw verloskundige of jeugdverpleegkundige om een aanvraag.",
         phases=["during", "after"], situations=["poverty_debts"], covers=["GM0119"], at=["humanitas_meppel"],
         verified=None, free=True, referral=True),
    dict(org="welzijn_meppel", name="Buurtteam Meppel: hulp bij geld en papieren",
         text="Het buurtteam helpt bij vragen over geld, wonen, werk en opvoeden. Samen met u zoeken we wat u "
              "nodig heeft, ook als er meerdere dingen tegelijk spelen.",
         phases=["before", "during", "after"], situations=["poverty_debts", "weak_network", "mental_health"],
         covers=["GM0119"], at=["wijkpunt_meppel"], hours=OFFICE, verified=400, claimed="contact_humanitas",
         free=True, self=True),
    dict(org="welzijn_meppel", name="Mama-café Meppel",
         text="Elke woensdagavond ontmoet u andere (aanstaande) moeders bij een kop thee. Er is altijd iemand van "
              "het welzijnswerk om vragen aan te stellen.",
         phases=["during", "after"], situations=["weak_network"], covers=["GM0119"], at=["wijkpunt_meppel"],
         hours=EVENING, verified=20, claimed="contact_humanitas", free=True, self=True),
    # --- Meppel: pregnancy and first year --------------------------------------------------------------------------
    dict(org="vp_dewieg", name="Verloskundige zorg De Wieg",
         text="Controles tijdens de zwangerschap, begeleiding bij de bevalling en nazorg in de kraamweek.",
         phases=["during", "after"], situations=[], covers=["GM0119", "GM1690", "GM1701"], at=["wieg"],
         hours=OFFICE, verified=60, self=True, cost="Vergoed uit de basisverzekering."),
    dict(org="vc_meppel", name="Centering Pregnancy Meppel",
         text="Zwangerschapscontroles in een groep van acht tot twaalf vrouwen die rond dezelfde tijd uitgerekend "
              "zijn. U leert van elkaar en van de verloskundige.",
         intervention="centering-pregnancy", phases=["during"], situations=["weak_network", "low_literacy"],
         covers=["GM0119", "GM1690"], at=["vc_meppel"], hours=EVENING, verified=90, capacity=4, self=True,
         weeks=(12, 37)),
    dict(org="vc_meppel", name="Preconceptieconsult",
         text="Wilt u zwanger worden? In een gesprek met de verloskundige krijgt u advies over gezond zwanger "
              "worden: foliumzuur, leefstijl, medicijnen en erfelijkheid.",
         intervention="preconceptieconsult", phases=["before"], situations=[], covers=["GM0119"],
         at=["vc_meppel"], verified=500, self=True),
    dict(org="icare", name="Prenataal huisbezoek Meppel",
         text="Een jeugdverpleegkundige bezoekt u thuis tijdens de zwangerschap. U praat over hoe het gaat, wat u "
              "nodig heeft en waar u terecht kunt.",
         intervention="prenataal-huisbezoek", phases=["during"], situations=["poverty_debts", "weak_network",
                                                                              "teenage_parents"],
         covers=["GM0119"], at=["cb_meppel"], verified=45, free=True, self=True, referral=False, weeks=(20, 34)),
    dict(org="icare", name="Consultatiebureau Meppel",
         text="Vanaf de geboorte volgt het consultatiebureau de groei en ontwikkeling van uw kind. U krijgt "
              "advies over voeding, slapen en opvoeden, en de vaccinaties.",
         phases=["after"], situations=[], covers=["GM0119"], at=["cb_meppel", "cb_haveltermade"], hours=MORNINGS,
         verified=100, free=True, self=True, child_months=48),
    dict(org="icare", name="VoorZorg Zuidwest-Drenthe",
         text="Een vaste verpleegkundige komt tijdens de zwangerschap en tot uw kind twee jaar is regelmatig bij "
              "u thuis. Voor jonge moeders die er veel alleen voor staan.",
         intervention="voorzorg", phases=["during", "after"], situations=["teenage_parents", "weak_network",
                                                                          "poverty_debts"],
         covers=["GM0119", "GM1690", "GM1701"], at=["cb_meppel"], verified=150, capacity="full", free=True,
         referral=True, weeks=(0, 28)),
    dict(org="ggd_drenthe", name="Rookvrije Start Drenthe",
         text="Wilt u stoppen met roken nu u zwanger bent, of wil uw partner stoppen? Een coach helpt u, gratis "
              "en zonder oordeel.",
         intervention="rookvrije-start", phases=["before", "during", "after"], situations=["addiction"],
         covers=["GM0119", "GM1690", "GM1701", "GM0118"], at=["ggd_meppel"], verified=210, free=True, self=True),
    dict(org="ggd_drenthe", name="Nu Niet Zwanger Drenthe",
         text="Wilt u (nu) niet zwanger worden? Een hulpverlener praat met u over kinderwens en anticonceptie, "
              "en helpt u die te regelen en te betalen.",
         intervention="nu-niet-zwanger", phases=["before"], situations=["mild_intellectual_disability",
                                                                        "poverty_debts", "addiction"],
         covers=["GM0119", "GM1690", "GM1701"], at=["ggd_meppel"], verified=80, free=True, referral=True),
    dict(org="bieb_meppel", name="BoekStart Meppel",
         text="Voorlezen vanaf de geboorte. Haal uw gratis BoekStartkoffertje met babyboekjes op in de "
              "bibliotheek en word gratis lid.",
         intervention="boekstart", phases=["after"], situations=["low_literacy"], covers=["GM0119"],
         at=["bieb_meppel"], hours=OFFICE, verified=120, free=True, self=True, child_months=48),
    dict(org="bieb_meppel", name="Taalcafé voor ouders",
         text="Oefenen met Nederlands praten, samen met andere ouders. Ook uitleg over brieven van de "
              "verloskundige en het consultatiebureau.",
         phases=["during", "after"], situations=["low_literacy", "labour_migrants"], covers=["GM0119"],
         at=["bieb_meppel"], hours=[(2, "10:00", "11:30")], verified=None, free=True, self=True,
         languages=["nl", "pl", "uk", "ar"]),
    dict(org="kraam_nest", name="Kraamzorg Het Nest",
         text="Een kraamverzorgende helpt u in de eerste acht tot tien dagen na de bevalling thuis.",
         phases=["after"], situations=[], covers=["GM0119", "GM1690"], verified=190, self=True,
         cost="Vergoed uit de basisverzekering; een kleine eigen bijdrage per uur."),
    dict(org="isala_meppel", name="Poli verloskunde Isala Meppel",
         text="Zwangerschapszorg in het ziekenhuis als er medische redenen voor zijn.",
         phases=["during"], situations=["mental_health", "addiction"], covers=["GM0119", "GM1690", "GM1701"],
         at=["isala"], hours=OFFICE, verified=70, referral=True),
    dict(org="vroeg_erbij", name="Vroeg Erbij Meppel",
         text="Maakt u zich zorgen over de ontwikkeling van uw baby of peuter? Vroeg Erbij denkt met u mee en "
              "zoekt passende hulp.",
         phases=["after"], situations=["child_disability", "premature_baby"], covers=["GM0119"],
         verified=260, free=True, self=True, child_months=48),
    dict(org="vg_meppel", name="Steun voor ouders met een licht verstandelijke beperking",
         text="Begeleiding thuis tijdens de zwangerschap en het eerste jaar, op uw tempo en met uitleg in "
              "eenvoudige woorden.",
         phases=["during", "after"], situations=["mild_intellectual_disability", "parent_disability"],
         covers=["GM0119"], verified=330, capacity=10, referral=True),
    # --- Noord- en Midden-Limburg: regional services --------------------------------------------------------------
    dict(org="cjg_nml", name="Stevig Ouderschap Noord- en Midden-Limburg",
         text="Een jeugdverpleegkundige bezoekt u thuis, zes keer in het eerste jaar na de geboorte, als het "
              "ouderschap zwaar voelt of er zorgen zijn.",
         intervention="stevig-ouderschap", phases=["after"], situations=["weak_network", "mental_health",
                                                                         "poverty_debts"],
         covers=NML, at=["cjg_venlo", "cjg_roermond"], verified=40, capacity=5, free=True, referral=True,
         child_months=18),
    dict(org="ggd_ln", name="VoorZorg Limburg-Noord",
         text="Een vaste verpleegkundige komt tijdens de zwangerschap en tot uw kind twee jaar is bij u thuis.",
         intervention="voorzorg", phases=["during", "after"], situations=["teenage_parents", "weak_network"],
         covers=NML, at=["ggd_venlo"], verified=200, capacity=8, free=True, referral=True, weeks=(0, 28)),
    dict(org="ggd_ln", name="Rookvrije Start Limburg-Noord",
         text="Gratis hulp bij stoppen met roken voor aanstaande ouders en hun partners.",
         intervention="rookvrije-start", phases=["before", "during", "after"], situations=["addiction"],
         covers=NML, at=["ggd_venlo"], verified=35, free=True, self=True),
    dict(org="ggd_ln", name="Nu Niet Zwanger Limburg-Noord",
         text="Gesprekken over kinderwens en anticonceptie voor wie nu niet zwanger wil worden.",
         intervention="nu-niet-zwanger", phases=["before"], situations=["mild_intellectual_disability", "addiction",
                                                                        "homeless"],
         covers=NML, at=["ggd_venlo"], verified=None, free=True, referral=True),
    dict(org="humanitas_nml", name="Home-Start: een vrijwilliger voor jonge gezinnen",
         text="Een ervaren ouder komt een dagdeel per week bij u thuis voor steun, een luisterend oor en praktische "
              "hulp.",
         phases=["during", "after"], situations=["weak_network", "mental_health"], covers=NML,
         at=["humanitas_venlo"], verified=215, capacity=12, claimed="contact_synthese", free=True, self=True),
    dict(org="humanitas_nml", name="Thuisadministratie Noord-Limburg",
         text="Hulp van een vrijwilliger bij post, rekeningen en geldzorgen.",
         phases=["during", "after"], situations=["poverty_debts"], covers=["GM0983", "GM0889", "GM1507",
                                                                            "GM1894", "GM0984"],
         at=["humanitas_venlo"], verified=25, claimed="contact_synthese", free=True, self=True),
    dict(org="synthese", name="Jonge Ouders Venlo",
         text="Groepsbijeenkomsten en persoonlijke steun voor ouders onder de 23 jaar.",
         phases=["during", "after"], situations=["teenage_parents", "weak_network"], covers=["GM0983"],
         at=["synthese_venlo"], hours=WALK_IN, verified=190, claimed="contact_synthese", free=True, self=True),
    dict(org="synthese", name="Moeders Informeren Moeders Venlo",
         text="Een ervaren moeder (vrijwilliger) bezoekt u maandelijks in het eerste jaar en praat met u over "
              "opvoeden.",
         intervention="moeders-informeren-moeders", phases=["after"], situations=["weak_network", "low_literacy"],
         covers=["GM0983"], at=["synthese_venlo"], verified=None, free=True, self=True),
    dict(org="welkom", name="Geldloket Roermond",
         text="Vragen over geld, schulden of toeslagen? Bij het Geldloket helpen we u snel verder.",
         phases=["before", "during", "after"], situations=["poverty_debts"], covers=["GM0957", "GM1669"],
         at=["welkom_roermond"], hours=WALK_IN, verified=12, free=True, self=True),
    dict(org="puntwelzijn", name="Gelukkig Ouderschap Weert",
         text="Een cursus voor aanstaande en jonge ouders over de relatie na de komst van een kind.",
         intervention="gelukkig-ouderschap", phases=["during", "after"], situations=["complex_divorce"],
         covers=["GM0988", "GM0946"], at=["punt_weert"], verified=160, capacity=9, self=True, cost="€ 25"),
    dict(org="vorkmeer", name="Samen Starten Peel en Maas",
         text="Bij het eerste bezoek van het consultatiebureau wordt samen met u gekeken wat goed gaat en waar u "
              "steun bij wilt.",
         intervention="samenstarten", phases=["after"], situations=["weak_network"], covers=["GM1894"],
         at=["vorkmeer"], verified=75, free=True, self=True),
    dict(org="vp_maasoever", name="Centering Pregnancy Venlo",
         text="Zwangerschapscontroles in een groep met andere zwangeren.",
         intervention="centering-pregnancy", phases=["during"], situations=["weak_network"], covers=["GM0983",
                                                                                                    "GM0889"],
         at=["maasoever"], hours=EVENING, verified=55, capacity=2, self=True, weeks=(12, 37)),
    dict(org="vp_ooievaar", name="Centering Parenting Roermond",
         text="Consultatiebureau-afspraken in een groep van ouders met baby's van dezelfde leeftijd.",
         intervention="centering-parenting", phases=["after"], situations=["weak_network"], covers=["GM0957"],
         at=["ooievaar"], verified=230, self=True, child_months=12),
    dict(org="vp_kempen", name="Verloskundige zorg Kempenland",
         text="Verloskundige zorg voor Weert en Nederweert.", phases=["during", "after"], situations=[],
         covers=["GM0988", "GM0946"], at=["kempen"], hours=OFFICE, verified=110, self=True),
    dict(org="vp_peel", name="Verloskundige zorg De Peel",
         text="Verloskundige zorg voor Venray en omgeving.", phases=["during", "after"], situations=[],
         covers=["GM0984", "GM1507"], at=["peel"], hours=OFFICE, verified=None, self=True),
    dict(org="viecuri", name="Poli Verloskunde VieCuri",
         text="Ziekenhuiszorg tijdens de zwangerschap bij een medische reden.", phases=["during"], situations=[],
         covers=["GM0983", "GM0984", "GM0889", "GM0893", "GM0907", "GM1507", "GM0944", "GM1894"],
         at=["viecuri"], verified=90, referral=True),
    dict(org="laurentius", name="Babyconnect Laurentius",
         text="Extra zorg thuis en in het ziekenhuis voor ouders van een te vroeg geboren baby.",
         phases=["after"], situations=["premature_baby"], covers=["GM0957", "GM1669", "GM1641", "GM1640"],
         at=["laurentius"], verified=300, referral=True),
    dict(org="vvgogh", name="Psychische hulp rond zwangerschap (POP-poli)",
         text="Hulp bij somberheid, angst of andere psychische klachten tijdens en na de zwangerschap.",
         phases=["during", "after"], situations=["mental_health", "postnatal_depression"], covers=NML,
         at=["vvgogh"], verified=140, capacity=7, referral=True),
    dict(org="veilig_thuis", name="Veilig Thuis Limburg-Noord",
         text="Advies en hulp bij huiselijk geweld en kindermishandeling; dag en nacht bereikbaar.",
         phases=["before", "during", "after"], situations=["unsafe_situation"], covers=NML, verified=20,
         free=True, self=True),
]

# Per municipality of the region: a debt desk and a library (BoekStart), with a PC4 of the main place.
# code → (place, PC4, library organisation key)
REGION_PLACES: dict[str, tuple[str, str, str]] = {
    "GM0889": ("Reuver", "5953", "bieb_venlo"),
    "GM0893": ("Bergen", "5854", "bieb_maaspeel"),
    "GM0907": ("Gennep", "6591", "bieb_maaspeel"),
    "GM1507": ("Horst", "5961", "bieb_maaspeel"),
    "GM1640": ("Heythuysen", "6093", "bieb_roermond"),
    "GM1641": ("Maasbracht", "6051", "bieb_roermond"),
    "GM0944": ("Molenhoek", "6584", "bieb_maaspeel"),
    "GM0946": ("Nederweert", "6031", "bieb_roermond"),
    "GM1894": ("Panningen", "5981", "bieb_maaspeel"),
    "GM1669": ("Melick", "6074", "bieb_roermond"),
    "GM0957": ("Roermond", "6041", "bieb_roermond"),
    "GM0983": ("Venlo", "5911", "bieb_venlo"),
    "GM0984": ("Venray", "5801", "bieb_maaspeel"),
    "GM0988": ("Weert", "6001", "bieb_roermond"),
}
