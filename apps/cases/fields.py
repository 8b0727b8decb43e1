# SPDX-License-Identifier: EUPL-1.2
"""Model fields whose values are encrypted in the database (apps/cases/crypto.py) and plain in Python.

An empty value is stored as an empty string, unencrypted: "nothing recorded" is not a secret, and it lets the
anonymous cases (no consent, no name) be checked with a plain query. Encrypted columns cannot be filtered or
sorted on; lookups go through the blind index instead.
"""

from __future__ import annotations

import datetime

from django.db import models

from apps.cases import crypto


class EncryptedTextField(models.TextField):
    def from_db_value(self, value, expression, connection):
        if not value:
            return ""
        return crypto.decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return ""
        return crypto.encrypt(value)


class EncryptedDateField(models.TextField):
    """A date (of birth), kept encrypted as ISO text; `None` when unknown or not allowed to be kept."""

    def from_db_value(self, value, expression, connection):
        if not value:
            return None
        return datetime.date.fromisoformat(crypto.decrypt(value))

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, datetime.date):
            return value
        return datetime.date.fromisoformat(str(value))

    def get_prep_value(self, value):
        value = self.to_python(value)
        if value is None:
            return ""
        return crypto.encrypt(value.isoformat())

    def formfield(self, **kwargs):
        from django import forms

        return forms.DateField(required=not self.blank, label=self.verbose_name, help_text=self.help_text, **kwargs)
