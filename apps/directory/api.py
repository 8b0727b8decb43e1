# SPDX-License-Identifier: EUPL-1.2
"""API of the directory; each room registers its own viewsets on the project's one router."""

from __future__ import annotations

from apps.directory.exchange import api as exchange_api
from apps.directory.pathways import api as pathways_api
from apps.directory.search import api as search_api
from apps.directory.upkeep import api as upkeep_api


def register(router) -> None:
    # Order matters for the schema's path order: search, upkeep, pathways, exchange (as before the move).
    for part in (search_api, upkeep_api, pathways_api, exchange_api):
        part.register(router)
