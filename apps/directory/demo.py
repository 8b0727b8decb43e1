# SPDX-License-Identifier: EUPL-1.2
"""Demo directory for Meppel and Noord- en Midden-Limburg, loaded by `manage.py demo` after the coalitions."""

from __future__ import annotations

from apps.directory import demo_pathways, demo_services


def load(command) -> None:
    demo_services.load(command)   # organisations' services, locations, opening hours (fictional contact data)
    demo_pathways.load(command)   # care pathways, gap notes, regional inventory (builds on the services)
