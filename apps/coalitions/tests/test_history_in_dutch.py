# SPDX-License-Identifier: EUPL-1.2
"""The change history reads as Dutch: field and status names, people's names, Dutch numbers and dates."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.utils import translation

from apps.core.testing import factories as f


def history(client, coalition, fmt: str = "") -> str:
    response = client.get(f"/coalities/{coalition.pk}/wijzigingen/" + (f"?format={fmt}" if fmt else ""))
    assert response.status_code == 200
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        return "\n".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)
    return response.content.decode("utf-8-sig")


@pytest.fixture
def changes(coalition_a, lead_a):
    """A status moved, a decision by a person, an amount and a date changed, parties added and removed."""
    action = f.ActionFactory(coalition=coalition_a, title="Voorlichting", due_date=dt.date(2026, 3, 1))
    action.status = "in_bloom"
    action.due_date = dt.date(2026, 9, 30)
    action.save()
    decider = f.UserFactory(first_name="Anna", last_name="de Vries")
    request = f.CostRequestFactory(coalition=coalition_a, title="Drukwerk", amount=Decimal("500.00"))
    request.status, request.decided_by, request.amount = "approved", decider, Decimal("12500.50")
    request.save()
    agreement = f.AgreementFactory(coalition=coalition_a)
    kraamzorg = f.OrganisationFactory(name="Kraamzorg De Linde")
    jgz = f.OrganisationFactory(name="JGZ Drenthe")
    agreement.parties.add(kraamzorg, jgz)
    agreement.parties.remove(jgz)
    return decider


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["", "csv", "xlsx"])
def test_history_names_fields_statuses_people_and_amounts_in_dutch(client_a, coalition_a, changes, fmt):
    text = history(client_a, coalition_a, fmt)

    assert "Status: gezaaid → in bloei" in text
    assert "Streefdatum: 01-03-2026 → 30-09-2026" in text
    assert "Status: ingediend → toegekend" in text
    assert "Besloten door: – → Anna de Vries" in text
    assert "Bedrag (€): € 500,00 → € 12.500,50" in text
    assert "Partijen: toegevoegd: " in text and "Kraamzorg De Linde" in text
    assert "Partijen: verwijderd: JGZ Drenthe" in text
    assert "Drukwerk (€ 12.500,50)" in text  # the object's own name, as it was written down


@pytest.mark.django_db
def test_history_never_shows_internal_names_or_raw_values(client_a, coalition_a, changes):
    text = history(client_a, coalition_a)

    for internal in ("in_bloom", "sown", "decided_by", "approved", "'type'", "m2m", "None", "12500.50", "2026-09-30"):
        assert internal not in text, internal
    assert not re.search(rf"Besloten door: [^<;]*\b{changes.pk}\b", text)


@pytest.mark.django_db
def test_history_in_english_uses_english_number_format(client_a, coalition_a, changes):
    with translation.override("en"):
        from apps.coalitions.history import entries_for, with_changes

        lines = [line for entry in with_changes(entries_for(coalition_a)) for line in entry.change_lines]
    assert any("€ 12,500.50" in line for line in lines)


@pytest.mark.django_db
def test_a_person_who_left_is_named_as_gone_not_as_a_bare_id(client_a, coalition_a, changes):
    pk = changes.pk
    changes.delete()
    text = history(client_a, coalition_a)
    assert f"gebruiker {pk} (niet meer aanwezig)" in text


@pytest.mark.django_db
def test_history_fetches_names_in_a_fixed_number_of_queries(client_a, coalition_a, lead_a,
                                                              django_assert_max_num_queries):
    for n in range(15):
        request = f.CostRequestFactory(coalition=coalition_a, title=f"Aanvraag {n}")
        request.decided_by = f.UserFactory()
        request.save()
    with django_assert_max_num_queries(25):
        history(client_a, coalition_a)


def test_times_are_shown_on_the_dutch_clock_and_floats_with_a_comma():
    from apps.accounts.models import User
    from apps.core.audit_display import ChangeDescriber
    from apps.directory.models import Location

    describe = ChangeDescriber([])
    with translation.override("nl"):
        # auditlog keeps naive UTC; 1 July is summer time in Amsterdam (UTC+2)
        assert describe.value(User._meta.get_field("date_joined"), "2026-07-01 10:00:00") == "01-07-2026 12:00"
        assert describe.value(User._meta.get_field("is_active"), "False") == "nee"
        assert describe.value(Location._meta.get_field("latitude"), "52.6956") == "52,6956"
        assert describe.value(Location._meta.get_field("latitude"), "None") == "–"
