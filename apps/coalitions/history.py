# SPDX-License-Identifier: EUPL-1.2
"""A coalition's change history: who changed what, when (from the audit trail)."""

from __future__ import annotations

from auditlog.models import LogEntry
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from apps.coalitions.scoped import CoalitionMixin
from apps.core.exports import Column
from apps.core.views import ExportMixin

SHOWN = 200
ACTIONS = {LogEntry.Action.CREATE: gettext_lazy("toegevoegd"), LogEntry.Action.UPDATE: gettext_lazy("gewijzigd"),
           LogEntry.Action.DELETE: gettext_lazy("verwijderd"), LogEntry.Action.ACCESS: gettext_lazy("ingezien")}


def entries_for(coalition, limit: int = SHOWN):
    return list(
        LogEntry.objects.filter(additional_data__coalition_id=coalition.pk)
        .select_related("actor", "content_type").order_by("-timestamp", "-pk")[:limit]
    )


def describe_changes(entry: LogEntry) -> str:
    """`field: old → new` per changed field; creation and deletion show no diff."""
    if entry.action != LogEntry.Action.UPDATE:
        return ""
    parts = []
    for field, change in (entry.changes_dict or {}).items():
        if isinstance(change, (list, tuple)) and len(change) == 2:
            parts.append(f"{field}: {change[0]} → {change[1]}")
        else:
            parts.append(f"{field}: {change}")
    return "; ".join(parts)


class HistoryView(CoalitionMixin, ExportMixin, TemplateView):
    template_name = "coalitions/history.html"
    section = "overview"
    export_columns = [
        Column("timestamp", gettext_lazy("Tijdstip")),
        Column(lambda e: str(e.actor) if e.actor else _("systeem"), gettext_lazy("Door")),
        Column(lambda e: ACTIONS.get(e.action, e.action), gettext_lazy("Handeling")),
        Column(lambda e: e.content_type.model_class()._meta.verbose_name if e.content_type.model_class() else "",
               gettext_lazy("Soort")),
        Column("object_repr", gettext_lazy("Wat")),
        Column(describe_changes, gettext_lazy("Wijzigingen")),
    ]

    def export_rows(self):
        return entries_for(self.coalition, limit=10_000)

    def export_title(self) -> str:
        return f"{_('wijzigingen')} {self.coalition.name}"

    def get_context_data(self, **kwargs):
        entries = entries_for(self.coalition)
        rows = [[column.raw(entry) for column in self.export_columns] for entry in entries]
        return {**super().get_context_data(**kwargs), "rows": rows, "shown": SHOWN,
                "headers": [column.label for column in self.export_columns]}
