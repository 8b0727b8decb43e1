# SPDX-License-Identifier: EUPL-1.2
"""Demo directory: services, locations and opening hours for Meppel and Noord- en Midden-Limburg.

Idempotent like the rest of `manage.py demo`: everything is found by a natural key (organisation + name) and
updated in place. Verification dates are relative to today, so the demo always has stale and fresh listings.
Content: apps/demo/directory_services_data.py.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from apps.accounts.models import User
from apps.demo import directory_services_data as data
from apps.directory.choices import Capacity
from apps.directory.models import Intervention, Location, OpeningHours, Service, ServiceAtLocation
from apps.organisations.models import Organisation
from apps.reference.models import Municipality
from apps.reference.places import main_municipality

# Street names for the generated desks of the region (invented addresses in real postcode areas).
DESK_STREET = "Raadhuisplein 1"
LIBRARY_STREET = "Markt 10"


def _upsert():
    from apps.demo.upsert import upsert

    return upsert


def load(command) -> None:
    upsert = _upsert()
    now = timezone.now()
    municipalities = {m.code: m for m in Municipality.objects.all()}
    orgs = dict(command.orgs)
    for key, (name, code, description) in data.ORGANISATIONS.items():
        orgs[key] = upsert(Organisation, {"name": name, "municipality": municipalities.get(code)},
                           {"description": description})
    users = _load_users(command, orgs)
    locations = {key: _location(upsert, orgs[org], name, street, postcode, city)
                 for key, (org, name, street, postcode, city) in data.LOCATIONS.items()}
    interventions = {i.code: i for i in Intervention.objects.all()}
    region = [municipalities[code] for code in data.REGION_PLACES]

    specs = list(data.SERVICES)
    for code, (place, pc4, library) in data.REGION_PLACES.items():
        specs += _generated(code, municipalities[code].name, place, pc4, library)
        desk = f"desk_{code}"
        locations[desk] = _location(upsert, orgs[f"gm_{code}"], f"Gemeentehuis {municipalities[code].name}",
                                    DESK_STREET, f"{pc4} AA", place)
        locations[f"library_{code}"] = _location(upsert, orgs[library], f"Bibliotheek {place}", LIBRARY_STREET,
                                                 f"{pc4} AB", place)

    for spec in specs:
        covers = region if spec["covers"] == data.NML else [municipalities[code] for code in spec["covers"]]
        _service(upsert, spec, orgs[spec["org"]], covers, locations, interventions, users, now)
    command.directory_logins = {user.username: user.job_title for user in users.values()}


def _load_users(command, orgs) -> dict[str, User]:
    """Organisation contacts, with the same (already hashed) demo password as the workspace's logins."""
    encoded = next(iter(command.users.values())).password
    users = {}
    for key, (username, first, last, job_title, employers) in data.USERS.items():
        user = User.objects.filter(username=username).first() or User(username=username)
        user.first_name, user.last_name, user.job_title = first, last, job_title
        user.email = f"{first}.{last}".lower() + "@kansrijk-demo.invalid"
        user.is_active, user.password = True, encoded
        user.save()
        user.organisations.set([orgs[k] for k in employers])
        users[key] = user
    return users


def _location(upsert, organisation, name, street, postcode, city) -> Location:
    pc4 = postcode[:4]
    return upsert(Location, {"organisation": organisation, "name": name},
                  {"address_1": street, "postcode": postcode, "city": city, "pc4": pc4,
                   "municipality": main_municipality(pc4)})


