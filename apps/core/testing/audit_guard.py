# SPDX-License-Identifier: EUPL-1.2
"""Test-suite guard: a write that would change an audited field without the audit trail fails the test.

django-auditlog records changes through model signals, which `QuerySet.update`, `bulk_update` and `bulk_create`
do not send. While the guard is on (root conftest.py, every test), such a call on an audited model raises, unless
it touches only fields the model's registration excludes from the trail (derived text, timestamps). So "every
write to an audited model goes through the audit trail" is checked by the whole suite, not by review.

Two callers are let through, by where the call comes from: test code arranging its data (tests/, testing/), and
Django's delete collector setting `on_delete=SET_NULL` references (the delete itself is in the trail).
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from django.db.models import QuerySet


class SilentAuditedWrite(AssertionError):
    pass


def _unaudited(model) -> set[str] | None:
    """The fields a write may change silently; None when the model is not audited at all."""
    from auditlog.registry import auditlog

    if not auditlog.contains(model):
        return None
    options = auditlog.get_model_fields(model)
    if options["include_fields"]:
        return {f.name for f in model._meta.fields} - set(options["include_fields"])
    return set(options["exclude_fields"])


_DJANGO = str(Path(__import__("django").__file__).parent)
_THIS = __file__


def _exempt_caller() -> bool:
    """Is the write Django's delete collector, or test code arranging its data?"""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.endswith("django/db/models/deletion.py"):
            return True
        if name != _THIS and not name.startswith(_DJANGO):
            return "/tests/" in name or "/testing/" in name or Path(name).name.startswith("test_")
        frame = frame.f_back
    return False


def check(model, fields, how: str) -> None:
    free = _unaudited(model)
    if free is None:
        return
    audited = set(fields) - free
    if audited and not _exempt_caller():
        raise SilentAuditedWrite(
            f"{how} on {model.__name__} changes audited fields {sorted(audited)} without an audit record; "
            "save() each object (or move it through its status table) instead.")


@contextmanager
def guarded():
    """Patch the bulk write paths of QuerySet for the duration."""
    original_update, original_bulk_update, original_bulk_create = (
        QuerySet.update, QuerySet.bulk_update, QuerySet.bulk_create)

    def update(self, **kwargs):
        check(self.model, kwargs, "QuerySet.update")
        return original_update(self, **kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        check(self.model, fields, "QuerySet.bulk_update")
        return original_bulk_update(self, objs, fields, *args, **kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        check(self.model, [f.name for f in self.model._meta.concrete_fields], "QuerySet.bulk_create")
        return original_bulk_create(self, objs, *args, **kwargs)

    QuerySet.update, QuerySet.bulk_update, QuerySet.bulk_create = update, bulk_update, bulk_create
    try:
        yield
    finally:
        QuerySet.update, QuerySet.bulk_update, QuerySet.bulk_create = (
            original_update, original_bulk_update, original_bulk_create)
