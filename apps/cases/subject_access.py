# SPDX-License-Identifier: EUPL-1.2
"""Right of access (AVG art. 15): everything held about one person, as data (JSON) and as a letter (PDF).

Includes the cases merged into hers, and who accessed her record (from the access trail), so the hub can answer a
request in one go.
"""

from __future__ import annotations

from apps.cases.models import AccessRecord, Case


def _date(value):
    return value.isoformat() if value else None


def collect(case: Case) -> dict:
    cases = [case, *Case.objects.filter(merged_into=case)]
    return {
        "kenmerk": case.reference,
        "knooppunt": case.hub.name,
        "persoon": {"naam": case.full_name or None, "geboortedatum": _date(case.date_of_birth),
                    "telefoon": case.phone or None, "e-mail": case.email or None, "postcode": case.postcode or None},
        "status": case.get_status_display(), "fase": case.get_phase_display(),
        "uitgerekende_datum": _date(case.due_date), "geboortedatum_kind": _date(case.child_birth_date),
        "kwetsbare_situaties": case.situations,
        "toestemming": {"status": case.get_consent_status_display(), "voor": case.consent_scope,
                        "verloop": [{"datum": _date(c.recorded_at), "status": c.get_status_display(),
                                     "hoe": c.get_how_display(), "door": str(c.recorded_by or "")}
                                    for k in cases for c in k.consents.all()]},
        "regievoerder": str(case.care_coordinator or "") or None,
        "signalen": [{"datum": _date(s.created_at), "door": s.get_source_display(),
                      "organisatie": str(s.organisation or ""), "toelichting": s.description}
                     for k in cases for s in k.signals.all()],
        "inschattingen": [{"datum": _date(t.decided_at), "inschatting": t.get_level_display(),
                           "onderbouwing": t.reasons} for t in case.triages.all()],
        "casusoverleg": [{"datum": _date(i.meeting.date), "besproken": i.notes, "besluit": i.decision,
                          "regievoerder": str(i.care_coordinator or "")}
                         for i in case.meeting_items.select_related("meeting", "care_coordinator")],
        "doelen": [{"leefgebied": g.get_domain_display(), "doel": g.goal, "stand": g.get_status_display()}
                   for g in case.goals.all()],
        "verwijzingen": [{"naar": r.to_organisation.name, "aanbod": r.service_name or None,
                          "status": r.get_status_display(), "toelichting": r.note, "reden": r.get_reason_display(),
                          "verloop": [{"datum": _date(e.at), "status": e.get_target_display()} for e in r.events.all()]}
                         for r in case.referrals.select_related("to_organisation", "service")],
        "overdrachten": [{"datum": _date(h.handed_over_at), "van": h.get_from_phase_display(),
                          "naar": h.get_to_phase_display(), "organisatie": h.to_organisation.name,
                          "overgedragen": h.summary, "ontvangen": _date(h.acknowledged_at)}
                         for h in case.handovers.select_related("to_organisation")],
        "afgesloten": {"datum": _date(case.closed_at), "reden": case.get_close_reason_display() or None,
                       "uitkomst": case.outcome or None},
        "wie_heeft_ingezien": [{"tijdstip": _date(r.at), "wie": r.user_name or r.username or "openbaar formulier",
                                "functie": r.role, "organisaties": r.organisations, "handeling": r.get_action_display(),
                                "grond": r.basis}
                               for r in AccessRecord.objects.filter(case__in=cases).order_by("at", "pk")],
    }