def _generated(code: str, municipality: str, place: str, pc4: str, library: str) -> list[dict]:
    """A municipal debt desk, BoekStart at the library and the JGZ's prenatal home visit in every municipality."""
    # Spread verification dates and capacity over the municipalities so the demo shows every state.
    index = list(data.REGION_PLACES).index(code)
    return [
        dict(org=f"gm_{code}", name=f"Schuldhulp {municipality}",
             text=f"Geldzorgen of schulden? De schuldhulpverlening van de gemeente {municipality} helpt u gratis. "
                  "Bent u zwanger of heeft u een baby, dan krijgt u snel een eerste gesprek.",
             phases=["before", "during", "after"], situations=["poverty_debts"], covers=[code],
             at=[f"desk_{code}"], hours=data.OFFICE, verified=(30, 200, 90, None)[index % 4],
             capacity=(3 if index % 5 == 1 else "open"), free=True, self=True,
             eligibility=f"Inwoners van de gemeente {municipality}."),
        dict(org=library, name=f"BoekStart {place}",
             text="Voorlezen vanaf de geboorte: haal uw gratis BoekStartkoffertje op in de bibliotheek.",
             intervention="boekstart", phases=["after"], situations=["low_literacy"], covers=[code],
             at=[f"library_{code}"], hours=[(3, "13:00", "17:00"), (6, "10:00", "13:00")],
             verified=(400, 40, 150)[index % 3], free=True, self=True, child_months=48),
        dict(org="cjg_nml", name=f"Prenataal huisbezoek {municipality}",
             text="Een jeugdverpleegkundige van het CJG bezoekt u thuis tijdens de zwangerschap.",
             intervention="prenataal-huisbezoek", phases=["during"], situations=["weak_network", "poverty_debts"],
             covers=[code], verified=(60, 250)[index % 2], free=True, self=True, weeks=(20, 34)),
    ]


def _service(upsert, spec, organisation, covers, locations, interventions, users, now) -> Service:
    verified = spec.get("verified")
    capacity = spec.get("capacity", "open")
    claimed_by = users.get(spec.get("claimed"))
    # Whole days at 10:00: running the demo twice on one day changes nothing.
    today = now.replace(hour=10, minute=0, second=0, microsecond=0)
    verified_at = None if verified is None else today - dt.timedelta(days=verified)
    weeks = spec.get("weeks", (None, None))
    slug = organisation.name.lower().split()[0].strip(",.")
    values = {
        "description": spec["text"], "phases": spec["phases"], "situations": spec["situations"],
        "intervention": interventions.get(spec.get("intervention")),
        "languages": spec.get("languages", ["nl"]), "free_of_charge": spec.get("free", False),
        "cost_description": spec.get("cost", "Gratis" if spec.get("free") else ""),
        "self_registration": spec.get("self", False), "referral_required": spec.get("referral", False),
        "application_process": spec.get("apply", "Bel of mail ons; we nemen binnen twee werkdagen contact op."),
        "eligibility": spec.get("eligibility", ""),
        "pregnancy_week_from": weeks[0], "pregnancy_week_to": weeks[1],
        "child_age_months_to": spec.get("child_months"),
        "email": f"{slug}@{data.EMAIL_DOMAIN}", "phone": data.PHONE,
        "capacity": Capacity.WAITING_LIST if isinstance(capacity, int) else capacity,
        "waiting_weeks": capacity if isinstance(capacity, int) else None,
        "capacity_updated_at": verified_at if capacity != "open" else None,
        "last_verified_at": verified_at, "last_verified_by": claimed_by if verified_at else None,
        "claimed_at": (verified_at or today) if claimed_by else None, "claimed_by": claimed_by,
    }
    service = upsert(Service, {"organisation": organisation, "name": spec["name"]}, values)
    service.municipalities.set(covers)
    wanted = [locations[key] for key in spec.get("at", [])]
    ServiceAtLocation.objects.filter(service=service).exclude(location__in=wanted).delete()
    for location in wanted:
        ServiceAtLocation.objects.get_or_create(service=service, location=location)
    # Hours belong to the service: a town hall is open longer than its debt desk's walk-in hours.
    for weekday, opens, closes in spec.get("hours", []):
        upsert(OpeningHours, {"service": service, "weekday": weekday, "opens_at": dt.time.fromisoformat(opens)},
               {"closes_at": dt.time.fromisoformat(closes)})
    return service
