# SPDX-License-Identifier: EUPL-1.2
from __future__ import annotations

import datetime as dt

import pytest

from apps.core.testing import factories as f
from apps.directory.testing import factories as df
from apps.monitoring.pages import process
from apps.reference.models import Municipality

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()


def ids(*codes: str) -> list[int]:
    return list(Municipality.objects.filter(code__in=codes).values_list("pk", flat=True))


def test_process_facts_from_workspace_and_directory():
    meppel, de_wolden, westerveld = (f.municipality(c) for c in ("GM0119", "GM1690", "GM1701"))
    region = f.CoalitionFactory(scope="regional", municipality=None, status="formed", formed_on=dt.date(2020, 5, 1))
    region.municipalities.set([meppel, de_wolden])
    f.CoalitionFactory(municipality=westerveld, status="in_talks")
    f.PlanFactory(coalition=region, period_start=dt.date(2021, 1, 1))

    nnz = df.InterventionFactory(code="nu-niet-zwanger", name="Nu Niet Zwanger")
    voorzorg = df.InterventionFactory(code="voorzorg", name="VoorZorg")
    active = df.ServiceFactory(intervention=nnz, name="Nu Niet Zwanger Drenthe")
    active.municipalities.set([meppel, westerveld])
    ended = df.ServiceFactory(intervention=voorzorg, name="VoorZorg Meppel", status="inactive")
    ended.municipalities.set([meppel])
    other = df.ServiceFactory(name="Spreekuur")  # no intervention: counts for nothing
    other.municipalities.set([de_wolden])

    facts = process.facts(today=TODAY)
    m, w, d = facts[meppel.pk], facts[westerveld.pk], facts[de_wolden.pk]
    assert m["coalition_formed"].true and m["coalition_formed"].since == dt.date(2020, 5, 1)
    assert d["coalition_formed"].true and not w["coalition_formed"].true
    assert m["joint_plan"].true and m["joint_plan"].since == dt.date(2021, 1, 1) and not w["joint_plan"].true
    assert m["nnz_available"].true and w["nnz_available"].true and not d["nnz_available"].true
    assert m["nnz_available"].last_true == TODAY
    assert not m["voorzorg_offered"].true and m["voorzorg_offered"].last_true == TODAY  # ended today in the test
    assert not d["prenatal_home_visit"].true and d["prenatal_home_visit"].last_true is None

    summary = {s.code: s for s in process.summarise(facts, ids("GM0119", "GM1690", "GM1701"))}
    assert summary["coalition_formed"].true == 2 and summary["coalition_formed"].total == 3
    assert summary["nnz_available"].share == pytest.approx(200 / 3)
    country = {s.code: s for s in process.groups(facts)["NL"]}
    assert country["coalition_formed"].total == Municipality.objects.filter(active=True).count()
    assert country["coalition_formed"].last_true == TODAY
    drenthe = {s.code: s for s in process.groups(facts)["PV22"]}
    assert drenthe["nnz_available"].true == 2 and drenthe["nnz_available"].total == 12
