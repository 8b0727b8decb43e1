# SPDX-License-Identifier: EUPL-1.2
"""What every page with case data checks before anything else: a second factor, and a session that is not idle."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from apps.cases.access import CASE_POLICY, is_verified
from apps.core.views import ScopeMixin

SEEN_KEY = "cases_seen_at"


class CaseDataMixin(LoginRequiredMixin):
    """Login, then two-step verification, then the idle timeout of case pages (settings.CASE_IDLE_MINUTES)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not is_verified(request.user):
            return redirect("cases:verification-needed")
        now = time.time()
        seen = request.session.get(SEEN_KEY)
        if seen is not None and now - seen > settings.CASE_IDLE_MINUTES * 60:
            path = request.get_full_path()
            logout(request)
            messages.info(request, _("U was een tijd niet actief. Log opnieuw in om casusgegevens te zien."))
            return redirect_to_login(path)
        request.session[SEEN_KEY] = now
        return super().dispatch(request, *args, **kwargs)


class CaseMixin(CaseDataMixin, ScopeMixin):
    """One case from the URL, resolved through the case policy (which writes the access record)."""

    policy = CASE_POLICY
    audit_action: str | None = None  # what a GET here is, when more than a read (an export, a print)

    def resolve_scope(self, request, kwargs):
        return self.policy.resolve(request.user, kwargs[self.policy.url_kwarg], self.capability,
                                   audit_action=self.audit_action if request.method == "GET" else None)
