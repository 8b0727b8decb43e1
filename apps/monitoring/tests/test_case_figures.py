# SPDX-License-Identifier: EUPL-1.2
"""The case flow's figures on the coalition's monitor: small counts suppressed, and no case in sight."""

from __future__ import annotations

from django.urls import reverse

from apps.cases import testing as t
from apps.monitoring.pages.case_figures import suppressed


def test_suppression_hides_small_counts_and_the_one_the_total_would_give_away():
    rows = [("a", 25), ("b", 12), ("c", 3), ("d", 0)]
    assert suppressed(rows, 10) == [("a", "25"), ("b", "aantal < 10"), ("c", "aantal < 10"), ("d", "0")]
    assert suppressed([("a", 25), ("b", 3), ("c", 4)], 10) == [("a", "25"), ("b", "aantal < 10"), ("c", "aantal < 10")]
    assert suppressed([("a", 25), ("b", 12)], 10) == [("a", "25"), ("b", "12")]


def test_the_page_shows_only_suppressed_aggregates(client, coalition_a, viewer_a):
    hub = t.hub_for(coalition_a)
    midwife = t.professional(t.partner(coalition_a, "Verloskundigen Meppel"), "midwife")
    case = t.signal(midwife, hub)
    client.force_login(viewer_a)  # a viewer of the coalition: no case access, aggregates only
    page = client.get(reverse("monitoring:case-figures", args=[coalition_a.pk])).content.decode()
    assert "Cijfers casusstroom" in page and "aantal &lt; 10" in page
    assert case.reference not in page and "Yılmaz" not in page
    assert "niet getoond (minder dan 10 verwijzingen)" in page


def test_other_coalitions_get_404(client, coalition_a, lead_b):
    client.force_login(lead_b)
    assert client.get(reverse("monitoring:case-figures", args=[coalition_a.pk])).status_code == 404
