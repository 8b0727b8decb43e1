# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.assessments.models import AssessmentItem, SelfAssessment


class ItemInline(admin.TabularInline):
    model = AssessmentItem
    extra = 0


@admin.register(SelfAssessment)
class SelfAssessmentAdmin(admin.ModelAdmin):
    list_display = ["coalition", "framework", "taken_on"]
    list_filter = ["framework"]
    inlines = [ItemInline]
