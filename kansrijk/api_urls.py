# SPDX-License-Identifier: EUPL-1.2
"""One router for the whole API; each app registers its own viewsets here."""

from rest_framework.routers import DefaultRouter

from apps.actions.api import ActionViewSet, WorkingGroupViewSet
from apps.cases import api as cases_api
from apps.coalitions.api import CoalitionViewSet, PartnerViewSet
from apps.directory import api as directory_api
from apps.meetings.api import MeetingViewSet
from apps.monitoring.exchange import api as monitoring_api
from apps.plans.api import GoalViewSet

router = DefaultRouter()
router.register("coalitions", CoalitionViewSet, basename="coalition")
router.register("partners", PartnerViewSet, basename="partner")
router.register("goals", GoalViewSet, basename="goal")
router.register("working-groups", WorkingGroupViewSet, basename="workinggroup")
router.register("actions", ActionViewSet, basename="action")
router.register("meetings", MeetingViewSet, basename="meeting")
directory_api.register(router)
monitoring_api.register(router)
cases_api.register(router)
