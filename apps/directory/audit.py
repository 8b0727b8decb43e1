# SPDX-License-Identifier: EUPL-1.2
"""Audit trail of every write to directory data (django-auditlog), like the workspace's (apps/core/audit.py).

Called from DirectoryConfig.ready(). Directory objects belong to organisations rather than to one coalition, so
their entries carry no coalition id; care pathways, gap notes and the regional inventory do belong to a coalition
and are found through their object. The search document is left out: it is derived text, not a change.
"""

from __future__ import annotations

from apps.core.audit import register as register_models


def register() -> None:
    from auditlog.registry import auditlog

    from apps.directory import models as m

    if auditlog.contains(m.Service):  # ready() may run more than once (tests, reloads)
        return
    register_models(m.Service, m2m_fields={"municipalities"},
                    exclude_fields=["search_document", "updated_at", "created_at"])
    register_models(m.Location, m.ServiceAtLocation, m.OpeningHours, m.Intervention, m.GapNote,
                    m.InterventionOffer, m.TaxonomyRecord, exclude_fields=["updated_at"])
    register_models(m.CarePathway, exclude_fields=["updated_at"])
    register_models(m.PathwayStep, m2m_fields={"services"})
