# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "apps.monitoring"

    def ready(self) -> None:
        from apps.core.audit import register
        from apps.monitoring.models import Story

        # Stories belong to a coalition's workspace; imported figures are aggregate and keep their own history.
        register(Story)
