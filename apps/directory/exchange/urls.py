# SPDX-License-Identifier: EUPL-1.2
"""HSDS 3.0 API (hsds/…) and the spreadsheet import (sociale-kaart/import/…)."""

from django.urls import path

from apps.directory.exchange import views
from apps.directory.exchange.hsds import api

urlpatterns: list = [
    path("hsds/", api.ApiInfoView.as_view(), name="hsds_root"),
    path("hsds/services", api.ServiceListView.as_view(), name="hsds_services"),
    path("hsds/services/<str:id>", api.ServiceDetailView.as_view(), name="hsds_service"),
    path("hsds/service_at_locations", api.ServiceAtLocationListView.as_view(), name="hsds_service_at_locations"),
    path("hsds/organizations", api.OrganizationListView.as_view(), name="hsds_organizations"),
    path("hsds/organizations/<str:id>", api.OrganizationDetailView.as_view(), name="hsds_organization"),
    path("hsds/service_at_locations/<str:id>", api.ServiceAtLocationDetailView.as_view(),
         name="hsds_service_at_location"),
    path("hsds/taxonomies", api.TaxonomyListView.as_view(), name="hsds_taxonomies"),
    path("hsds/taxonomies/<str:id>", api.TaxonomyDetailView.as_view(), name="hsds_taxonomy"),
    path("hsds/taxonomy_terms", api.TaxonomyTermListView.as_view(), name="hsds_taxonomy_terms"),
    path("hsds/taxonomy_terms/<str:id>", api.TaxonomyTermDetailView.as_view(), name="hsds_taxonomy_term"),
    path("hsds/<path:rest>", api.NotFoundView.as_view(), name="hsds_not_found"),  # last: a JSON 404
    path("sociale-kaart/import/", views.upload, name="import_upload"),
    path("sociale-kaart/import/kolommen/", views.mapping, name="import_mapping"),
]
