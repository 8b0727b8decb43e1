# SPDX-License-Identifier: EUPL-1.2
"""Audit entries in plain Dutch: field names, choice labels, names instead of ids, Dutch numbers and dates.

django-auditlog stores each change as the raw strings of the database (`status: sown → in_bloom`,
`decided_by: None → 2`, `amount: 12500.50`) and many-to-many changes as a small dict. Nobody reading a
coalition's history knows those; this module turns an entry into lines such as
`Status: gezaaid → in bloei`, `Besloten door: – → Anna de Vries`, `Bedrag (€): € 12.500,50`,
`Diensten: toegevoegd: Kraamzorg Meppel`. Names of related objects are fetched once per model for a whole
batch of entries, so a long history costs a handful of queries, not one per line.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _

EMPTY = "–"
LONG_TEXT = 120  # characters of free text shown per value; the object itself holds the rest
ARROW = " → "


def _is_empty(raw: Any) -> bool:
    return raw is None or raw in ("", "None")


def _model(entry):
    return entry.content_type.model_class() if entry.content_type_id else None


def _field(model, name: str):
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _m2m(change: Any) -> dict | None:
    return change if isinstance(change, dict) and change.get("type") == "m2m" else None


def _pair(change: Any) -> tuple[Any, Any] | None:
    if isinstance(change, (list, tuple)) and len(change) == 2:
        return change[0], change[1]
    return None


def format_number(value: Decimal | float | int, places: int | None = None) -> str:
    """Dutch digits: a decimal comma and thousands grouped with a point (in English: the English way)."""
    return number_format(value, places, force_grouping=True)


def format_money(value: Decimal | int | str) -> str:
    """`€ 12.500,50`: amounts in euros, to the cent."""
    return "€ " + format_number(Decimal(str(value)), 2)


def _format_datetime(raw: str) -> str:
    value = dt.datetime.fromisoformat(str(raw))
    if timezone.is_naive(value):  # auditlog keeps date-times as naive UTC
        value = value.replace(tzinfo=dt.UTC)
    return date_format(timezone.localtime(value), "d-m-Y H:i")


class ChangeDescriber:
    """Describes the entries of one batch; build it over the entries you are about to show."""

    def __init__(self, entries: Iterable[Any]):
        self.names: dict[type, dict[Any, str]] = {}
        wanted: dict[type, set] = defaultdict(set)
        for entry in entries:
            model = _model(entry)
            for name, change in (entry.changes_dict or {}).items():
                field = _field(model, name)
                pair = _pair(change)
                if field is None or pair is None or not (field.many_to_one or field.one_to_one):
                    continue
                for raw in pair:
                    pk = self._pk(field, raw)
                    if pk is not None:
                        wanted[field.related_model].add(pk)
        for related, pks in wanted.items():
            found = related._default_manager.in_bulk(list(pks))
            self.names[related] = {pk: str(obj) for pk, obj in found.items()}

    @staticmethod
    def _pk(field, raw: Any):
        if _is_empty(raw):
            return None
        try:
            return field.related_model._meta.pk.to_python(raw)
        except ValidationError:
            return None

    def value(self, field, raw: Any) -> str:
        """One stored value as a reader should see it."""
        if _is_empty(raw):
            return EMPTY
        try:
            return self._value(field, raw)
        except (ValueError, TypeError, InvalidOperation):
            return Truncator(str(raw)).chars(LONG_TEXT)

    def _value(self, field, raw: Any) -> str:
        if field.many_to_one or field.one_to_one:
            pk = self._pk(field, raw)
            name = self.names.get(field.related_model, {}).get(pk)
            if name is not None:
                return name
            return _("%(thing)s %(id)s (niet meer aanwezig)") % {
                "thing": field.related_model._meta.verbose_name, "id": raw}
        if field.choices:
            labels = {str(key): label for key, label in field.flatchoices}
            return str(labels.get(str(raw), raw))
        if isinstance(field, models.BooleanField):
            return _("ja") if str(raw) in ("True", "true", "1") else _("nee")
        if isinstance(field, models.DecimalField):
            value = Decimal(str(raw))
            return format_money(value) if field.decimal_places == 2 else format_number(value, field.decimal_places)
        if isinstance(field, models.FloatField):
            return format_number(float(raw))
        if isinstance(field, models.DateTimeField):
            return _format_datetime(raw)
        if isinstance(field, models.DateField):
            return date_format(dt.date.fromisoformat(str(raw)[:10]), "d-m-Y")
        if isinstance(field, models.TimeField):
            return date_format(dt.time.fromisoformat(str(raw)), "H:i")
        if isinstance(field, models.JSONField) and isinstance(raw, str):
            raw = json.loads(raw)
        if isinstance(raw, (list, tuple)):
            raw = ", ".join(str(item) for item in raw)
        return Truncator(str(raw)).chars(LONG_TEXT)

    def lines(self, entry) -> list[str]:
        """`Veld: oud → nieuw` per changed field of an update; a creation or deletion needs no diff."""
        from auditlog.models import LogEntry

        if entry.action != LogEntry.Action.UPDATE:
            return []
        model = _model(entry)
        result = []
        for name, change in (entry.changes_dict or {}).items():
            field = _field(model, name)
            label = capfirst(str(field.verbose_name)) if field is not None else name
            m2m = _m2m(change)
            if m2m is not None:
                verb = _("toegevoegd") if m2m.get("operation") == "add" else _("verwijderd")
                result.append(f"{label}: {verb}: {', '.join(str(o) for o in m2m.get('objects', []))}")
                continue
            pair = _pair(change)
            if pair is None:
                result.append(f"{label}: {Truncator(str(change)).chars(LONG_TEXT)}")
            elif field is None:  # a field the model no longer has
                old, new = (EMPTY if _is_empty(raw) else str(raw) for raw in pair)
                result.append(f"{label}: {old}{ARROW}{new}")
            else:
                result.append(f"{label}: {self.value(field, pair[0])}{ARROW}{self.value(field, pair[1])}")
        return result
