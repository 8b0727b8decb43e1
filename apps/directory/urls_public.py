# SPDX-License-Identifier: EUPL-1.2
from django.urls import path  # noqa: F401

urlpatterns: list = []
