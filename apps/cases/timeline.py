# SPDX-License-Identifier: EUPL-1.2
"""The case's timeline: every step of the family's route in one list, newest first (for the hub and coordinator)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from apps.cases.models import Case


@dataclass(frozen=True)
class Entry:
    at: datetime.datetime
    what: str
    who: str = ""


def _at_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def build(case: Case) -> list[Entry]:
    entries = [Entry(s.created_at, _("Signaal: %(source)s") % {"source": s.get_source_display()},
                     str(s.signalled_by or "")) for s in case.signals.select_related("signalled_by")]
    entries += [Entry(c.recorded_at, _("Toestemming: %(status)s") % {"status": c.get_status_display()},
                      str(c.recorded_by or "")) for c in case.consents.select_related("recorded_by")]
    entries += [Entry(t.decided_at, _("Inschatting: %(level)s") % {"level": t.get_level_display()},
                      str(t.decided_by)) for t in case.triages.select_related("decided_by")]
    for item in case.meeting_items.select_related("meeting", "care_coordinator"):
        text = _("Besproken in het casusoverleg")
        if item.care_coordinator:
            text += _(", regievoerder: %(name)s") % {"name": item.care_coordinator}
        entries.append(Entry(item.decided_at or _at_midnight(item.meeting.date), text))
    for referral in case.referrals.select_related("to_organisation").prefetch_related("events__by"):
        for event in referral.events.all():
            entries.append(Entry(event.at, _("Verwijzing naar %(org)s: %(status)s") % {
                "org": referral.to_organisation, "status": event.get_target_display()}, str(event.by)))
    for handover in case.handovers.select_related("to_organisation", "handed_over_by", "acknowledged_by"):
        entries.append(Entry(handover.handed_over_at, _("Warme overdracht %(from)s → %(to)s (%(org)s)") % {
            "from": handover.get_from_phase_display(), "to": handover.get_to_phase_display(),
            "org": handover.to_organisation}, str(handover.handed_over_by)))
        if handover.acknowledged_at:
            entries.append(Entry(handover.acknowledged_at, _("Ontvangst van de overdracht bevestigd"),
                                 str(handover.acknowledged_by)))
    if case.closed_at:
        entries.append(Entry(case.closed_at, _("Afgesloten: %(reason)s") % {
            "reason": case.get_close_reason_display() or "–"}))
    return sorted(entries, key=lambda e: e.at, reverse=True)
