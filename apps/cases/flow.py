# SPDX-License-Identifier: EUPL-1.2
"""The writes of the case flow, shared by pages and API: each one is a transaction with its access record."""

from __future__ import annotations

from auditlog.context import set_actor
from django.db import transaction
from django.utils.translation import gettext

from apps.cases import audit
from apps.cases.choices import AccessAction, Basis, ConsentHow, ConsentStatus
from apps.cases.models import Case, ConsentRecord, Hub, Signal
from apps.reference import places

WITHDRAWN_TEXT = "[Toelichting verwijderd: de toestemming is ingetrokken.]"


def _case_fields(data: dict, hub: Hub) -> dict:
    postcode = data.get("postcode") or ""
    return {
        "hub": hub, "phase": data["phase"], "due_date": data.get("due_date"),
        "child_birth_date": data.get("child_birth_date"), "pc4": places.pc4(postcode) or "",
        "situations": list(data.get("situations") or []), "full_name": data.get("full_name") or "",
        "date_of_birth": data.get("date_of_birth"), "phone": data.get("phone") or "",
        "email": data.get("email") or "", "postcode": postcode,
    }


def first_organisation(user):
    return user.organisations.order_by("name").first()


@transaction.atomic
def register_signal(user, data: dict, hub: Hub) -> Case:
    """A professional's signal: a new case in the hub, its first signal and the consent she recorded."""
    with set_actor(user):
        consent = data["consent_status"]
        case = Case(**_case_fields(data, hub), consent_status=consent,
                    consent_scope=list(data.get("consent_scope") or []))
        case.save()
        Signal.objects.create(case=case, source=user.profession, signalled_by=user,
                              organisation=first_organisation(user), situations=case.situations,
                              description=data.get("description") or "")
        ConsentRecord.objects.create(case=case, status=consent, scope=case.consent_scope,
                                     how=data.get("consent_how") or "", recorded_by=user)
    audit.record(user, case, AccessAction.CREATE, [Basis.SIGNALLER])
    return case


@transaction.atomic
def register_public(data: dict, hub: Hub) -> Case:
    """The public form: the parent (or someone with her consent) registers; sending it is the consent."""
    case = Case(**_case_fields(data, hub), consent_status=ConsentStatus.GIVEN, consent_scope=["hub"])
    case.save()
    Signal.objects.create(case=case, source=data["who"], situations=case.situations,
                          description=data.get("description") or "")
    ConsentRecord.objects.create(case=case, status=ConsentStatus.GIVEN, scope=["hub"], how=ConsentHow.ONLINE)
    audit.record_public(case)
    return case


@transaction.atomic
def change_consent(case: Case, user, data: dict) -> Case:
    """Record a new consent state and apply what it means: without consent, identifying data and free text go."""
    status = data["status"]
    with set_actor(user):
        case.consent_status = status
        if status == ConsentStatus.GIVEN:
            case.consent_scope = list(data.get("scope") or [])
            for name in ("full_name", "date_of_birth", "phone", "email", "postcode"):
                setattr(case, name, data.get(name) or ("" if name != "date_of_birth" else None))
            if case.postcode:
                case.pc4 = places.pc4(case.postcode) or case.pc4
        case.save()  # Case.save applies the consent (apply_consent)
        if status in (ConsentStatus.WITHDRAWN, ConsentStatus.REFUSED):
            # Free text may name her or her family: it goes with the consent it was given under.
            for signal in case.signals.exclude(description=""):
                signal.description = WITHDRAWN_TEXT
                signal.save()
        ConsentRecord.objects.create(case=case, status=status, scope=case.consent_scope,
                                     how=data.get("how") or "", recorded_by=user)
    return case


def consent_message(case: Case) -> str:
    if case.identified:
        return gettext("De toestemming is vastgelegd.")
    return gettext("De toestemming is vastgelegd. Naam, contactgegevens en toelichtingen zijn verwijderd; het "
                   "knooppunt bespreekt deze casus voortaan anoniem.")

