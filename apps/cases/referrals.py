# SPDX-License-Identifier: EUPL-1.2
"""Referrals and warm handovers: the loop between organisations, closed in one system.

A referral goes to a service in the directory; its receiver's capacity is shown before referring and kept with
the referral. A *live* referral is sent to the receiving organisation (and gives it the relation to the case); a
*logged* one only records what was arranged by phone. Every move goes through the referral's status table
(workflow.REFERRAL) and leaves a `ReferralEvent`; moves that end or pause the help need a reason.
"""

from __future__ import annotations

import datetime

from auditlog.context import set_actor
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from apps.cases import notify
from apps.cases.access import CASE_POLICY
from apps.cases.choices import REASON_NEEDED, ConsentScope, ReferralMode, ReferralStatus
from apps.cases.models import Case, Handover, Referral, ReferralEvent
from apps.cases.workflow import REFERRAL
from apps.directory.choices import Capacity, ServiceStatus
from apps.directory.models import Service


def capacity_text(service: Service) -> str:
    if service.capacity == Capacity.WAITING_LIST and service.waiting_weeks:
        return _("wachtlijst, ongeveer %(weeks)s weken") % {"weeks": service.waiting_weeks}
    return str(Capacity(service.capacity).label)


def services_for(case: Case) -> QuerySet:
    """Active services offered in the hub's municipalities, the receiving organisation with them."""
    municipalities = case.hub.coalition.member_municipalities()
    return (Service.objects.filter(status=ServiceStatus.ACTIVE, municipalities__in=municipalities)
            .select_related("organisation").distinct().order_by("name"))


def may_send_live(case: Case, explicit_consent: bool) -> bool:
    """Sending data to another organisation needs her consent to share it, or her explicit consent to this one."""
    return case.identified and (ConsentScope.SHARE in case.consent_scope or ConsentScope.JGZ in case.consent_scope
                                or explicit_consent)


@transaction.atomic
def refer(case: Case, user, service: Service, *, mode: str, note: str, explicit_consent: bool) -> Referral:
    if "refer" not in CASE_POLICY.actions(user, case, session=False):
        raise PermissionDenied
    if mode == ReferralMode.LIVE and not may_send_live(case, explicit_consent):
        raise ValidationError(_("Digitaal versturen kan alleen met toestemming van de ouder om gegevens te delen, "
                                "of haar uitdrukkelijke toestemming voor deze verwijzing. Zonder toestemming: "
                                "leg de verwijzing alleen vast."))
    with set_actor(user):
        referral = Referral.objects.create(
            case=case, service=service, service_name=service.name, to_organisation=service.organisation, mode=mode,
            note=note,
            explicit_consent=explicit_consent, capacity_seen=capacity_text(service), created_by=user,
            respond_by=timezone.localdate() + datetime.timedelta(days=settings.CASE_REFERRAL_RESPONSE_DAYS))
        ReferralEvent.objects.create(referral=referral, target=ReferralStatus.DRAFT, by=user)
    return move(referral, ReferralStatus.REQUESTED, user)


@transaction.atomic
def move(referral: Referral, target: str, user, reason: str = "", reason_text: str = "") -> Referral:
    if target in REASON_NEEDED and not reason:
        raise ValidationError(_("Geef een reden op."))
    source = referral.status
    REFERRAL.move(referral, target, user, changes={"reason": reason or referral.reason,
                                                   "reason_text": reason_text or referral.reason_text})
    ReferralEvent.objects.create(referral=referral, source=source, target=target, by=user, reason=reason)
    if referral.mode == ReferralMode.LIVE:
        if target == ReferralStatus.REQUESTED:
            notify.referral_sent(referral)
        elif user.organisations.filter(pk=referral.to_organisation_id).exists():
            notify.referral_answered(referral)
    return referral


def overdue(cases: QuerySet) -> QuerySet:
    return (Referral.objects.filter(case__in=cases, status=ReferralStatus.REQUESTED,
                                    respond_by__lt=timezone.localdate())
            .select_related("case", "to_organisation", "service").order_by("respond_by"))


def rejection_reasons(cases: QuerySet) -> list[tuple[str, int]]:
    """Why referrals were refused or failed: where the offer falls short."""
    rows = (Referral.objects.filter(case__in=cases, status__in=[ReferralStatus.REJECTED, ReferralStatus.FAILED])
            .exclude(reason="").values_list("reason").annotate(n=Count("pk")).order_by("-n"))
    from apps.cases.choices import ReferralReason

    labels = dict(ReferralReason.choices)
    return [(str(labels.get(code, code)), n) for code, n in rows]


@transaction.atomic
def hand_over(case: Case, user, *, from_phase: str, to_phase: str, organisation, summary: str) -> Handover:
    if "handover" not in CASE_POLICY.actions(user, case, session=False):
        raise PermissionDenied
    if not case.identified or ConsentScope.SHARE not in case.consent_scope:
        raise ValidationError(_("Een warme overdracht deelt gegevens: daarvoor is toestemming van de ouder nodig "
                                "om gegevens te delen met de hulpverleners die betrokken raken."))
    with set_actor(user):
        handover = Handover.objects.create(case=case, from_phase=from_phase, to_phase=to_phase,
                                           to_organisation=organisation, summary=summary, handed_over_by=user)
    notify.handover_sent(handover)
    return handover


def acknowledge(handover: Handover, user) -> Handover:
    if not user.organisations.filter(pk=handover.to_organisation_id).exists():
        raise PermissionDenied
    if handover.acknowledged_at is None:
        handover.acknowledged_by, handover.acknowledged_at = user, timezone.now()
        with set_actor(user):
            handover.save()
    return handover
