# SPDX-License-Identifier: EUPL-1.2
"""The suite-wide guard against writes that bypass the audit trail, and what it lets through."""

from __future__ import annotations

import pytest

from apps.actions.models import Action
from apps.core.testing import factories as f
from apps.core.testing.audit_guard import SilentAuditedWrite
from apps.directory.models import Service
from apps.directory.testing.factories import ServiceFactory
from apps.reference.models import Municipality


def test_a_queryset_update_of_an_audited_field_fails(coalition_a):
    f.ActionFactory(coalition=coalition_a)
    with pytest.raises(SilentAuditedWrite, match="Action"):
        Action.objects.filter(coalition=coalition_a).update(status="done")
    assert not Action.objects.filter(status="done").exists()


def test_a_bulk_update_or_create_of_an_audited_model_fails(coalition_a):
    action = f.ActionFactory(coalition=coalition_a)
    action.title = "Stil gewijzigd"
    with pytest.raises(SilentAuditedWrite):
        Action.objects.bulk_update([action], ["title"])
    with pytest.raises(SilentAuditedWrite):
        Action.objects.bulk_create([Action(coalition=coalition_a, title="Stil toegevoegd")])


def test_fields_excluded_from_the_trail_and_unaudited_models_may_be_bulk_written(db):
    service = ServiceFactory()
    Service.objects.filter(pk=service.pk).update(search_document="afgeleid")  # derived text, excluded
    Municipality.objects.filter(code="GM0119").update(name="Meppel")  # reference data is not audited
    assert Service.objects.get(pk=service.pk).search_document == "afgeleid"
