# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse


@pytest.mark.django_db
def test_a_maintainer_can_open_every_admin_list_and_add_form(client, coalition_a, maintainer):
    client.force_login(maintainer)
    for model in admin.site._registry:
        meta = model._meta
        changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert client.get(changelist).status_code == 200, changelist
        add = reverse(f"admin:{meta.app_label}_{meta.model_name}_add")
        assert client.get(add).status_code in (200, 403), add


@pytest.mark.django_db
def test_a_coalition_member_without_staff_status_cannot_open_the_admin(client_a):
    response = client_a.get("/beheer/")
    assert response.status_code == 302
    assert "/beheer/login/" in response["Location"]
