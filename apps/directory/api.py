# SPDX-License-Identifier: EUPL-1.2
"""API of the directory; each part registers its own viewsets on the project's one router."""

from __future__ import annotations

from apps.directory import api_exchange, api_manage, api_pathways, api_search


def register(router) -> None:
    for part in (api_search, api_manage, api_pathways, api_exchange):
        part.register(router)
