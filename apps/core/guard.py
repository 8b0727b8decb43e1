# SPDX-License-Identifier: EUPL-1.2
"""One input guard at the edge: NUL and other control characters never reach a view, a query or the database.

PostgreSQL cannot store or compare text holding NUL, and no person types a control character into a form. So a
request that carries one in its path, a header (also inside Basic credentials), a query parameter, a form value
or a JSON string is answered here, once, with 400 and a Dutch reason; no view has to think of it again.
Tab, newline and carriage return stay allowed in values (a textarea sends them), tab in headers (HTTP allows it).
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.template import loader
from django.utils.translation import gettext as _

_IN_VALUE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_IN_HEADER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_IN_PATH = re.compile(r"[\x00-\x1f\x7f]")
_API_PREFIXES = ("/api/", "/hsds/")


class InputGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problem = find_control_character(request)
        if problem:
            return refuse(request, *problem)
        return self.get_response(request)


def find_control_character(request) -> tuple[str, str] | None:
    """(where, name) of the first control character in the request, or None."""
    if _IN_PATH.search(request.path):
        return "path", ""
    for key, value in request.META.items():
        is_header = key.startswith("HTTP_") or key in ("CONTENT_TYPE", "CONTENT_LENGTH")
        if is_header and isinstance(value, str) and _IN_HEADER.search(value):
            return "header", key.removeprefix("HTTP_").replace("_", "-").title()
    credentials = _basic_credentials(request.META.get("HTTP_AUTHORIZATION", ""))
    if credentials and _IN_VALUE.search(credentials):
        return "header", "Authorization"
    for key, values in request.GET.lists():
        if _IN_VALUE.search(key) or any(_IN_VALUE.search(v) for v in values):
            return "query", key
    return _in_body(request)


def _basic_credentials(header: str) -> str:
    scheme, _sep, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return ""
    try:
        return base64.b64decode(encoded.strip(), validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return ""  # the authentication class refuses it with its own reason


def _in_body(request) -> tuple[str, str] | None:
    content_type = request.content_type or ""
    if request.method == "POST" and content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        try:
            fields = list(request.POST.lists())
        except MultiPartParserError:
            return None  # Django leaves POST empty; the view answers as for an empty form
        for key, values in fields:
            if _IN_VALUE.search(key) or any(_IN_VALUE.search(v) for v in values):
                return "form", key
    elif content_type == "application/json" or content_type.endswith("+json"):
        try:
            data = json.loads(request.body)
        except (ValueError, UnicodeDecodeError):
            return None  # the API's parser answers malformed JSON itself
        bad = _bad_json_field(data, "")
        if bad is not None:
            return "json", bad
    return None


def _bad_json_field(data, name: str) -> str | None:
    """The top-level field under which a string with a control character sits, or None."""
    if isinstance(data, str):
        return name if _IN_VALUE.search(data) else None
    if isinstance(data, dict):
        for key, value in data.items():
            field = name or str(key)
            if _IN_VALUE.search(str(key)):
                return field
            bad = _bad_json_field(value, field)
            if bad is not None:
                return bad
    elif isinstance(data, list):
        for value in data:
            bad = _bad_json_field(value, name)
            if bad is not None:
                return bad
    return None


def refuse(request, where: str, name: str):
    reasons = {
        "path": _("Het adres bevat een ongeldig teken (een stuurteken)."),
        "header": _("De kopregel %(name)s bevat een ongeldig teken (een stuurteken)."),
        "query": _("De parameter %(name)s bevat een ongeldig teken (een stuurteken)."),
        "form": _("Het veld %(name)s bevat een ongeldig teken (een stuurteken)."),
        "json": _("Het veld %(name)s bevat een ongeldig teken (een stuurteken)."),
    }
    name = _IN_PATH.sub("?", name)[:80]  # never echo the character itself
    reason = reasons[where] % {"name": f"'{name}'"}
    if request.path.startswith(_API_PREFIXES):
        # A field error has the shape of the API's own validation errors: {field: [reason]}.
        body = {name: [reason]} if where in ("form", "json") and name else {"detail": reason}
        return JsonResponse(body, status=400)
    # Like Django's own 400 view: rendered without the request, so nothing of it is echoed or looked up.
    return HttpResponseBadRequest(loader.render_to_string("400.html", {"reason": reason}))
