# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.reference.models import HealthRegion, Municipality, PostcodeArea, Province


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "province", "health_region", "active"]
    list_filter = ["province", "health_region", "active"]
    search_fields = ["code", "name"]


@admin.register(PostcodeArea)
class PostcodeAreaAdmin(admin.ModelAdmin):
    list_display = ["pc4", "municipality", "addresses", "share"]
    search_fields = ["pc4"]
    list_select_related = ["municipality"]


admin.site.register(Province)
admin.site.register(HealthRegion)
