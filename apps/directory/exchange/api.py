# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations


def register(router) -> None:
    """Add this part's viewsets to the project's router."""
