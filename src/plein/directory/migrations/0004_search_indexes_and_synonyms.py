"""The search's database structures and the default synonyms (see ``directory.search``).

PostgreSQL: pg_trgm, a GIN trigram index on the vocabulary (typo candidates) and a generated
tsvector column of the entries' terms with a GIN index. SQLite: two FTS5 tables instead, kept up to
date by the search code.

The index is not built here: that needs the analysis code of today and the models of today, which
a migration must not depend on. After upgrading an installation that already has services, run
``plein reindex_social_map`` once; the demo seed builds the index itself.
"""

from django.db import migrations

from plein.directory.search import SYNONYMS_FILE, parse_synonym_lines

POSTGRES_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # On lower(term), the same text (terms are lowercase): an index on term itself would also offer
    # pg_trgm's equality search, which the planner may pick for the vocabulary's term IN (...)
    # lookup, far slower than the unique index. PostgresEngine.similar_terms uses this expression.
    "CREATE INDEX directory_searchterm_term_trgm ON directory_searchterm USING gin (lower(term) gin_trgm_ops)",
    # A stored column, not an index on the expression: when a query matches many services the
    # planner reads the table, and computing to_tsvector for 5,000 rows took 100 ms. The column is
    # not in the model: PostgreSQL fills it, Django never writes it.
    "ALTER TABLE directory_servicesearchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS"
    " (to_tsvector('simple', name_terms || ' ' || body_terms)) STORED",
    "CREATE INDEX directory_servicesearchentry_fts ON directory_servicesearchentry USING gin (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS directory_servicesearchentry_fts",
    "ALTER TABLE directory_servicesearchentry DROP COLUMN IF EXISTS search_vector",
    "DROP INDEX IF EXISTS directory_searchterm_term_trgm",
]
SQLITE_UP = [
    # rowid is the service's id. The terms are already analysed: the default tokenizer only splits them.
    "CREATE VIRTUAL TABLE directory_service_fts USING fts5(name_terms, body_terms)",
    # rowid is the SearchTerm's id; the term is stored padded as pg_trgm pads it ("^^word$").
    "CREATE VIRTUAL TABLE directory_searchterm_trigram USING fts5(term, tokenize='trigram')",
]
SQLITE_DOWN = [
    "DROP TABLE IF EXISTS directory_service_fts",
    "DROP TABLE IF EXISTS directory_searchterm_trigram",
]


def run(statements_by_vendor):
    def operation(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return operation


def load_default_synonyms(apps, schema_editor):
    # Only into an empty table: the groups belong to the editors once they exist.
    SynonymGroup = apps.get_model("directory", "SynonymGroup")
    if SynonymGroup.objects.exists():
        return
    with open(SYNONYMS_FILE, encoding="utf-8") as lines:
        SynonymGroup.objects.bulk_create(
            SynonymGroup(words=words, note=note) for words, note in parse_synonym_lines(lines)
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_hsdsimport_portal_searchterm_servicesearchentry_and_more")]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRES_UP, "sqlite": SQLITE_UP}),
            run({"postgresql": POSTGRES_DOWN, "sqlite": SQLITE_DOWN}),
        ),
        migrations.RunPython(load_default_synonyms, migrations.RunPython.noop),
    ]
