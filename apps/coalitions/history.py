# SPDX-License-Identifier: EUPL-1.2
"""A coalition's change history: who changed what, when (from the audit trail)."""

from __future__ import annotations

from auditlog.models import LogEntry
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from apps.coalitions.scoped import CoalitionMixin
from apps.core.audit_display import ChangeDescriber
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


def with_changes(entries: list[LogEntry]) -> list[LogEntry]:
    """Gives each entry `change_lines`: its changes in plain Dutch (apps/core/audit_display.py)."""
    describer = ChangeDescriber(entries)
    for entry in entries:
        entry.change_lines = describer.lines(entry)
    return entries


def kind(entry: LogEntry) -> str:
    model = entry.content_type.model_class()
    return capfirst(model._meta.verbose_name) if model else ""


class HistoryView(CoalitionMixin, ExportMixin, TemplateView):
    template_name = "coalitions/history.html"
    section = "overview"
    export_columns = [
        Column("timestamp", gettext_lazy("Tijdstip")),
        Column(lambda e: str(e.actor) if e.actor else _("systeem"), gettext_lazy("Door")),
        Column(lambda e: ACTIONS.get(e.action, e.action), gettext_lazy("Handeling")),
        Column(kind, gettext_lazy("Soort")),
        Column("object_repr", gettext_lazy("Wat")),
        Column(lambda e: "; ".join(e.change_lines), gettext_lazy("Wijzigingen")),
    ]

    def export_rows(self):
        return with_changes(entries_for(self.coalition, limit=10_000))

    def export_title(self) -> str:
        return f"{_('wijzigingen')} {self.coalition.name}"

    def get_context_data(self, **kwargs):
        entries = with_changes(entries_for(self.coalition))
        rows = [[column.raw(entry) for column in self.export_columns[:-1]] + [entry.change_lines]
                for entry in entries]
        return {**super().get_context_data(**kwargs), "rows": rows, "shown": SHOWN,
                "headers": [column.label for column in self.export_columns]}
