# SPDX-License-Identifier: EUPL-1.2
"""The FHIR export of a referral is valid FHIR (checked with the fhir.resources package) and maps every state."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.servicerequest import ServiceRequest
from fhir.resources.R4B.task import Task

from apps.cases import fhir, referrals
from apps.cases import testing as t
from apps.cases.choices import ReferralStatus
from apps.cases.models import AccessRecord


@pytest.fixture
def referral(case_a, hub_nurse, service):
    return referrals.refer(case_a, hub_nurse, service, mode="live", note="Graag bellen.", explicit_consent=True)


def parse(data: dict):
    bundle = Bundle.model_validate(data)
    request, task = (entry.resource for entry in bundle.entry)
    return bundle, ServiceRequest.model_validate(request.model_dump()), Task.model_validate(task.model_dump())


def test_the_export_validates_and_names_the_family_only_with_consent(client, referral, hub_nurse, case_a):
    t.verify(client, hub_nurse)
    response = client.get(reverse("cases:referral", args=[case_a.pk, referral.pk]), {"format": "fhir"})
    assert response["Content-Type"] == "application/fhir+json"
    _bundle, request, task = parse(json.loads(response.content))
    assert (request.status, request.intent, task.status) == ("active", "order", "requested")
    assert request.contained[0].name[0].text == "Fatma Yılmaz"
    assert task.owner.display == "Humanitas Meppel" and task.focus.reference == _bundle.entry[0].fullUrl
    assert AccessRecord.objects.filter(case=case_a, user=hub_nurse, action="export").count() == 1


def test_an_anonymous_case_has_no_patient(hub_a, midwife, hub_nurse, service):
    case = t.signal(midwife, hub_a, consent=False)
    logged = referrals.refer(case, hub_nurse, service, mode="logged", note="", explicit_consent=False)
    _bundle, request, _task = parse(fhir.bundle(logged))
    assert not request.contained and request.subject.display.startswith("Anoniem")


@pytest.mark.parametrize("path,task_status,request_status", [
    (["accepted"], "accepted", "active"),
    (["rejected"], "rejected", "revoked"),
    (["accepted", "in_progress", "on_hold"], "on-hold", "on-hold"),
    (["accepted", "in_progress", "completed"], "completed", "completed"),
    (["accepted", "in_progress", "failed"], "failed", "revoked"),
    (["cancelled"], "cancelled", "revoked"),
])
def test_every_state_maps_to_a_valid_task_and_request(referral, receiver, hub_nurse, path, task_status,
                                                      request_status):
    for target in path:
        who = hub_nurse if target == "cancelled" else receiver
        referrals.move(referral, target, who, "other" if target in ("rejected", "on_hold", "failed", "cancelled")
                       else "")
    _bundle, request, task = parse(fhir.bundle(referral))
    assert (task.status, request.status) == (task_status, request_status)
    if referral.reason:
        assert task.statusReason.text == "anders"


def test_the_mapping_covers_every_state():
    assert set(fhir.TASK_STATUS) == set(fhir.REQUEST_STATUS) == set(ReferralStatus.values)
