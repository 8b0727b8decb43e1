# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "apps.actions"

    def ready(self) -> None:
        from apps.actions.models import Action, ProgressNote, ReviewItem, WorkingGroup, YearlyReview
        from apps.core.audit import register

        register(WorkingGroup, Action, ProgressNote, YearlyReview, ReviewItem)
