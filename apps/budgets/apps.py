# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class BudgetsConfig(AppConfig):
    name = "apps.budgets"

    def ready(self) -> None:
        from apps.budgets.models import BudgetLine, CostRequest
        from apps.core.audit import register

        register(BudgetLine, CostRequest)
