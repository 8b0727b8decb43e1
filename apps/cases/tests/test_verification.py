# SPDX-License-Identifier: EUPL-1.2
"""A second factor for case data, and an idle timeout on case pages."""

from __future__ import annotations

import time

from django.urls import reverse

from apps.cases import testing as t
from apps.cases.views.mixins import SEEN_KEY


def test_without_second_factor_the_page_explains_how(client, case_a, hub_nurse):
    client.force_login(hub_nurse)
    response = client.get(reverse("cases:index"), follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("cases:verification-needed")
    assert "Tweestapsverificatie nodig" in page and reverse("accounts:two-factor") in page
    assert case_a.reference not in page


def test_an_idle_session_is_logged_out_before_case_data_shows(client, settings, case_a, hub_nurse):
    settings.CASE_IDLE_MINUTES = 15
    t.verify(client, hub_nurse)
    url = reverse("cases:detail", args=[case_a.pk])
    assert client.get(url).status_code == 200
    session = client.session
    session[SEEN_KEY] = time.time() - 16 * 60
    session.save()
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert "_auth_user_id" not in client.session
