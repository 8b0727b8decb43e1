# SPDX-License-Identifier: EUPL-1.2
"""The access trail of case data (NEN 7513): one `AccessRecord` per access, written by the access policy.

Who (user, role, organisations), which case, what, when, from where (address and path) and on what basis (the
relation that granted it). The request is known through a context variable set by `AccessContextMiddleware`, so the
policy can record "from where" without every caller passing the request along.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar

from apps.cases.choices import AccessAction, Basis

_request: ContextVar = ContextVar("case_access_request", default=None)

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class AccessContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def action_for_request(read_action: str = AccessAction.READ) -> str:
    """A read for GET/HEAD, a change for anything that writes."""
    request = _request.get()
    if request is not None and request.method not in SAFE_METHODS:
        return AccessAction.UPDATE
    return read_action


def _client_address(request) -> str | None:
    # REMOTE_ADDR only: behind a proxy, the proxy sets it (docs/operations.md); a client's X-Forwarded-For is not
    # trusted for a legal record.
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def _who(user) -> dict:
    if user is None or not user.is_authenticated:
        return {"user": None, "username": "", "user_name": "", "role": "", "organisations": ""}
    role = user.get_profession_display() if getattr(user, "profession", "") else ""
    if user.job_title:
        role = f"{user.job_title} ({role})" if role else user.job_title
    return {
        "user": user,
        "username": user.username,
        "user_name": user.get_full_name(),
        "role": role[:200],
        "organisations": ", ".join(sorted(o.name for o in user.organisations.all()))[:500],
    }


def _basis_text(basis: Iterable[str]) -> str:
    return ",".join(str(b) for b in basis)


def record(user, case, action: str, basis: Iterable[str], detail: str = ""):
    from apps.cases.models import AccessRecord

    request = _request.get()
    return AccessRecord.objects.create(
        **_who(user), case=case, case_reference=case.reference if case is not None else "", action=action,
        basis=_basis_text(basis), ip_address=_client_address(request),
        path=(request.get_full_path() if request is not None else "")[:300], detail=detail[:300])


def record_list(user, cases: Iterable, basis_of) -> None:
    """One record per case shown in a list: a list of names is an access to each of them."""
    from apps.cases.models import AccessRecord

    request = _request.get()
    who = _who(user)
    address = _client_address(request)
    path = (request.get_full_path() if request is not None else "")[:300]
    AccessRecord.objects.bulk_create([
        AccessRecord(**who, case=case, case_reference=case.reference, action=AccessAction.LIST,
                     basis=_basis_text(basis_of(case)), ip_address=address, path=path)
        for case in cases
    ])


def record_public(case) -> None:
    """A parent's own registration through the public form: no account, the form itself is the basis."""
    record(None, case, AccessAction.CREATE, [Basis.SELF_REGISTRATION])
