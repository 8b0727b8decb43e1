# SPDX-License-Identifier: EUPL-1.2
"""Areas of the monitor, built from apps.reference: country, provinces, GGD regions, municipalities, PC4s.

A coalition's own region ("KS<pk>") is made on demand by `coalition_area`.
"""

from __future__ import annotations

from django.db import transaction

COUNTRY_CODE = "NL"


@transaction.atomic
def load_areas(apps=None) -> int:
    """Create or update every reference area (idempotent); returns the number of areas."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Area = apps.get_model("monitoring", "Area")
    Province = apps.get_model("reference", "Province")
    HealthRegion = apps.get_model("reference", "HealthRegion")
    Municipality = apps.get_model("reference", "Municipality")
    PostcodeArea = apps.get_model("reference", "PostcodeArea")

    country, _created = Area.objects.update_or_create(
        level="country", code=COUNTRY_CODE, defaults={"name": "Nederland", "parent": None})
    province_area = {}
    for province in Province.objects.all():
        province_area[province.pk], _c = Area.objects.update_or_create(
            level="province", code=province.code, defaults={"name": province.name, "parent": country})
    for region in HealthRegion.objects.all():
        Area.objects.update_or_create(level="health_region", code=region.code,
                                      defaults={"name": region.name, "parent": country})

    existing = {area.code: area for area in Area.objects.filter(level="municipality")}
    municipality_area = {}
    new = []
    for municipality in Municipality.objects.all():
        area = existing.get(municipality.code)
        fields = {"name": municipality.name, "parent": province_area.get(municipality.province_id),
                  "municipality": municipality}
        if area is None:
            new.append(Area(level="municipality", code=municipality.code, **fields))
        else:
            for key, value in fields.items():
                setattr(area, key, value)
            area.save()
            municipality_area[municipality.pk] = area
    for area in Area.objects.bulk_create(new):
        municipality_area[area.municipality_id] = area
    if len(municipality_area) != Municipality.objects.count():
        municipality_area = {area.municipality_id: area for area in Area.objects.filter(level="municipality")}

    # A PC4 that straddles a border belongs to the municipality with the largest share of its addresses.
    largest: dict[str, tuple[float, int]] = {}
    for pc4, municipality_id, share in PostcodeArea.objects.values_list("pc4", "municipality_id", "share"):
        if pc4 not in largest or share > largest[pc4][0]:
            largest[pc4] = (share, municipality_id)
    existing_pc4 = {area.code: area for area in Area.objects.filter(level="pc4")}
    new, changed = [], []
    for pc4, (_share, municipality_id) in sorted(largest.items()):
        parent = municipality_area.get(municipality_id)
        if parent is None:
            continue
        area = existing_pc4.get(pc4)
        if area is None:
            new.append(Area(level="pc4", code=pc4, name=parent.name, parent=parent, municipality_id=municipality_id))
        elif area.parent_id != parent.pk or area.municipality_id != municipality_id or area.name != parent.name:
            area.parent, area.municipality_id, area.name = parent, municipality_id, parent.name
            changed.append(area)
    Area.objects.bulk_create(new, batch_size=1000)
    Area.objects.bulk_update(changed, ["parent", "municipality", "name"], batch_size=1000)
    return Area.objects.count()


def coalition_area(coalition):
    """The area of a coalition's region ("KS<pk>"), created or renamed on demand."""
    from apps.monitoring.models import Area, Level

    country = Area.objects.filter(level=Level.COUNTRY, code=COUNTRY_CODE).first()
    area, _created = Area.objects.update_or_create(
        level=Level.COALITION_REGION, code=f"KS{coalition.pk}", defaults={"name": coalition.name, "parent": country})
    return area


def coalition_member_areas(coalition):
    """Municipality areas of a coalition's member municipalities, by name."""
    from apps.monitoring.models import Area, Level

    ids = list(coalition.member_municipalities().values_list("pk", flat=True))
    return Area.objects.filter(level=Level.MUNICIPALITY, municipality_id__in=ids).order_by("name")
