# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "apps.assessments"

    def ready(self) -> None:
        from apps.assessments.models import AssessmentItem, SelfAssessment
        from apps.core.audit import register

        register(SelfAssessment, AssessmentItem)
