# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.actions.models import Action, ProgressNote, WorkingGroup, YearlyReview


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "working_group", "status", "term", "due_date"]
    list_filter = ["status", "term", "action_line"]
    search_fields = ["title", "coalition__name"]


admin.site.register(WorkingGroup)
admin.site.register(ProgressNote)
admin.site.register(YearlyReview)
