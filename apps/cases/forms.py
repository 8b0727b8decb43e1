# SPDX-License-Identifier: EUPL-1.2
"""Forms of the case flow. Consent decides what may be filled in: no consent, no name."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from apps.cases.choices import (
    CasePhase,
    CloseReason,
    ConsentHow,
    ConsentScope,
    ConsentStatus,
    GoalStatus,
    HandoverPhase,
    LifeDomain,
    ReferralMode,
    ReferralReason,
    TriageLevel,
)
from apps.cases.models import Hub
from apps.coalitions.places import coalitions_covering
from apps.core.forms import DateInput
from apps.directory.choices import VulnerabilityFactor
from apps.reference import places

IDENTITY_FIELDS = ("full_name", "date_of_birth", "phone", "email", "postcode")


def hub_for_postcode(postcode: str) -> Hub | None:
    """The active hub of the first coalition (local before regional) that covers the postcode's municipality."""
    municipality = places.main_municipality(postcode)
    if municipality is None:
        return None
    for coalition in coalitions_covering(municipality):
        hub = Hub.objects.filter(coalition=coalition, active=True).first()
        if hub is not None:
            return hub
    return None


class FamilyFields(forms.Form):
    """What a signal says about the (prospective) family; shared by the professionals' and the public form."""

    full_name = forms.CharField(label=_("Naam (voor- en achternaam)"), max_length=200, required=False)
    date_of_birth = forms.DateField(label=_("Geboortedatum"), required=False, widget=DateInput)
    phone = forms.CharField(label=_("Telefoonnummer"), max_length=30, required=False)
    email = forms.EmailField(label=_("E-mailadres"), required=False)
    postcode = forms.CharField(label=_("Postcode"), max_length=7,
                               help_text=_("Bepaalt welk lokaal knooppunt de melding krijgt."))
    phase = forms.ChoiceField(label=_("Zwanger of kind geboren?"), choices=CasePhase.choices,
                              widget=forms.RadioSelect, initial=CasePhase.PREGNANT)
    due_date = forms.DateField(label=_("Uitgerekende datum"), required=False, widget=DateInput)
    child_birth_date = forms.DateField(label=_("Geboortedatum kind"), required=False, widget=DateInput)
    situations = forms.MultipleChoiceField(label=_("Kwetsbare situaties"), choices=VulnerabilityFactor.choices,
                                           required=False, widget=forms.CheckboxSelectMultiple)
    description = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 5}),
                                  help_text=_("Wat ziet of hoort u? Zonder toestemming: geen namen of andere "
                                              "herkenbare details."))

    def clean_postcode(self) -> str:
        value = places.normalise_postcode(self.cleaned_data["postcode"]) or ""
        if not value:
            raise forms.ValidationError(gettext("Vul een postcode in, zoals 7941 AB."))
        self.hub = hub_for_postcode(value)
        if self.hub is None:
            raise forms.ValidationError(gettext(
                "Voor dit postcodegebied is er (nog) geen lokaal knooppunt in Kansrijk. Neem contact op met de "
                "jeugdgezondheidszorg (JGZ) of de gemeente van de ouder."))
        return value

    def clean(self):
        cleaned = super().clean()
        phase = cleaned.get("phase")
        if phase == CasePhase.PREGNANT and not cleaned.get("due_date"):
            self.add_error("due_date", gettext("Vul de uitgerekende datum in (bij benadering is goed)."))
        if phase == CasePhase.BORN and not cleaned.get("child_birth_date"):
            self.add_error("child_birth_date", gettext("Vul de geboortedatum van het kind in."))
        return cleaned

    def check_identity_against_consent(self, consent_given: bool) -> None:
        """With consent a name and date of birth are needed; without it, nothing identifying may be entered."""
        cleaned = self.cleaned_data
        if consent_given:
            for name in ("full_name", "date_of_birth"):
                if not cleaned.get(name):
                    self.add_error(name, gettext("Met toestemming is dit nodig, zodat het knooppunt weet om wie "
                                                 "het gaat."))
            return
        for name in ("full_name", "date_of_birth", "phone", "email"):
            if cleaned.get(name):
                self.add_error(name, gettext("Zonder toestemming legt u geen naam, geboortedatum of "
                                             "contactgegevens vast: het knooppunt bespreekt de situatie anoniem."))


