# SPDX-License-Identifier: EUPL-1.2
"""The project's routes plus the four routes of a list scoped by a second, test-only policy."""

from __future__ import annotations

from django.urls import include, path

from apps.core.tests.test_plug_a_second_policy import PartnerCreate, PartnerDelete, PartnerList, PartnerUpdate
from apps.core.views import crud_urls
from kansrijk.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    *project_urlpatterns,
    path("", include((crud_urls("partners", "partners", PartnerList, PartnerCreate, PartnerUpdate, PartnerDelete),
                      "seam"), namespace="seam")),
]
