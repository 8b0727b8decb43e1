# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "apps.monitoring"
