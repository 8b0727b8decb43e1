# SPDX-License-Identifier: EUPL-1.2
from django.urls import path

from apps.accounts import views

app_name = "accounts"
urlpatterns = [
    path("account/tweestapsverificatie/", views.TwoFactorView.as_view(), name="two-factor"),
]
