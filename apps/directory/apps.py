# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "apps.directory"

    def ready(self) -> None:
        from apps.directory import search_document  # noqa: F401 - connects the search-document signal
