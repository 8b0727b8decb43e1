# SPDX-License-Identifier: EUPL-1.2
"""Forms to keep listings: a service, a location (its municipality follows from the postcode), opening hours and
capacity. Permission checks live in apps.directory.access; these forms only offer what the user may choose."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.directory import access
from apps.directory.choices import Capacity, Phase, VulnerabilityFactor
from apps.directory.models import Location, OpeningHours, Service, ServiceAtLocation
from apps.reference import places
from apps.reference.models import Municipality

# Languages a service is offered in (ISO 639-1), the ones most asked for in Dutch maternity and youth care.
LANGUAGES: list[tuple[str, str]] = [
    ("nl", gettext_lazy("Nederlands")),
    ("en", gettext_lazy("Engels")),
    ("ar", gettext_lazy("Arabisch")),
    ("tr", gettext_lazy("Turks")),
    ("pl", gettext_lazy("Pools")),
    ("uk", gettext_lazy("Oekraïens")),
    ("ti", gettext_lazy("Tigrinya")),
    ("so", gettext_lazy("Somalisch")),
    ("fa", gettext_lazy("Farsi")),
    ("de", gettext_lazy("Duits")),
    ("ro", gettext_lazy("Roemeens")),
    ("bg", gettext_lazy("Bulgaars")),
    ("es", gettext_lazy("Spaans")),
    ("pap", gettext_lazy("Papiaments")),
]
LANGUAGE_CODES = {code for code, _label in LANGUAGES}


def normalise_postcode(value: str) -> tuple[str, str]:
    """"7941ab" → ("7941 AB", "7941"); raises ValidationError in Dutch for anything else."""
    postcode = places.normalise_postcode(value)
    if postcode is None:
        raise forms.ValidationError(_("Vul een postcode in als 1234 AB."), code="invalid")
    return postcode, postcode[:4]


MAX_ROW_ID = 2**63 - 1  # the largest bigint: a larger number from a hand-made request names no row


def _row_id(value) -> int:
    """A primary key from the request (a number, or 0 for none): a bigger number than the database holds would
    make SQLite raise OverflowError (a 500) instead of finding nothing."""
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        return 0
    return number if 0 < number <= MAX_ROW_ID else 0


class ServiceForm(forms.ModelForm):
    phases = forms.MultipleChoiceField(label=gettext_lazy("Fasen"), choices=Phase.choices, required=False,
                                       widget=forms.CheckboxSelectMultiple)
    situations = forms.MultipleChoiceField(
        label=gettext_lazy("Kwetsbare situaties"), choices=VulnerabilityFactor.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Voor welke situaties is dit aanbod bedoeld? Laat leeg als het voor iedereen is."))
    languages = forms.MultipleChoiceField(label=gettext_lazy("Talen"), choices=LANGUAGES, required=False,
                                          widget=forms.CheckboxSelectMultiple)
    locations = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Locaties"), queryset=Location.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Waar het aanbod plaatsvindt. Een nieuwe locatie voegt u toe bij ‘Locaties’."))

    class Meta:
        model = Service
        fields = [
            "organisation", "name", "alternate_name", "description", "status", "intervention",
            "phases", "situations", "minimum_age", "maximum_age", "pregnancy_week_from", "pregnancy_week_to",
            "child_age_months_to", "eligibility", "languages",
            "free_of_charge", "cost_description", "self_registration", "referral_required", "application_process",
            "email", "phone", "url", "municipalities",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "eligibility": forms.Textarea(attrs={"rows": 3}),
            "application_process": forms.Textarea(attrs={"rows": 3}),
            "municipalities": forms.SelectMultiple(attrs={"size": 10}),
        }
        help_texts = {
            "description": gettext_lazy("In eenvoudige taal (B1): wat doet u, voor wie, en wat kan een ouder "
                                        "verwachten?"),
            "municipalities": gettext_lazy("De gemeenten waarvan inwoners dit aanbod kunnen gebruiken. Houd Ctrl "
                                           "(of Cmd) ingedrukt om er meer te kiezen."),
        }
        error_messages = {
            "name": {"required": gettext_lazy("Geef het aanbod een naam.")},
            "description": {"required": gettext_lazy("Beschrijf het aanbod in een paar zinnen.")},
            "organisation": {"required": gettext_lazy("Kies de organisatie die dit aanbod biedt.")},
            "email": {"invalid": gettext_lazy("Vul een geldig e-mailadres in, zoals info@voorbeeld.nl.")},
            "url": {"invalid": gettext_lazy("Vul een volledig webadres in, zoals https://www.voorbeeld.nl.")},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["municipalities"].queryset = Municipality.objects.filter(active=True).order_by("name")
        self.fields["municipalities"].required = True
        self.fields["municipalities"].error_messages["required"] = _("Kies minstens één gemeente.")
        if self.instance.pk:
            # A listing does not move to another organisation: that would pass its claim to strangers.
            del self.fields["organisation"]
            organisation_id = self.instance.organisation_id
            self.initial["locations"] = list(self.instance.locations.values_list("pk", flat=True))
        else:
            self.fields["organisation"].queryset = access.organisations_for_new_service(user).order_by("name")
            organisation_id = self.data.get("organisation") or self.initial.get("organisation")
        self.fields["locations"].queryset = Location.objects.filter(organisation_id=_row_id(organisation_id))

    def clean_languages(self):
        return sorted(set(self.cleaned_data["languages"]))

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation") or (self.instance.organisation if self.instance.pk else None)
        municipalities = cleaned.get("municipalities")
        if organisation is not None and not self.instance.pk and not access.can_create_service_for(
                self.user, organisation):
            self.add_error("organisation", _("U kunt geen aanbod toevoegen voor deze organisatie."))
        if organisation is not None and municipalities and not access.may_list_in(self.user, organisation,
                                                                                    municipalities):
            self.add_error("municipalities", _("Kies minstens één gemeente waarvoor uw coalitie de sociale "
                                               "kaart bijhoudt."))
        locations = cleaned.get("locations")
        if organisation is not None and locations and any(
                location.organisation_id != organisation.pk for location in locations):
            self.add_error("locations", _("Kies alleen locaties van deze organisatie."))
        return cleaned

    def save(self, commit: bool = True) -> Service:
        service = super().save(commit=commit)
        if commit:
            self._save_locations(service)
        return service

    def _save_locations(self, service: Service) -> None:
        wanted = set(self.cleaned_data.get("locations") or [])
        current = {sal.location: sal for sal in service.service_at_locations.select_related("location")}
        for location, link in current.items():
            if location not in wanted:
                link.delete()
        for location in wanted - set(current):
            ServiceAtLocation.objects.create(service=service, location=location)


class LocationForm(forms.ModelForm):
    class Meta:
        model = Location
        fields = ["organisation", "name", "description", "address_1", "postcode", "city", "accessibility",
                  "transportation"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "accessibility": forms.Textarea(attrs={"rows": 2}),
            "transportation": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "postcode": gettext_lazy("Bijvoorbeeld 7941 AB. De gemeente leiden we af uit de postcode."),
            "accessibility": gettext_lazy("Bijvoorbeeld: rolstoeltoegankelijk, lift, invalidenparkeerplaats."),
            "transportation": gettext_lazy("Bijvoorbeeld: bushalte voor de deur, gratis parkeren."),
        }
        error_messages = {
            "name": {"required": gettext_lazy("Geef de locatie een naam, bijvoorbeeld ‘Consultatiebureau "
                                              "Centrum’.")},
            "organisation": {"required": gettext_lazy("Kies de organisatie van deze locatie.")},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["postcode"].required = True
        self.fields["postcode"].error_messages["required"] = _("Vul de postcode in.")
        if self.instance.pk:
            del self.fields["organisation"]
        else:
            self.fields["organisation"].queryset = access.organisations_for_new_location(user).order_by("name")

    def clean_postcode(self) -> str:
        postcode, pc4 = normalise_postcode(self.cleaned_data.get("postcode", ""))
        municipality = places.main_municipality(pc4)
        if municipality is None:
            raise forms.ValidationError(
                _("Postcode %(postcode)s kennen we niet. Controleer de vier cijfers.") % {"postcode": postcode},
                code="unknown")
        self.instance.pc4, self.instance.municipality = pc4, municipality
        return postcode

    def clean_city(self) -> str:
        city = self.cleaned_data.get("city", "").strip()
        if not city and self.instance.municipality_id:
            city = self.instance.municipality.name
        return city


class OpeningHoursForm(forms.ModelForm):
    class Meta:
        model = OpeningHours
        fields = ["weekday", "opens_at", "closes_at", "note"]
        widgets = {
            "opens_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "closes_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }
        error_messages = {
            "weekday": {"required": gettext_lazy("Kies een dag.")},
            "opens_at": {"required": gettext_lazy("Vul de openingstijd in."),
                         "invalid": gettext_lazy("Vul een tijd in als 09:00.")},
            "closes_at": {"required": gettext_lazy("Vul de sluitingstijd in."),
                          "invalid": gettext_lazy("Vul een tijd in als 17:00.")},
        }


class CapacityForm(forms.ModelForm):
    class Meta:
        model = Service
        fields = ["capacity", "waiting_weeks"]
        widgets = {"capacity": forms.RadioSelect}
        help_texts = {"waiting_weeks": gettext_lazy("Alleen bij een wachtlijst.")}

    def clean(self):
        cleaned = super().clean()
        capacity, weeks = cleaned.get("capacity"), cleaned.get("waiting_weeks")
        if capacity != Capacity.WAITING_LIST:
            # Weeks only mean something with a waiting list; a leftover number is dropped, not an error.
            cleaned["waiting_weeks"] = self.instance.waiting_weeks = None
        elif weeks is not None and weeks > 104:
            self.add_error("waiting_weeks", _("Een wachttijd van meer dan twee jaar is niet aannemelijk; "
                                              "kies dan ‘vol’."))
        return cleaned
