# SPDX-License-Identifier: EUPL-1.2
"""Identifiers and free text are encrypted at rest, with keys from settings; old keys still decrypt."""

from __future__ import annotations

import datetime

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from apps.cases import crypto
from apps.cases import testing as t
from apps.cases.apps import keys_configured
from apps.cases.models import Case


def raw(sql, *params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def test_identifiers_and_free_text_are_not_in_the_database_in_clear(case_a):
    name, born, phone = raw("SELECT full_name, date_of_birth, phone FROM cases_case WHERE id = %s", case_a.pk)
    (text,) = raw("SELECT description FROM cases_signal WHERE case_id = %s", case_a.pk)
    for stored, clear in ((name, "Fatma"), (born, "1998-03-14"), (phone, "0612345678"), (text, "Zorgen")):
        assert clear not in stored
        # A Fernet token: decrypting it independently with the configured key gives the clear value back.
        assert clear in Fernet(crypto.configured_keys()[0]).decrypt(stored.encode()).decode()


def test_a_new_key_in_front_still_reads_old_rows(settings, case_a):
    old = crypto.configured_keys()[0].decode()
    new = Fernet.generate_key().decode()
    settings.CASE_ENCRYPTION_KEYS = [new, old]
    case = Case.objects.get(pk=case_a.pk)
    assert case.full_name == "Fatma Yılmaz"
    case.save()  # written again: now under the new key
    (stored,) = raw("SELECT full_name FROM cases_case WHERE id = %s", case.pk)
    assert Fernet(new.encode()).decrypt(stored.encode()).decode() == "Fatma Yılmaz"
    settings.CASE_ENCRYPTION_KEYS = [old]
    with pytest.raises(ImproperlyConfigured):
        Case.objects.get(pk=case.pk)


def test_production_without_keys_fails_the_system_check(settings):
    settings.CASE_DEV_KEYS = False
    settings.CASE_ENCRYPTION_KEYS = []
    settings.CASE_BLIND_INDEX_KEY = ""
    assert {e.id for e in keys_configured()} == {"cases.E001", "cases.E002"}
    settings.CASE_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    settings.CASE_BLIND_INDEX_KEY = "x" * 40
    assert keys_configured() == []


def test_the_blind_index_depends_on_its_key(settings, hub_a, midwife):
    from apps.cases import identity

    born = datetime.date(1998, 3, 14)
    first = identity.keys("Fatma Yılmaz", born)
    settings.CASE_BLIND_INDEX_KEY = "another-secret-key-of-at-least-32-characters"
    assert identity.keys("Fatma Yılmaz", born).isdisjoint(first)
    t.signal(midwife, hub_a)  # and saving works with it
