# SPDX-License-Identifier: EUPL-1.2
"""`rotate_case_keys`: after it, the old key can go and everything still reads."""

from __future__ import annotations

from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from apps.cases import crypto
from apps.cases.models import Case, Signal


def test_rotation_moves_every_value_to_the_new_key(settings, case_a):
    old = crypto.configured_keys()[0].decode()
    new = Fernet.generate_key().decode()
    settings.CASE_ENCRYPTION_KEYS = [new, old]
    out = StringIO()
    call_command("rotate_case_keys", "--dry-run", stdout=out)
    assert "cases.Case: 4" in out.getvalue()  # name, date of birth, phone, postcode (the e-mail is empty)
    settings.CASE_ENCRYPTION_KEYS = [old]
    assert Case.objects.get(pk=case_a.pk).full_name == "Fatma Yılmaz"  # the dry run changed nothing
    settings.CASE_ENCRYPTION_KEYS = [new, old]
    call_command("rotate_case_keys", stdout=StringIO())
    settings.CASE_ENCRYPTION_KEYS = [new]  # the old key removed
    case = Case.objects.get(pk=case_a.pk)
    assert (case.full_name, case.phone, case.postcode) == ("Fatma Yılmaz", "0612345678", "7941 AB")
    assert Signal.objects.get(case=case).description.startswith("Zorgen over geld")
    settings.CASE_ENCRYPTION_KEYS = [old]
    with pytest.raises(ImproperlyConfigured):
        Case.objects.get(pk=case_a.pk).full_name  # noqa: B018
