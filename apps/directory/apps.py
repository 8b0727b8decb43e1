# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "apps.directory"