class SignalForm(FamilyFields):
    """A professional's signal, with the consent she asked for."""

    consent_status = forms.ChoiceField(
        label=_("Toestemming van de ouder"), widget=forms.RadioSelect, initial=ConsentStatus.NOT_YET,
        choices=[(c.value, c.label) for c in (ConsentStatus.GIVEN, ConsentStatus.NOT_YET, ConsentStatus.REFUSED)])
    consent_scope = forms.MultipleChoiceField(label=_("De toestemming geldt voor"), choices=ConsentScope.choices,
                                              required=False, widget=forms.CheckboxSelectMultiple)
    consent_how = forms.ChoiceField(label=_("Hoe is de toestemming gegeven?"), required=False,
                                    choices=[("", "—"), (ConsentHow.VERBAL.value, ConsentHow.VERBAL.label),
                                             (ConsentHow.WRITTEN.value, ConsentHow.WRITTEN.label)])

    field_order = ["consent_status", "consent_scope", "consent_how", "full_name", "date_of_birth", "phone", "email",
                   "postcode", "phase", "due_date", "child_birth_date", "situations", "description"]

    def clean(self):
        cleaned = super().clean()
        given = cleaned.get("consent_status") == ConsentStatus.GIVEN
        if given:
            if ConsentScope.HUB not in cleaned.get("consent_scope", []):
                self.add_error("consent_scope", gettext("Met toestemming hoort daar ten minste het bespreken in "
                                                        "het knooppunt bij."))
            if not cleaned.get("consent_how"):
                self.add_error("consent_how", gettext("Geef aan hoe de toestemming is gegeven."))
        elif cleaned.get("consent_scope"):
            self.add_error("consent_scope", gettext("Zonder toestemming kiest u hier niets."))
        self.check_identity_against_consent(given)
        return cleaned


class PublicSignalForm(FamilyFields):
    """The parents' form (anyone may register, as with VoorZorg): consent is part of sending it."""

    who = forms.ChoiceField(label=_("Voor wie is deze aanmelding?"), widget=forms.RadioSelect,
                            choices=[("parent", _("Voor mezelf")),
                                     ("someone_else", _("Voor iemand anders, met haar toestemming"))])
    consent = forms.BooleanField(
        label=_("Ik geef toestemming (of zij heeft mij toestemming gegeven) dat het team van Kansrijke Start deze "
                "gegevens gebruikt om contact op te nemen."),
        error_messages={"required": _("Zonder toestemming kunnen we niets met uw aanmelding. Bel liever? Neem dan "
                                      "contact op met het consultatiebureau (JGZ) of uw verloskundige.")})

    field_order = ["who", "full_name", "date_of_birth", "phone", "email", "postcode", "phase", "due_date",
                   "child_birth_date", "situations", "description", "consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["situations"].label = _("Waar wilt u hulp bij? (u mag dit ook leeg laten)")
        self.fields["description"].label = _("Wat wilt u ons vertellen?")
        self.fields["description"].help_text = ""
        self.fields["postcode"].help_text = _("Zo weten we welk team bij u in de buurt zit.")

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("phone") or cleaned.get("email")):
            self.add_error("phone", gettext("Vul een telefoonnummer of e-mailadres in, zodat we contact kunnen "
                                            "opnemen."))
        self.check_identity_against_consent(True)
        return cleaned


class ConsentForm(forms.Form):
    """A later change of consent: given (with the identifying data it allows) or withdrawn / refused."""

    status = forms.ChoiceField(label=_("Toestemming"), widget=forms.RadioSelect, choices=ConsentStatus.choices)
    scope = forms.MultipleChoiceField(label=_("De toestemming geldt voor"), choices=ConsentScope.choices,
                                      required=False, widget=forms.CheckboxSelectMultiple)
    how = forms.ChoiceField(label=_("Hoe is de toestemming gegeven?"), required=False,
                            choices=[("", "—"), (ConsentHow.VERBAL.value, ConsentHow.VERBAL.label),
                                     (ConsentHow.WRITTEN.value, ConsentHow.WRITTEN.label)])
    full_name = forms.CharField(label=_("Naam (voor- en achternaam)"), max_length=200, required=False)
    date_of_birth = forms.DateField(label=_("Geboortedatum"), required=False, widget=DateInput)
    phone = forms.CharField(label=_("Telefoonnummer"), max_length=30, required=False)
    email = forms.EmailField(label=_("E-mailadres"), required=False)
    postcode = forms.CharField(label=_("Postcode"), max_length=7, required=False)

    def __init__(self, *args, case, **kwargs):
        self.case = case
        initial = kwargs.setdefault("initial", {})
        initial.setdefault("status", case.consent_status)
        initial.setdefault("scope", case.consent_scope)
        for name in IDENTITY_FIELDS:
            initial.setdefault(name, getattr(case, name))
        super().__init__(*args, **kwargs)

    def clean_postcode(self) -> str:
        raw = self.cleaned_data.get("postcode", "")
        if not raw:
            return ""
        value = places.normalise_postcode(raw)
        if not value:
            raise forms.ValidationError(gettext("Vul een postcode in, zoals 7941 AB."))
        return value

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == ConsentStatus.GIVEN:
            if ConsentScope.HUB not in cleaned.get("scope", []):
                self.add_error("scope", gettext("Met toestemming hoort daar ten minste het bespreken in het "
                                                "knooppunt bij."))
            if not cleaned.get("how"):
                self.add_error("how", gettext("Geef aan hoe de toestemming is gegeven."))
            for name in ("full_name", "date_of_birth"):
                if not cleaned.get(name):
                    self.add_error(name, gettext("Met toestemming is dit nodig, zodat het knooppunt weet om wie "
                                                 "het gaat."))
        return cleaned


# --------------------------------------------------------------------------------------------------------------
# Explore: triage, "already known?", case meeting, support plan, closing
# --------------------------------------------------------------------------------------------------------------

