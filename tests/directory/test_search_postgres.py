"""PostgreSQL must agree with the Python side of the search: same trigrams, same terms, and the
indexes of migration 0004 must be the ones the queries use."""

import pytest
from django.db import connection

from plein.directory.models import SearchTerm
from plein.directory.search import (
    ENTRY_TABLE,
    Alternative,
    PostgresEngine,
    _forms,
    similarity,
    tokens,
    trigrams,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]

WORD_PAIRS = [
    ("boodschapen", "boodschappen"),
    ("rolstoul", "rolstoel"),
    ("eenzam", "eenzaam"),
    ("schuldhulpverleninq", "schuldhulpverlening"),
    ("a", "ab"),
    ("abcde", "abxde"),
    ("mantelzorg", "mantelzorger"),
    ("wmo", "wmo"),
    ("taxi", "regiotaxi"),
    ("covid19", "covid"),
    ("xylofoon", "rolstoel"),
]


def fetch(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@pytest.mark.parametrize(("typed", "word"), WORD_PAIRS)
def test_python_similarity_is_pg_trgm_similarity(typed, word):
    [(expected, pg_trigrams)] = fetch("SELECT similarity(%s, %s), show_trgm(%s)", [typed, word, typed])

    assert similarity(typed, word) == pytest.approx(expected, abs=1e-6)
    assert trigrams(typed) == set(pg_trigrams)


def test_analysed_terms_pass_the_postgres_parser_unchanged():
    text = "Covid-19 1e5 0x1f 12e 3D a0b WW-uitkering 2e-hands café Één 's avonds 1701AB e-mail x1y2 www"
    terms = _forms(tokens(text))

    [(lexemes,)] = fetch("SELECT tsvector_to_array(to_tsvector('simple', %s))", [" ".join(sorted(terms))])

    assert set(lexemes) == terms


def explain(sql, params, *, seqscan=True):
    with connection.cursor() as cursor:
        if not seqscan:  # a test's tiny table is read whole otherwise
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_full_text_query_uses_the_gin_index(world):
    condition = PostgresEngine().matches(
        [Alternative(("rolstoel",), 10), Alternative(("boodsch",), 10, True)]
    )

    plan = explain(
        f"SELECT service_id FROM {ENTRY_TABLE} WHERE {condition.sql}", condition.params, seqscan=False
    )

    assert "directory_servicesearchentry_fts" in plan


def test_typo_candidates_can_use_the_trigram_index_and_the_vocabulary_the_unique_index(world):
    [(definition,)] = fetch(
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'directory_searchterm_term_trgm'"
    )
    SearchTerm.objects.bulk_create(
        SearchTerm(term=f"{first}{second}woord", document_count=1)
        for first in "abcdefghij"
        for second in "klmnopqrst"
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE directory_searchterm")
    lookup_plan = explain("SELECT term FROM directory_searchterm WHERE term IN (%s, %s)", ["akwoord", "hulp"])

    # The typo query filters on the indexed expression; the planner takes the index once the
    # vocabulary is large enough to make it worth it.
    assert "gin (lower((term)::text) gin_trgm_ops)" in definition
    assert "directory_searchterm_term_trgm" not in lookup_plan
