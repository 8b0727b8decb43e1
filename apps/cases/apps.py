# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig
from django.core import checks


class CasesConfig(AppConfig):
    name = "apps.cases"

    def ready(self) -> None:
        from apps.cases.models import (
            Case,
            CaseMeeting,
            ConsentRecord,
            Handover,
            Hub,
            HubMember,
            MeetingItem,
            Referral,
            Signal,
            SupportGoal,
            Triage,
        )
        from apps.core.audit import register

        # The change history keeps only what is not case content: identifiers, free text, dates and situations
        # stay out of django-auditlog's entries (which the admin shows), the access trail says who did what.
        register(Hub, HubMember)
        register(Case, include_fields=["status", "consent_status", "care_coordinator", "hub", "closed_at",
                                       "close_reason", "triage_level", "merged_into", "anonymised_at"])
        register(Triage, include_fields=["case", "level", "decided_by"])
        register(CaseMeeting, include_fields=["hub", "date"])
        register(MeetingItem, include_fields=["meeting", "case", "care_coordinator", "decided_at"])
        register(SupportGoal, include_fields=["case", "domain", "status"])
        register(Referral, include_fields=["case", "service", "to_organisation", "mode", "status", "reason",
                                           "respond_by"])
        register(Handover, include_fields=["case", "from_phase", "to_phase", "to_organisation", "acknowledged_by",
                                           "acknowledged_at"])
        register(Signal, include_fields=["case", "source", "signalled_by", "organisation"])
        register(ConsentRecord, include_fields=["case", "status", "how", "recorded_by"])
        checks.register(keys_configured, checks.Tags.security)

        from apps.cases.gaps import capacity_refusals
        from apps.directory.pathways.clientroute import GAP_SIGNALS

        if capacity_refusals not in GAP_SIGNALS:
            GAP_SIGNALS.append(capacity_refusals)


def keys_configured(app_configs=None, **kwargs):
    """Case data cannot be stored without keys from the environment (dev keys only for local use)."""
    from django.core.exceptions import ImproperlyConfigured

    from apps.cases import crypto

    errors = []
    for name, probe in (("CASE_ENCRYPTION_KEYS", crypto.fernet), ("CASE_BLIND_INDEX_KEY", crypto.index_key)):
        try:
            probe()
        except ImproperlyConfigured as exc:
            errors.append(checks.Error(str(exc), hint="docs/operations-cases.md", id=f"cases.E00{len(errors) + 1}",
                                       obj=name))
    return errors
