# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "apps.directory"

    def ready(self) -> None:
        from apps.directory import audit
        from apps.directory.search import document as search_document  # noqa: F401 - search_document connects its signals

        audit.register()
