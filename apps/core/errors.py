# SPDX-License-Identifier: EUPL-1.2
"""The project's 500 handler: an unavailable database is not a fault of ours to hide, but a 503 to retry.

When the database refuses, times out (DB_CONNECT_TIMEOUT, DB_STATEMENT_TIMEOUT) or drops the connection, Django
raises OperationalError or InterfaceError anywhere in the request. This handler sees every uncaught exception, so
each of them answers 503 with Retry-After, a Dutch page (or JSON under /api/ and /hsds/), rendered like 500.html:
without the request, the database or URL reversing.
"""

from __future__ import annotations

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

API_PREFIXES = ("/api/", "/hsds/")


def database_unavailable(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


@requires_csrf_token
def server_error(request, template_name: str = "500.html"):
    if not database_unavailable(sys.exc_info()[1]):
        return HttpResponseServerError(loader.render_to_string(template_name))
    if request.path.startswith(API_PREFIXES):
        response = JsonResponse({"detail": _("De database is tijdelijk niet bereikbaar. Probeer het zo opnieuw.")},
                                status=503)
    else:
        response = HttpResponseServerError(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(settings.RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
