# SPDX-License-Identifier: EUPL-1.2
"""Adds the ≥ 22-week perinatal mortality and stillbirth to the registry by re-running its idempotent loader."""

from django.db import migrations


def load(apps, schema_editor):
    from apps.monitoring.registry import load_registry

    load_registry(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0002_load_areas_and_indicators"),
    ]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
