# SPDX-License-Identifier: EUPL-1.2
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = BaseUserAdmin.fieldsets + ((_("Kansrijk"), {"fields": ("job_title", "organisations")}),)
    filter_horizontal = ("organisations", "groups", "user_permissions")
    search_fields = ["username", "email", "first_name", "last_name"]
