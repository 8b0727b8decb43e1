# SPDX-License-Identifier: EUPL-1.2
"""Forms of the coalition pages: stories, the coalition's own indicators and their values."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.coalitions.scoped import CoalitionModelForm
from apps.monitoring.models import Indicator, Story


class StoryForm(CoalitionModelForm):
    class Meta:
        model = Story
        fields = ["year", "title", "body", "order"]
        widgets = {"body": forms.Textarea(attrs={"rows": 12})}


class LocalIndicatorForm(CoalitionModelForm):
    class Meta:
        model = Indicator
        fields = ["name", "definition", "unit", "better", "action_line", "source"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [c for c in self.fields["unit"].choices if c[0]]
        self.fields["definition"].help_text = _("Bijvoorbeeld: aantal ouders bereikt met de interventie, per jaar.")


class LocalValueForm(forms.Form):
    year = forms.IntegerField(label=_("Jaar"), min_value=2000, max_value=2100)
    numerator = forms.IntegerField(label=_("Teller of aantal"), min_value=0, required=False)
    denominator = forms.IntegerField(label=_("Noemer"), min_value=1, required=False,
                                     help_text=_("Alleen bij een percentage of 'per 1000'."))

    def __init__(self, *args, indicator: Indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator

    def clean(self):
        data = super().clean()
        k, n = data.get("numerator"), data.get("denominator")
        if k is None:
            self.add_error("numerator", _("Vul een aantal in."))
        if self.indicator.unit != "count":
            if n is None:
                self.add_error("denominator", _("Vul een noemer in."))
            elif k is not None and k > n:
                self.add_error("numerator", _("De teller is groter dan de noemer."))
        return data


__all__ = ["LocalIndicatorForm", "LocalValueForm", "StoryForm"]
