# SPDX-License-Identifier: EUPL-1.2
"""Agreement documents: real files only, stored under unguessable names, downloadable by members only."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.agreements.models import Agreement
from apps.core.testing import factories as f

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n"


def post_agreement(client, coalition, upload):
    return client.post(f"/coalities/{coalition.pk}/afspraken/samenwerking/nieuw/", {
        "subject": "Warme overdracht verloskundige – JGZ", "level": "operational", "document": upload})


@pytest.mark.django_db
def test_a_real_pdf_is_stored_under_a_random_name(client_a, coalition_a):
    response = post_agreement(client_a, coalition_a, SimpleUploadedFile("Afspraken Meppel.pdf", PDF))
    assert response.status_code == 302
    agreement = Agreement.objects.get(coalition=coalition_a)
    assert agreement.document.name.startswith("documents/")
    assert "Meppel" not in agreement.document.name and agreement.document.name.endswith(".pdf")


@pytest.mark.django_db
def test_a_file_that_only_pretends_to_be_a_pdf_is_refused(client_a, coalition_a):
    response = post_agreement(client_a, coalition_a, SimpleUploadedFile("afspraak.pdf", b"<html>script</html>"))
    assert response.status_code == 200
    assert "geen echt PDF-" in response.content.decode()
    assert not Agreement.objects.exists()


@pytest.mark.django_db
def test_a_member_downloads_the_document_as_an_attachment(client_a, coalition_a):
    agreement = f.AgreementFactory(coalition=coalition_a, subject="Warme overdracht")
    agreement.document.save("x.pdf", ContentFile(PDF))
    response = client_a.get(f"/coalities/{coalition_a.pk}/afspraken/samenwerking/{agreement.pk}/document/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="warme-overdracht.pdf"'
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.django_db
def test_documents_are_not_reachable_by_their_storage_address(client, coalition_a):
    agreement = f.AgreementFactory(coalition=coalition_a)
    agreement.document.save("x.pdf", ContentFile(PDF))
    assert client.get(f"/media/{agreement.document.name}").status_code == 404


@pytest.mark.django_db
def test_an_outsider_gets_404_for_the_document(client, coalition_b, lead_a):
    agreement = f.AgreementFactory(coalition=coalition_b)
    agreement.document.save("x.pdf", ContentFile(PDF))
    client.force_login(lead_a)
    assert client.get(f"/coalities/{coalition_b.pk}/afspraken/samenwerking/{agreement.pk}/document/").status_code == 404
