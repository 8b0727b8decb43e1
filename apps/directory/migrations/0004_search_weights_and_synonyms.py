# SPDX-License-Identifier: EUPL-1.2
"""Relevance ranking with weights, and the synonym list in every search document (apps/directory/search/ranking.py,
synonyms.py).

- Every search document is rebuilt: it now holds the everyday words of its situations and phases, and two parts
  (description, then taxonomy after a form feed) that the ranking weighs differently. Both databases.
- PostgreSQL: the stored vector weighs the name A, the description part B and the taxonomy part C (it weighed the
  name A and the whole document D). Same function signature, so the triggers of 0003 stay as they are; every
  stored vector is recomputed.
"""

from django.db import migrations

VECTOR_WEIGHTED = r"""CREATE OR REPLACE FUNCTION directory_service_search_vector(name text, document text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
      SELECT setweight(to_tsvector('dutch', coalesce(name, '')), 'A')
          || setweight(to_tsvector('dutch', split_part(coalesce(document, ''), E'\f', 1)), 'B')
          || setweight(to_tsvector('dutch', split_part(coalesce(document, ''), E'\f', 2)), 'C')
    $$"""
VECTOR_BEFORE = """CREATE OR REPLACE FUNCTION directory_service_search_vector(name text, document text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
      SELECT setweight(to_tsvector('dutch', coalesce(name, '')), 'A') || to_tsvector('dutch', coalesce(document, ''))
    $$"""
RECOMPUTE = """UPDATE directory_service_search ss
    SET vector = directory_service_search_vector(s.name, s.search_document)
    FROM directory_service s WHERE s.id = ss.service_id"""


def rebuild_documents(apps, schema_editor):
    # The document builder reads only fields these historical models have (name, descriptions, situations,
    # phases, organisation and intervention names).
    from apps.directory.search.document import build_document

    Service = apps.get_model("directory", "Service")
    changed = []
    for service in Service.objects.select_related("organisation", "intervention").iterator(chunk_size=2000):
        document = build_document(service)
        if document != service.search_document:
            service.search_document = document
            changed.append(service)
    Service.objects.bulk_update(changed, ["search_document"], batch_size=1000)


def _sql(*statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_dir_search_pg_indexes")]
    operations = [
        migrations.RunPython(_sql(VECTOR_WEIGHTED), _sql(VECTOR_BEFORE, RECOMPUTE)),
        migrations.RunPython(rebuild_documents, migrations.RunPython.noop),
        migrations.RunPython(_sql(RECOMPUTE), migrations.RunPython.noop),
    ]
