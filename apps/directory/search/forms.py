# SPDX-License-Identifier: EUPL-1.2
"""The search forms (GET): one for professionals with every filter, one short form for parents.

The API validates its query parameters with the same forms, so pages and API answer the same errors.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import lru_cache

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.core.widgets import autocomplete
from apps.directory.choices import Phase, VulnerabilityFactor
from apps.directory.models import Service
from apps.directory.search.display import LANGUAGE_NAMES
from apps.directory.search.engine import (
    MAX_QUERY_LENGTH,
    PostcodeError,
    municipalities_for_postcode,
    search_services,
)
from apps.reference.models import Municipality

MUNICIPALITY_CACHE_SECONDS = 600


@lru_cache(maxsize=1)
def _municipalities(_period: int) -> dict[str, Municipality]:
    return {m.code: m for m in Municipality.objects.filter(active=True).only("code", "name").order_by("name")}


def active_municipalities() -> dict[str, Municipality]:
    """The active municipalities by CBS code, read once per ten minutes: reference data that hardly changes, and
    the search should not spend a database round trip on it."""
    return _municipalities(int(time.monotonic() // MUNICIPALITY_CACHE_SECONDS))


class MunicipalityField(forms.ChoiceField):
    """A municipality by CBS code (GM0119), from the cached list."""

    def __init__(self, **kwargs) -> None:
        super().__init__(choices=self._choices_now, **kwargs)
        autocomplete(self.widget)  # 342 municipalities: typed, not scrolled

    @staticmethod
    def _choices_now() -> list[tuple[str, str]]:
        return [("", _("Alle gemeenten")), *((code, m.name) for code, m in active_municipalities().items())]

    def to_python(self, value) -> Municipality | None:
        code = super().to_python(value)
        return active_municipalities().get(code) if code else None

    def validate(self, value) -> None:
        if value is None and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")

    def clean(self, value):
        if value not in (None, "") and str(value) not in active_municipalities():
            raise forms.ValidationError(_("Deze gemeente kennen we niet."), code="invalid_choice")
        return super().clean(value)


def fixed(choices: list) -> Callable[[], list]:
    """Choices as a callable: Django deep-copies a list of choices for every form instance, a callable it does not
    (measured: about a third of a millisecond per search request, in a search that takes three)."""
    return lambda: choices


YES_NO = [("", _("Maakt niet uit")), ("true", _("Ja, zelf aanmelden kan")), ("false", _("Nee, via verwijzing"))]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Zoek op woord"), required=False, max_length=MAX_QUERY_LENGTH,
                        help_text=_("Bijvoorbeeld: schulden, depressie, zwanger, taal."),
                        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}))
    municipality = MunicipalityField(label=_("Gemeente"), required=False)
    postcode = forms.CharField(label=_("Of postcode van de cliënt"), required=False, max_length=7,
                               help_text=_("Vier cijfers is genoeg, bijvoorbeeld 7941."),
                               widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "text",
                                                             "size": 8}))
    phase = forms.ChoiceField(label=_("Fase"), required=False, choices=fixed([("", _("Alle fasen")), *Phase.choices]))
    situation = forms.ChoiceField(label=_("Situatie"), required=False,
                                  choices=fixed([("", _("Alle situaties")), *VulnerabilityFactor.choices]))
    self_registration = forms.ChoiceField(label=_("Zelf aanmelden"), required=False, choices=fixed(YES_NO))
    language = forms.ChoiceField(label=_("Taal"), required=False,
                                 choices=fixed([("", _("Alle talen")), *LANGUAGE_NAMES.items()]))
    free = forms.BooleanField(label=_("Alleen gratis aanbod"), required=False)

    def __init__(self, *args, request=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.request = request  # resolves the postcode once per request (apps.reference.places.resolve)
        self.postcode_municipalities: list[Municipality] | None = None

    def clean_postcode(self) -> str:
        postcode = self.cleaned_data["postcode"].strip()
        if postcode:
            try:
                self.postcode_municipalities = municipalities_for_postcode(postcode, self.request)
            except PostcodeError as exc:
                raise forms.ValidationError(str(exc), code="postcode") from exc
        return postcode

    def search_arguments(self) -> dict:
        data = self.cleaned_data
        registration = {"true": True, "false": False}.get(data.get("self_registration") or "")
        return {"municipality": data.get("municipality"), "postcode": data.get("postcode", ""),
                "postcode_municipalities": self.postcode_municipalities,
                "phase": data.get("phase", ""), "situation": data.get("situation", ""),
                "self_registration": registration, "language": data.get("language", ""),
                "free_only": bool(data.get("free"))}

    def area(self) -> list[Municipality]:
        """The municipalities the search is limited to (postcode or municipality); [] for the whole country."""
        if self.postcode_municipalities:
            return list(self.postcode_municipalities)
        municipality = self.cleaned_data.get("municipality")
        return [municipality] if municipality else []

    def has_criteria(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)

    def search(self, limit: int = 50) -> list[Service]:
        return search_services(self.cleaned_data.get("q", ""), limit=limit, **self.search_arguments())


class PublicSearchForm(SearchForm):
    """For parents: a word and a postcode, nothing else (B1: short labels, examples)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name in ("municipality", "phase", "situation", "self_registration", "language", "free"):
            del self.fields[name]
        self.fields["q"].label = _("Waar zoekt u hulp bij?")
        self.fields["q"].help_text = _("Bijvoorbeeld: geld, zwanger, borstvoeding, somber.")
        self.fields["postcode"].label = _("Uw postcode")
        self.fields["postcode"].help_text = _("Dan ziet u hulp bij u in de buurt. Bijvoorbeeld: 7941.")

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("q", "").strip() or cleaned.get("postcode")):
            # Otherwise an empty search lists services from anywhere in the country, which helps no parent.
            raise forms.ValidationError(_("Vul een woord in of uw postcode, of allebei."), code="empty")
        return cleaned
