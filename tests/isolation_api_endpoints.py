# SPDX-License-Identifier: EUPL-1.2
"""The API endpoints the isolation tests walk: per router prefix, how to make, create and change an object in a
coalition. Used by tests/test_isolation_api.py and tests/test_api_bad_input.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from rest_framework.test import APIClient

from apps.actions.models import Action, WorkingGroup
from apps.coalitions.models import Coalition, Partner
from apps.core.testing import factories as f
from apps.directory.models import CarePathway
from apps.directory.testing import factories as df
from apps.meetings.models import Meeting
from apps.plans.models import Goal

TODAY = dt.date.today()


@dataclass(frozen=True)
class Endpoint:
    model: type[models.Model]
    make: Callable[[Coalition], models.Model]  # an existing object in the coalition
    create: Callable[[Coalition], dict]         # a valid new object for the coalition
    change: dict                                # a valid PATCH
    coalition_of: Callable[[models.Model], Coalition]

    def count(self, coalition: Coalition) -> int:
        return sum(1 for obj in self.model._default_manager.all() if self.coalition_of(obj) == coalition)


def _own(obj):
    return obj.coalition


ENDPOINTS: dict[str, Endpoint] = {
    "partners": Endpoint(
        Partner, lambda c: f.PartnerFactory(coalition=c, contact_name="Anna de Vries"),
        lambda c: {"coalition": c.pk, "organisation": f.OrganisationFactory().pk, "domain": "social",
                   "partner_type": "jgz"},
        {"contact_name": "Gekaapt"}, _own),
    "goals": Endpoint(
        Goal, lambda c: f.GoalFactory(plan=f.PlanFactory(coalition=c), title="Warme overdracht"),
        lambda c: {"coalition": c.pk, "title": "Nieuw doel", "action_line": "before", "topics": ["lifestyle"]},
        {"title": "Gekaapt"}, lambda goal: goal.plan.coalition),
    "working-groups": Endpoint(
        WorkingGroup, lambda c: f.WorkingGroupFactory(coalition=c, name="Werkgroep zwangerschap"),
        lambda c: {"coalition": c.pk, "name": "Nieuwe werkgroep"},
        {"name": "Gekaapt"}, _own),
    "actions": Endpoint(
        Action, lambda c: f.ActionFactory(coalition=c, title="Folder maken"),
        lambda c: {"coalition": c.pk, "title": "Nieuwe actie", "status": "in_bud", "term": "long",
                   "due_date": TODAY.isoformat()},
        {"title": "Gekaapt"}, _own),
    "meetings": Endpoint(
        Meeting, lambda c: f.MeetingFactory(coalition=c, title="Startbijeenkomst"),
        lambda c: {"coalition": c.pk, "date": TODAY.isoformat(), "title": "Nieuwe bijeenkomst", "kind": "learning"},
        {"title": "Gekaapt"}, _own),
    # --- directory pathways ---
    "care-pathways": Endpoint(
        CarePathway, lambda c: df.CarePathwayFactory(coalition=c, title="Geldzorgen"),
        lambda c: {"coalition": c.pk, "situation": "addiction", "title": "Roken tijdens de zwangerschap",
                   "steps": [{"kind": "signal", "title": "Verloskundige vraagt naar roken",
                              "responsible_type": "midwife"}]},
        {"title": "Gekaapt"}, _own),
}
SCOPED = sorted(ENDPOINTS)
# Endpoints with their own access tests (read-only, aggregate, or not coalition-scoped), in their app's tests.
OWN_TESTS = {
    "coalitions",
    # --- directory pathways --- (apps/directory/tests/test_api_pathways.py)
    "pathway-lookup", "client-routes", "regional-maps",
    # --- directory (dir-manage) --- (apps/directory/tests/test_manage_api.py)
    "directory/services", "directory/locations", "directory/opening-hours", "directory/interventions",
    # --- directory search --- (apps/directory/tests/test_public.py, test_search_views.py)
    "directory/search", "directory/catalogue", "public/services",
    # --- monitoring --- (apps/monitoring/tests/test_api.py)
    "monitoring/indicators", "monitoring/areas", "monitoring/observations", "monitoring/results",
    "monitoring/process",
    # --- case flow: access by relation, not by coalition --- (apps/cases/tests/test_access_matrix.py)
    "cases", "hubs", "referrals",
}


def _rows(model, pk) -> list[dict]:
    return list(model._default_manager.filter(pk=pk).values())


def _ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.data["results"]}


def _client(user) -> APIClient:
    api = APIClient()
    api.force_authenticate(type(user).objects.get(pk=user.pk))  # fresh: roles are cached on the user object
    return api
