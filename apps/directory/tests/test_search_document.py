# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import pytest

from apps.directory.models import Service
from apps.directory.search.document import refresh_documents
from apps.directory.testing.factories import InterventionFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_saving_a_service_writes_its_search_document_with_organisation_intervention_and_situations():
    service = ServiceFactory(name="Geldloket", organisation__name="Stichting Schuldhulp Meppel",
                             intervention=InterventionFactory(name="VoorZorg"), situations=["poverty_debts"])
    document = Service.objects.get(pk=service.pk).search_document
    assert "Geldloket" in document
    assert "Stichting Schuldhulp Meppel" in document
    assert "VoorZorg" in document
    assert "armoede en schulden" in document


def test_renaming_the_organisation_refreshes_the_documents_of_its_services():
    service = ServiceFactory(organisation__name="Welzijn Oud")
    organisation = service.organisation
    organisation.name = "Welzijn Nieuw"
    organisation.save()
    assert "Welzijn Nieuw" in Service.objects.get(pk=service.pk).search_document


def test_refresh_documents_repairs_rows_written_in_bulk():
    service = ServiceFactory(name="Taalcafé")
    Service.objects.filter(pk=service.pk).update(search_document="")
    assert refresh_documents(Service.objects.all()) == 1
    assert "Taalcafé" in Service.objects.get(pk=service.pk).search_document
    assert service.municipalities.get().code == "GM0119"


def test_the_document_is_dutch_even_when_the_user_works_in_english():
    from django.utils import translation

    with translation.override("en"):
        service = ServiceFactory(situations=["poverty_debts"])
    document = Service.objects.get(pk=service.pk).search_document
    assert "armoede en schulden" in document
    assert "poverty and debts" not in document
