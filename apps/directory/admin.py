# SPDX-License-Identifier: EUPL-1.2
"""Django admin for maintainers; day-to-day upkeep happens in the directory's own pages."""

from django.contrib import admin

from apps.directory import models as m


class ServiceAtLocationInline(admin.TabularInline):
    model = m.ServiceAtLocation
    extra = 0
    autocomplete_fields = ["location"]


class OpeningHoursInline(admin.TabularInline):
    model = m.OpeningHours
    extra = 0
    fk_name = "service"


@admin.register(m.Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "status", "capacity", "last_verified_at"]
    list_filter = ["status", "capacity", "self_registration", "free_of_charge"]
    search_fields = ["name", "organisation__name"]
    autocomplete_fields = ["organisation", "intervention", "municipalities"]
    inlines = [ServiceAtLocationInline, OpeningHoursInline]


@admin.register(m.Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "postcode", "city", "municipality"]
    search_fields = ["name", "postcode", "city"]
    autocomplete_fields = ["organisation", "municipality"]


@admin.register(m.Intervention)
class InterventionAdmin(admin.ModelAdmin):
    list_display = ["name", "recognition", "national"]
    search_fields = ["name", "code"]


class PathwayStepInline(admin.TabularInline):
    model = m.PathwayStep
    extra = 0
    autocomplete_fields = ["responsible", "services"]


@admin.register(m.CarePathway)
class CarePathwayAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "situation"]
    list_filter = ["situation"]
    inlines = [PathwayStepInline]


admin.site.register(m.GapNote)
admin.site.register(m.InterventionOffer)
