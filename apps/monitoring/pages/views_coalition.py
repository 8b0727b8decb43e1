# SPDX-License-Identifier: EUPL-1.2
"""Coalition-scoped monitoring: stories and the coalition's own local indicators (the yearly report: report/).

These are coalition data, so they follow apps/coalitions/access.py (CoalitionMixin: 404 for outsiders, EDIT
to write).
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from apps.coalitions.access import Cap
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column, export_response
from apps.monitoring.areas import coalition_area
from apps.monitoring.engine import stats
from apps.monitoring.models import ImportBatch, Indicator, Kind, Level, Observation, Story
from apps.monitoring.pages import fmt
from apps.monitoring.pages.forms import LocalIndicatorForm, LocalValueForm, StoryForm
from apps.monitoring.report.yearly import local_values


class StoryViews:
    model = Story
    namespace = "monitoring"
    url_name = "stories"
    section = "monitoring"
    form_class = StoryForm


class StoryList(StoryViews, InCoalitionListView):
    intro = gettext_lazy("Verhalen naast de cijfers: wat werkte, wie werd bereikt, wat leerden we. Ze staan in de "
                         "voortgangsrapportage van hun jaar.")
    columns = [Column("year", gettext_lazy("Jaar")), Column("title", gettext_lazy("Titel"))]

    def get_queryset(self):
        return super().get_queryset().order_by("-year", "order", "pk")


class StoryCreate(StoryViews, InCoalitionCreateView):
    def get_initial(self):
        return {"year": dt.date.today().year}


class StoryUpdate(StoryViews, InCoalitionUpdateView):
    pass


class StoryDelete(StoryViews, InCoalitionDeleteView):
    pass


class LocalIndicatorViews:
    model = Indicator
    namespace = "monitoring"
    url_name = "local-indicators"
    section = "monitoring"
    form_class = LocalIndicatorForm
    detail_url_name = "local-indicator-detail"


class LocalIndicatorList(LocalIndicatorViews, InCoalitionListView):
    intro = gettext_lazy("Eigen indicatoren van de coalitie, bijvoorbeeld het aantal ouders dat per interventie "
                         "is bereikt. Ze verschijnen in de voortgangsrapportage.")
    columns = [Column("name", gettext_lazy("Naam")), Column("unit", gettext_lazy("Eenheid")),
               Column("action_line", gettext_lazy("Actielijn"))]


class LocalIndicatorCreate(LocalIndicatorViews, InCoalitionCreateView):
    def form_valid(self, form):
        indicator = form.instance
        indicator.kind = Kind.LOCAL
        indicator.levels = [Level.COALITION_REGION]
        indicator.binary = indicator.unit != "count"
        base = slugify(f"lokaal-{self.coalition.pk}-{indicator.name}")[:50]
        code, n = base, 1
        while Indicator.objects.filter(code=code).exists():
            n += 1
            code = f"{base}-{n}"
        indicator.code = code
        return super().form_valid(form)

    def get_success_url(self):
        return reverse("monitoring:local-indicator-detail", args=[self.coalition.pk, self.object.pk])


class LocalIndicatorUpdate(LocalIndicatorViews, InCoalitionUpdateView):
    pass


class LocalIndicatorDelete(LocalIndicatorViews, InCoalitionDeleteView):
    pass


class LocalIndicatorDetail(CoalitionMixin, TemplateView):
    """The values of one local indicator per year, and a form to add or correct a year."""

    template_name = "monitoring/local_indicator.html"
    section = "monitoring"

    def get_indicator(self) -> Indicator:
        return get_object_or_404(Indicator, pk=self.kwargs["pk"], coalition=self.coalition, kind=Kind.LOCAL)

    def get(self, request, *args, **kwargs):
        indicator = self.get_indicator()
        fmt_ = request.GET.get("format")
        if fmt_ in ("csv", "xlsx"):
            rows = next((item["rows"] for item in local_values(self.coalition) if item["indicator"] == indicator), [])
            columns = [Column(lambda o: o.period_label, "Jaar"),
                       Column(lambda o: None if o.suppressed else o.numerator, "Teller of aantal"),
                       Column(lambda o: None if o.suppressed else o.denominator, "Noemer"),
                       Column(lambda o: None if o.suppressed else o.value, "Waarde"),
                       Column(lambda o: o.suppressed, "Onderdrukt")]
            return export_response(rows, columns, fmt_, f"{indicator.label} {self.coalition.name}")
        return self.render_to_response(self.get_context_data(indicator=indicator, form=LocalValueForm(
            indicator=indicator, initial={"year": dt.date.today().year})))

    def post(self, request, *args, **kwargs):
        indicator = self.get_indicator()
        if Cap.EDIT not in self.caps:
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        form = LocalValueForm(request.POST, indicator=indicator)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(indicator=indicator, form=form), status=400)
        save_local_value(self.coalition, indicator, form.cleaned_data["year"], form.cleaned_data["numerator"],
                         form.cleaned_data.get("denominator"), request.user)
        messages.success(request, _("De waarde voor %(year)s is opgeslagen.") % {"year": form.cleaned_data["year"]})
        return redirect("monitoring:local-indicator-detail", self.coalition.pk, indicator.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        indicator = kwargs["indicator"]
        rows = next((item["rows"] for item in local_values(self.coalition) if item["indicator"] == indicator), [])
        context.update(rows=[(o, fmt.value(None if o.suppressed else o.value, indicator.unit)) for o in rows],
                       can_edit=Cap.EDIT in self.caps, suppressed_text=fmt.suppressed_text())
        return context


@transaction.atomic
def save_local_value(coalition, indicator: Indicator, year: int, k: int, n: int | None, user) -> Observation:
    """One live batch per coalition holds its local values; a year entered again is corrected in place."""
    from apps.monitoring.exchange.importer import build

    key = f"lokaal-KS{coalition.pk}"
    batch = ImportBatch.objects.filter(key=key, replaced_at__isnull=True).first()
    if batch is None:
        batch = ImportBatch.objects.create(key=key, kind=ImportBatch.BatchKind.UPLOAD, created_by=user,
                                           source_name=coalition.name[:300],
                                           note=_("Eigen indicatoren van de coalitie"))
    area = coalition_area(coalition)
    obs = build(indicator, area, (year, year), k, n if indicator.unit != "count" else None,
                None if indicator.unit != "count" else float(k), stats)
    if indicator.unit == "count":
        # Counts of a coalition's own work (parents reached) are not about persons' health: shown as entered.
        obs.suppressed = False
    Observation.objects.filter(batch=batch, indicator=indicator, area=area, period_start=year,
                               period_end=year).delete()
    obs.batch = batch
    obs.save()
    batch.rows = batch.observations.count()
    batch.save(update_fields=["rows"])
    return obs
