# SPDX-License-Identifier: EUPL-1.2
"""Every write to the directory leaves an audit entry with who changed what."""

from __future__ import annotations

import datetime as dt

import pytest
from auditlog.context import set_actor
from auditlog.models import LogEntry

from apps.core.testing import factories as f
from apps.directory import audit
from apps.directory.models import Service
from apps.directory.testing.factories import LocationFactory, OpeningHoursFactory, ServiceFactory
from apps.directory.upkeep import core as upkeep

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def registered():
    audit.register()


def test_service_location_and_opening_hours_writes_are_logged_with_the_actor():
    user = f.UserFactory()
    with set_actor(user):
        service = ServiceFactory(name="Geldloket")
        upkeep.set_capacity(service, user, "full", None)
        location = LocationFactory()
        OpeningHoursFactory(location=location, opens_at=dt.time(9), closes_at=dt.time(12))

    entries = LogEntry.objects.get_for_object(service).order_by("timestamp")
    # created, its municipalities set (an m2m change), then the capacity
    assert [e.action for e in entries] == [LogEntry.Action.CREATE, LogEntry.Action.UPDATE, LogEntry.Action.UPDATE]
    assert "municipalities" in entries[1].changes_dict
    assert entries.last().actor == user
    assert entries.last().changes_dict["capacity"] == ["open", "full"]
    assert "search_document" not in entries.first().changes_dict
    assert LogEntry.objects.get_for_object(location).exists()
    assert LogEntry.objects.filter(content_type__model="openinghours").exists()


def test_a_deleted_service_leaves_its_trace():
    service = ServiceFactory()
    pk = service.pk
    service.delete()
    assert LogEntry.objects.filter(object_pk=str(pk), action=LogEntry.Action.DELETE,
                                   content_type__model="service").exists()
    assert not Service.objects.filter(pk=pk).exists()


def test_care_pathway_steps_and_gap_notes_appear_in_their_coalitions_history_only(coalition_a, coalition_b):
    from apps.coalitions.history import entries_for
    from apps.directory.testing.factories import CarePathwayFactory, PathwayStepFactory

    pathway = CarePathwayFactory(coalition=coalition_a, title="Geldzorgen tijdens de zwangerschap")
    PathwayStepFactory(pathway=pathway, title="Verloskundige vraagt naar geldzorgen")
    models_in_a = {entry.content_type.model for entry in entries_for(coalition_a)}
    assert {"carepathway", "pathwaystep"} <= models_in_a
    assert not [e for e in entries_for(coalition_b) if e.content_type.model in {"carepathway", "pathwaystep"}]


def test_moving_and_renumbering_steps_leave_audit_entries_with_the_new_order(coalition_a):
    from apps.directory.pathways import core as pathways
    from apps.directory.testing.factories import CarePathwayFactory, PathwayStepFactory

    user = f.UserFactory()
    pathway = CarePathwayFactory(coalition=coalition_a)
    first, second, third = (PathwayStepFactory(pathway=pathway, order=number) for number in (1, 2, 3))

    def order_changes(step) -> list[list[str]]:
        return [entry.changes_dict["order"] for entry in LogEntry.objects.get_for_object(step)
                .filter(action=LogEntry.Action.UPDATE).order_by("timestamp", "pk") if "order" in entry.changes_dict]

    with set_actor(user):
        assert pathways.move_step(third, "up")
    assert order_changes(second) == [["2", "3"]]
    assert order_changes(third)[-1][1] == "2"
    assert LogEntry.objects.get_for_object(third).latest("timestamp").actor == user

    with set_actor(user):
        first.delete()
        pathways.renumber(pathway)
    # third: 2 → 1, second: 3 → 2, each through a parking number
    assert order_changes(third)[-1][1] == "1"
    assert order_changes(second)[-1][1] == "2"
    assert list(pathway.steps.order_by("order").values_list("pk", flat=True)) == [third.pk, second.pk]
