# SPDX-License-Identifier: EUPL-1.2
"""Demo directory for Meppel and Noord- en Midden-Limburg, loaded by `manage.py demo` after the coalitions."""

from __future__ import annotations

from apps.demo import directory_pathways, directory_services


def load(command) -> None:
    directory_services.load(command)   # organisations' services, locations, opening hours (fictional contact data)
    directory_pathways.load(command)   # care pathways, gap notes, regional inventory (builds on the services)
