# SPDX-License-Identifier: EUPL-1.2
"""Regional social map: catalogue interventions × member municipalities of a regional coalition.

"Offered" comes from the directory (an active service delivering the intervention covers the municipality), so it
stays current with the directory's upkeep. Where the directory has nothing, the coalition's own inventory
(InterventionOffer, seed 004) records planned / not offered, or offered with a note (e.g. delivered from a
neighbouring town by a provider not in the directory yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from apps.coalitions.models import Coalition
from apps.core.exports import Column
from apps.directory.choices import OfferStatus, ServiceStatus
from apps.directory.models import Intervention, InterventionOffer, Service
from apps.reference.models import Municipality

SOURCE_DIRECTORY = "directory"
SOURCE_INVENTORY = "inventory"
SOURCE_NONE = ""


@dataclass
class OfferCell:
    intervention: Intervention
    municipality: Municipality
    status: str                 # an OfferStatus code
    source: str                 # where the status comes from
    services: list[Service] = field(default_factory=list)
    offer: InterventionOffer | None = None

    @property
    def recorded(self) -> bool:
        return self.source != SOURCE_NONE

    @property
    def label(self) -> str:
        """The status in words; a cell nobody recorded is "niet vastgelegd", never also "niet aangeboden"."""
        return str(OfferStatus(self.status).label) if self.recorded else _("niet vastgelegd")

    @property
    def note(self) -> str:
        return self.offer.note if self.offer else ""


@dataclass
class OfferRow:
    intervention: Intervention
    cells: list[OfferCell]

    def total(self, status: str) -> int:
        return sum(1 for cell in self.cells if cell.status == status)

    @property
    def offered(self) -> int:
        return self.total(OfferStatus.OFFERED)

    @property
    def planned(self) -> int:
        return self.total(OfferStatus.PLANNED)


@dataclass
class ColumnTotal:
    municipality: Municipality
    offered: int
    planned: int


@dataclass
class RegionalMap:
    coalition: Coalition
    municipalities: list[Municipality]
    rows: list[OfferRow]

    @property
    def column_totals(self) -> list[ColumnTotal]:
        totals = []
        for index, municipality in enumerate(self.municipalities):
            cells = [row.cells[index] for row in self.rows]
            totals.append(ColumnTotal(
                municipality=municipality,
                offered=sum(1 for c in cells if c.status == OfferStatus.OFFERED),
                planned=sum(1 for c in cells if c.status == OfferStatus.PLANNED)))
        return totals

    def cell(self, intervention_code: str, municipality_code: str) -> OfferCell:
        for row in self.rows:
            if row.intervention.code == intervention_code:
                for cell in row.cells:
                    if cell.municipality.code == municipality_code:
                        return cell
        raise KeyError((intervention_code, municipality_code))


def delivered(municipalities: list[Municipality]) -> dict[tuple[int, int], list[Service]]:
    """(intervention id, municipality id) → the active services delivering it there."""
    found: dict[tuple[int, int], list[Service]] = {}
    through = Service.municipalities.through
    links = (through.objects.filter(municipality__in=municipalities, service__status=ServiceStatus.ACTIVE,
                                    service__intervention__isnull=False)
             .select_related("service__organisation").order_by("service__name"))
    for link in links:
        found.setdefault((link.service.intervention_id, link.municipality_id), []).append(link.service)
    return found


def build(coalition: Coalition) -> RegionalMap:
    municipalities = list(coalition.municipalities.order_by("name"))
    interventions = list(Intervention.objects.order_by("name"))
    services = delivered(municipalities)
    offers = {(o.intervention_id, o.municipality_id): o
              for o in InterventionOffer.objects.filter(coalition=coalition)}
    rows = []
    for intervention in interventions:
        cells = []
        for municipality in municipalities:
            key = (intervention.pk, municipality.pk)
            offer = offers.get(key)
            if key in services:
                cell = OfferCell(intervention, municipality, OfferStatus.OFFERED, SOURCE_DIRECTORY, services[key], offer)
            elif offer is not None:
                cell = OfferCell(intervention, municipality, offer.status, SOURCE_INVENTORY, offer=offer)
            else:
                cell = OfferCell(intervention, municipality, OfferStatus.NOT_OFFERED, SOURCE_NONE)
            cells.append(cell)
        rows.append(OfferRow(intervention=intervention, cells=cells))
    return RegionalMap(coalition=coalition, municipalities=municipalities, rows=rows)


def export_columns(regional_map: RegionalMap) -> list[Column]:
    def status_in(index: int):
        def value(row: OfferRow) -> str:
            cell = row.cells[index]
            return f"{cell.label} ({cell.note})" if cell.note else cell.label
        return value

    columns = [Column(lambda row: row.intervention.name, _("Interventie"))]
    columns += [Column(status_in(i), m.name) for i, m in enumerate(regional_map.municipalities)]
    columns += [Column(lambda row: row.offered, _("Aangeboden (aantal gemeenten)")),
                Column(lambda row: row.planned, _("Gepland (aantal gemeenten)"))]
    return columns
