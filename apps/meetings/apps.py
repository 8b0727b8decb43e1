# SPDX-License-Identifier: EUPL-1.2
from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "apps.meetings"

    def ready(self) -> None:
        from apps.core.audit import register
        from apps.meetings.models import Attendance, Meeting, Output

        register(Meeting, Attendance, Output)
