# SPDX-License-Identifier: EUPL-1.2
"""Load the national intervention catalogue (apps/directory/catalogue.py); idempotent, by code."""

from django.db import migrations


def load(apps, schema_editor):
    from apps.directory.catalogue import load_catalogue

    load_catalogue(apps.get_model("directory", "Intervention"))


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
