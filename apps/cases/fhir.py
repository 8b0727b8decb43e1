# SPDX-License-Identifier: EUPL-1.2
"""A referral as FHIR R4 `ServiceRequest` + `Task` in a Bundle, after the Gravity Project's closed-loop referral.

The Task carries the loop (its status is ours, one to one); the ServiceRequest the request itself. The family
appears as a contained Patient only when consent is given; otherwise the subject is a display-only reference.

| Kansrijk | Task.status | ServiceRequest.status |
|---|---|---|
| draft | draft | draft |
| requested, accepted, in_progress | requested, accepted, in-progress | active |
| on_hold | on-hold | on-hold |
| completed | completed | completed |
| rejected, failed, cancelled | rejected, failed, cancelled | revoked |
"""

from __future__ import annotations

import uuid

from django.conf import settings

from apps.cases.choices import ReferralStatus
from apps.cases.models import Referral

R = ReferralStatus
TASK_STATUS = {s: s.replace("_", "-") for s in R.values}
REQUEST_STATUS = {R.DRAFT: "draft", R.REQUESTED: "active", R.ACCEPTED: "active", R.IN_PROGRESS: "active",
                  R.ON_HOLD: "on-hold", R.COMPLETED: "completed", R.REJECTED: "revoked", R.FAILED: "revoked",
                  R.CANCELLED: "revoked"}
SYSTEM = "https://kansrijk.example/fhir"  # identifier system of this installation's own ids


def _instant(value) -> str:
    return value.isoformat()


def _org(organisation) -> dict:
    return {"reference": f"Organization/kansrijk-{organisation.uuid}", "display": organisation.name}


def bundle(referral: Referral) -> dict:
    case = referral.case
    subject = {"display": case.display_name()}
    contained = []
    if case.identified:
        patient = {"resourceType": "Patient", "id": "patient", "name": [{"text": case.full_name}]}
        if case.date_of_birth:
            patient["birthDate"] = case.date_of_birth.isoformat()
        contained.append(patient)
        subject = {"reference": "#patient", "display": case.full_name}
    request_id, task_id = f"sr-{referral.pk}", f"task-{referral.pk}"
    # Stable entry ids of this installation's referral, without claiming a FHIR server that does not exist.
    urls = [f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{settings.SITE_URL}/referral/{referral.pk}/{part}')}"
            for part in ("sr", "task")]
    service_request = {
        "resourceType": "ServiceRequest", "id": request_id,
        "identifier": [{"system": f"{SYSTEM}/referral", "value": str(referral.pk)}],
        "status": REQUEST_STATUS[referral.status], "intent": "order",
        "subject": subject, "authoredOn": _instant(referral.created_at),
        "requester": {"display": str(referral.created_by)}, "performer": [_org(referral.to_organisation)],
        "code": {"text": referral.service_name or referral.to_organisation.name},
    }
    if contained:
        service_request["contained"] = contained
    if referral.note:
        service_request["note"] = [{"text": referral.note}]
    task = {
        "resourceType": "Task", "id": task_id, "status": TASK_STATUS[referral.status], "intent": "order",
        "focus": {"reference": urls[0], "type": "ServiceRequest"},
        "for": {"display": case.display_name()}, "authoredOn": _instant(referral.created_at),
        "lastModified": _instant(referral.updated_at), "owner": _org(referral.to_organisation),
        "requester": {"display": str(referral.created_by)},
    }
    if referral.reason:
        task["statusReason"] = {"text": referral.get_reason_display()}
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": urls[0], "resource": service_request}, {"fullUrl": urls[1], "resource": task}]}
