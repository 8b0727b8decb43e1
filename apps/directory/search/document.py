# SPDX-License-Identifier: EUPL-1.2
"""The text a service is found by: its names, description, organisation, intervention, situations and phases, and
the everyday words for those situations and phases (apps/directory/search/synonyms.py).

Kept in `Service.search_document` so that search needs no joins. A post_save signal keeps it current for every
single save (forms, admin, imports); bulk writes call `refresh_documents` themselves.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import translation

from apps.directory.choices import VulnerabilityFactor
from apps.directory.models import Service
from apps.directory.search.ranking import SECTION_BREAK
from apps.directory.search.synonyms import taxonomy_terms

_SITUATIONS = dict(VulnerabilityFactor.choices)


def build_document(service: Service) -> str:
    # The labels go in Dutch whatever language the saving user has chosen: the search reads Dutch.
    with translation.override("nl"):
        return _build_document(service)


def _build_document(service) -> str:
    """Two parts, weighed differently by the ranking (search/ranking.py): the description part, then, after
    SECTION_BREAK, the taxonomy part. Works on historical models too (migration 0004 rebuilds every document)."""
    described = [service.name, service.alternate_name, service.organisation.name, service.description,
                 service.eligibility]
    taxonomy = [service.intervention.name] if service.intervention_id else []
    taxonomy += [str(_SITUATIONS.get(code, "")) for code in service.situations or []]
    # The everyday words for those situations ("somber" for postnatal depression) and the words of the phases
    # (in place of the phases' labels): synonyms.py
    taxonomy += taxonomy_terms(service.situations, service.phases)
    return "\n".join(part for part in described if part) + SECTION_BREAK + "\n".join(part for part in taxonomy if part)


def refresh_documents(services: QuerySet[Service]) -> int:
    """Rebuild the document of every service in `services`; returns how many changed."""
    changed = []
    for service in services.select_related("organisation", "intervention"):
        document = build_document(service)
        if document != service.search_document:
            service.search_document = document
            changed.append(service)
    Service.objects.bulk_update(changed, ["search_document"], batch_size=1000)
    return len(changed)


@receiver(post_save, sender=Service, dispatch_uid="directory_search_document")
def _refresh_on_save(sender, instance: Service, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    document = build_document(instance)
    if document != instance.search_document:
        # update(), not save(): no second signal, and updated_at keeps the time of the real change.
        Service.objects.filter(pk=instance.pk).update(search_document=document)
        instance.search_document = document


@receiver(post_save, sender="organisations.Organisation", dispatch_uid="directory_search_document_organisation")
def _refresh_on_organisation_save(sender, instance, raw: bool = False, **kwargs) -> None:
    """A renamed organisation is found under its new name."""
    if not raw:
        refresh_documents(Service.objects.filter(organisation=instance))
