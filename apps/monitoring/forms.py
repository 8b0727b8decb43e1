# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.coalitions.scoped import CoalitionModelForm
from apps.monitoring.models import Indicator, Observation, Story

MAX_UPLOAD = 20 * 1024 * 1024


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Bestand (CSV of XLSX)"),
                           help_text=_("Lange vorm: kolommen indicator, gebied, periode, teller, noemer en/of waarde, "
                                       "bron. Eén rij per indicator, gebied en periode."))
    key = forms.CharField(label=_("Batchsleutel"), max_length=200, required=False,
                          help_text=_("Dezelfde sleutel opnieuw importeren vervangt de vorige import. Leeg: de "
                                      "bestandsnaam."))
    note = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    synthetic = forms.BooleanField(label=_("Synthetische cijfers (worden overal als synthetisch gemarkeerd)"),
                                   required=False)
    dry_run = forms.BooleanField(label=_("Alleen controleren (proefimport, er wordt niets opgeslagen)"),
                                 required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("Het bestand is groter dan 20 MB."))
        if not upload.name.lower().endswith((".csv", ".txt", ".xlsx")):
            raise forms.ValidationError(_("Kies een CSV- of XLSX-bestand."))
        return upload


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


__all__ = ["ImportForm", "LocalIndicatorForm", "LocalValueForm", "Observation", "StoryForm"]
