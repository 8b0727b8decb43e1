# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.monitoring.models import Area, BirthWeightReference, ImportBatch, Indicator, Observation, Story


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "kind", "unit", "better", "coalition"]
    list_filter = ["kind", "unit"]
    search_fields = ["code", "name", "name_en"]


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["code", "name"]
    raw_id_fields = ["parent", "municipality"]


@admin.register(BirthWeightReference)
class BirthWeightReferenceAdmin(admin.ModelAdmin):
    list_display = ["gestational_days", "sex", "p10_grams", "source"]
    list_filter = ["sex"]


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["key", "kind", "source_name", "created_at", "rows", "synthetic", "replaced_at"]
    list_filter = ["kind", "synthetic", "derived_reference"]
    search_fields = ["key", "source_name"]
    raw_id_fields = ["created_by", "replaced_by"]


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
    list_display = ["indicator", "area", "period_start", "period_end", "value", "suppressed", "batch"]
    list_filter = ["indicator", "suppressed"]
    raw_id_fields = ["area", "batch"]


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "year"]
    search_fields = ["title", "coalition__name"]
