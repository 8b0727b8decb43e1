# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from apps.coalitions.choices import Scope
from apps.coalitions.models import Coalition, Membership, Partner, Theme
from apps.coalitions.places import area_municipality_ids
from apps.coalitions.scoped import CoalitionModelForm
from apps.core.forms import DateInput
from apps.core.widgets import autocomplete
from apps.organisations.models import Organisation
from apps.reference.models import Municipality


def attachable_regions(user, current_id: int | None = None):
    """Regional coalitions a local coalition may be attached to: those the user manages (a viewer of a region
    must not add coalitions to its roll-up), plus the one it already belongs to."""
    from django.db.models import Q

    from apps.coalitions.access import Cap, editable_coalitions

    managed = editable_coalitions(user, Cap.MANAGE).filter(scope=Scope.REGIONAL).values("pk")
    return Coalition.objects.filter(Q(pk__in=managed) | Q(pk=current_id), scope=Scope.REGIONAL)


def similar_coalitions(scope: str, municipality, municipalities) -> list[Coalition]:
    """Coalitions of the same scope for the same municipality (local) or the same set of municipalities (regional)."""
    if scope == Scope.LOCAL:
        return list(Coalition.objects.filter(scope=Scope.LOCAL, municipality=municipality)) if municipality else []
    chosen = {m.pk for m in municipalities or []}
    if not chosen:
        return []
    candidates = (Coalition.objects.filter(scope=Scope.REGIONAL, municipalities__in=chosen).distinct()
                  .prefetch_related("municipalities"))
    return [c for c in candidates if {m.pk for m in c.municipalities.all()} == chosen]


