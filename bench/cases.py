# SPDX-License-Identifier: EUPL-1.2
"""Benchmark of the case flow at national scale: 25,000 cases (about a year of Dutch volume) over 342 hubs.

Seeds one local coalition with a hub per active municipality, a hub team member and a midwife per hub, and 25,000
cases (60 % with consent: encrypted identifiers and blind-index keys; signals; triage levels; half with a live
referral), then times the hub dashboard, the case list ("Mijn casussen") and a case page through
django.test.Client, as hub members logged in with a second factor — so every request also writes its access records.

    .venv/bin/python bench/cases.py                       # fresh SQLite file under bench/, deleted afterwards
    .venv/bin/python bench/cases.py --database-url postgres://postgres@127.0.0.1:5432/kansrijk_bench_cases

Database handling as in bench/overview.py. The last line printed is one JSON object with p50 and p95 in ms.
See bench/README.md (target: p95 under 150 ms on this 2-core machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import time

from overview import Database, analyze, migrate, percentile, setup_django  # sibling module: run from bench/

CASES, HUBS = 25_000, 342
SITUATIONS = ["poverty_debts", "weak_network", "mental_health", "low_literacy", "teenage_parents", "addiction"]
LEVELS = ["self_reliant", "potentially_vulnerable", "vulnerable", "very_vulnerable"]
STATUS_OF = {"self_reliant": "regular_care", "potentially_vulnerable": "regular_care", "vulnerable": "home_visit",
             "very_vulnerable": "case_meeting"}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--requests", type=int, default=200, help="timed requests per page (default 200)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests per page first (default 20)")
    parser.add_argument("--cases", type=int, default=CASES, help=f"cases to seed (default {CASES})")
    parser.add_argument("--seed", type=int, default=2026, help="random seed")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    return parser.parse_args()


def seed(rng: random.Random, n_cases: int) -> dict:
    from django.utils import timezone
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from apps.accounts.models import User
    from apps.cases import identity
    from apps.cases.models import Case, Hub, HubMember, IdentityKey, Referral, ReferralEvent, Signal
    from apps.coalitions.models import Coalition, Partner
    from apps.directory.models import Service
    from apps.organisations.models import Organisation
    from apps.reference.models import Municipality

    municipalities = list(Municipality.objects.filter(active=True).order_by("code")[:HUBS])
    coalitions = Coalition.objects.bulk_create([
        Coalition(name=f"Kansrijke Start {m.name}", municipality=m, scope="local", status="formed")
        for m in municipalities])
    orgs = Organisation.objects.bulk_create([Organisation(name=f"JGZ {m.name}", municipality=m)
                                             for m in municipalities])
    providers = Organisation.objects.bulk_create([Organisation(name=f"Welzijn {m.name}", municipality=m)
                                                  for m in municipalities])
    Partner.objects.bulk_create([Partner(coalition=c, organisation=o, domain="social", partner_type="jgz")
                                 for c, o in zip(coalitions, orgs, strict=True)])
    hubs = Hub.objects.bulk_create([Hub(coalition=c, name=f"Knooppunt {c.name}") for c in coalitions])
    nurses = User.objects.bulk_create([User(username=f"jgz{i}", profession="jgz") for i in range(len(hubs))])
    midwives = User.objects.bulk_create([User(username=f"vk{i}", profession="midwife") for i in range(len(hubs))])
    User.organisations.through.objects.bulk_create([User.organisations.through(user_id=u.pk, organisation_id=o.pk)
                                                    for u, o in zip(nurses, orgs, strict=True)])
    HubMember.objects.bulk_create([HubMember(hub=h, user=u, organisation=o, role="chair")
                                   for h, u, o in zip(hubs, nurses, orgs, strict=True)])
    TOTPDevice.objects.bulk_create([TOTPDevice(user=u, name="bench", confirmed=True) for u in nurses])
    services = [Service(organisation=p, name=f"Thuisadministratie {p.name}", description="x")
                for p in providers]
    services = Service.objects.bulk_create(services)

    now = timezone.now()
    hub_of = [rng.randrange(len(hubs)) for _ in range(n_cases)]
    cases, people = [], []
    for i in range(n_cases):
        consent = rng.random() < 0.6
        level = rng.choice(LEVELS)
        born = dt.date(1985, 1, 1) + dt.timedelta(days=rng.randrange(7000))
        name = f"Moeder{i} Achternaam{i % 997}"
        people.append((name, born) if consent else None)
        cases.append(Case(
            hub=hubs[hub_of[i]], status=STATUS_OF[level], triage_level=level, phase="pregnant", pc4="7941",
            due_date=(now + dt.timedelta(days=rng.randrange(200))).date(), situations=rng.sample(SITUATIONS, 2),
            consent_status="given" if consent else "not_yet", consent_scope=["hub", "share"] if consent else [],
            full_name=name if consent else "", date_of_birth=born if consent else None,
            phone="0600000000" if consent else "", created_at=now - dt.timedelta(days=rng.randrange(365))))
    cases = Case.objects.bulk_create(cases, batch_size=2000)
    Signal.objects.bulk_create([Signal(case=c, source="midwife", signalled_by=midwives[hub_of[i]],
                                       description="Zorgen over geld en weinig steun.", created_at=c.created_at)
                                for i, c in enumerate(cases)], batch_size=2000)
    IdentityKey.objects.bulk_create([IdentityKey(case=c, key=k) for c, p in zip(cases, people, strict=True) if p
                                     for k in identity.keys(*p)], batch_size=5000)
    referrals = Referral.objects.bulk_create([
        Referral(case=c, service=services[hub_of[i]], service_name=services[hub_of[i]].name,
                 to_organisation=providers[hub_of[i]], mode="live",
                 status=rng.choice(["requested", "accepted", "in_progress", "rejected"]), created_by=nurses[hub_of[i]],
                 respond_by=(now + dt.timedelta(days=rng.randrange(-20, 20))).date())
        for i, c in enumerate(cases) if i % 2 == 0], batch_size=2000)
    ReferralEvent.objects.bulk_create([ReferralEvent(referral=r, target=r.status, by_id=r.created_by_id)
                                       for r in referrals], batch_size=5000)
    cases_per_hub: dict[int, list[int]] = {}
    for i, c in enumerate(cases):
        cases_per_hub.setdefault(hub_of[i], []).append(c.pk)
    return {"hubs": [h.pk for h in hubs], "nurses": [u.pk for u in nurses], "cases_per_hub": cases_per_hub,
            "rows": {"hubs": len(hubs), "cases": len(cases), "referrals": len(referrals)}}


def time_pages(ids: dict, args, rng: random.Random) -> dict[str, list[float]]:
    from django.test import Client

    from apps.accounts.models import User
    from apps.cases import testing

    # Twenty hub members of twenty random hubs, each with her own verified session.
    picks = rng.sample(range(len(ids["hubs"])), 20)
    clients = [(i, testing.verify(Client(), User.objects.get(pk=ids["nurses"][i]))) for i in picks]

    def hub_page():
        i, client = rng.choice(clients)
        return client, f"/knooppunten/{ids['hubs'][i]}/"

    def case_list():
        _i, client = rng.choice(clients)
        return client, "/casussen/"

    def case_page():
        i, client = rng.choice(clients)
        return client, f"/casussen/{rng.choice(ids['cases_per_hub'][i])}/"

    timings = {}
    for name, target in {"hub_dashboard": hub_page, "case_list": case_list, "case_page": case_page}.items():
        for _ in range(args.warmup):
            client, url = target()
            assert client.get(url).status_code == 200, (name, url)
        samples = []
        for _ in range(args.requests):
            client, url = target()
            start = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        timings[name] = samples
    return timings


def main() -> None:
    args = parse_args()
    db = Database(args.database_url, args.keep)
    db.prepare()
    try:
        setup_django(db.url)
        started = time.perf_counter()
        migrate()
        migrated = time.perf_counter()
        rng = random.Random(args.seed)
        ids = seed(rng, args.cases)
        analyze(db.vendor)
        seeded = time.perf_counter()
        rows = ", ".join(f"{n} {k}" for k, n in ids["rows"].items())
        print(f"database: {db.vendor}; migrate {migrated - started:.1f} s, seed {seeded - migrated:.1f} s ({rows})")
        print(f"{args.warmup} warm-up + {args.requests} timed requests per page; load average before timing "
              f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        result: dict[str, object] = {}
        for name, samples in time_pages(ids, args, rng).items():
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            print(f"{name:15s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  max {max(samples):7.1f} ms")
            result[f"{name}_p50_ms"] = round(p50, 1)
            result[f"{name}_p95_ms"] = round(p95, 1)
        result.update(cases=ids["rows"]["cases"], hubs=ids["rows"]["hubs"], database=db.vendor)
        print(json.dumps(result))
    finally:
        db.cleanup()


if __name__ == "__main__":
    main()
