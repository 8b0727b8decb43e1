# SPDX-License-Identifier: EUPL-1.2
"""Form base: limits every related choice to the coalition's own objects, uses native date inputs."""

from __future__ import annotations

from django import forms
from django.db import models


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class CoalitionModelForm(forms.ModelForm):
    def __init__(self, *args, coalition=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.coalition = coalition
        self.user = user
        for name, field in self.fields.items():
            model_field = self._meta.model._meta.get_field(name) if name in self._meta_fields() else None
            if isinstance(model_field, models.DateField):
                field.widget = DateInput()
            queryset = getattr(field, "queryset", None)
            if queryset is not None and coalition is not None and any(
                f.name == "coalition" for f in queryset.model._meta.get_fields()
            ):
                field.queryset = queryset.filter(coalition=coalition)

    def _meta_fields(self) -> set[str]:
        return {f.name for f in self._meta.model._meta.get_fields()}

    def _post_clean(self):
        # Model.clean() needs the coalition (e.g. a regional theme); set it before validation runs.
        if self.coalition is not None and hasattr(self.instance, "coalition_id") and not self.instance.coalition_id:
            self.instance.coalition = self.coalition
        super()._post_clean()
