# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.plans.models import Ambition, Goal, Plan, PlanVersion


class GoalInline(admin.StackedInline):
    model = Goal
    extra = 0


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "updated_at"]
    search_fields = ["coalition__name"]
    inlines = [GoalInline]


@admin.register(PlanVersion)
class PlanVersionAdmin(admin.ModelAdmin):
    list_display = ["plan", "number", "adopted_on", "adopted_by"]
    readonly_fields = ["content"]


admin.site.register(Ambition)
