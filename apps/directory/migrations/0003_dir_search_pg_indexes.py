# SPDX-License-Identifier: EUPL-1.2
"""Search structures, PostgreSQL only (SQLite searches in Python, see apps/directory/search/engine.py).

Computing to_tsvector for every candidate row costs far too much at 50,000 services, and a municipality filter
through the many-to-many table cannot be combined with a text index. So the database keeps, by triggers, a
search table next to the services (no Django model: it is derived data, rebuilt from directory_service):

- directory_service_search(service_id, vector, municipality_ids): the weighted Dutch tsvector (name A, the rest
  D) and the municipalities the service covers; GIN on both, so text ∩ municipality is one BitmapAnd;
- directory_search_word(word): every word (letters and digits) of every search document (the `simple`
  configuration; only such words can go into a tsquery unquoted); a query word
  that no known word starts with is a typo and is replaced by its nearest known words (pg_trgm distance, KNN on
  a GiST index).

Triggers keep both current for every write (ORM, bulk_create, imports, raw SQL), including deletes and TRUNCATE
(tests flush tables). pg_trgm is a trusted extension: the database owner may create it.
"""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE IF NOT EXISTS directory_service_search (
        service_id bigint PRIMARY KEY,
        vector tsvector NOT NULL,
        municipality_ids bigint[] NOT NULL DEFAULT '{}'
    )""",
    "CREATE INDEX IF NOT EXISTS dir_search_vector ON directory_service_search USING gin (vector)",
    "CREATE INDEX IF NOT EXISTS dir_search_municipalities ON directory_service_search USING gin (municipality_ids)",
    "CREATE TABLE IF NOT EXISTS directory_search_word (word text PRIMARY KEY)",
    # Prefix look-up ("is this word known?") and nearest words by trigram distance (KNN on GiST).
    "CREATE INDEX IF NOT EXISTS dir_search_word_prefix ON directory_search_word (word text_pattern_ops)",
    "CREATE INDEX IF NOT EXISTS dir_search_word_trgm ON directory_search_word USING gist (word gist_trgm_ops)",
    """CREATE OR REPLACE FUNCTION directory_service_search_vector(name text, document text) RETURNS tsvector
       LANGUAGE sql IMMUTABLE AS $$
         SELECT setweight(to_tsvector('dutch', coalesce(name, '')), 'A') || to_tsvector('dutch', coalesce(document, ''))
       $$""",
    """CREATE OR REPLACE FUNCTION directory_service_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           DELETE FROM directory_service_search WHERE service_id = OLD.id;
           RETURN OLD;
         END IF;
         INSERT INTO directory_service_search (service_id, vector, municipality_ids)
         VALUES (NEW.id, directory_service_search_vector(NEW.name, NEW.search_document),
                 ARRAY(SELECT municipality_id FROM directory_service_municipalities WHERE service_id = NEW.id))
         ON CONFLICT (service_id) DO UPDATE SET vector = EXCLUDED.vector;
         INSERT INTO directory_search_word (word)
         SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple', coalesce(NEW.search_document, '')))) AS w
         WHERE length(w) BETWEEN 3 AND 60 AND w ~ '^[[:alnum:]]+$'
         ON CONFLICT DO NOTHING;
         RETURN NEW;
       END $$""",
    """CREATE OR REPLACE FUNCTION directory_service_search_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         TRUNCATE directory_service_search;
         RETURN NULL;
       END $$""",
    """CREATE OR REPLACE FUNCTION directory_service_area_sync() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE sid bigint;
       BEGIN
         sid := CASE WHEN TG_OP = 'DELETE' THEN OLD.service_id ELSE NEW.service_id END;
         UPDATE directory_service_search
            SET municipality_ids = ARRAY(SELECT municipality_id FROM directory_service_municipalities
                                         WHERE service_id = sid)
          WHERE service_id = sid;
         IF TG_OP = 'UPDATE' AND OLD.service_id <> NEW.service_id THEN
           UPDATE directory_service_search
              SET municipality_ids = ARRAY(SELECT municipality_id FROM directory_service_municipalities
                                           WHERE service_id = OLD.service_id)
            WHERE service_id = OLD.service_id;
         END IF;
         RETURN NULL;
       END $$""",
    "DROP TRIGGER IF EXISTS directory_service_search_sync ON directory_service",
    """CREATE TRIGGER directory_service_search_sync
       AFTER INSERT OR DELETE OR UPDATE OF name, search_document ON directory_service
       FOR EACH ROW EXECUTE FUNCTION directory_service_search_sync()""",
    "DROP TRIGGER IF EXISTS directory_service_search_truncate ON directory_service",
    """CREATE TRIGGER directory_service_search_truncate AFTER TRUNCATE ON directory_service
       FOR EACH STATEMENT EXECUTE FUNCTION directory_service_search_truncate()""",
    "DROP TRIGGER IF EXISTS directory_service_area_sync ON directory_service_municipalities",
    """CREATE TRIGGER directory_service_area_sync
       AFTER INSERT OR UPDATE OR DELETE ON directory_service_municipalities
       FOR EACH ROW EXECUTE FUNCTION directory_service_area_sync()""",
    # Existing services (an installation that had services before this migration).
    """INSERT INTO directory_service_search (service_id, vector, municipality_ids)
       SELECT s.id, directory_service_search_vector(s.name, s.search_document),
              ARRAY(SELECT municipality_id FROM directory_service_municipalities WHERE service_id = s.id)
       FROM directory_service s
       ON CONFLICT (service_id) DO NOTHING""",
    """INSERT INTO directory_search_word (word)
       SELECT DISTINCT w FROM directory_service s,
              unnest(tsvector_to_array(to_tsvector('simple', s.search_document))) AS w
       WHERE length(w) BETWEEN 3 AND 60 AND w ~ '^[[:alnum:]]+$'
       ON CONFLICT DO NOTHING""",
]
DROP = [
    "DROP TRIGGER IF EXISTS directory_service_area_sync ON directory_service_municipalities",
    "DROP TRIGGER IF EXISTS directory_service_search_truncate ON directory_service",
    "DROP TRIGGER IF EXISTS directory_service_search_sync ON directory_service",
    "DROP FUNCTION IF EXISTS directory_service_area_sync()",
    "DROP FUNCTION IF EXISTS directory_service_search_truncate()",
    "DROP FUNCTION IF EXISTS directory_service_search_sync()",
    "DROP FUNCTION IF EXISTS directory_service_search_vector(text, text)",
    "DROP TABLE IF EXISTS directory_search_word",
    "DROP TABLE IF EXISTS directory_service_search",
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
