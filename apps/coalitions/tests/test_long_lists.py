# SPDX-License-Identifier: EUPL-1.2
"""Long selects: the organisation list puts the coalition's region first, and both lists are marked for the
autocomplete (static/js/combobox.js) while staying plain selects that work without it."""

from __future__ import annotations

from apps.coalitions.forms import CoalitionForm, PartnerForm
from apps.coalitions.models import Partner
from apps.coalitions.places import area_municipality_ids
from apps.core.testing import factories as f


def test_the_area_of_meppel_is_its_ggd_region_and_its_regional_coalition(region, coalition_a):
    codes = set(f.municipality("GM0119").health_region.municipalities.values_list("code", flat=True))
    area = area_municipality_ids(coalition_a)
    from apps.reference.models import Municipality

    area_codes = set(Municipality.objects.filter(pk__in=area).values_list("code", flat=True))
    assert {"GM0119", "GM1701"} <= area_codes  # Meppel, and Westerveld through the regional coalition
    assert codes <= area_codes and "GM0983" not in area_codes  # the GGD region, not Venlo


def test_the_partner_form_lists_the_regions_organisations_first(client, lead_a, coalition_a):
    near = f.OrganisationFactory(name="Welzijn Meppel", municipality=f.municipality("GM0119"))
    far = f.OrganisationFactory(name="Aanbieder Venlo", municipality=f.municipality("GM0983"))
    homeless = f.OrganisationFactory(name="Landelijke stichting")
    form = PartnerForm(coalition=coalition_a)
    _empty, (near_label, near_options), (far_label, far_options) = form.fields["organisation"].widget.choices
    assert (str(near_label), [pk for pk, _name in near_options]) == ("In de regio", [near.pk])
    assert str(far_label) == "Andere organisaties"
    assert [pk for pk, _name in far_options] == [far.pk, homeless.pk]  # by name, as before
    assert form.fields["organisation"].widget.attrs["data-autocomplete"] == "on"

    client.force_login(lead_a)
    page = client.get(f"/coalities/{coalition_a.pk}/partners/nieuw/").content.decode()
    assert page.index('<optgroup label="In de regio">') < page.index("Welzijn Meppel") < page.index(
        '<optgroup label="Andere organisaties">') < page.index("Aanbieder Venlo")
    # An organisation outside the region can still be chosen.
    response = client.post(f"/coalities/{coalition_a.pk}/partners/nieuw/", {
        "organisation": far.pk, "domain": "social", "partner_type": "welfare"})
    assert response.status_code == 302
    assert Partner.objects.filter(coalition=coalition_a, organisation=far).exists()


def test_the_municipality_select_is_marked_for_the_autocomplete(db):
    attrs = CoalitionForm(user=f.UserFactory()).fields["municipality"].widget.attrs
    assert attrs["data-autocomplete"] == "on" and str(attrs["data-many"]) == "{n} keuzes"


def test_every_long_list_is_marked_and_the_attendance_list_puts_the_region_first(client, lead_a, coalition_a):
    """The class, not one form: municipality lists in the professionals' search and the pathway lookup, and the
    organisation list of meeting attendance (all organisations may come), are typed into as well."""
    from apps.directory.pathways.forms import LookupForm
    from apps.directory.search.forms import SearchForm
    from apps.meetings.forms import AttendanceForm

    assert SearchForm().fields["municipality"].widget.attrs["data-autocomplete"] == "on"
    assert LookupForm().fields["municipality"].widget.attrs["data-autocomplete"] == "on"
    near = f.OrganisationFactory(name="Welzijn Meppel", municipality=f.municipality("GM0119"))
    far = f.OrganisationFactory(name="Aanbieder Venlo", municipality=f.municipality("GM0983"))
    field = AttendanceForm(coalition=coalition_a).fields["organisation"]
    _empty, (_near_label, near_options), (_far_label, far_options) = field.widget.choices
    assert [pk for pk, _name in near_options] == [near.pk] and far.pk in [pk for pk, _name in far_options]
    assert field.widget.attrs["data-autocomplete"] == "on"
