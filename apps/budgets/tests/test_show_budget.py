# SPDX-License-Identifier: EUPL-1.2
"""The budget page: one year's budget and requests, and a table of every year."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from apps.core.testing import factories as f


@pytest.mark.django_db
def test_the_table_of_every_year_is_on_the_page_and_not_in_its_title(client_a, coalition_a):
    f.BudgetLineFactory(coalition=coalition_a, year=2024, amount=Decimal("12500.50"))
    f.BudgetLineFactory(coalition=coalition_a, year=2025)

    page = client_a.get(f"/coalities/{coalition_a.pk}/budget/?jaar=2025").content.decode()

    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    main = page.split('<main id="main"', 1)[1]
    assert title == "Budget – Kansrijke Start"
    assert "Alle jaren" in main
    assert '<a href="?jaar=2024">2024</a>' in main and "12.500,50" in main
