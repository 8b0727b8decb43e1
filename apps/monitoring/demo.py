# SPDX-License-Identifier: EUPL-1.2
"""Demo data of the monitoring app, loaded by `manage.py demo` after the coalitions (idempotent)."""

from __future__ import annotations


def load(command) -> None:
    """Load or refresh this app's demo data; `command` is the running demo command (its orgs, coalitions, users)."""
