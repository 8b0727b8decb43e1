# SPDX-License-Identifier: EUPL-1.2
"""The import pages: only coalition editors, for their municipalities; upload → columns → dry run → import."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.coalitions.models import Membership
from apps.core.testing.factories import CoalitionFactory, UserFactory, municipality
from apps.directory.models import Service
from apps.directory.tests.test_spreadsheet import HEADERS, ROW_1, ROW_2, csv_bytes

pytestmark = pytest.mark.django_db
UPLOAD = "/sociale-kaart/import/"
MAPPING = "/sociale-kaart/import/kolommen/"


@pytest.fixture
def editor(client):
    user = UserFactory()
    Membership.objects.create(user=user, coalition=CoalitionFactory(municipality=municipality("GM0119")),
                              role="project_lead")
    client.force_login(user)
    return user


def _upload(client, rows, name="aanbod.csv"):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, csv_bytes(rows)),
                                "municipality": municipality("GM0119").pk})


def test_anonymous_users_are_sent_to_login_and_non_editors_get_403(client):
    assert client.get(UPLOAD).status_code == 302
    viewer = UserFactory()
    Membership.objects.create(user=viewer, coalition=CoalitionFactory(), role="viewer")
    client.force_login(viewer)
    assert client.get(UPLOAD).status_code == 403
    assert client.get(MAPPING).status_code == 403


def test_editor_chooses_only_her_municipalities(client, editor):
    response = client.get(UPLOAD)
    assert response.status_code == 200
    choices = [label for _value, label in response.context["form"].fields["municipality"].choices]
    assert choices == ["Meppel"]
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("a.csv", b"x"),
                                    "municipality": municipality("GM0983").pk})
    assert "municipality" in response.context["form"].errors


def test_upload_then_dry_run_then_import(client, editor):
    response = _upload(client, [HEADERS, ROW_1, ROW_2])
    assert response.status_code == 302 and response["Location"] == MAPPING
    page = client.get(MAPPING)
    assert page.status_code == 200
    form = page.context["form"]
    assert form["name"].initial == "0" and form["postcode"].initial == "4"  # guessed from the headers
    data = {name: field.initial for name, field in form.fields.items()}
    response = client.post(MAPPING, {**data, "dry_run": "1"})
    assert response.context["result"].ok and "Proefimport: alle rijen zijn goed" in response.content.decode()
    assert not Service.objects.exists()
    response = client.post(MAPPING, {**data, "import": "1"})
    assert response.status_code == 302 and Service.objects.count() == 2
    assert client.get(MAPPING).status_code == 302  # the file is gone from the session


def test_errors_are_listed_per_row_and_column(client, editor):
    bad = list(ROW_1)
    bad[4] = "79A1"
    _upload(client, [HEADERS, ROW_2, bad])
    data = {name: field.initial for name, field in client.get(MAPPING).context["form"].fields.items()}
    response = client.post(MAPPING, {**data, "import": "1"})
    text = response.content.decode()
    assert response.status_code == 200
    assert "Rij 3, kolom ‘Postcode’: ‘79A1’ is geen geldige postcode" in text
    assert not Service.objects.exists()


def test_an_unreadable_file_is_refused_on_the_upload_form(client, editor):
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("a.csv", b"Naam;X\n\x81\x8d;y"),
                                    "municipality": municipality("GM0119").pk})
    assert response.status_code == 200
    assert "UTF-8" in response.context["form"].errors["file"][0]
