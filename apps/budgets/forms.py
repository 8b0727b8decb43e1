# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from apps.budgets.models import BudgetLine, CostRequest
from apps.budgets.services import check_fits
from apps.coalitions.scoped import CoalitionModelForm


def _check_year(year: int) -> None:
    if not 2018 <= year <= dt.date.today().year + 5:
        raise forms.ValidationError(_("Kies een jaar tussen 2018 en %(max)s.") % {"max": dt.date.today().year + 5})


class BudgetLineForm(CoalitionModelForm):
    class Meta:
        model = BudgetLine
        fields = ["year", "source", "description", "amount"]

    def clean_year(self):
        _check_year(self.cleaned_data["year"])
        return self.cleaned_data["year"]


class CostRequestForm(CoalitionModelForm):
    class Meta:
        model = CostRequest
        fields = ["year", "working_group", "title", "amount", "submitted_on", "description"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submitted_on"].initial = dt.date.today()
        self.fields["year"].initial = dt.date.today().year

    def clean_year(self):
        _check_year(self.cleaned_data["year"])
        return self.cleaned_data["year"]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.status != "submitted":
            raise forms.ValidationError(_("Over deze aanvraag is al besloten; wijzigen kan niet meer."))
        year, amount = cleaned.get("year"), cleaned.get("amount")
        if year and amount is not None and amount > 0 and self.coalition is not None:
            try:
                check_fits(self.coalition, year, amount)
            except ValidationError as exc:
                for message in exc.message_dict["amount"]:
                    self.add_error("amount", message)
        return cleaned


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("besluit"), choices=[("approve", _("toekennen")), ("reject", _("afwijzen"))],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label=_("motivering"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
