# SPDX-License-Identifier: EUPL-1.2
"""The HSDS API's taxonomy and place filters, on services (prefix "") or on services at locations ("service__").

Kansrijk terms are model fields, so they filter in the database. Terms of imported taxonomies live in the
`attributes` a service kept in `hsds_extra`; those are found by reading the services that kept attributes (a
directory holds hundreds of services, not millions), which works the same on PostgreSQL and SQLite.
"""

from __future__ import annotations

import math

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError

from apps.directory.exchange.hsds.mapping import CAPACITY_UNKNOWN
from apps.directory.exchange.hsds.taxonomy import TAXONOMY_ID, TERMS_BY_ID
from apps.directory.models import Service, TaxonomyRecord

NUMBER_TERMS = ("pregnancy_week_from", "pregnancy_week_to", "child_age_months_to", "waiting_weeks")
EARTH_RADIUS_M = 6_371_000
MAX_RADIUS_M = 500_000


def _kansrijk_term(code: str, prefix: str) -> Q:
    if code.startswith(("phase-", "situation-")):
        field, value = code.split("-", 1)
        # The JSON list as text contains the quoted code; this works the same on PostgreSQL and SQLite.
        return Q(**{f"{prefix}{field}s__icontains": f'"{value}"'})
    if code in ("phase", "situation"):
        return ~Q(**{f"{prefix}{code}s": []})
    if code in ("self_registration", "referral_required"):
        return Q(**{f"{prefix}{code}": True})
    if code in NUMBER_TERMS:
        return Q(**{f"{prefix}{code}__isnull": False})
    if code == "intervention":
        return Q(**{f"{prefix}intervention__isnull": False})
    if code == "capacity":
        return (Q(**{f"{prefix}capacity_updated_at__isnull": False})
                | ~Q(**{f"{prefix}hsds_extra__has_key": CAPACITY_UNKNOWN}))
    return Q(pk__in=[])  # "municipality" is an organisation's term: no service carries it


def _with_kept_terms(term_ids: set[str], prefix: str) -> Q:
    """Services whose kept (foreign) attributes carry one of `term_ids`."""
    matching = []
    for pk, extra in Service.objects.filter(hsds_extra__has_key="attributes").values_list("pk", "hsds_extra"):
        for item in extra.get("attributes") or []:
            if isinstance(item, dict) and str(item.get("taxonomy_term_id")
                                              or (item.get("taxonomy_term") or {}).get("id")) in term_ids:
                matching.append(pk)
                break
    return Q(**{f"{prefix}pk__in": matching})


def with_term(term_id: str, prefix: str = "") -> Q:
    term = TERMS_BY_ID.get(term_id)
    if term is not None:
        return _kansrijk_term(term.code, prefix)
    return _with_kept_terms({term_id}, prefix)


def taxonomy_of(term: dict) -> str:
    return str(term.get("taxonomy_id") or (term.get("taxonomy_detail") or {}).get("id") or "")


def with_taxonomy(taxonomy_id: str, prefix: str = "") -> Q:
    if taxonomy_id == str(TAXONOMY_ID):
        kansrijk = Q(pk__in=[])
        for code in ("phase", "situation", "self_registration", "referral_required", "intervention", "capacity",
                     *NUMBER_TERMS):
            kansrijk |= _kansrijk_term(code, prefix)
        return kansrijk
    terms = {str(uuid) for uuid in TaxonomyRecord.objects.filter(
        kind=TaxonomyRecord.Kind.TERM, taxonomy_uuid=taxonomy_id).values_list("uuid", flat=True)}
    return _with_kept_terms(terms, prefix) if terms else Q(pk__in=[])


def parse_proximity(text: str) -> tuple[float, float, float]:
    try:
        latitude, longitude, metres = (float(part) for part in text.split(","))
    except ValueError:
        raise ValidationError({"detail": _("niet ondersteund: proximity=%(value)s (wel: ‘breedtegraad,lengtegraad,"
                                           "meters’, bijvoorbeeld 52.6958,6.1944,5000)") % {"value": text}}) from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180 and 0 < metres <= MAX_RADIUS_M):
        raise ValidationError({"detail": _("‘proximity’ valt buiten de grenzen (breedte −90…90, lengte −180…180, "
                                           "afstand 1 tot %(max)d meter).") % {"max": MAX_RADIUS_M}})
    return latitude, longitude, metres


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def near(links: QuerySet, proximity: str) -> QuerySet:
    """Services at locations within the distance of the point: a box in the database, then the exact circle."""
    latitude, longitude, metres = parse_proximity(proximity)
    dlat = metres / 111_320
    dlon = metres / max(1.0, 111_320 * math.cos(math.radians(latitude)))
    box = links.filter(location__latitude__range=(latitude - dlat, latitude + dlat),
                       location__longitude__range=(longitude - dlon, longitude + dlon))
    inside = [pk for pk, lat, lon in box.values_list("pk", "location__latitude", "location__longitude")
              if distance_m(latitude, longitude, lat, lon) <= metres]
    return links.filter(pk__in=inside)
