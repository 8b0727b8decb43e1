# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "apps.organisations"

    def ready(self) -> None:
        from apps.core.audit import register
        from apps.organisations.models import Organisation

        register(Organisation)
