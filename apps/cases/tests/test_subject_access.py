# SPDX-License-Identifier: EUPL-1.2
"""Right of access: everything held about the person, as JSON and PDF, for the hub and coordinator only."""

from __future__ import annotations

import io
import json

import pytest
from django.urls import reverse

from apps.cases import explore, referrals
from apps.cases import testing as t
from apps.cases.models import AccessRecord


@pytest.fixture
def full_case(case_a, hub_nurse, care_coordinator, service, midwife):
    explore.triage(case_a, hub_nurse, "very_vulnerable", "Meerdere zorgen")
    explore.add_goal(case_a, care_coordinator, "finances", "Overzicht over de schulden")
    referrals.refer(case_a, hub_nurse, service, mode="live", note="Graag bellen", explicit_consent=True)
    duplicate = t.signal(midwife, case_a.hub, name="Fatma Yilmaz", description="Tweede melding via de huisarts")
    explore.merge(duplicate, case_a, hub_nurse)
    return case_a


def test_json_holds_everything_including_merged_signals_and_who_looked(client, full_case, hub_nurse):
    t.verify(client, hub_nurse)
    client.get(reverse("cases:detail", args=[full_case.pk]))
    response = client.get(reverse("cases:subject-access", args=[full_case.pk]), {"format": "json"})
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["persoon"]["naam"] == "Fatma Yılmaz" and data["persoon"]["geboortedatum"] == "1998-03-14"
    assert {s["toelichting"] for s in data["signalen"]} == {"Zorgen over geld en weinig steun.",
                                                            "Tweede melding via de huisarts"}
    assert data["inschattingen"][0]["onderbouwing"] == "Meerdere zorgen"
    assert data["doelen"][0]["doel"] == "Overzicht over de schulden"
    assert data["verwijzingen"][0]["naar"] == "Humanitas Meppel"
    assert any(r["wie"] == "Noor Bakker" and r["handeling"] == "ingezien" for r in data["wie_heeft_ingezien"])
    assert AccessRecord.objects.filter(case=full_case, user=hub_nurse, action="export").count() == 1


def test_pdf_is_a_readable_letter(client, full_case, care_coordinator):
    from weasyprint import HTML  # noqa: F401 - the PDF engine must be present

    t.verify(client, care_coordinator)
    response = client.get(reverse("cases:subject-access", args=[full_case.pk]), {"format": "pdf"})
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert response["Content-Disposition"].endswith(f'inzage-{full_case.reference.lower()}.pdf"')
    assert AccessRecord.objects.filter(case=full_case, user=care_coordinator, action="print").count() == 1
    assert len(io.BytesIO(response.content).getvalue()) > 2000


@pytest.mark.parametrize("persona,status", [("midwife", 403), ("receiver", 403), ("lead_a", 404),
                                            ("maintainer", 404), ("privacy_officer", 404)])
def test_only_the_hub_and_coordinator_export(request, client, full_case, persona, status):
    t.verify(client, request.getfixturevalue(persona))
    assert client.get(reverse("cases:subject-access", args=[full_case.pk]), {"format": "json"}).status_code == status
