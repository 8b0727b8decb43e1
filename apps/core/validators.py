# SPDX-License-Identifier: EUPL-1.2
"""Django's limit validators, with the numbers in their messages written the Dutch way ("minstens 0,01").

Django formats a message's numbers with `str()`, so a Decimal limit reads "minstens 0.01" in a Dutch sentence.
These subclasses hand the message numbers formatted for the active language. They deconstruct to Django's own
path: a model field keeps the same migration state, and nothing but the message changes.
"""

from __future__ import annotations

from decimal import Decimal

from django.core import validators
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format


def localized(value):
    """Numbers for a sentence in the active language: 0,01 and 12.500 in Dutch; anything else unchanged."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return value
    return number_format(value, force_grouping=abs(value) >= 10_000)


class _LocalizedLimit:
    def __call__(self, value):
        cleaned = self.clean(value)
        limit = self.limit_value() if callable(self.limit_value) else self.limit_value
        if self.compare(cleaned, limit):
            raise ValidationError(self.message, code=self.code, params={
                "limit_value": localized(limit), "show_value": localized(cleaned), "value": value})


@deconstructible(path="django.core.validators.MinValueValidator")
class MinValueValidator(_LocalizedLimit, validators.MinValueValidator):
    pass


@deconstructible(path="django.core.validators.MaxValueValidator")
class MaxValueValidator(_LocalizedLimit, validators.MaxValueValidator):
    pass
