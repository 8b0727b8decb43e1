# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin

from apps.agreements.models import Agreement, Covenant, Signatory


class SignatoryInline(admin.TabularInline):
    model = Signatory
    extra = 0


@admin.register(Covenant)
class CovenantAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "signed_on"]
    inlines = [SignatoryInline]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["subject", "coalition", "level", "concluded_on"]
    list_filter = ["level"]
