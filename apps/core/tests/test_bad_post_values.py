# SPDX-License-Identifier: EUPL-1.2
"""Hand-made POSTs with nonsense ids get 404, never a server error."""

from __future__ import annotations

import pytest

from apps.core.testing import factories as f


@pytest.mark.django_db
def test_a_non_numeric_attendance_id_is_not_found(client_a, coalition_a):
    meeting = f.MeetingFactory(coalition=coalition_a)
    response = client_a.post(f"/coalities/{coalition_a.pk}/bijeenkomsten/{meeting.pk}/", {"delete_attendance": "abc"})
    assert response.status_code == 404


@pytest.mark.django_db
def test_a_non_numeric_signatory_id_is_not_found(client_a, coalition_a):
    covenant = f.CovenantFactory(coalition=coalition_a)
    url = f"/coalities/{coalition_a.pk}/afspraken/convenanten/{covenant.pk}/"
    assert client_a.post(url, {"delete_signatory": "abc"}).status_code == 404
