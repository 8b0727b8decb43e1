# SPDX-License-Identifier: EUPL-1.2
"""Self-assessments (the ten securing points) kept as dated snapshots and compared."""

from __future__ import annotations

import datetime as dt

from apps.assessments import services
from apps.assessments.models import SelfAssessment

POINTS = range(1, 11)


def snapshot_data(taken_on: str, statuses: dict[int, str] | None = None, notes: dict[int, str] | None = None) -> dict:
    statuses, notes = statuses or {}, notes or {}
    data = {"taken_on": taken_on}
    for point in POINTS:
        data[f"status_{point}"] = statuses.get(point, "not_started")
        data[f"note_{point}"] = notes.get(point, "")
        data[f"next_{point}"] = ""
    return data


def record(client, coalition, data):
    return client.post(f"/coalities/{coalition.pk}/borging/nieuw/securing/", data)


def test_a_snapshot_is_recorded_with_one_item_per_point(client_a, coalition_a, lead_a):
    response = record(client_a, coalition_a, snapshot_data("2024-01-15", {3: "in_place"}, {3: "Projectleider 8 uur"}))

    assessment = SelfAssessment.objects.get(coalition=coalition_a)
    assert response["Location"] == f"/coalities/{coalition_a.pk}/borging/{assessment.pk}/"
    assert (assessment.framework, str(assessment.taken_on), assessment.recorded_by) == ("securing", "2024-01-15",
                                                                                        lead_a)
    assert assessment.items.count() == 10
    item = assessment.items.get(point=3)
    assert (item.status, item.note) == ("in_place", "Projectleider 8 uur")
    page = client_a.get(response["Location"]).content.decode()
    assert "3. Een kartrekker" in page


def test_two_snapshots_compare_forward_backward_and_same(client_a, coalition_a):
    record(client_a, coalition_a, snapshot_data("2024-01-15", {1: "started", 2: "in_place", 3: "started"}))
    record(client_a, coalition_a, snapshot_data("2025-01-15", {1: "in_place", 2: "started", 3: "started"}))
    older, newer = SelfAssessment.objects.order_by("taken_on")

    response = client_a.get(f"/coalities/{coalition_a.pk}/borging/vergelijk/?van={newer.pk}&naar={older.pk}")

    assert (response.context["older"], response.context["newer"]) == (older, newer)
    changes = {c.point: c for c in response.context["changes"]}
    assert (changes[1].direction, changes[1].before, changes[1].after) == (1, "mee bezig", "staat")
    assert (changes[2].direction, changes[2].before, changes[2].after) == (-1, "staat", "mee bezig")
    assert (changes[3].direction, changes[4].direction) == (0, 0)
    page = response.content.decode()
    assert "Verandering van 15-01-2024 naar 15-01-2025" in page
    assert (page.count("vooruit"), page.count("achteruit")) == (1, 1)


def test_the_newest_snapshot_page_shows_what_changed_since_the_previous_one(client_a, coalition_a):
    record(client_a, coalition_a, snapshot_data("2024-01-15"))
    record(client_a, coalition_a, snapshot_data("2025-01-15", {7: "in_place"}))
    older, newer = SelfAssessment.objects.order_by("taken_on")

    response = client_a.get(f"/coalities/{coalition_a.pk}/borging/{newer.pk}/")

    assert response.context["older"] == older
    assert [c.point for c in response.context["changes"] if c.direction] == [7]


def test_of_two_snapshots_on_one_day_the_first_is_compared_with_nothing_newer(client_a, coalition_a):
    record(client_a, coalition_a, snapshot_data("2025-01-15", {1: "started"}))
    record(client_a, coalition_a, snapshot_data("2025-01-15", {1: "in_place"}))
    first, second = SelfAssessment.objects.order_by("pk")

    assert client_a.get(f"/coalities/{coalition_a.pk}/borging/{second.pk}/").context["older"] == first
    assert client_a.get(f"/coalities/{coalition_a.pk}/borging/{first.pk}/").context["older"] is None
    compared = client_a.get(f"/coalities/{coalition_a.pk}/borging/vergelijk/?van={second.pk}&naar={first.pk}")
    assert (compared.context["older"], compared.context["newer"]) == (first, second)
    assert [c.direction for c in compared.context["changes"]][0] == 1


def test_the_create_form_is_prefilled_from_the_previous_snapshot(client_a, coalition_a):
    record(client_a, coalition_a, snapshot_data("2023-06-01", {5: "in_place"}, {5: "Oudste stand"}))
    record(client_a, coalition_a, snapshot_data("2024-06-01", {5: "started", 6: "in_place"},
                                                {5: "Ouderpanel opgericht"}))

    response = client_a.get(f"/coalities/{coalition_a.pk}/borging/nieuw/securing/")

    form = response.context["form"]
    assert form["status_5"].value() == "started"
    assert form["status_6"].value() == "in_place"
    assert form["status_1"].value() == "not_started"
    assert form["note_5"].value() == "Ouderpanel opgericht"
    assert "Ouderpanel opgericht" in response.content.decode()


def test_the_other_framework_starts_empty(client_a, coalition_a):
    record(client_a, coalition_a, snapshot_data("2024-06-01", {1: "in_place"}))

    response = client_a.get(f"/coalities/{coalition_a.pk}/borging/nieuw/principles/")

    form = response.context["form"]
    assert [form[f"status_{p}"].value() for p in range(1, 7)] == ["not_started"] * 6
    assert "status_7" not in form.fields


def test_a_snapshot_dated_in_the_future_is_refused(client_a, coalition_a):
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()

    response = record(client_a, coalition_a, snapshot_data(tomorrow))

    assert response.status_code == 200
    assert "Een zelfevaluatie kan niet in de toekomst liggen." in response.content.decode()
    assert not SelfAssessment.objects.exists()


def test_an_unknown_framework_is_not_found(client_a, coalition_a):
    assert client_a.get(f"/coalities/{coalition_a.pk}/borging/nieuw/horoscoop/").status_code == 404


def test_snapshots_of_two_frameworks_cannot_be_compared(client_a, coalition_a, lead_a):
    a = services.record(coalition_a, "securing", dt.date(2024, 1, 1), {1: ("started", "", "")}, lead_a)
    b = services.record(coalition_a, "principles", dt.date(2025, 1, 1), {1: ("started", "", "")}, lead_a)

    assert client_a.get(f"/coalities/{coalition_a.pk}/borging/vergelijk/?van={a.pk}&naar={b.pk}").status_code == 404


def test_a_viewer_cannot_record_a_snapshot(client, viewer_a, coalition_a):
    client.force_login(viewer_a)

    response = record(client, coalition_a, snapshot_data("2024-01-15"))

    assert response.status_code == 403
    assert not SelfAssessment.objects.exists()
