# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.coalitions.models import Coalition, Membership, Partner, Theme


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


class PartnerInline(admin.TabularInline):
    model = Partner
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(Coalition)
class CoalitionAdmin(admin.ModelAdmin):
    list_display = ["name", "scope", "municipality", "region", "status", "monitoring_participation"]
    list_filter = ["scope", "status", "monitoring_participation"]
    search_fields = ["name", "municipality__name"]
    autocomplete_fields = ["municipality", "municipalities", "region"]
    inlines = [MembershipInline, PartnerInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "coalition", "role", "since"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__email", "coalition__name"]
    autocomplete_fields = ["user", "coalition"]


admin.site.register(Theme)
