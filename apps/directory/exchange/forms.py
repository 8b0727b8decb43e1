# SPDX-License-Identifier: EUPL-1.2
"""Forms of the spreadsheet import: the upload, and the mapping of columns to fields."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.directory.exchange.spreadsheet import FIELDS, REQUIRED

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Bestand"), help_text=_("Een CSV-bestand (puntkomma of komma, UTF-8) of een "
                                                           "Excel-bestand (.xlsx). De eerste rij bevat de kolomnamen."))
    municipality = forms.ModelChoiceField(
        label=_("Gemeente"), queryset=None, empty_label=None,
        help_text=_("Het aanbod is voor inwoners van deze gemeente, tenzij een kolom ‘Gemeente’ iets anders zegt."))

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = municipalities

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Het bestand is groter dan 2 MB; splits het op."))
        if not upload.name.lower().endswith((".csv", ".txt", ".xlsx")):
            raise forms.ValidationError(_("Kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx)."))
        return upload


class MappingForm(forms.Form):
    """One choice per field: which column holds it (or none)."""

    def __init__(self, *args, headers: list[str], guessed: dict[str, int | None], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("— niet gebruiken —"))] + [(str(index), header or _("kolom %(n)d") % {"n": index + 1})
                                                   for index, header in enumerate(headers)]
        for name, (label, _guesses) in FIELDS.items():
            initial = guessed.get(name)
            self.fields[name] = forms.ChoiceField(label=label, choices=choices, required=name in REQUIRED,
                                                  initial="" if initial is None else str(initial))

    def mapping(self) -> dict[str, int | None]:
        return {name: (int(value) if value not in ("", None) else None) for name, value in self.cleaned_data.items()}
