# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.actions.models import Action, ProgressNote, ReviewDecision, WorkingGroup, YearlyReview
from apps.coalitions.scoped import CoalitionModelForm


class WorkingGroupForm(CoalitionModelForm):
    class Meta:
        model = WorkingGroup
        fields = ["name", "theme", "action_owner", "project_group_contact", "active"]


class ActionForm(CoalitionModelForm):
    class Meta:
        model = Action
        fields = ["title", "working_group", "owner", "action_line", "theme", "term", "status", "due_date",
                  "description"]


class ProgressNoteForm(CoalitionModelForm):
    class Meta:
        model = ProgressNote
        fields = ["date", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value > dt.date.today():
            raise forms.ValidationError(_("Voortgang kan niet in de toekomst liggen."))
        return value


class YearlyReviewForm(CoalitionModelForm):
    class Meta:
        model = YearlyReview
        fields = ["year", "held_on", "summary"]

    def clean_year(self):
        year = self.cleaned_data["year"]
        if not 2018 <= year <= dt.date.today().year + 1:
            raise forms.ValidationError(_("Kies een jaar vanaf 2018 (de start van Kansrijke Start)."))
        # The coalition is no form field, so the model's unique (coalition, year) constraint is not checked for us.
        if self.coalition is not None and YearlyReview.objects.filter(coalition=self.coalition, year=year).exclude(
                pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Voor %(year)s is al een jaarlijkse evaluatie vastgelegd.") % {"year": year})
        return year


class ReviewDecisionsForm(forms.Form):
    """One decision per action, built from the coalition's actions."""

    def __init__(self, *args, actions, existing, **kwargs):
        super().__init__(*args, **kwargs)
        self.actions = list(actions)
        choices = [("", _("– geen besluit –")), *ReviewDecision.choices]
        for action in self.actions:
            item = existing.get(action.pk)
            self.fields[f"decision_{action.pk}"] = forms.ChoiceField(
                label=action.title, choices=choices, required=False, initial=item.decision if item else "")
            self.fields[f"note_{action.pk}"] = forms.CharField(
                label=_("toelichting bij %(title)s") % {"title": action.title}, max_length=500, required=False,
                initial=item.note if item else "")

    def rows(self):
        return [(action, self[f"decision_{action.pk}"], self[f"note_{action.pk}"]) for action in self.actions]
