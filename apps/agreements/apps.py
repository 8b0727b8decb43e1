# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class AgreementsConfig(AppConfig):
    name = "apps.agreements"

    def ready(self) -> None:
        from apps.agreements.models import Agreement, Covenant, Signatory
        from apps.core.audit import register

        register(Covenant, Signatory)
        register(Agreement, m2m_fields={"parties"})
