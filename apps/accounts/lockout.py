# SPDX-License-Identifier: EUPL-1.2
"""Login lock-out beyond django-axes' username + address pair, answered with 429 on every authentication path.

django-axes locks a username tried from one address. One password tried across many accounts from one address
is not caught by that, so `AddressLockoutBackend` (first in AUTHENTICATION_BACKENDS) also refuses an address with
LOGIN_ADDRESS_FAILURE_LIMIT failures across usernames within the cool-off. It counts axes' own records in the
database, so the count holds across workers. `LockoutBasicAuthentication` makes the API say 429 for a lock-out
(DRF's Basic authentication would say "wrong password"), as the login form does through AxesMiddleware.
"""

from __future__ import annotations

from axes.helpers import get_client_ip_address, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.authentication import BasicScheme
from rest_framework import exceptions
from rest_framework.authentication import BasicAuthentication


def address_failures(address: str | None) -> int:
    if not address:
        return 0
    since = timezone.now() - get_cool_off()
    total = AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=since).aggregate(
        n=Sum("failures_since_start"))["n"]
    return total or 0


def address_locked(request) -> bool:
    http = getattr(request, "_request", request)
    address = getattr(http, "axes_ip_address", None) or get_client_ip_address(http)
    return address_failures(address) >= settings.LOGIN_ADDRESS_FAILURE_LIMIT


class AddressLockoutBackend:
    """Refuses every login from an address with too many recent failures, whatever the username."""

    def authenticate(self, request, **credentials):
        if request is not None and address_locked(request):
            request.axes_locked_out = True  # AxesMiddleware answers the lock-out page with 429
            raise PermissionDenied
        return None  # no get_user: it never logs anyone in (and the test client's force_login skips it)


class LockedOut(exceptions.Throttled):
    default_detail = _("Te veel mislukte inlogpogingen. Probeer het over een kwartier opnieuw.")


class LockoutBasicAuthentication(BasicAuthentication):
    def authenticate_credentials(self, userid, password, request=None):
        try:
            return super().authenticate_credentials(userid, password, request)
        except exceptions.AuthenticationFailed:
            http = getattr(request, "_request", request)
            if getattr(request, "axes_locked_out", False) or getattr(http, "axes_locked_out", False):
                raise LockedOut(wait=get_cool_off().total_seconds()) from None
            raise


class LockoutBasicScheme(BasicScheme):
    """The schema documents it as the plain Basic authentication it is."""

    target_class = "apps.accounts.lockout.LockoutBasicAuthentication"
