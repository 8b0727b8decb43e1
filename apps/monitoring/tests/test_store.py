# SPDX-License-Identifier: EUPL-1.2
"""Storing engine results: one engine batch per key, replacing the previous one, history kept."""

from __future__ import annotations

import pytest

from apps.monitoring.engine import store
from apps.monitoring.engine.compute import ALL_CODES, compute
from apps.monitoring.models import ImportBatch, Indicator, Observation
from apps.monitoring.tests.test_engine import FLAT_REFERENCE, REGIONS, birth, table

pytestmark = pytest.mark.django_db


def result(extra_big2: int = 0, **kwargs):
    rows = ([birth(pc4="7941") for _ in range(40)] + [birth(pc4="7941", gestational_days=250) for _ in range(20)]
            + [birth(pc4="7942") for _ in range(30)]
            + [birth(pc4="7942", gestational_days=250) for _ in range(12 + extra_big2)]
            + [birth(pc4="0999") for _ in range(3)])  # a postcode that does not exist
    return compute(table(rows), regions=REGIONS, **kwargs)


def test_results_become_observations_of_one_engine_batch():
    report = store.store(result(reference=FLAT_REFERENCE), key="perined-2022", source_name="births.parquet")
    batch = report.batch
    assert (batch.kind, batch.key, batch.source_name) == ("engine", "perined-2022", "births.parquet")
    assert batch.derived_reference is False
    assert batch.synthetic is False
    assert batch.rows == report.stored == Observation.objects.filter(batch=batch).count()
    big2 = Observation.objects.get(batch=batch, indicator__code="big2", area__code="GM0119", period_start=2022)
    assert (big2.numerator, big2.denominator, big2.period_end) == (32, 105, 2022)
    assert big2.value == pytest.approx(32 / 105 * 1000)
    assert big2.ci_method == "wilson"
    assert big2.ci_low < big2.value < big2.ci_high
    assert not big2.suppressed
    country = Observation.objects.get(batch=batch, indicator__code="preterm", area__level="country")
    assert country.value == pytest.approx(32 / 105 * 100)  # preterm is a percentage


def test_codes_without_an_indicator_and_unknown_areas_are_reported_not_stored():
    Indicator.objects.filter(code="stillbirth_22").delete()  # e.g. a registry an administrator trimmed
    report = store.store(result(indicators=ALL_CODES), key="k")
    assert report.unknown_indicators == ["stillbirth_22"]
    assert Observation.objects.filter(indicator__code="perinatal_mortality_22", area__code="GM0119").exists()
    assert report.unknown_areas > 0  # PC4 0999
    assert not Observation.objects.filter(area__code="0999").exists()


def test_a_derived_reference_is_marked_on_the_batch():
    report = store.store(result(), key="k")
    assert report.batch.derived_reference is True
    assert "afgeleid" in report.batch.note


def test_storing_the_same_key_again_replaces_the_batch_and_keeps_its_history():
    first = store.store(result(reference=FLAT_REFERENCE), key="k").batch
    other = store.store(result(reference=FLAT_REFERENCE), key="another").batch
    second = store.store(result(extra_big2=3, reference=FLAT_REFERENCE), key="k").batch
    first.refresh_from_db()
    assert first.replaced_by == second
    assert first.replaced_at is not None
    assert not Observation.objects.filter(batch=first).exists()
    assert Observation.objects.filter(batch=other).exists()
    assert ImportBatch.objects.filter(key="k").count() == 2
    big2 = Observation.objects.get(batch=second, indicator__code="big2", area__code="7942", period_start=2022)
    assert big2.numerator == 15


def test_suppressed_cells_keep_their_counts_but_no_value_or_interval():
    batch = store.store(result(reference=FLAT_REFERENCE), key="k").batch
    teen = Observation.objects.get(batch=batch, indicator__code="teen_mothers", area__code="7942", period_start=2022)
    assert teen.suppressed
    assert (teen.numerator, teen.denominator) == (0, 42)
    assert (teen.value, teen.ci_low, teen.ci_high, teen.ci_method) == (None, None, None, "")
    assert teen.suppression_reason == "small"  # 0 < 10


def test_every_hidden_cell_is_stored_with_its_reason_and_missing_records():
    batch = store.store(result(reference=FLAT_REFERENCE), key="k").batch
    hidden = Observation.objects.filter(batch=batch, suppressed=True)
    assert hidden.exists() and not hidden.filter(suppression_reason="").exists()
    assert not Observation.objects.filter(batch=batch, suppressed=False).exclude(suppression_reason="").exists()
    # Every hidden cell whose count is 10 or more is hidden for its complement or for another cell, never "small".
    assert not hidden.filter(numerator__gte=10, suppression_reason="small").exists()
    late = Observation.objects.get(batch=batch, indicator__code="late_start_care", area__code="GM0119",
                                   period_start=2022)
    assert late.missing_records == 0


def test_the_registry_holds_both_mortality_limits_side_by_side():
    codes = list(Indicator.objects.filter(code__contains="perinatal_mortality").values_list("code", flat=True))
    assert codes == ["perinatal_mortality", "perinatal_mortality_22"]  # ordered next to each other
    twenty_two = Indicator.objects.get(code="stillbirth_22")
    assert "≥ 22 weken" in twenty_two.name and twenty_two.unit == "per1000" and twenty_two.binary
    assert "≥ 24 weken" in Indicator.objects.get(code="stillbirth").name
