# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "apps.accounts"

    def ready(self) -> None:
        from apps.accounts.models import User
        from apps.core.audit import register

        # Role and account changes matter; secrets and login times do not belong in a change log.
        register(User, exclude_fields=["password", "last_login"], m2m_fields={"organisations"})
