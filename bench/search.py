# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of the directory search on a national-scale data set (issue 3), PostgreSQL only.

Seeds a fresh PostgreSQL database with 50,000 services of 5,000 organisations over all active municipalities
(each service covers one to three municipalities, about 300 services per municipality) and 20,000 locations,
with bulk_create (no factories). Then runs 1,000 mixed searches — one or two words, a fifth of them with a typo,
always a municipality and one more filter (phase, situation, self-registration, language or free) — three ways in
one run, interleaved so that load on the machine hits all three alike:

- search: the application's public search endpoint `/api/public/services/` through django.test.Client (the
  whole stack: middleware, DRF, throttle, form validation, the ranked query, the JSON of 20 results);
- sql: the same SQL statement the application sends (built by its own code beforehand), sent raw with psycopg
  (a ClientCursor, as Django's backend uses) and fetched;
- floor: a minimal Django view in the same application and middleware stack that returns a tiny JSON (the
  framework's floor).

    .venv/bin/python bench/search.py                       # a fresh database kansrijk_bench_search_<pid>, dropped after
    .venv/bin/python bench/search.py --database-url postgres://postgres@127.0.0.1:5432/kansrijk_bench_search

A database that does not exist yet is created and dropped afterwards; an existing one must be empty. The last
line printed is one JSON object: search_p50_ms, search_p95_ms, sql_p95_ms, floor_p95_ms and
ratio = search_p95 / (floor_p95 + sql_p95), plus context. See docs/directory-search.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import types
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from overview import Database  # noqa: E402
from overview import setup_django as setup_overview  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


SERVICES = 50_000
LOCATIONS = 20_000
ORGANISATIONS = 5_000
RESULTS = 20  # the endpoint's default page of results

# What services are about: a name and a sentence, with the situations and phases they serve.
TOPICS = [
    ("Schuldhulpverlening", "Hulp bij schulden, rekeningen en geldzorgen. Samen maken we een plan.",
     ["poverty_debts"], ["before", "during", "after"]),
    ("Budgetcoach", "Een vrijwilliger helpt met de administratie en het huishoudboekje.", ["poverty_debts"],
     ["during", "after"]),
    ("Voedselbank", "Boodschappenpakket voor gezinnen met weinig geld.", ["poverty_debts"], ["during", "after"]),
    ("Zwangerschapscursus", "Voorbereiding op de bevalling en de eerste weken met de baby.", [], ["during"]),
    ("Centering groepszorg", "Zwangerschapscontroles in een groep met andere aanstaande moeders.",
     ["weak_network"], ["during"]),
    ("Prenataal huisbezoek", "De jeugdverpleegkundige komt in de zwangerschap op huisbezoek.",
     ["weak_network", "mental_health"], ["during"]),
    ("Spreekuur postnatale depressie", "Praten over somberheid, angst en stress na de bevalling.",
     ["postnatal_depression", "mental_health"], ["after"]),
    ("Praktijkondersteuner GGZ", "Gesprekken bij psychische klachten, angst of depressie.", ["mental_health"],
     ["before", "during", "after"]),
    ("Stoppen met roken", "Begeleiding bij stoppen met roken tijdens de zwangerschap, ook voor de partner.",
     ["addiction"], ["before", "during", "after"]),
    ("Verslavingszorg", "Hulp bij alcohol, drugs of gokken, met aandacht voor het gezin.", ["addiction"],
     ["before", "during", "after"]),
    ("Taalcafé", "Nederlands oefenen in een ontspannen groep, kinderopvang aanwezig.", ["low_literacy"],
     ["during", "after"]),
    ("Voorleescoach", "Samen met uw kind boekjes lezen; tips voor ouders die moeilijk lezen.", ["low_literacy"],
     ["after"]),
    ("Borstvoedingsspreekuur", "Een lactatiekundige helpt bij borstvoeding en kolven.", [], ["after"]),
    ("Consultatiebureau", "Groei en ontwikkeling van uw baby, vaccinaties en opvoedvragen.", [], ["after"]),
    ("Opvoedondersteuning", "Vragen over opvoeden, slapen, huilen en grenzen stellen.", ["weak_network"],
     ["after"]),
    ("Tienermoederproject", "Steun en een groep voor jonge moeders en vaders.", ["teenage_parents"],
     ["during", "after"]),
    ("Veilig Thuis advies", "Advies bij huiselijk geweld en kindermishandeling.", ["unsafe_situation"],
     ["before", "during", "after"]),
    ("Wijkteam", "Hulp bij wonen, werk, inkomen en zorg in de wijk.", ["poverty_debts", "weak_network"],
     ["before", "during", "after"]),
    ("Maatschappelijk werk", "Gesprekken over zorgen thuis, relatie, geld en regels.", ["complex_divorce"],
     ["before", "during", "after"]),
    ("Kinderwensspreekuur", "Gezond zwanger worden: voeding, foliumzuur, medicijnen.", [], ["before"]),
    ("Anticonceptie en kinderwens", "Gesprek over seksualiteit, anticonceptie en kinderwens.",
     ["unplanned_pregnancy"], ["before"]),
    ("Onbedoeld zwanger", "Keuzehulp bij een onbedoelde zwangerschap.", ["unplanned_pregnancy"], ["during"]),
    ("Vrijwillige gezinsmaatje", "Een maatje uit de buurt voor gezinnen met weinig netwerk.", ["weak_network"],
     ["during", "after"]),
    ("Kraamzorg extra", "Extra kraamzorg voor gezinnen die het zwaar hebben.", ["weak_network"], ["after"]),
    ("Huisvesting spreekuur", "Hulp als u geen woning heeft of dakloos dreigt te worden.", ["homeless"],
     ["before", "during", "after"]),
    ("Statushouders begeleiding", "Begeleiding van nieuwkomers en asielzoekers met een baby.",
     ["no_residence_permit", "low_literacy"], ["during", "after"]),
    ("Arbeidsmigranten inloop", "Informatie in eigen taal over zorg in Nederland.", ["labour_migrants"],
     ["during", "after"]),
    ("Vroeg geboren baby", "Steun voor ouders van een te vroeg geboren baby.", ["premature_baby"], ["after"]),
    ("Licht verstandelijke beperking", "Ouderschap met een licht verstandelijke beperking, begeleiding thuis.",
     ["mild_intellectual_disability"], ["during", "after"]),
    ("Scheiding en ouderschap", "Hulp bij een moeilijke scheiding, kinderen centraal.", ["complex_divorce"],
     ["after"]),
]
FILLER = _words(
    "gratis laagdrempelig inloop afspraak telefonisch online groep individueel thuis buurt wijk moeder "
    "vader ouders gezin baby kind peuter zwangere partner vrijwilliger professional verloskundige "
    "huisarts jeugdverpleegkundige ervaringsdeskundige bibliotheek buurthuis gemeente regio samen steun "
    "advies informatie cursus training begeleiding coaching gesprek spreekuur "
)
QUERY_WORDS = _words(
    "schulden geldzorgen budget zwanger zwangerschap bevalling depressie somber angst stress roken "
    "alcohol taal lezen borstvoeding opvoeding slapen huilen tiener geweld wonen dakloos kinderwens "
    "anticonceptie maatje kraamzorg nieuwkomers scheiding baby vader groep huisbezoek verloskundige "
    "consultatiebureau voeding coaching buurt "
)
LANGUAGES = ["nl", "en", "ar", "tr", "pl", "uk", "so", "ti"]
PHASES = ["before", "during", "after"]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="postgres://... (default: a fresh database on 127.0.0.1)")
    parser.add_argument("--searches", type=int, default=1000, help="timed searches per way (default 1000)")
    parser.add_argument("--warmup", type=int, default=100, help="untimed searches per way first (default 100)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


# --- database lifecycle ---------------------------------------------------------------------------------------


def database(url: str, keep: bool):
    """bench/overview.py's database lifecycle (refuses a non-empty database), on PostgreSQL only."""
    db = Database(url or f"postgres://postgres@127.0.0.1:5432/kansrijk_bench_search_{os.getpid()}", keep)
    if db.vendor != "postgresql":
        sys.exit("bench/search.py measures PostgreSQL; give a postgres:// database URL.")
    return db


def setup_django(url: str) -> None:
    """The project as bench/overview.py sets it up, plus a floor view and an unthrottled public search."""
    setup_overview(url)
    from django.conf import settings
    from django.http import JsonResponse
    from django.urls import include, path

    settings.DEBUG = False  # no query log
    # The throttle stays on (its cache look-up is part of the cost) but must not stop a benchmark.
    settings.DIRECTORY_PUBLIC_SEARCH_RATE = "100000000/minute"

    def floor(request):
        return JsonResponse({"count": 0, "results": []})

    urls = types.ModuleType("bench_search_urls")
    urls.urlpatterns = [path("bench-floor/", floor), path("", include("kansrijk.urls"))]
    sys.modules["bench_search_urls"] = urls
    settings.ROOT_URLCONF = "bench_search_urls"


# --- seeding --------------------------------------------------------------------------------------------------


def seed(rng: random.Random) -> dict:
    from django.core.management import call_command
    from django.db import connection, transaction

    from apps.directory.models import Intervention, Location, Service, ServiceAtLocation
    from apps.directory.search.document import build_document
    from apps.organisations.models import Organisation
    from apps.reference.models import Municipality, PostcodeArea

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)  # the throttles' shared cache (docs/operations.md)
    municipalities = list(Municipality.objects.filter(active=True).order_by("code"))
    pc4s: dict[int, list[str]] = {}
    for pc4, muni in PostcodeArea.objects.values_list("pc4", "municipality_id"):
        pc4s.setdefault(muni, []).append(pc4)
    interventions = list(Intervention.objects.all())
    with transaction.atomic():
        orgs = Organisation.objects.bulk_create([
            Organisation(name=f"{rng.choice(['Stichting', 'Welzijn', 'Zorggroep', 'Praktijk', 'GGD', 'Centrum'])} "
                              f"{m.name} {i}", municipality_id=m.pk)
            for i in range(ORGANISATIONS) for m in [municipalities[i % len(municipalities)]]
        ], batch_size=2000)
        services, homes = [], []
        for i in range(SERVICES):
            name, sentence, situations, phases = rng.choice(TOPICS)
            org = rng.choice(orgs)
            extra = " ".join(rng.sample(FILLER, 6))
            service = Service(
                organisation=org, name=f"{name} {org.name.split(' ', 1)[1]}", description=f"{sentence} {extra}.",
                phases=sorted(rng.sample(phases, k=rng.randint(1, len(phases)))), situations=situations,
                languages=["nl", *rng.sample(LANGUAGES[1:], k=rng.choice([0, 0, 1, 2]))],
                free_of_charge=rng.random() < 0.6, self_registration=rng.random() < 0.5,
                referral_required=rng.random() < 0.4, email=f"aanbod{i}@voorbeeld.invalid", phone="0000-000000",
                intervention=rng.choice(interventions) if rng.random() < 0.1 else None,
                status="active" if rng.random() < 0.95 else rng.choice(["inactive", "defunct"]),
            )
            service.search_document = build_document(service)
            services.append(service)
            homes.append(org.municipality_id)
        services = Service.objects.bulk_create(services, batch_size=2000)
        through = Service.municipalities.through
        links = []
        for service, home in zip(services, homes, strict=True):
            covered = {home} | {rng.choice(municipalities).pk for _ in range(rng.choice([0, 0, 1, 2]))}
            links += [through(service_id=service.pk, municipality_id=m) for m in covered]
        through.objects.bulk_create(links, batch_size=5000)
        locations = Location.objects.bulk_create([
            Location(organisation=service.organisation, name=f"Locatie {i}", address_1=f"Voorbeeldstraat {i % 200 + 1}",
                     pc4=(pc4 := rng.choice(pc4s.get(home) or ["1000"])), postcode=f"{pc4} AB",
                     city="", municipality_id=home)
            for i, (service, home) in enumerate(zip(services[:LOCATIONS], homes[:LOCATIONS], strict=True))
        ], batch_size=2000)
        ServiceAtLocation.objects.bulk_create([
            ServiceAtLocation(service=service, location=location)
            for service, location in zip(services, locations, strict=False)
        ], batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return {"municipalities": municipalities, "services": len(services), "locations": len(locations),
            "links": len(links), "organisations": len(orgs)}


# --- the searches ---------------------------------------------------------------------------------------------


def typo(word: str, rng: random.Random) -> str:
    """One edit in the middle of the word: swap, drop, double or replace a letter."""
    i = rng.randint(1, len(word) - 2)
    kind = rng.choice(["swap", "drop", "double", "replace"])
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1:]


def make_searches(n: int, municipalities, rng: random.Random) -> list[dict]:
    searches = []
    for k in range(n):
        words = rng.sample(QUERY_WORDS, k=rng.choice([1, 2]))
        with_typo = k % 5 == 0
        if with_typo:
            j = max(range(len(words)), key=lambda x: len(words[x]))
            words[j] = typo(words[j], rng)
        params = {"q": " ".join(words), "municipality": rng.choice(municipalities).code}
        extra = rng.choice(["phase", "situation", "self_registration", "language", "free"])
        if extra == "phase":
            params["phase"] = rng.choice(PHASES)
        elif extra == "situation":
            params["situation"] = rng.choice([s for t in TOPICS for s in t[2]])
        elif extra == "self_registration":
            params["self_registration"] = rng.choice(["true", "false"])
        elif extra == "language":
            params["language"] = rng.choice(LANGUAGES)
        else:
            params["free"] = "true"
        searches.append({"params": params, "typo": with_typo})
    return searches


def raw_sql(params: dict) -> list[tuple[str, list]]:
    """The statement the application sends for these parameters, built by the app's own code (not timed)."""
    from apps.directory.search.engine import build_filters, plan_query, search_sql
    from apps.reference.models import Municipality

    filters = build_filters(
        municipality=Municipality.objects.get(code=params["municipality"]), phase=params.get("phase", ""),
        situation=params.get("situation", ""), language=params.get("language", ""),
        self_registration={"true": True, "false": False}.get(params.get("self_registration", "")),
        free_only=params.get("free") == "true")
    return [search_sql(plan_query(params["q"]), filters, RESULTS)]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(searches: list[dict], url: str, warmup: int) -> dict[str, list[float]]:
    import psycopg
    from django.test import Client

    client = Client()
    raw = psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)
    cursor = psycopg.ClientCursor(raw)
    prepared = [(s, raw_sql(s["params"]), "/api/public/services/?" + urlencode(s["params"])) for s in searches]
    timings: dict[str, list[float]] = {"search": [], "sql": [], "floor": []}
    counts = []

    def time_search(path):
        started = time.perf_counter()
        response = client.get(path)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, (path, response.status_code, response.content[:300])
        counts.append(response.json()["count"])
        return elapsed

    def time_sql(statements):
        started = time.perf_counter()
        for sql, params in statements:
            cursor.execute(sql, params)
            cursor.fetchall()
        return time.perf_counter() - started

    def time_floor(_):
        started = time.perf_counter()
        response = client.get("/bench-floor/")
        elapsed = time.perf_counter() - started
        assert response.status_code == 200
        return elapsed

    ways = [("search", time_search, 2), ("sql", time_sql, 1), ("floor", time_floor, 2)]
    for index, (_search, statement, path) in enumerate(prepared):
        arguments = {"search": path, "sql": statement, "floor": None}
        # Rotate the order so that no way always runs first (warm caches) or last.
        order = ways[index % 3:] + ways[:index % 3]
        for name, timer, _pos in order:
            seconds = timer(arguments[name])
            if index >= warmup:
                timings[name].append(seconds * 1000)
    raw.close()
    timings["_counts"] = counts[warmup:]
    return timings


