# SPDX-License-Identifier: EUPL-1.2
"""Client route and gap analysis (klantroute): per municipality, phases × vulnerable situations with the services
available in each cell. An empty cell is a gap; the coalition annotates cells with a GapNote (and an action)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext as _

from apps.actions.models import Action
from apps.coalitions.models import Coalition
from apps.core.exports import Column
from apps.directory.choices import Phase, ServiceStatus, VulnerabilityFactor
from apps.directory.models import GapNote, Service
from apps.reference.models import Municipality


@dataclass
class Cell:
    phase: str
    situation: str
    services: list[Service] = field(default_factory=list)
    note: GapNote | None = None
    signals: list[str] = field(default_factory=list)  # from other apps (GAP_SIGNALS), e.g. referrals refused

    @property
    def is_gap(self) -> bool:
        return not self.services

    @property
    def count(self) -> int:
        return len(self.services)

    @property
    def phase_label(self) -> str:
        return str(Phase(self.phase).label)


@dataclass
class Row:
    situation: str
    label: str
    cells: list[Cell]


@dataclass
class ClientRoute:
    coalition: Coalition
    municipality: Municipality
    phases: list[tuple[str, str]]
    rows: list[Row]

    @property
    def cells(self) -> list[Cell]:
        return [cell for row in self.rows for cell in row.cells]

    @property
    def gap_count(self) -> int:
        return sum(1 for cell in self.cells if cell.is_gap)

    def cell(self, phase: str, situation: str) -> Cell:
        for row in self.rows:
            if row.situation == situation:
                for cell in row.cells:
                    if cell.phase == phase:
                        return cell
        raise KeyError((phase, situation))


# Apps above the directory add signals to cells without the directory importing them: each source is called with
# (coalition, municipality) and returns {(phase, situation): [texts]}. The case flow registers referrals that were
# refused for lack of capacity (apps/cases/gaps.py), closing the chain gap → action → service → referral → figure.
GAP_SIGNALS: list[Callable[[Coalition, Municipality], dict[tuple[str, str], list[str]]]] = []


def municipalities_of(coalition: Coalition) -> list[Municipality]:
    return list(coalition.member_municipalities().order_by("name"))


def member_municipality(coalition, code: str | None) -> Municipality:
    """One of the coalition's municipalities (the first when none is asked for); 404 for any other."""
    municipalities = municipalities_of(coalition)
    if not municipalities:
        raise Http404
    if not code:
        return municipalities[0]
    for municipality in municipalities:
        if municipality.code == code:
            return municipality
    raise Http404


def services_in(municipality: Municipality) -> list[Service]:
    """Active services covering the municipality (a temporarily closed service does not fill a gap)."""
    return list(Service.objects.filter(status=ServiceStatus.ACTIVE, municipalities=municipality)
                .select_related("organisation").order_by("name").distinct())


def build(coalition: Coalition, municipality: Municipality) -> ClientRoute:
    services = services_in(municipality)
    notes = {(note.phase, note.situation): note
             for note in GapNote.objects.filter(coalition=coalition, municipality=municipality)
             .select_related("action")}
    signals: dict[tuple[str, str], list[str]] = {}
    for source in GAP_SIGNALS:
        for key, texts in source(coalition, municipality).items():
            signals.setdefault(key, []).extend(texts)
    rows = []
    for situation, label in VulnerabilityFactor.choices:
        cells = []
        for phase, _phase_label in Phase.choices:
            matching = [s for s in services if phase in (s.phases or []) and situation in (s.situations or [])]
            cells.append(Cell(phase=phase, situation=situation, services=matching, note=notes.get((phase, situation)),
                              signals=signals.get((phase, situation), [])))
        rows.append(Row(situation=situation, label=str(label), cells=cells))
    return ClientRoute(coalition=coalition, municipality=municipality,
                       phases=[(code, str(label)) for code, label in Phase.choices], rows=rows)


@transaction.atomic
def save_note(coalition: Coalition, municipality: Municipality, phase: str, situation: str, text: str,
              action: Action | None, create_action: bool) -> GapNote:
    """Store the cell's note; with `create_action`, a new action of the coalition made from the note."""
    if create_action:
        title = _("Gat in de klantroute %(municipality)s: %(situation)s, %(phase)s") % {
            "municipality": municipality.name, "situation": VulnerabilityFactor(situation).label,
            "phase": str(Phase(phase).label).lower()}
        action = Action.objects.create(coalition=coalition, title=title[:250], description=text,
                                       action_line=phase)
    note, _created = GapNote.objects.update_or_create(
        coalition=coalition, municipality=municipality, phase=phase, situation=situation,
        defaults={"note": text, "action": action})
    return note


def export_columns() -> list[Column]:
    return [
        Column(lambda cell: VulnerabilityFactor(cell.situation).label, _("Situatie")),
        Column(lambda cell: Phase(cell.phase).label, _("Fase")),
        Column(lambda cell: cell.count, _("Aantal aanbieders")),
        Column(lambda cell: ", ".join(s.name for s in cell.services), _("Aanbod")),
        Column(lambda cell: _("ja") if cell.is_gap else _("nee"), _("Gat")),
        Column(lambda cell: cell.note.note if cell.note else "", _("Notitie")),
        Column(lambda cell: cell.note.action.title if cell.note and cell.note.action else "", _("Actie")),
    ]
