# SPDX-License-Identifier: EUPL-1.2
"""Nothing personal in a shared cache: pages for a logged-in user and API answers are `private, no-store`."""

from __future__ import annotations

from django.utils.cache import patch_cache_control

NO_STORE_PREFIXES = ("/api/",)


class NoStoreMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if request.path.startswith(NO_STORE_PREFIXES) or (user is not None and user.is_authenticated):
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
        return response
