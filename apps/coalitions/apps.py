# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class CoalitionsConfig(AppConfig):
    name = "apps.coalitions"

    def ready(self) -> None:
        from apps.coalitions.models import Coalition, Membership, Partner, Theme
        from apps.core.audit import register

        register(Membership, Partner, Theme)
        register(Coalition, m2m_fields={"municipalities"}, exclude_fields=["creation_token"])
