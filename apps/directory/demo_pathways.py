# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations


def load(command) -> None:
    """Load or refresh this part of the directory's demo data (idempotent)."""
