# SPDX-License-Identifier: EUPL-1.2
"""Who may see and do what in monitoring (see docs/monitoring.md, "Wie ziet wat").

Monitoring figures are aggregates with small cells suppressed, so every logged-in user may read the dashboards
of municipalities, postcodes, provinces, GGD regions and the map. Importing observations changes what
everyone sees and is reserved for users with the `monitoring.add_importbatch` permission (national or GGD
data stewards; superusers have it). A coalition's region, yearly report, stories and local indicators are
coalition data and follow apps/coalitions/access.py.
"""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin

IMPORT_PERMISSION = "monitoring.add_importbatch"


def can_import(user) -> bool:
    return bool(user.is_authenticated and user.has_perm(IMPORT_PERMISSION))


class MonitorMixin(LoginRequiredMixin):
    """Any logged-in user reads the aggregate dashboards."""


class ImportPermissionMixin(LoginRequiredMixin, PermissionRequiredMixin):
    permission_required = IMPORT_PERMISSION
