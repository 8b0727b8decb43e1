# SPDX-License-Identifier: EUPL-1.2
"""Dutch first: the interface is Dutch unless the user chose another language herself."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation


class DutchFirstLocaleMiddleware:
    """Like Django's LocaleMiddleware, but ignores the browser's Accept-Language header.

    Many professionals use a browser set to English on a work laptop; they still expect the Dutch
    application. Only the language cookie set by the language switch changes it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
