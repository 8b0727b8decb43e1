# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.coalitions.scoped import CoalitionModelForm
from apps.core.forms import DateInput
from apps.plans.models import Ambition, Goal, GoalTopic, Plan


class PlanForm(CoalitionModelForm):
    class Meta:
        model = Plan
        fields = ["title", "summary", "starting_situation", "period_start", "period_end"]


class AmbitionForm(CoalitionModelForm):
    class Meta:
        model = Ambition
        fields = ["text", "order"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class GoalForm(CoalitionModelForm):
    topics = forms.MultipleChoiceField(label=_("onderwerpen"), choices=GoalTopic.choices, required=False,
                                       widget=forms.CheckboxSelectMultiple,
                                       help_text=_("De toets minimale eisen kijkt naar deze onderwerpen."))

    class Meta:
        model = Goal
        fields = ["title", "action_line", "theme", "ambition", "description", "measure", "topics", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.coalition is not None:
            self.fields["ambition"].queryset = Ambition.objects.filter(plan__coalition=self.coalition)
            self.fields["theme"].queryset = self.coalition.themes.all()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("action_line") and not cleaned.get("theme"):
            self.add_error("action_line", _("Koppel het doel aan een actielijn of aan een eigen thema."))
        return cleaned


class AdoptForm(forms.Form):
    adopted_on = forms.DateField(label=_("vastgesteld op"), widget=DateInput(), initial=dt.date.today)
    adopted_by = forms.CharField(label=_("vastgesteld door"), max_length=200,
                                 help_text=_("Bijvoorbeeld: projectgroep, regieraad, college van B&W."))

    def clean_adopted_on(self):
        value = self.cleaned_data["adopted_on"]
        if value > dt.date.today():
            raise forms.ValidationError(_("Een vaststellingsdatum kan niet in de toekomst liggen."))
        return value
