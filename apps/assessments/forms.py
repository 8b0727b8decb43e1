# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.assessments.frameworks import POINTS, ItemStatus
from apps.core.forms import DateInput


class SelfAssessmentForm(forms.Form):
    """One status, note and next step per point; prefilled from the previous snapshot."""

    taken_on = forms.DateField(label=_("datum"), widget=DateInput(), initial=dt.date.today)

    def __init__(self, *args, framework: str, previous=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.framework = framework
        earlier = {i.point: i for i in previous.items.all()} if previous else {}
        for point, _title in POINTS[framework]:
            item = earlier.get(point)
            self.fields[f"status_{point}"] = forms.ChoiceField(
                label=_("Stand van zaken"), choices=ItemStatus.choices, widget=forms.RadioSelect,
                initial=item.status if item else ItemStatus.NOT_STARTED)
            self.fields[f"note_{point}"] = forms.CharField(
                label=_("Waar staan we"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                initial=item.note if item else "")
            self.fields[f"next_{point}"] = forms.CharField(
                label=_("Wat gaan we ontwikkelen"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                initial=item.next_steps if item else "")

    def clean_taken_on(self):
        value = self.cleaned_data["taken_on"]
        if value > dt.date.today():
            raise forms.ValidationError(_("Een zelfevaluatie kan niet in de toekomst liggen."))
        return value

    def points(self):
        return [(point, title, self[f"status_{point}"], self[f"note_{point}"], self[f"next_{point}"])
                for point, title in POINTS[self.framework]]

    def items(self) -> dict[int, tuple[str, str, str]]:
        data = self.cleaned_data
        return {point: (data[f"status_{point}"], data[f"note_{point}"], data[f"next_{point}"])
                for point, _title in POINTS[self.framework]}
