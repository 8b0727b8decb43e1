# SPDX-License-Identifier: EUPL-1.2
from django.db import migrations


def load(apps, schema_editor):
    from apps.monitoring.areas import load_areas
    from apps.monitoring.registry import load_registry

    load_areas(apps)
    load_registry(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0001_initial"),
        ("reference", "0002_load_reference"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
