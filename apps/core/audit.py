# SPDX-License-Identifier: EUPL-1.2
"""Audit trail of every write to workspace data (django-auditlog), filed under the coalition it belongs to.

Each audited model says where its coalition is (`audit_coalition_path`); the log entry keeps that id in
`additional_data`, so a coalition's history is one indexed-free JSON lookup and never shows another
coalition's changes. IP addresses are not stored (AUDITLOG_DISABLE_REMOTE_ADDR): not needed, so not kept.
"""

from __future__ import annotations


class AuditedInCoalition:
    """Mixin for models whose changes appear in a coalition's history."""

    audit_coalition_path = "coalition_id"

    def get_additional_data(self) -> dict:
        value = self
        for part in self.audit_coalition_path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        return {"coalition_id": value}


def register(*models, **kwargs) -> None:
    from auditlog.registry import auditlog

    for model in models:
        auditlog.register(model, **kwargs)
