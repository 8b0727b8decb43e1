# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.budgets.models import BudgetLine, CostRequest


@admin.register(BudgetLine)
class BudgetLineAdmin(admin.ModelAdmin):
    list_display = ["coalition", "year", "source", "amount"]
    list_filter = ["year", "source"]


@admin.register(CostRequest)
class CostRequestAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "year", "amount", "status"]
    list_filter = ["status", "year"]
