# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from apps.actions.forms import ActionForm, ProgressNoteForm, ReviewDecisionsForm, WorkingGroupForm, YearlyReviewForm
from apps.actions.models import Action, ActionStatus, WorkingGroup, YearlyReview
from apps.actions.services import record_decisions
from apps.actions.workflow import ACTION_STEP, NEXT_STEP, is_overdue
from apps.coalitions.access import Cap
from apps.coalitions.scoped import (
    CoalitionMixin,
    InCoalitionCreateView,
    InCoalitionDeleteView,
    InCoalitionListView,
    InCoalitionUpdateView,
)
from apps.core.exports import Column


class WorkingGroupViews:
    model = WorkingGroup
    namespace = "actions"
    url_name = "workinggroups"
    section = "workinggroups"
    form_class = WorkingGroupForm


class WorkingGroupList(WorkingGroupViews, InCoalitionListView):
    intro = gettext_lazy("Elke werkgroep heeft een actie-eigenaar en een contactpersoon uit de projectgroep.")
    columns = [
        Column("name", gettext_lazy("Werkgroep")),
        Column("theme", gettext_lazy("Thema")),
        Column("action_owner", gettext_lazy("Actie-eigenaar")),
        Column("project_group_contact", gettext_lazy("Contact projectgroep")),
        Column("active", gettext_lazy("Actief")),
    ]


class WorkingGroupCreate(WorkingGroupViews, InCoalitionCreateView):
    pass


class WorkingGroupUpdate(WorkingGroupViews, InCoalitionUpdateView):
    pass


class WorkingGroupDelete(WorkingGroupViews, InCoalitionDeleteView):
    pass


class ActionViews:
    model = Action
    namespace = "actions"
    url_name = "actions"
    section = "actions"
    form_class = ActionForm
    capability = Cap.EDIT_ACTIONS


class ActionList(ActionViews, InCoalitionListView):
    capability = Cap.VIEW
    edit_capability = Cap.EDIT_ACTIONS
    select_related = ("working_group", "theme")
    detail_url_name = "action-detail"
    intro = gettext_lazy("De routekaart: elke actie groeit van gezaaid via in knop naar in bloei.")
    columns = [
        Column("title", gettext_lazy("Actie")),
        Column("working_group", gettext_lazy("Werkgroep")),
        Column("owner", gettext_lazy("Eigenaar")),
        Column("action_line", gettext_lazy("Actielijn")),
        Column("term", gettext_lazy("Termijn")),
        Column("status", gettext_lazy("Status")),
        Column("due_date", gettext_lazy("Streefdatum")),
    ]

    def get_queryset(self):
        queryset = super().get_queryset()
        status = self.request.GET.get("status")
        if status in ActionStatus.values:
            queryset = queryset.filter(status=status)
        return queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_filter"] = ActionStatus.choices
        status = self.request.GET.get("status")
        context["current_status"] = status if status in ActionStatus.values else ""
        return context


class ActionCreate(ActionViews, InCoalitionCreateView):
    pass


class ActionUpdate(ActionViews, InCoalitionUpdateView):
    pass


class ActionDelete(ActionViews, InCoalitionDeleteView):
    pass


