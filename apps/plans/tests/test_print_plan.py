# SPDX-License-Identifier: EUPL-1.2
"""The plan as PDF and as a printable page."""

from __future__ import annotations

from apps.core.testing import factories as f


def test_the_plan_downloads_as_a_pdf(client_a, coalition_a):
    f.GoalFactory(plan__coalition=coalition_a, title="BoekStart voor elke baby")

    response = client_a.get(f"/coalities/{coalition_a.pk}/plan/?format=pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].endswith('.pdf"')
    assert response.content.startswith(b"%PDF")


def test_the_printable_plan_shows_the_goals_without_edit_links(client_a, coalition_a):
    goal = f.GoalFactory(plan__coalition=coalition_a, title="BoekStart voor elke baby")

    response = client_a.get(f"/coalities/{coalition_a.pk}/plan/?print=1")

    page = response.content.decode()
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "plans/plan_print.html"
    assert "BoekStart voor elke baby" in page
    assert f"/plan/doelen/{goal.pk}/bewerken/" not in page
    assert "Kansrijke Start Meppel" in page
