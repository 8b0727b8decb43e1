# SPDX-License-Identifier: EUPL-1.2
"""The intervention catalogue: loaded by migration, idempotent, honest about recognition."""

from __future__ import annotations

import pytest

from apps.coalitions.choices import PartnerType
from apps.directory.catalogue import INTERVENTIONS, load_catalogue
from apps.directory.choices import Phase, Recognition, VulnerabilityFactor
from apps.directory.models import Intervention

REQUIRED = ["nu-niet-zwanger", "voorzorg", "stevig-ouderschap", "centering-pregnancy", "centering-parenting",
            "prenataal-huisbezoek", "prepare", "1000-kansen", "rookvrije-start", "gelukkig-ouderschap", "boekstart",
            "moeders-informeren-moeders"]


@pytest.mark.django_db
def test_migration_loads_every_required_programme():
    codes = set(Intervention.objects.values_list("code", flat=True))
    assert set(REQUIRED) <= codes
    voorzorg = Intervention.objects.get(code="voorzorg")
    assert voorzorg.recognition == Recognition.EFFECTIVE_GOOD
    assert "1401047" in voorzorg.recognition_source
    assert voorzorg.phases == [Phase.DURING, Phase.AFTER]


@pytest.mark.django_db
def test_loading_again_changes_nothing_and_repairs_edits():
    Intervention.objects.filter(code="boekstart").update(name="kapot")
    before = Intervention.objects.count()
    created, updated = load_catalogue(Intervention)
    assert created == 0 and updated == len(INTERVENTIONS)
    assert Intervention.objects.count() == before
    assert Intervention.objects.get(code="boekstart").name == "BoekStart voor baby's"


def test_catalogue_uses_only_known_codes_and_cites_a_source():
    for entry in INTERVENTIONS:
        assert set(entry["phases"]) <= set(Phase.values), entry["code"]
        assert set(entry["situations"]) <= set(VulnerabilityFactor.values), entry["code"]
        assert set(entry["provider_types"]) <= set(PartnerType.values), entry["code"]
        assert entry["recognition"] in Recognition.values
        assert entry["recognition_source"], entry["code"]
        assert len(entry["recognition_source"]) <= 250, entry["code"]
        # An unverified status is never shown as a recognition.
        if "niet nagegaan" in entry["recognition_source"] or "Niet van toepassing" in entry["recognition_source"]:
            assert entry["recognition"] == Recognition.NOT_ASSESSED, entry["code"]