class TriageForm(forms.Form):
    level = forms.ChoiceField(label=_("Hoe kwetsbaar is de situatie?"), choices=TriageLevel.choices,
                              widget=forms.RadioSelect,
                              help_text=_("Zelfredzaam of mogelijk kwetsbaar: reguliere zorg en het zorgpad. "
                                          "Kwetsbaar: prenataal huisbezoek door de JGZ. Zeer kwetsbaar: "
                                          "casusoverleg."))
    reasons = forms.CharField(label=_("Onderbouwing"), widget=forms.Textarea(attrs={"rows": 4}),
                              help_text=_("Waarom deze inschatting? Wat is al bekend, wie is al betrokken?"))


class KnownCheckForm(forms.Form):
    full_name = forms.CharField(label=_("Naam"), max_length=200)
    date_of_birth = forms.DateField(label=_("Geboortedatum"), widget=DateInput)


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(label=_("Opnemen in casus"), queryset=None, empty_label=None,
                                  help_text=_("De signalen en toestemmingen van deze casus gaan naar de gekozen "
                                              "casus; deze casus wordt afgesloten als samengevoegd."))

    def __init__(self, *args, matches, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = matches
        self.fields["into"].label_from_instance = lambda case: f"{case.reference} ({case.get_status_display()})"


class GoalForm(forms.Form):
    domain = forms.ChoiceField(label=_("Leefgebied"), choices=LifeDomain.choices)
    goal = forms.CharField(label=_("Doel, zoals afgesproken met de ouder"), widget=forms.Textarea(attrs={"rows": 3}))


class GoalStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Stand"), choices=GoalStatus.choices)


class CloseForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reden"), choices=[c for c in CloseReason.choices
                                                          if c[0] != CloseReason.MERGED])
    outcome = forms.CharField(label=_("Uitkomst"), widget=forms.Textarea(attrs={"rows": 3}),
                              help_text=_("Wat heeft de steun opgeleverd? Wie blijft betrokken?"))


class MeetingForm(forms.Form):
    date = forms.DateField(label=_("Datum"), widget=DateInput)
    location = forms.CharField(label=_("Plaats of verbinding"), max_length=200, required=False)


class ItemForm(forms.Form):
    notes = forms.CharField(label=_("Besproken"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    decision = forms.CharField(label=_("Besluit"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    coordinator = forms.ModelChoiceField(label=_("Regievoerder"), queryset=None, required=False,
                                         help_text=_("Kies per gezin wie het best past, uit elke "
                                                     "partnerorganisatie."))

    def __init__(self, *args, coordinators, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coordinator"].queryset = coordinators
        self.fields["coordinator"].label_from_instance = lambda user: (
            f"{user} ({', '.join(o.name for o in user.organisations.all())})")


# --------------------------------------------------------------------------------------------------------------
# Referrals and warm handovers
# --------------------------------------------------------------------------------------------------------------

class ReferralForm(forms.Form):
    service = forms.ModelChoiceField(label=_("Aanbod uit de sociale kaart"), queryset=None,
                                     help_text=_("Achter elk aanbod staat de beschikbaarheid die de organisatie "
                                                 "zelf bijhoudt."))
    mode = forms.ChoiceField(label=_("Hoe verwijst u?"), choices=ReferralMode.choices, widget=forms.RadioSelect,
                             initial=ReferralMode.LIVE)
    explicit_consent = forms.BooleanField(label=_("De ouder geeft uitdrukkelijk toestemming voor deze verwijzing"),
                                          required=False)
    note = forms.CharField(label=_("Toelichting voor de ontvanger"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, services, **kwargs):
        super().__init__(*args, **kwargs)
        from apps.cases.referrals import capacity_text

        self.fields["service"].queryset = services
        self.fields["service"].label_from_instance = lambda s: f"{s.name} – {s.organisation} ({capacity_text(s)})"


class ReferralMoveForm(forms.Form):
    """The reason for a move (the target comes with the button's own form)."""

    reason = forms.ChoiceField(label=_("Reden"), required=False, choices=[("", "—"), *ReferralReason.choices])
    reason_text = forms.CharField(label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class HandoverForm(forms.Form):
    from_phase = forms.ChoiceField(label=_("Van"), choices=HandoverPhase.choices)
    to_phase = forms.ChoiceField(label=_("Naar"), choices=HandoverPhase.choices, initial=HandoverPhase.JGZ)
    organisation = forms.ModelChoiceField(label=_("Naar organisatie"), queryset=None,
                                          help_text=_("Een partnerorganisatie van de coalitie."))
    summary = forms.CharField(label=_("Wat draagt u over?"), widget=forms.Textarea(attrs={"rows": 4}),
                              help_text=_("Wat de volgende hulpverlener moet weten, zoals afgesproken met de ouder."))

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("from_phase") and cleaned.get("from_phase") == cleaned.get("to_phase"):
            self.add_error("to_phase", gettext("Kies een andere fase dan waar de overdracht vandaan komt."))
        return cleaned
