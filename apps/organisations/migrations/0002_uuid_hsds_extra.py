# Each organisation gets its own UUID (its HSDS id): add the column, fill it row by row, then make it unique.
import uuid

from django.db import migrations, models


def fill_uuids(apps, schema_editor):
    Organisation = apps.get_model("organisations", "Organisation")
    for organisation in Organisation.objects.filter(uuid__isnull=True).only("pk"):
        organisation.uuid = uuid.uuid4()
        organisation.save(update_fields=["uuid"])


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]

    operations = [
        migrations.AddField("organisation", "uuid", models.UUIDField(null=True, editable=False)),
        migrations.RunPython(fill_uuids, migrations.RunPython.noop),
        migrations.AlterField("organisation", "uuid",
                              models.UUIDField(default=uuid.uuid4, unique=True, editable=False)),
        migrations.AddField("organisation", "hsds_extra", models.JSONField(default=dict, blank=True, editable=False)),
    ]
