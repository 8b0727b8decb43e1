# SPDX-License-Identifier: EUPL-1.2
"""Idempotent demo writes: every demo object is found by a natural key and updated in place."""

from __future__ import annotations

from typing import Any

from django.db import models


def upsert(model: type[models.Model], keys: dict[str, Any], values: dict[str, Any] | None = None) -> Any:
    """Find the object by its natural key (or make it), set `values`, validate and save only when something changed."""
    obj = model.objects.filter(**keys).order_by("pk").first()
    changed = obj is None
    if obj is None:
        obj = model(**keys)
    for name, value in (values or {}).items():
        field = model._meta.get_field(name)
        if field.many_to_one:
            current, new = getattr(obj, field.attname), (value.pk if value is not None else None)
        else:
            current, new = getattr(obj, name), value
        if current != new:
            setattr(obj, name, value)
            changed = True
    if changed:
        # Field and model rules (Model.clean) are checked; related objects were just loaded and the natural key
        # lookup above already keeps the object unique, so those (query-heavy) checks are skipped.
        related = [f.name for f in model._meta.concrete_fields if f.many_to_one]
        obj.full_clean(exclude=related, validate_unique=False, validate_constraints=False)
        obj.save()
    return obj
