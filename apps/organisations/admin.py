# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.organisations.models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "kvk_number", "agb_code"]
    search_fields = ["name", "kvk_number", "agb_code"]
    list_filter = ["municipality__province"]
    autocomplete_fields = ["municipality"]
