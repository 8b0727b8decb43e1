# SPDX-License-Identifier: EUPL-1.2
"""Key rotation: every stored token re-encrypted under the newest key, without ever holding clear text in a query.

Works on the raw column values (Fernet tokens), row by row in primary-key order, so it needs no more memory than one
batch and touches no other field (no `save()`, no change history: the clear values do not change).
"""

from __future__ import annotations

from django.apps import apps
from django.db import connection

from apps.cases import crypto
from apps.cases.fields import EncryptedDateField, EncryptedTextField

BATCH = 500


def encrypted_columns() -> list[tuple[type, list[str]]]:
    found = []
    for model in apps.get_app_config("cases").get_models():
        columns = [f.column for f in model._meta.fields if isinstance(f, (EncryptedTextField, EncryptedDateField))]
        if columns:
            found.append((model, columns))
    return found


def rotate_all(write: bool = True) -> dict[str, int]:
    counts: dict[str, int] = {}
    quote = connection.ops.quote_name
    for model, columns in encrypted_columns():
        table, done, last = quote(model._meta.db_table), 0, 0
        select = f"SELECT id, {', '.join(quote(c) for c in columns)} FROM {table} WHERE id > %s ORDER BY id"  # noqa: S608
        while True:
            with connection.cursor() as cursor:
                cursor.execute(f"{select} LIMIT {BATCH}", [last])
                rows = cursor.fetchall()
            if not rows:
                break
            for pk, *values in rows:
                last = pk
                changes = {c: crypto.rotate(v) for c, v in zip(columns, values, strict=True) if v}
                if not changes:
                    continue
                done += len(changes)
                if write:
                    sets = ", ".join(f"{quote(c)} = %s" for c in changes)
                    with connection.cursor() as cursor:
                        cursor.execute(f"UPDATE {table} SET {sets} WHERE id = %s", [*changes.values(), pk])  # noqa: S608
        counts[model._meta.label] = done
    return counts
