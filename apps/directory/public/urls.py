# SPDX-License-Identifier: EUPL-1.2
"""Parents, no login: search and service pages in plain Dutch."""

from django.urls import path

from apps.directory.public import views

urlpatterns = [
    path("hulp/", views.public_search, name="public_search"),
    path("hulp/aanbod/<uuid:uuid>/", views.public_service, name="public_service"),
]
