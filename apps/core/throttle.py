# SPDX-License-Identifier: EUPL-1.2
"""A throttle for public pages (the parents' search under /hulp/), per client address, counted in the shared cache.

The API has DRF's throttles; these pages are plain Django views, so the same rate logic runs here, before the view.
A visitor over the limit gets a Dutch 429 page with Retry-After.
"""

from __future__ import annotations

import math

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from rest_framework.throttling import SimpleRateThrottle

THROTTLED_PREFIXES = ("/hulp/",)


class PublicPageThrottle(SimpleRateThrottle):
    scope = "public_page"

    def get_rate(self) -> str:
        return settings.PUBLIC_PAGE_RATE

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class PublicPageThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(THROTTLED_PREFIXES):
            throttle = PublicPageThrottle()
            if not throttle.allow_request(request, None):
                response = HttpResponse(loader.render_to_string("429.html"), status=429)
                response["Retry-After"] = str(math.ceil(throttle.wait() or 60))
                return response
        return self.get_response(request)
