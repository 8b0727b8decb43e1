# SPDX-License-Identifier: EUPL-1.2
"""The demo's care pathways, gap notes and regional inventory: present, idempotent, linked to demo services."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from apps.directory.models import CarePathway, GapNote, InterventionOffer, PathwayStep
from apps.directory.pathways.core import find_pathway
from apps.reference.places import main_municipality


@pytest.fixture(autouse=True)
def dev_mode(monkeypatch):
    monkeypatch.setenv("KANSRIJK_DEV", "1")
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)


def _counts() -> tuple[int, ...]:
    return (CarePathway.objects.count(), PathwayStep.objects.count(), PathwayStep.services.through.objects.count(),
            GapNote.objects.count(), InterventionOffer.objects.count())


@pytest.mark.django_db
def test_demo_has_meppel_pathways_gap_notes_and_the_regional_inventory_and_runs_twice():
    call_command("demo", stdout=StringIO())
    first = _counts()
    call_command("demo", stdout=StringIO())
    assert _counts() == first

    meppel = CarePathway.objects.filter(coalition__name="Kansrijke Start Meppel")
    assert meppel.count() >= 5
    assert {"poverty_debts", "addiction", "postnatal_depression", "teenage_parents", "unsafe_situation"} <= set(
        meppel.values_list("situation", flat=True))
    assert meppel.get(situation="addiction").title == "Roken tijdens de zwangerschap"
    money = find_pathway("poverty_debts", main_municipality("7941"))
    assert money.title == "Geldzorgen tijdens de zwangerschap"
    steps = list(money.steps.order_by("order"))
    assert [s.kind for s in steps] == ["signal", "first_contact", "support", "handover"]
    # Linked to the demo directory (directory_services.py) by name.
    assert "Schuldhulpverlening gemeente Meppel" in [s.name for s in steps[2].services.all()]
    venlo = find_pathway("poverty_debts", main_municipality("5911"))
    assert venlo.coalition.name == "Kansrijke Start Noord- en Midden-Limburg"
    assert [s.name for s in venlo.steps.get(kind="support").services.all()] == ["Schuldhulp Venlo"]

    assert GapNote.objects.filter(coalition__name="Kansrijke Start Meppel", action__isnull=False).exists()
    offers = InterventionOffer.objects.filter(coalition__name="Kansrijke Start Noord- en Midden-Limburg")
    assert offers.filter(intervention__code="voorzorg", status="offered").count() == 14
    assert offers.filter(status="planned").exists()
