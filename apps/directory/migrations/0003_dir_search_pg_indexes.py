# SPDX-License-Identifier: EUPL-1.2
"""Search indexes, PostgreSQL only (SQLite searches in Python, see apps/directory/search.py).

- pg_trgm (a trusted extension: the database owner may create it) for typo tolerance;
- GIN on to_tsvector('dutch', search_document): Dutch full-text search; the expression must stay identical to
  the one in search.py, or PostgreSQL will not use the index;
- trigram GIN on search_document: `word <% search_document` (word similarity) for typos.
"""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS dir_service_fts_dutch ON directory_service "
    "USING gin (to_tsvector('dutch', search_document))",
    "CREATE INDEX IF NOT EXISTS dir_service_doc_trgm ON directory_service USING gin (search_document gin_trgm_ops)",
]
DROP = [
    "DROP INDEX IF EXISTS dir_service_doc_trgm",
    "DROP INDEX IF EXISTS dir_service_fts_dutch",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_intervention_catalogue")]
    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
