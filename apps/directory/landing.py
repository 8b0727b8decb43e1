# SPDX-License-Identifier: EUPL-1.2
"""Where a provider starts after logging in (the home page asks, kansrijk/urls.py): her organisation's listings."""

from __future__ import annotations

from django.urls import reverse

from apps.directory.access import organisation_ids


def provider_landing(user) -> str | None:
    return reverse("directory:manage") if organisation_ids(user) else None
