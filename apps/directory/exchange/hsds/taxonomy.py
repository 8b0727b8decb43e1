# SPDX-License-Identifier: EUPL-1.2
"""The Kansrijk taxonomy: where the Dutch specifics live in HSDS (as `attributes` with a taxonomy term).

HSDS 3.0 has no fields for pregnancy phases, vulnerable situations, pregnancy weeks, self-registration or
capacity. Its way to extend a record without breaking the core schema is an `attribute` that links a
`taxonomy_term` (and a `value`) to the record. The terms below are published at /hsds/taxonomies/ and
/hsds/taxonomy_terms/ and documented in docs/directory-hsds.md. Every id is a UUID derived from the term code,
so the ids never change between installations and exports.

Enumerations have one term per value (`phase-during`, `situation-poverty_debts`) so that the HSDS API's
`taxonomy_term_id` filter works; numbers, booleans and codes have one term and carry the value in `value`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from apps.directory.choices import Capacity, Phase, VulnerabilityFactor

TAXONOMY_ID = uuid.UUID("6a0f3f5e-3c55-4c1e-9b43-6b2d1f0c6a11")
TAXONOMY_NAME = "Kansrijk"
TAXONOMY_VERSION = "1.0"


@dataclass(frozen=True)
class Term:
    code: str
    name: object  # a lazy Dutch string
    description: object
    parent: str = ""  # code of the parent term, for the per-value terms

    @property
    def id(self) -> str:
        return str(uuid.uuid5(TAXONOMY_ID, self.code))


def _build() -> dict[str, Term]:
    terms = [
        Term("phase", _("Fase"), _("Fase van de eerste 1000 dagen waarin het aanbod helpt.")),
        *[Term(f"phase-{value}", label, _("Fase van de eerste 1000 dagen waarin het aanbod helpt."), "phase")
          for value, label in Phase.choices],
        Term("situation", _("Kwetsbare situatie"), _("Kwetsbare situatie waarvoor het aanbod bedoeld is.")),
        *[Term(f"situation-{value}", label, _("Kwetsbare situatie waarvoor het aanbod bedoeld is."), "situation")
          for value, label in VulnerabilityFactor.choices],
        Term("pregnancy_week_from", _("Vanaf zwangerschapsweek"),
             _("Eerste zwangerschapsweek waarin het aanbod helpt; `value` is het weeknummer.")),
        Term("pregnancy_week_to", _("Tot zwangerschapsweek"),
             _("Laatste zwangerschapsweek waarin het aanbod helpt; `value` is het weeknummer.")),
        Term("child_age_months_to", _("Tot leeftijd kind (maanden)"),
             _("Hoogste leeftijd van het kind in maanden; `value` is het aantal maanden.")),
        Term("self_registration", _("Zelf aanmelden mogelijk"),
             _("Ouders kunnen zich zelf aanmelden, zonder verwijzing; `value` is ‘true’.")),
        Term("referral_required", _("Verwijzing nodig"),
             _("Aanmelden gaat via een verwijzing door een professional; `value` is ‘true’.")),
        Term("capacity", _("Beschikbaarheid"),
             _("Plek beschikbaar, wachtlijst of vol; `value` is %(codes)s.")
             % {"codes": ", ".join(Capacity.values)}),
        Term("waiting_weeks", _("Verwachte wachttijd (weken)"),
             _("Verwachte wachttijd bij een wachtlijst; `value` is het aantal weken.")),
        Term("intervention", _("Landelijke interventie"),
             _("Het aanbod is de lokale uitvoering van een landelijke interventie; `value` is de code uit de "
               "interventiecatalogus (bijvoorbeeld ‘voorzorg’).")),
        Term("municipality", _("Vestigingsgemeente"),
             _("Gemeente waar de organisatie gevestigd is; `value` is de CBS-gemeentecode (bijvoorbeeld GM0119).")),
    ]
    return {term.code: term for term in terms}


TERMS: dict[str, Term] = _build()
TERMS_BY_ID: dict[str, Term] = {term.id: term for term in TERMS.values()}


def taxonomy_record() -> dict:
    return {
        "id": str(TAXONOMY_ID),
        "name": TAXONOMY_NAME,
        "description": str(_("Nederlandse uitbreidingen van Kansrijk op HSDS 3.0: fasen van de eerste 1000 dagen, "
                             "kwetsbare situaties, zwangerschapsweken, toegang, beschikbaarheid en interventies.")),
        "version": TAXONOMY_VERSION,
    }


def term_record(term: Term, *, with_taxonomy: bool = True) -> dict:
    record = {
        "id": term.id,
        "code": term.code,
        "name": str(term.name),
        "description": str(term.description),
        "taxonomy": TAXONOMY_NAME,
        "taxonomy_id": str(TAXONOMY_ID),
        "language": "nl",
    }
    if term.parent:
        record["parent_id"] = TERMS[term.parent].id
    if with_taxonomy:
        record["taxonomy_detail"] = taxonomy_record()
    return record


def attribute(link_id: str, link_entity: str, code: str, value: str = "") -> dict:
    """One HSDS attribute carrying a Kansrijk term (its id is derived, so exports are stable)."""
    term = TERMS[code]
    return {
        "id": str(uuid.uuid5(uuid.UUID(link_id), f"attribute:{code}:{value}")),
        "link_id": link_id,
        "link_type": "kansrijk",
        "link_entity": link_entity,
        "taxonomy_term_id": term.id,
        "value": value,
        "taxonomy_term": term_record(term),
    }


def kansrijk_term(attribute_record: dict) -> Term | None:
    """The Kansrijk term an attribute carries, or None for any other taxonomy's attribute."""
    term_id = attribute_record.get("taxonomy_term_id") or (attribute_record.get("taxonomy_term") or {}).get("id")
    return TERMS_BY_ID.get(str(term_id)) if term_id else None
