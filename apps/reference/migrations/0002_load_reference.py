# SPDX-License-Identifier: EUPL-1.2
from django.db import migrations


def load(apps, schema_editor):
    from apps.reference.loader import load_reference

    load_reference(apps)


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
