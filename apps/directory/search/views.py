# SPDX-License-Identifier: EUPL-1.2
"""Pages for professionals (login): the search of the social map, a service's page and the intervention catalogue."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from apps.directory.choices import Phase, ServiceStatus, VulnerabilityFactor
from apps.directory.models import Intervention, Service, ServiceAtLocation
from apps.directory.search.coverage import uncovered
from apps.directory.search.display import capacity_text, how_to_apply, is_stale, language_names
from apps.directory.search.forms import SearchForm

PAGE_SIZE = 20
MAX_RESULTS = 200  # a search that needs more than ten pages needs another word or filter

_PHASES = dict(Phase.choices)
_SITUATIONS = dict(VulnerabilityFactor.choices)


def decorate(services: list[Service]) -> list[Service]:
    """Attach the texts the result lists show (capacity, how to apply, stale) to each service."""
    for service in services:
        service.capacity_text = capacity_text(service)
        service.how_to_apply = how_to_apply(service)
        service.stale = is_stale(service)
        service.phase_names = [_PHASES.get(code, code) for code in service.phases or []]
        service.situation_names = [_SITUATIONS.get(code, code) for code in service.situations or []]
        service.language_names = language_names(service.languages)
    return services


@login_required
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, request=request)
    page = None
    searched = False
    not_covered = None
    if form.is_bound and form.is_valid():
        searched = True
        results = form.search(limit=MAX_RESULTS)
        page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
        decorate(page.object_list)
        if not results:
            not_covered = uncovered(form.area())
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "directory/search/search.html", {
        "form": form, "page": page, "searched": searched, "query_string": query.urlencode(),
        "max_results": MAX_RESULTS, "not_covered": not_covered,
    })


def service_with_details(uuid, *, public: bool) -> Service:
    qs = (Service.objects.select_related("organisation", "intervention")
          .prefetch_related(
              Prefetch("service_at_locations",
                       queryset=ServiceAtLocation.objects.select_related("location", "location__municipality")
                       .prefetch_related("location__opening_hours").order_by("location__name")),
              "opening_hours",
              "municipalities"))
    if public:
        qs = qs.filter(status=ServiceStatus.ACTIVE)
    return get_object_or_404(qs, uuid=uuid)


@login_required
def service_detail(request: HttpRequest, uuid) -> HttpResponse:
    service = service_with_details(uuid, public=False)
    decorate([service])
    return render(request, "directory/search/service.html", {
        "service": service,
        "service_hours": list(service.opening_hours.all()),
        "municipalities": list(service.municipalities.all()),
        "active": service.status == ServiceStatus.ACTIVE,
    })


@login_required
def interventions(request: HttpRequest) -> HttpResponse:
    catalogue = Intervention.objects.annotate(
        local_services=Count("services", filter=Q(services__status=ServiceStatus.ACTIVE)))
    items = list(catalogue)
    for item in items:
        item.phase_names = [_PHASES.get(code, code) for code in item.phases or []]
        item.situation_names = [_SITUATIONS.get(code, code) for code in item.situations or []]
    return render(request, "directory/search/interventions.html", {"interventions": items})


