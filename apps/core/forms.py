# SPDX-License-Identifier: EUPL-1.2
"""Form base: limits every related choice to the scope's own objects (through an access policy); native date inputs."""

from __future__ import annotations

from django import forms
from django.db import models

from apps.core.access import AccessPolicy


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class ScopedModelForm(forms.ModelForm):
    """A model form inside one scope: every related choice that belongs to a scope is limited to this one."""

    policy: AccessPolicy

    def __init__(self, *args, scope=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.user = user
        field_name = self.policy.scope_field
        for name, field in self.fields.items():
            model_field = self._meta.model._meta.get_field(name) if name in self._meta_fields() else None
            if isinstance(model_field, models.DateField):
                field.widget = DateInput()
            queryset = getattr(field, "queryset", None)
            if queryset is not None and scope is not None and any(
                f.name == field_name for f in queryset.model._meta.get_fields()
            ):
                field.queryset = queryset.filter(**{field_name: scope})

    def _meta_fields(self) -> set[str]:
        return {f.name for f in self._meta.model._meta.get_fields()}

    def _post_clean(self):
        # Model.clean() may need the scope (e.g. a regional theme); set it before validation runs.
        id_field = f"{self.policy.scope_field}_id"
        if self.scope is not None and hasattr(self.instance, id_field) and not getattr(self.instance, id_field):
            setattr(self.instance, self.policy.scope_field, self.scope)
        super()._post_clean()
