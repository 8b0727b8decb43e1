# SPDX-License-Identifier: EUPL-1.2
"""Pages for parents, no login: search and a service's page in plain Dutch (B1).

Only active services, no names of staff, no cookies of our own, nothing that tracks, no external assets; pages
are small so they load fast on a slow phone connection (see docs/directory-search.md for the measured sizes).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from apps.directory.search.coverage import uncovered
from apps.directory.search.forms import PublicSearchForm
from apps.directory.search.views import decorate, service_with_details

PUBLIC_RESULTS = 30
# Words to try when a search finds nothing (they find something wherever Kansrijk has services).
EXAMPLE_WORDS = ("zwanger", "geldzorgen", "borstvoeding", "somber")


@require_safe
@cache_control(public=True, max_age=300)
def public_search(request: HttpRequest) -> HttpResponse:
    form = PublicSearchForm(request.GET or None, request=request)
    results: list = []
    not_covered = None
    searched = form.is_bound and form.is_valid()
    if searched:
        results = decorate(form.search(limit=PUBLIC_RESULTS))
        if not results:
            not_covered = uncovered(form.area())
    postcode = form.cleaned_data.get("postcode", "") if searched else ""
    examples = [(word, urlencode({"q": word, "postcode": postcode} if postcode else {"q": word}))
                for word in EXAMPLE_WORDS]
    return render(request, "directory/public/search.html", {"form": form, "results": results,
                                                             "searched": searched, "not_covered": not_covered,
                                                             "examples": examples})


@require_safe
@cache_control(public=True, max_age=300)
def public_service(request: HttpRequest, uuid) -> HttpResponse:
    service = service_with_details(uuid, public=True)
    decorate([service])
    return render(request, "directory/public/service.html", {"service": service,
                                                              "service_hours": list(service.opening_hours.all())})
