# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from apps.budgets.forms import BudgetLineForm, CostRequestForm, DecisionForm
from apps.budgets.models import BudgetLine, CostRequest, RequestStatus
from apps.budgets.services import decide, year_budget, years_summary
from apps.coalitions.access import Cap
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column


class BudgetIndex(CoalitionMixin, TemplateView):
    template_name = "budgets/index.html"
    section = "budget"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        summary = years_summary(self.coalition)
        years = [row.year for row in summary]
        try:
            year = int(self.request.GET.get("jaar", years[0] if years else dt.date.today().year))
        except ValueError:
            year = dt.date.today().year
        context.update(
            year=year, years=years, summary=summary, budget=year_budget(self.coalition, year),
            lines=self.coalition.budget_lines.filter(year=year),
            requests=self.coalition.cost_requests.filter(year=year).select_related("working_group"),
            can_decide=Cap.DECIDE_BUDGET in self.caps, can_request=Cap.REQUEST_COSTS in self.caps,
        )
        return context


class _Back:
    namespace = "budgets"
    section = "budget"

    def list_url(self):
        return reverse("budgets:index", args=[self.coalition.pk])


class LineViews(_Back):
    model = BudgetLine
    url_name = "lines"
    form_class = BudgetLineForm
    capability = Cap.DECIDE_BUDGET


class LineList(LineViews, InCoalitionListView):
    capability = Cap.VIEW
    edit_capability = Cap.DECIDE_BUDGET
    columns = [Column("year", gettext_lazy("Jaar")), Column("source", gettext_lazy("Bron")),
               Column("description", gettext_lazy("Omschrijving")), Column("amount", gettext_lazy("Bedrag"))]


class LineCreate(LineViews, InCoalitionCreateView):
    pass


class LineUpdate(LineViews, InCoalitionUpdateView):
    pass


class LineDelete(LineViews, InCoalitionDeleteView):
    pass


class RequestViews(_Back):
    model = CostRequest
    url_name = "requests"
    form_class = CostRequestForm
    capability = Cap.REQUEST_COSTS


class RequestList(RequestViews, InCoalitionListView):
    capability = Cap.VIEW
    edit_capability = Cap.REQUEST_COSTS
    select_related = ("working_group",)
    detail_url_name = "request-decide"
    columns = [
        Column("title", gettext_lazy("Waarvoor")),
        Column("working_group", gettext_lazy("Werkgroep")),
        Column("year", gettext_lazy("Jaar")),
        Column("amount", gettext_lazy("Bedrag")),
        Column("submitted_on", gettext_lazy("Ingediend")),
        Column("status", gettext_lazy("Status")),
        Column("decided_on", gettext_lazy("Besloten op")),
        Column("decision_note", gettext_lazy("Motivering")),
    ]


class RequestCreate(RequestViews, InCoalitionCreateView):
    def form_valid(self, form):
        form.instance.requested_by = self.request.user
        return super().form_valid(form)


class RequestUpdate(RequestViews, InCoalitionUpdateView):
    def get_queryset(self):
        # Only the requester changes her own request; the project group (decide_budget) may correct any.
        queryset = super().get_queryset()
        if Cap.DECIDE_BUDGET not in self.caps:
            queryset = queryset.filter(requested_by=self.request.user)
        return queryset

    def form_valid(self, form):
        with transaction.atomic():
            # A decision may have been taken since the form was loaded; never overwrite it.
            locked = CostRequest.objects.select_for_update().get(pk=self.object.pk)
            if locked.status != RequestStatus.SUBMITTED:
                form.add_error(None, _("Over deze aanvraag is al besloten; wijzigen kan niet meer."))
                return self.form_invalid(form)
            self.object = form.save(commit=False)
            self.object.save()  # safe: the row is locked and still undecided
        messages.success(self.request, _("%(name)s is opgeslagen.") % {"name": self.object})
        return redirect(self.get_success_url())


class RequestDelete(RequestViews, InCoalitionDeleteView):
    capability = Cap.DECIDE_BUDGET


class DecideView(CoalitionMixin, FormView):
    template_name = "budgets/decide.html"
    form_class = DecisionForm
    section = "budget"

    def get_request_object(self) -> CostRequest:
        return get_object_or_404(CostRequest.objects.select_related("working_group"),
                                 coalition=self.coalition, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        cost_request = self.get_request_object()
        return {**super().get_context_data(**kwargs), "cost_request": cost_request,
                "budget": year_budget(self.coalition, cost_request.year),
                "can_decide": Cap.DECIDE_BUDGET in self.caps and cost_request.status == "submitted"}

    def form_valid(self, form):
        if Cap.DECIDE_BUDGET not in self.caps:
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        cost_request = self.get_request_object()
        try:
            decide(cost_request, form.cleaned_data["decision"] == "approve", self.request.user,
                   form.cleaned_data["note"])
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(self.request, _("Het besluit is vastgelegd."))
        return redirect(f"{reverse('budgets:index', args=[self.coalition.pk])}?jaar={cost_request.year}")
