# SPDX-License-Identifier: EUPL-1.2
"""E-mail notifications of the case flow: a link to Kansrijk, never personal data (not even a reference code).

Whoever opens the link logs in with a second factor, and the access policy decides what she sees.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _


def _send(subject: str, text: str, path: str, recipients: list[str]) -> int:
    recipients = sorted({r for r in recipients if r})
    if not recipients:
        return 0
    body = f"{text}\n\n{settings.SITE_URL.rstrip('/')}{path}\n\n" + _(
        "Dit bericht bevat bewust geen gegevens over het gezin. Log in om de verwijzing te bekijken.")
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


def referral_sent(referral) -> int:
    """To the receiving organisation: the service's address, else the organisation's general one."""
    to = referral.service.email if referral.service and referral.service.email else referral.to_organisation.email
    return _send(_("Kansrijk: nieuwe verwijzing voor uw organisatie"),
                 _("Er is een nieuwe verwijzing voor uw organisatie."), reverse("cases:incoming"), [to])


def referral_answered(referral) -> int:
    """To the referring side: the hub's mailbox and the person who referred."""
    return _send(_("Kansrijk: antwoord op een verwijzing"), _("Een verwijzing heeft een nieuwe status."),
                 reverse("cases:referral", args=[referral.case_id, referral.pk]),
                 [referral.case.hub.mailbox, referral.created_by.email])


def handover_sent(handover) -> int:
    return _send(_("Kansrijk: warme overdracht voor uw organisatie"),
                 _("Er is een warme overdracht voor uw organisatie. Bevestig de ontvangst in Kansrijk."),
                 reverse("cases:incoming"), [handover.to_organisation.email])
