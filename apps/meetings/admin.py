# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.meetings.models import Attendance, Meeting, Output


class AttendanceInline(admin.TabularInline):
    model = Attendance
    extra = 0


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "date", "kind"]
    list_filter = ["kind"]
    search_fields = ["title", "coalition__name"]
    inlines = [AttendanceInline]


admin.site.register(Output)