def main() -> None:
    args = parse_args()
    db = database(args.database_url, args.keep)
    db.prepare()
    try:
        setup_django(db.url)
        started = time.perf_counter()
        rng = random.Random(args.seed)
        info = seed(rng)
        seeded = time.perf_counter()
        print(f"database: postgresql; migrate + seed {seeded - started:.1f} s: {info['services']} services "
              f"({info['links']} municipality links), {info['locations']} locations, {info['organisations']} "
              f"organisations, {len(info['municipalities'])} municipalities")
        searches = make_searches(args.warmup + args.searches, info["municipalities"], rng)
        print(f"{args.warmup} warm-up + {args.searches} timed searches per way; load average before timing "
              f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        timings = run(searches, db.url, args.warmup)
        counts = timings.pop("_counts")
        result: dict[str, object] = {}
        for name, samples in timings.items():
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            print(f"{name:7s} p50 {p50:6.2f} ms  p95 {p95:6.2f} ms  max {max(samples):7.2f} ms")
            result[f"{name}_p50_ms"] = round(p50, 2)
            result[f"{name}_p95_ms"] = round(p95, 2)
        result["ratio"] = round(result["search_p95_ms"] / (result["floor_p95_ms"] + result["sql_p95_ms"]), 2)
        result.update(services=info["services"], locations=info["locations"],
                      municipalities=len(info["municipalities"]), searches=args.searches,
                      typo_share=0.2, mean_results=round(statistics.mean(counts), 1),
                      empty_results=sum(1 for c in counts if c == 0), database="postgresql")
        print(json.dumps(result))
    finally:
        db.cleanup()


if __name__ == "__main__":
    main()
