# SPDX-License-Identifier: EUPL-1.2
"""Forms of the care pathways, the client route's gap notes, the regional inventory and the lookup."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.actions.models import Action
from apps.coalitions.scoped import CoalitionModelForm
from apps.core.widgets import autocomplete
from apps.directory.choices import OfferStatus, VulnerabilityFactor
from apps.directory.models import CarePathway, GapNote, InterventionOffer, PathwayStep
from apps.directory.pathways.core import services_for_steps
from apps.organisations.models import Organisation
from apps.reference import places
from apps.reference.models import Municipality


class CarePathwayForm(CoalitionModelForm):
    class Meta:
        model = CarePathway
        fields = ["situation", "title", "summary"]
        help_texts = {
            "situation": _("Eén zorgpad per situatie. Voor roken tijdens de zwangerschap: kies ‘verslaving’."),
            "title": _("Bijvoorbeeld ‘Geldzorgen tijdens de zwangerschap’."),
        }
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def clean_situation(self):
        situation = self.cleaned_data["situation"]
        taken = CarePathway.objects.filter(coalition=self.coalition, situation=situation).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("Deze coalitie heeft al een zorgpad voor deze situatie."))
        return situation


class PathwayStepForm(CoalitionModelForm):
    class Meta:
        model = PathwayStep
        fields = ["kind", "title", "description", "responsible", "responsible_type", "services"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3}),
                   "services": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["responsible"].queryset = Organisation.objects.order_by("name")
        self.fields["services"].queryset = services_for_steps(self.coalition)
        self.fields["services"].help_text = _("Aanbod uit de sociale kaart dat het werkgebied van de coalitie dekt.")
        self.fields["services"].label_from_instance = lambda service: f"{service.name} ({service.organisation})"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("responsible") and not cleaned.get("responsible_type"):
            self.add_error("responsible", _("Kies de verantwoordelijke organisatie of het type organisatie."))
        return cleaned


class GapNoteForm(forms.ModelForm):
    """A note on one cell of the client route, linked to an existing action or to a new one made from it."""

    create_action = forms.BooleanField(
        label=_("Maak van deze notitie een nieuwe actie"), required=False,
        help_text=_("De actie komt in het actieoverzicht van de coalitie, met de notitie als omschrijving."))

    class Meta:
        model = GapNote
        fields = ["note", "action"]
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, coalition, **kwargs):
        super().__init__(*args, **kwargs)
        self.coalition = coalition
        self.fields["action"].queryset = Action.objects.filter(coalition=coalition).order_by("title")
        self.fields["action"].required = False
        self.fields["action"].help_text = _("Of kies een bestaande actie van de coalitie.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("create_action") and cleaned.get("action"):
            self.add_error("action", _("Kies een bestaande actie óf maak een nieuwe, niet allebei."))
        return cleaned


class InterventionOfferForm(forms.ModelForm):
    class Meta:
        model = InterventionOffer
        fields = ["status", "note"]
        help_texts = {"note": _("Bijvoorbeeld ‘start in 2026’ of ‘via de buurgemeente’.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = OfferStatus.choices


class LookupForm(forms.Form):
    """Situation plus a municipality or a postcode (the postcode wins when both are given)."""

    situation = forms.ChoiceField(label=_("Situatie van de cliënt"),
                                  choices=[("", _("— kies een situatie —")), *VulnerabilityFactor.choices])
    municipality = forms.ModelChoiceField(label=_("Gemeente"), required=False, to_field_name="code",
                                          queryset=Municipality.objects.filter(active=True).order_by("name"),
                                          empty_label=_("— kies een gemeente —"),
                                          widget=autocomplete(forms.Select()))
    postcode = forms.CharField(label=_("of postcode"), required=False, max_length=7,
                               help_text=_("Bijvoorbeeld 7941 of 7941 AB."))

    def clean(self):
        cleaned = super().clean()
        postcode = (cleaned.get("postcode") or "").strip()
        if postcode:
            if not places.looks_like_postcode(postcode):
                self.add_error("postcode", _("Vul een postcode in als 1234 of 1234 AB."))
                return cleaned
            found = places.main_municipality(postcode)
            if found is None:
                self.add_error("postcode", _("Deze postcode kennen we niet."))
                return cleaned
            cleaned["municipality"] = found
        elif not cleaned.get("municipality") and "municipality" not in self.errors:
            self.add_error("municipality", _("Kies een gemeente of vul een postcode in."))
        return cleaned
