# SPDX-License-Identifier: EUPL-1.2
"""The access seam takes a second policy without copying a line of the scoped views, viewsets or forms.

The policy here grants by *relation*, as the case flow's will: a user sees a coalition's partner list when her own
organisation is one of its partners — never by role, and not as a maintainer either.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import serializers
from rest_framework.test import APIRequestFactory, force_authenticate

from apps.coalitions.models import Coalition, Partner
from apps.core.access import AccessPolicy
from apps.core.api import ScopedViewSet
from apps.core.exports import Column
from apps.core.forms import ScopedModelForm
from apps.core.testing import factories as f
from apps.core.views import ScopedCreateView, ScopedDeleteView, ScopedListView, ScopedUpdateView
from apps.meetings.models import Attendance


class PartnerOrganisationPolicy(AccessPolicy):
    model = Coalition
    url_kwarg = "coalition_pk"
    url_prefix = "via-partner/<int:coalition_pk>/"
    scope_field = "coalition"

    def visible(self, user):
        if not user.is_authenticated:
            return Coalition.objects.none()
        return Coalition.objects.filter(partners__organisation__employees=user).distinct()

    def actions(self, user, scope):
        return frozenset({"view"}) if self.visible(user).filter(pk=scope.pk).exists() else frozenset()

    def granting(self, user, action):
        return self.visible(user) if action == "view" else Coalition.objects.none()


POLICY = PartnerOrganisationPolicy()


class PartnerViews:
    policy = POLICY
    model = Partner
    namespace = "seam"
    url_name = "partners"
    fields = ["organisation", "domain", "partner_type"]


class PartnerList(PartnerViews, ScopedListView):
    columns = [Column("organisation", "Organisatie")]


class PartnerCreate(PartnerViews, ScopedCreateView):
    pass


class PartnerUpdate(PartnerViews, ScopedUpdateView):
    pass


class PartnerDelete(PartnerViews, ScopedDeleteView):
    pass


class PartnerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Partner
        fields = ["id", "coalition", "organisation"]


class PartnerViewSet(ScopedViewSet):
    policy = POLICY
    queryset = Partner.objects.all()
    serializer_class = PartnerSerializer


class AttendanceForm(ScopedModelForm):
    policy = POLICY

    class Meta:
        model = Attendance
        fields = ["meeting"]


@pytest.fixture
def world(coalition_a, coalition_b):
    midwives = f.OrganisationFactory(name="Verloskundigenpraktijk De Wieg")
    f.PartnerFactory(coalition=coalition_a, organisation=midwives)
    f.PartnerFactory(coalition=coalition_b)
    nurse = f.UserFactory(username="verloskundige")
    nurse.organisations.add(midwives)
    return nurse


def test_the_policy_resolves_by_relation_and_hides_the_rest(world, coalition_a, coalition_b):
    assert POLICY.resolve(world, coalition_a.pk) == coalition_a
    with pytest.raises(Http404):
        POLICY.resolve(world, coalition_b.pk)
    with pytest.raises(PermissionDenied):
        POLICY.resolve(world, coalition_a.pk, "edit")


def test_a_maintainer_gets_nothing_from_a_policy_that_does_not_grant_it(world, coalition_a):
    maintainer = f.UserFactory(username="beheerder", is_superuser=True, is_staff=True)
    with pytest.raises(Http404):
        POLICY.resolve(maintainer, coalition_a.pk)


@pytest.mark.urls("apps.core.tests.seam_urls")
def test_the_generic_pages_serve_the_second_policy(client, world, coalition_a, coalition_b, lead_b):
    client.force_login(world)
    page = client.get(f"/via-partner/{coalition_a.pk}/partners/")
    assert page.status_code == 200
    assert "Verloskundigenpraktijk De Wieg" in page.content.decode()
    assert client.get(f"/via-partner/{coalition_b.pk}/partners/").status_code == 404
    # Seeing is not editing: the create page needs "edit", which this relation never grants.
    assert client.get(f"/via-partner/{coalition_a.pk}/partners/nieuw/").status_code == 403
    # A project lead of B has a role there, but no relation under this policy.
    client.force_login(lead_b)
    assert client.get(f"/via-partner/{coalition_b.pk}/partners/").status_code == 404


def test_the_generic_viewset_lists_only_what_the_policy_shows(world, coalition_a, coalition_b):
    request = APIRequestFactory().get("/")
    force_authenticate(request, user=world)
    response = PartnerViewSet.as_view({"get": "list"})(request)
    assert response.status_code == 200
    assert {row["coalition"] for row in response.data["results"]} == {coalition_a.pk}


def test_the_generic_viewset_refuses_a_write_the_policy_does_not_grant(world, coalition_a):
    request = APIRequestFactory().post("/", {"coalition": coalition_a.pk,
                                             "organisation": f.OrganisationFactory().pk}, format="json")
    force_authenticate(request, user=world)
    response = PartnerViewSet.as_view({"post": "create"})(request)
    assert response.status_code == 403
    assert Partner.objects.filter(coalition=coalition_a).count() == 1


def test_the_generic_form_limits_choices_to_the_scope(world, coalition_a, coalition_b):
    own = f.MeetingFactory(coalition=coalition_a)
    f.MeetingFactory(coalition=coalition_b)
    form = AttendanceForm(scope=POLICY.resolve(world, coalition_a.pk), user=world)
    assert list(form.fields["meeting"].queryset) == [own]
