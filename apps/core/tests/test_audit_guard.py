# SPDX-License-Identifier: EUPL-1.2
"""The suite-wide guard against writes that bypass the audit trail, and what it lets through."""

from __future__ import annotations

import pytest

from apps.actions.models import Action
from apps.core.testing import factories as f
from apps.core.testing.audit_guard import SilentAuditedWrite
from apps.directory.models import Service
from apps.directory.testing.factories import ServiceFactory

# The guard lets test code arrange data; these functions are compiled under an application path, so the guard
# judges them as it judges the application's own services.
PRODUCTION = """
from apps.actions.models import Action
from apps.directory.models import Service
from apps.reference.models import Municipality

def close_all(coalition):
    Action.objects.filter(coalition=coalition).update(status="done")

def rename_in_bulk(action):
    action.title = "Stil gewijzigd"
    Action.objects.bulk_update([action], ["title"])

def add_in_bulk(coalition):
    Action.objects.bulk_create([Action(coalition=coalition, title="Stil toegevoegd")])

def refresh_document(service):
    Service.objects.filter(pk=service.pk).update(search_document="afgeleid")

def rename_municipality():
    Municipality.objects.filter(code="GM0119").update(name="Meppel")
"""
app = {}
exec(compile(PRODUCTION, "apps/example/services.py", "exec"), app)  # noqa: S102 - fixed source above


def test_a_queryset_update_of_an_audited_field_fails(coalition_a):
    f.ActionFactory(coalition=coalition_a)
    with pytest.raises(SilentAuditedWrite, match="Action"):
        app["close_all"](coalition_a)
    assert not Action.objects.filter(status="done").exists()


def test_a_bulk_update_or_create_of_an_audited_model_fails(coalition_a):
    action = f.ActionFactory(coalition=coalition_a)
    with pytest.raises(SilentAuditedWrite):
        app["rename_in_bulk"](action)
    with pytest.raises(SilentAuditedWrite):
        app["add_in_bulk"](coalition_a)
    assert not Action.objects.filter(title__startswith="Stil").exists()


def test_fields_excluded_from_the_trail_and_unaudited_models_may_be_bulk_written(db):
    service = ServiceFactory()
    app["refresh_document"](service)  # derived text, excluded from the trail
    app["rename_municipality"]()  # reference data is not audited
    assert Service.objects.get(pk=service.pk).search_document == "afgeleid"


def test_a_delete_may_clear_references_to_it(coalition_a):
    group = f.WorkingGroupFactory(coalition=coalition_a)
    action = f.ActionFactory(coalition=coalition_a, working_group=group)
    group.delete()  # Django's collector sets action.working_group to NULL (on_delete=SET_NULL)
    action.refresh_from_db()
    assert action.working_group is None
