# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

from django import forms

from apps.agreements.models import Agreement, Covenant, Signatory
from apps.coalitions.scoped import CoalitionModelForm
from apps.organisations.models import Organisation


def _partner_organisations(coalition):
    return Organisation.objects.filter(partnerships__coalition=coalition).order_by("name")


class CovenantForm(CoalitionModelForm):
    class Meta:
        model = Covenant
        fields = ["title", "signed_on", "valid_until", "document"]


class SignatoryForm(CoalitionModelForm):
    class Meta:
        model = Signatory
        fields = ["organisation", "signed_by", "signed_on"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.coalition is not None:
            self.fields["organisation"].queryset = _partner_organisations(self.coalition)

    def clean(self):
        cleaned = super().clean()
        covenant, organisation = self.instance.covenant, cleaned.get("organisation")
        if organisation and Signatory.objects.filter(covenant=covenant, organisation=organisation).exists():
            self.add_error("organisation", forms.ValidationError("Deze organisatie heeft al getekend."))
        return cleaned


class AgreementForm(CoalitionModelForm):
    class Meta:
        model = Agreement
        fields = ["subject", "level", "parties", "concluded_on", "valid_until", "description", "document"]
        widgets = {"parties": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.coalition is not None:
            self.fields["parties"].queryset = _partner_organisations(self.coalition)