class CoalitionForm(forms.ModelForm):
    # Only on the create form (see __init__): a one-time token against double submits, and the confirmation asked
    # for when the municipality (or the region's set of municipalities) already has a coalition of that scope.
    form_token = forms.UUIDField(widget=forms.HiddenInput, required=False)
    confirm_duplicate = forms.BooleanField(
        label=_("Ik weet het; maak toch een nieuwe coalitie aan"), required=False, widget=forms.HiddenInput)

    already_created: Coalition | None = None  # this form (its token) was sent before and created it

    class Meta:
        model = Coalition
        fields = ["name", "scope", "municipality", "municipalities", "region", "status", "in_talks_since",
                  "preparing_since", "formed_on", "monitoring_participation", "description"]
        widgets = {"in_talks_since": DateInput(), "preparing_since": DateInput(), "formed_on": DateInput(),
                   "municipalities": forms.SelectMultiple(attrs={"size": 8})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        active = Municipality.objects.filter(active=True)
        self.fields["municipality"].queryset = active
        autocomplete(self.fields["municipality"].widget)
        self.fields["municipalities"].queryset = active
        self.fields["municipality"].error_messages["invalid_choice"] = _(
            "Deze gemeente bestaat niet (meer); kies een gemeente uit de lijst."
        )
        self.fields["region"].queryset = attachable_regions(user, self.instance.region_id)
        if self.instance.pk:
            del self.fields["form_token"], self.fields["confirm_duplicate"]
        else:
            self.fields["form_token"].initial = uuid.uuid4

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("scope") == Scope.REGIONAL:
            if len(cleaned.get("municipalities") or []) < 2:
                self.add_error("municipalities", _("Kies ten minste twee gemeenten voor een regionale coalitie."))
            cleaned["municipality"] = None
            self.instance.municipality = None
        else:
            cleaned["municipalities"] = []
        if not self.instance.pk and not self.errors:
            token = cleaned.get("form_token")
            self.already_created = Coalition.objects.filter(creation_token=token).first() if token else None
            if self.already_created is None:
                self._ask_about_duplicates(cleaned)
        return cleaned

    def _ask_about_duplicates(self, cleaned) -> None:
        similar = similar_coalitions(cleaned.get("scope"), cleaned.get("municipality"), cleaned.get("municipalities"))
        if not similar or cleaned.get("confirm_duplicate"):
            return
        self.fields["confirm_duplicate"].widget = forms.CheckboxInput()  # shown from now on, to be ticked
        self.add_error("confirm_duplicate", _(
            "Er bestaat al een coalitie voor deze gemeente(n): %(names)s. Vraag de projectleider daarvan om u toe te "
            "voegen, of vink aan dat u toch een nieuwe coalitie wilt aanmaken.") % {
                "names": ", ".join(sorted(c.name for c in similar))})


def region_first(field: forms.ModelChoiceField, coalition: Coalition) -> None:
    """The organisations of the coalition's region first, in their own option group; then all others."""
    area = area_municipality_ids(coalition)
    near, far = [], []
    for pk, name, municipality_id in field.queryset.values_list("pk", "name", "municipality_id"):
        (near if municipality_id in area else far).append((pk, name))
    groups = [(label, options) for label, options in ((_("In de regio"), near), (_("Andere organisaties"), far))
              if options]
    field.widget.choices = [("", field.empty_label or ""), *groups]


class PartnerForm(CoalitionModelForm):
    new_organisation = forms.CharField(
        label=_("of: nieuwe organisatie"), max_length=200, required=False,
        help_text=_("Staat de organisatie nog niet in de lijst? Vul hier de naam in."),
    )
    pending_organisation = ""  # a new organisation's name, created only when the partner is saved

    class Meta:
        model = Partner
        fields = ["organisation", "new_organisation", "domain", "partner_type", "contact_name", "contact_email",
                  "contact_phone", "joined_on", "covenant_signed"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].required = False
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")
        if self.coalition is not None:
            region_first(self.fields["organisation"], self.coalition)
        autocomplete(self.fields["organisation"].widget)

    def clean(self):
        cleaned = super().clean()
        name = (cleaned.get("new_organisation") or "").strip()
        if not cleaned.get("organisation") and not name:
            self.add_error("organisation", _("Kies een organisatie of vul de naam van een nieuwe in."))
        elif cleaned.get("organisation") and name:
            self.add_error("new_organisation", _("Kies een bestaande organisatie óf vul een nieuwe in, niet allebei."))
        elif name:
            organisation = Organisation.objects.filter(name=name, municipality=self._municipality()).first()
            if organisation is None:
                # Created in save(): a refused form must leave no stray organisation in the shared register.
                self.pending_organisation = name
            else:
                cleaned["organisation"] = organisation
                self.instance.organisation = organisation
        organisation = cleaned.get("organisation")
        if organisation and self.coalition and Partner.objects.filter(
            coalition=self.coalition, organisation=organisation
        ).exclude(pk=self.instance.pk).exists():
            self.add_error("organisation", _("Deze organisatie is al partner van de coalitie."))
        return cleaned

    def _municipality(self):
        return self.coalition.municipality if self.coalition else None

    def save(self, commit=True):
        if self.pending_organisation:
            self.instance.organisation, _created = Organisation.objects.get_or_create(
                name=self.pending_organisation, municipality=self._municipality()
            )
        return super().save(commit)


class MembershipForm(CoalitionModelForm):
    email = forms.EmailField(label=_("e-mailadres van de gebruiker"))

    class Meta:
        model = Membership
        fields = ["email", "role", "since"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["email"].initial = self.instance.user.email

    def clean_email(self):
        email = self.cleaned_data["email"]
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("Er is geen actieve gebruiker met dit e-mailadres. "
                                          "Vraag de beheerder een account aan te maken."))
        self.instance.user = user
        return email

    def clean(self):
        cleaned = super().clean()
        if self.instance.user_id and cleaned.get("role") and Membership.objects.filter(
            coalition=self.coalition, user_id=self.instance.user_id, role=cleaned["role"]
        ).exclude(pk=self.instance.pk).exists():
            self.add_error("role", _("Deze gebruiker heeft deze rol al."))
        return cleaned


class ThemeForm(CoalitionModelForm):
    class Meta:
        model = Theme
        fields = ["name", "order"]
