# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "apps.plans"

    def ready(self) -> None:
        from apps.core.audit import register
        from apps.plans.models import Ambition, Goal, Plan, PlanVersion

        register(Plan, Ambition, Goal, PlanVersion)
