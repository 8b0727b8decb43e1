# SPDX-License-Identifier: EUPL-1.2
"""API of the directory app; `register` adds its viewsets to the project's one router."""

from __future__ import annotations


def register(router) -> None:
    """Register this app's viewsets on `router` (called from kansrijk/api_urls.py)."""
