# SPDX-License-Identifier: EUPL-1.2
"""The upload form for observations (CSV or XLSX, with dry run)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

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
