# SPDX-License-Identifier: EUPL-1.2
"""Every write to workspace data leaves an audit record, shown per coalition with who did it."""

from __future__ import annotations

import io

import openpyxl
import pytest
from auditlog.models import LogEntry
from django.utils import timezone

from apps.coalitions.models import Partner
from apps.core.testing import factories as f


@pytest.mark.django_db
def test_a_change_through_the_page_is_recorded_with_its_author(client_a, coalition_a, lead_a):
    partner = f.PartnerFactory(coalition=coalition_a, contact_name="Oud")
    client_a.post(f"/coalities/{coalition_a.pk}/partners/{partner.pk}/bewerken/", {
        "organisation": partner.organisation_id, "domain": "medical", "partner_type": "midwife",
        "contact_name": "Nieuw"})
    entry = LogEntry.objects.get_for_object(partner).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == lead_a
    assert entry.changes_dict["contact_name"] == ["Oud", "Nieuw"]
    assert entry.additional_data == {"coalition_id": coalition_a.pk}
    assert entry.remote_addr is None  # IP addresses are not kept


@pytest.mark.django_db
def test_objects_below_the_coalition_are_filed_under_it(coalition_a):
    action = f.ActionFactory(coalition=coalition_a)
    note = f.ProgressNoteFactory(action=action)
    goal = f.GoalFactory(plan=f.PlanFactory(coalition=coalition_a))
    for obj in (action, note, goal):
        assert LogEntry.objects.get_for_object(obj).get().additional_data == {"coalition_id": coalition_a.pk}


@pytest.mark.django_db
def test_a_deletion_is_recorded(client_a, coalition_a):
    partner = f.PartnerFactory(coalition=coalition_a)
    client_a.post(f"/coalities/{coalition_a.pk}/partners/{partner.pk}/verwijderen/")
    assert not Partner.objects.filter(pk=partner.pk).exists()
    assert LogEntry.objects.filter(object_pk=str(partner.pk), action=LogEntry.Action.DELETE,
                                   content_type__model="partner").exists()


@pytest.mark.django_db
def test_the_history_page_shows_only_this_coalitions_changes(client_a, coalition_a, coalition_b, lead_a):
    client_a.post(f"/coalities/{coalition_a.pk}/partners/nieuw/", {
        "new_organisation": "Verloskundigenpraktijk De Wieg", "domain": "medical", "partner_type": "midwife"})
    f.PartnerFactory(coalition=coalition_b, organisation=f.OrganisationFactory(name="Geheime partner"))
    page = client_a.get(f"/coalities/{coalition_a.pk}/wijzigingen/").content.decode()
    assert "Verloskundigenpraktijk De Wieg" in page
    assert str(lead_a) in page and "toegevoegd" in page
    assert "Geheime partner" not in page


@pytest.mark.django_db
def test_the_history_exports_as_csv(client_a, coalition_a):
    f.ActionFactory(coalition=coalition_a, title="Voorlichting migrantenouders")
    response = client_a.get(f"/coalities/{coalition_a.pk}/wijzigingen/?format=csv")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0] == "Tijdstip;Door;Handeling;Soort;Wat;Wijzigingen"
    assert "Voorlichting migrantenouders" in text


@pytest.mark.django_db
def test_passwords_never_enter_the_audit_trail():
    user = f.UserFactory()
    user.set_password("Een-ander-wachtwoord-2026")
    user.save()
    for entry in LogEntry.objects.get_for_object(user):
        assert "password" not in (entry.changes_dict or {})


@pytest.mark.django_db
def test_self_assessment_items_are_audited_one_by_one(coalition_a):
    import datetime as dt

    from apps.assessments.services import record

    snapshot = record(coalition_a, "securing", dt.date(2025, 1, 10),
                      {p: ("started", "", "") for p in range(1, 11)})
    assert LogEntry.objects.filter(content_type__model="assessmentitem",
                                   additional_data__coalition_id=coalition_a.pk).count() == 10
    assert snapshot.items.count() == 10


@pytest.mark.django_db
def test_the_history_exports_to_excel_in_local_time(client_a, coalition_a):
    f.ActionFactory(coalition=coalition_a, title="Voorlichting migrantenouders")
    entry = LogEntry.objects.filter(additional_data__coalition_id=coalition_a.pk).latest("timestamp")

    response = client_a.get(f"/coalities/{coalition_a.pk}/wijzigingen/?format=xlsx")

    assert response.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0] == ("Tijdstip", "Door", "Handeling", "Soort", "Wat", "Wijzigingen")
    local = timezone.localtime(entry.timestamp).replace(tzinfo=None, microsecond=0)
    assert rows[1][0] == local and rows[1][4] == "Voorlichting migrantenouders"