class ActionDetail(CoalitionMixin, TemplateView):
    template_name = "actions/action_detail.html"
    section = "actions"

    def get_action(self) -> Action:
        return get_object_or_404(Action.objects.select_related("working_group", "theme"),
                                 coalition=self.coalition, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        action = self.get_action()
        context = super().get_context_data(**kwargs)
        context.update(action=action, notes=action.notes.select_related("author"),
                       can_edit=Cap.EDIT_ACTIONS in self.caps, next_step=NEXT_STEP.get(action.status),
                       overdue=is_overdue(action.status, action.due_date, timezone.localdate()),
                       form=kwargs.get("form") or ProgressNoteForm(coalition=self.coalition))
        return context

    def post(self, request, *args, **kwargs):
        if Cap.EDIT_ACTIONS not in self.caps:
            raise PermissionDenied
        action = self.get_action()
        form = ProgressNoteForm(request.POST, coalition=self.coalition)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        note = form.save(commit=False)
        note.action, note.author = action, request.user
        note.save()
        messages.success(request, _("De voortgang is vastgelegd."))
        return redirect("actions:action-detail", self.coalition.pk, action.pk)


class ActionStep(CoalitionMixin, TemplateView):
    """One step on in the flower bed with one click: the small form on each card of the overview posts here.

    The form says from which state it was drawn, so a second click (or a double submit) does not move the action
    twice. GET shows the same button on a page of its own, for a link or a bookmark.
    """

    template_name = "actions/action_step.html"
    section = "actions"

    def get_action(self) -> Action:
        return get_object_or_404(Action, coalition=self.coalition, pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        action = self.get_action()
        return {**super().get_context_data(**kwargs), "action": action, "next_step": NEXT_STEP.get(action.status),
                "can_edit": Cap.EDIT_ACTIONS in self.caps}

    def back(self):
        target = self.request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts={self.request.get_host()},
                                           require_https=self.request.is_secure()):
            return redirect(target)
        return redirect("overview:coalition", self.coalition.pk)

    def post(self, request, *args, **kwargs):
        if Cap.EDIT_ACTIONS not in self.caps:
            raise PermissionDenied
        action = self.get_action()
        if request.POST.get("from") != action.status:
            messages.info(request, _("“%(title)s” staat al op %(status)s.")
                          % {"title": action.title, "status": action.get_status_display()})
            return self.back()
        try:
            ACTION_STEP.move(action, NEXT_STEP.get(action.status, ""), request.user, update_fields=["status"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.back()
        messages.success(request, _("“%(title)s” staat nu op %(status)s.")
                         % {"title": action.title, "status": action.get_status_display()})
        return self.back()


class ReviewViews:
    model = YearlyReview
    namespace = "actions"
    url_name = "reviews"
    section = "actions"
    form_class = YearlyReviewForm


class ReviewList(ReviewViews, InCoalitionListView):
    detail_url_name = "review-detail"
    intro = gettext_lazy("Eens per jaar: welke acties lopen door, welke zijn nieuw, welke stoppen?")
    columns = [Column("year", gettext_lazy("Jaar")), Column("held_on", gettext_lazy("Gehouden op")),
               Column("summary", gettext_lazy("Samenvatting"))]


class ReviewCreate(ReviewViews, InCoalitionCreateView):
    def get_success_url(self):
        from django.urls import reverse

        return reverse("actions:review-detail", args=[self.coalition.pk, self.object.pk])


class ReviewUpdate(ReviewViews, InCoalitionUpdateView):
    pass


class ReviewDelete(ReviewViews, InCoalitionDeleteView):
    pass


class ReviewDetail(CoalitionMixin, TemplateView):
    template_name = "actions/review_detail.html"
    section = "actions"

    def get_review(self) -> YearlyReview:
        return get_object_or_404(YearlyReview, coalition=self.coalition, pk=self.kwargs["pk"])

    def build_form(self, review, data=None):
        existing = {item.action_id: item for item in review.items.all()}
        actions = self.coalition.actions.select_related("working_group").order_by("working_group__name", "title")
        return ReviewDecisionsForm(data, actions=actions, existing=existing)

    def get_context_data(self, **kwargs):
        review = self.get_review()
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or self.build_form(review)
        items = list(review.items.select_related("action"))
        context.update(review=review, form=form, can_edit=Cap.EDIT in self.caps,
                       summary={d: [i for i in items if i.decision == d] for d in ("continue", "new", "stopped", "done")})
        return context

    def post(self, request, *args, **kwargs):
        if Cap.EDIT not in self.caps:
            raise PermissionDenied
        review = self.get_review()
        form = self.build_form(review, request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        decisions = {action.pk: (form.cleaned_data[f"decision_{action.pk}"], form.cleaned_data[f"note_{action.pk}"])
                     for action in form.actions}
        kept = record_decisions(review, decisions)
        messages.success(request, _("%(n)s besluiten vastgelegd.") % {"n": kept})
        return redirect("actions:review-detail", self.coalition.pk, review.pk)
