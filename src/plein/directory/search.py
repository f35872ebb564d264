"""Search on the social map that understands residents.

Analysis happens here, in Python, so PostgreSQL and SQLite index and search the very same terms:
words are lowercased, accents dropped, stop words removed and stemmed with Snowball's classic Dutch
stemmer (its newer one strips ``ge-`` inside words: gezin became "zin", begeleiding "beleid").
Every word is indexed as written and as its stem: searching matches stems ("rolstoelen" finds
"rolstoel"), the written forms make a typo correction show a real word and let a suggestion match
what people are typing. Compound words are split against the vocabulary ("boodschappendienst" is
also "boodschappen" and "dienst"). Synonyms widen the query, not the index.

A search runs in four or five SQL statements: the vocabulary (known words, their document counts),
typo candidates when a word is unknown (pg_trgm in PostgreSQL, an FTS5 trigram table in SQLite),
candidate services by full text (a GIN-indexed tsvector in PostgreSQL, an FTS5 table in SQLite),
and the page of services with their life domains. The databases only *find* candidates; choosing a
typo correction and ranking happen here, so both engines give the same results for the same data.
"""

import functools
import re
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import snowballstemmer
from django.db import connection, transaction
from django.db.models import BooleanField, Exists, F, OuterRef, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Greatest

from plein.directory.models import SearchTerm, Service, ServiceSearchEntry, SynonymGroup

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
MAX_RESULTS_PER_PAGE = 100
MIN_WORD_LENGTH = 2
MAX_WORD_LENGTH = 40  # longer "words" are noise (a pasted link, a keyboard held down)
MIN_PREFIX_LENGTH = 2
# Ranking looks at this many candidates at most, so a word found in nearly every service stays fast
# (ENGINEERING.md: cap very common terms). ``SearchResult.total`` is capped at the same number.
MAX_CANDIDATES = 500
# A word in more services than this only helps rank the services the query's rarer words find.
COMMON_TERM_DOCUMENTS = 500
BATCH_SIZE = 500
VOCABULARY_CHUNK = 5_000  # below SQLite's limit of 32,766 parameters; more than a query can need

SYNONYMS_FILE = Path(__file__).with_name("synonyms_nl.txt")
# Other processes see an editor's synonym change within this time; the editing process at once.
SYNONYM_CACHE_SECONDS = 60

# -- analysis -------------------------------------------------------------------------------------

# Function words and the verbs residents wrap a question in ("ik kan ... niet meer doen"). Content
# words stay, also short or common ones: "was" (de was doen), "alleen" (eenzaam), "eten", "hulp".
STOP_WORDS = frozenset(
    """
    aan al alle alles als alsjeblieft altijd andere beetje ben bent beste bij binnen daar dan dank
    dat de deze die dit doe doen doet door dus een eens en er even ga gaan gaat geen gewoon graag
    had hallo heb hebben hebt heel heeft het hier hij hoe hoi hun iemand iets ik in is ja je jij jou
    jouw kan kon kun kunnen kunt maar me mee meer men meneer met mevrouw mij mijn moet moeten mogen
    na naar nee net niet niets nodig nog nooit nu of om ons onze ook op over per soms steeds te
    tegen toch tot u uit uw vaak van veel via voor vraag vragen waar wanneer want waren waarom wat
    we weer wel welke wie wij wil wilt willen word wordt worden zal ze zeer zelf zich zij zijn zo
    zoals zoek zoeken zonder zou zouden
    """.split()  # noqa: SIM905 -- reads better as text than as 140 quoted strings
)
# Plurals the stemmer cannot know, also as the first part of a compound (kinderopvang).
IRREGULAR_STEMS = {"kinderen": "kind", "kinder": "kind", "eieren": "ei", "bladeren": "blad"}
DIMINUTIVE_ENDINGS = ("etjes", "etje", "jes", "je")  # maatje, bloemetje: the word without it
LINKING_LETTERS = ("en", "s", "e")  # boodschappen|dienst, levens|vragen, pannen|koek
MIN_PART_LENGTH = 4  # parts of a compound: no "rol" in rolstoel
MIN_LOOSE_PART_LENGTH = 5  # a known part next to an unknown rest: rolstoel|uitleen
MAX_PART_LENGTH = 24

_TOKEN = re.compile(r"[a-z0-9]+")
_TAG = re.compile(r"<[^>]*>|[<>]")
# Characters no question needs that SQL, shells and search syntaxes give meaning; quotes stay ('s avonds).
_SYNTAX = re.compile(r"[;`\\|{}\[\]^$*=]|--+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # and lone surrogates: unprintable
_SPACES = re.compile(r"\s+")
_VOWELS = frozenset("aeiouy")
_stemmer = snowballstemmer.stemmer("dutch_porter")
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps state while it works


def normalise(text: str) -> str:
    """Lowercase without accents: "Cliënt Één" -> "client een"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokens(text: str) -> list[str]:
    """Words of letters and digits; anything else (punctuation, emoji, markup) separates them."""
    return [
        token for token in _TOKEN.findall(normalise(text)) if MIN_WORD_LENGTH <= len(token) <= MAX_WORD_LENGTH
    ]


def content_words(text: str) -> list[str]:
    return [token for token in tokens(text) if token not in STOP_WORDS]


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The Dutch stem of a normalised word: boodschappen -> boodschap, eenzame -> eenzam."""
    if word in IRREGULAR_STEMS:
        return IRREGULAR_STEMS[word]
    for ending in DIMINUTIVE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    with _stemmer_lock:
        stemmed = _stemmer.stemWord(word)
    # The classic stemmer keeps "boodschapp" (boodschappen) apart from "boodschap": undouble.
    if len(stemmed) > 3 and stemmed[-1] == stemmed[-2] and stemmed[-1] not in _VOWELS:
        stemmed = stemmed[:-1]
    return stemmed


def clean_query(text: str) -> str:
    """What is searched and shown back: no markup, control or syntax characters, at most 200
    characters. (The words searched are letters and digits only: nothing else reaches a query.)"""
    text = _CONTROL.sub(" ", str(text or "")[: MAX_QUERY_LENGTH * 4])
    text = _SYNTAX.sub(" ", _TAG.sub(" ", text))
    return _SPACES.sub(" ", text).strip()[:MAX_QUERY_LENGTH].strip()


def stems(word: str) -> tuple[str, ...]:
    """The stem; for a verb form ending in -t also the stem without it: "woont" is also "wonen".

    Only as an extra form, because many nouns end in -t too (sport, dienst, kracht).
    """
    first = stem(word)
    if len(word) >= 4 and word[-1] == "t" and word[-2] not in _VOWELS and stem(word[:-1]) != first:
        return first, stem(word[:-1])
    return (first,)


def compound_parts(word: str, known: Collection[str], *, loose: bool = True) -> list[str]:
    """The known words a compound is made of, also the parts of those parts; [] if none.

    Preferred: the word made up entirely of known words (linking letters allowed), fewest parts.
    Otherwise (``loose``) a known first or last part of five letters or more next to an unknown
    rest, because the head of a compound is often a word nobody writes alone (rolstoel|uitleen).
    """
    found: list[str] = []
    _collect_parts(word, known, found, loose=loose, depth=0)
    return found


def _collect_parts(word: str, known: Collection[str], found: list[str], *, loose: bool, depth: int) -> None:
    if depth > 3 or len(word) < 2 * MIN_PART_LENGTH:
        return
    parts = _full_split(word, known) or (_loose_split(word, known) if loose else [])
    for part in parts:
        if part not in found:
            found.append(part)
            _collect_parts(part, known, found, loose=loose, depth=depth + 1)


def _full_split(word: str, known: Collection[str]) -> list[str]:
    # best[i]: the fewest known parts that make up word[i:], the longest first part on a tie.
    length = len(word)
    best: list[list[str] | None] = [None] * (length + 1)
    best[length] = []
    for start in range(length - MIN_PART_LENGTH, -1, -1):
        for end in range(min(length, start + MAX_PART_LENGTH), start + MIN_PART_LENGTH - 1, -1):
            part = word[start:end]
            if part == word or part not in known:
                continue
            nexts = [end] + [
                end + len(link) for link in LINKING_LETTERS if end < length and word.startswith(link, end)
            ]
            for next_start in nexts:
                rest = best[next_start] if next_start <= length else None
                if rest is not None and (best[start] is None or len(rest) + 1 < len(best[start])):
                    best[start] = [part, *rest]
    return best[0] or []


def _loose_split(word: str, known: Collection[str]) -> list[str]:
    parts = []
    for end in range(min(len(word) - MIN_PART_LENGTH, MAX_PART_LENGTH), MIN_LOOSE_PART_LENGTH - 1, -1):
        if word[:end] in known:
            parts.append(word[:end])
            break
    for start in range(
        max(MIN_PART_LENGTH, len(word) - MAX_PART_LENGTH), len(word) - MIN_LOOSE_PART_LENGTH + 1
    ):
        if word[start:] in known:
            parts.append(word[start:])
            break
    return parts


def _pieces(word: str) -> set[str]:
    """Every piece of a long word that could be a part of it: what to look up before splitting."""
    if len(word) < 2 * MIN_PART_LENGTH:
        return set()
    return {
        word[start:end]
        for start in range(len(word) - MIN_PART_LENGTH + 1)
        for end in range(start + MIN_PART_LENGTH, min(len(word), start + MAX_PART_LENGTH) + 1)
        if end - start < len(word)
    }


def _edges(word: str) -> set[str]:
    """The beginnings and ends of a long word: enough to split a compound a resident typed in two."""
    if len(word) < 2 * MIN_PART_LENGTH:
        return set()
    cuts = range(MIN_PART_LENGTH, len(word) - MIN_PART_LENGTH + 1)
    return {word[:cut] for cut in cuts} | {word[cut:] for cut in cuts}


def _forms(words: Iterable[str]) -> set[str]:
    """Index terms of words: each as written and as its stems."""
    terms = set()
    for word in words:
        terms.add(word)
        terms.update(stems(word))
    return terms


# -- trigram similarity and edit distance (the typo rule) -----------------------------------------


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: padded with two spaces in front and one behind."""
    padded = f"  {word} "
    return {padded[index : index + 3] for index in range(len(padded) - 2)}


def similarity(first: str, second: str) -> float:
    """pg_trgm's ``similarity()`` for single words: shared trigrams over all trigrams."""
    a, b = trigrams(first), trigrams(second)
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def edit_distance(first: str, second: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): a swap of two letters is one edit."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, a in enumerate(first, start=1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


MIN_TYPO_LENGTH = 4
MIN_SIMILARITY = 0.3  # pg_trgm's default threshold for the % operator


def max_typo_distance(word: str) -> int:
    return 1 if len(word) <= 6 else 2


def best_correction(word: str, candidates: Iterable[tuple[str, int]]) -> str | None:
    """The vocabulary word a typo most likely meant: similar (trigrams) and at most one or two edits
    away; the fewest edits, then the most similar, the most used, the first alphabetically."""
    fitting = []
    for term, document_count in candidates:
        if term == word:
            continue
        distance = edit_distance(word, term)
        if distance > max_typo_distance(word):
            continue
        score = similarity(word, term)
        if score >= MIN_SIMILARITY:
            fitting.append((distance, -score, -document_count, term))
    return min(fitting)[3] if fitting else None


# -- synonyms -------------------------------------------------------------------------------------

Entry = tuple[str, ...]  # a synonym: the stems of a word or a phrase ("rood staan")
Group = tuple[Entry, ...]


@dataclass(frozen=True)
class Synonyms:
    """Groups of words and phrases that mean the same to a resident, analysed like a query."""

    groups: tuple[Group, ...]
    words: frozenset[str]  # every word and stem in the groups: known parts for splitting compounds

    def matches(self, query_stems: Collection[str]) -> list[tuple[Entry, Group]]:
        """Per group the first entry the query holds entirely (a phrase's words in any order)."""
        found = []
        for group in self.groups:
            for entry in group:
                if all(term in query_stems for term in entry):
                    found.append((entry, group))
                    break
        return found


def parse_synonym_lines(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(words, note) per group from the synonyms file: one group a line, ``#`` starts a comment."""
    groups = []
    for line in lines:
        words, _, note = line.partition("#")
        words = ", ".join(word.strip() for word in words.split(",") if word.strip())
        if "," in words:
            groups.append((words, note.strip()[:200]))
    return groups


def analyse_synonyms(word_lists: Iterable[Sequence[str]]) -> Synonyms:
    groups = []
    words: set[str] = set()
    for word_list in word_lists:
        entries: list[Entry] = []
        for text in word_list:
            entry_words = content_words(text)
            words |= _forms(entry_words)
            entry = tuple(dict.fromkeys(stem(word) for word in entry_words))
            if entry and entry not in entries:
                entries.append(entry)
        if len(entries) > 1:
            groups.append(tuple(entries))
    return Synonyms(groups=tuple(groups), words=frozenset(words))


_synonym_cache: tuple[float, Synonyms] | None = None


def synonyms() -> Synonyms:
    """The synonym groups, read from the database at most once a minute per process."""
    global _synonym_cache
    cached = _synonym_cache
    if cached is not None and time.monotonic() - cached[0] < SYNONYM_CACHE_SECONDS:
        return cached[1]
    loaded = analyse_synonyms(group.word_list() for group in SynonymGroup.objects.only("words"))
    _synonym_cache = (time.monotonic(), loaded)
    return loaded


def synonyms_changed() -> None:
    """After an edit of the synonym groups: the next search reads them again. No reindex is needed:
    synonyms widen the query, the index holds only the services' own words."""
    global _synonym_cache
    _synonym_cache = None


# -- query plans ----------------------------------------------------------------------------------

# What a service matching a query word is worth: how the word was found times where.
EXACT, PART, TYPO, SYNONYM, TYPO_SYNONYM, LOOSE_PART = 10, 8, 7, 6, 4, 4
NAME, NAME_PART, BODY = 3, 2, 1  # a word of the name, part of a word of the name (Auto|maatje), the rest
COVERAGE = 10  # for every further query word a service matches
MAX_BREADTH = 3  # at most this much for further ways a query word is found in a service
# Small next to the above: they decide between services that match about equally well.
LEVEL_BONUS = {Service.Level.GENERAL: 4, Service.Level.NEARBY: 2, Service.Level.CUSTOMISED: 0}
DISTRICT_BONUS_OWN, DISTRICT_BONUS_WHOLE = 4, 2  # serves the resident's district, or all districts


@dataclass(frozen=True)
class Document:
    """A candidate service's terms, as the ranking looks at them."""

    name_words: frozenset[str]  # the forms of the name's own words
    name_terms: frozenset[str]  # those and the parts of the name's compound words
    terms: frozenset[str]  # everything: name and body


@dataclass(frozen=True)
class Alternative:
    """One way a query word can be found in a service: all these terms, or a prefix of a term."""

    terms: tuple[str, ...]
    weight: int
    prefix: bool = False

    def field_weight(self, document: Document) -> int:
        """Where the service holds all terms: NAME, NAME_PART, BODY, or 0 if it does not."""
        fields = (
            (NAME, document.name_words),
            (NAME_PART, document.name_terms),
            (BODY, document.terms),
        )
        for weight, terms in fields:
            if self.prefix:
                if any(term.startswith(self.terms[0]) for term in terms):
                    return weight
            elif all(term in terms for term in self.terms):
                return weight
        return 0


@dataclass
class Concept:
    """A word of the query with everything that counts as finding it."""

    word: str
    stems: tuple[str, ...] = ()  # what it is searched as: its own stems or its correction's
    corrected: bool = False
    alternatives: list[Alternative] = field(default_factory=list)

    def add(self, alternative: Alternative) -> None:
        for index, existing in enumerate(self.alternatives):
            if (existing.terms, existing.prefix) == (alternative.terms, alternative.prefix):
                if alternative.weight > existing.weight:
                    self.alternatives[index] = alternative
                return
        self.alternatives.append(alternative)

    def add_parts(self, parts: Sequence[str], vocabulary: dict[str, int]) -> None:
        """A compound: all its parts, or less so its rarest part alone (rolstoel, not hulp)."""
        part_stems = tuple(dict.fromkeys(stem(part) for part in parts))
        self.add(Alternative(part_stems, PART))
        findable = [(vocabulary[term], term) for term in part_stems if term in vocabulary]
        if findable:
            self.add(Alternative((min(findable)[1],), LOOSE_PART))


@dataclass
class Plan:
    concepts: list[Concept]
    corrections: dict[str, str]
    retrieval: list[Alternative]  # what the database looks for


def _plan(words: Sequence[str], prefix: str | None, vendor_engine: "Engine") -> Plan:
    """Turn query words into concepts: stems, compound parts, typo corrections, then synonyms.

    A ``prefix`` (the word being typed) finds every term it starts, and counts as a word too when
    it is one already.
    """
    synonym_map = synonyms()
    typed = [*words, prefix] if prefix else list(words)
    query_stems = {term for word in typed for term in stems(word)}
    matched = synonym_map.matches(query_stems)
    looked_up = _forms(typed) | {term for _, group in matched for entry in group for term in entry}
    for word in words:
        looked_up |= _edges(word)
    vocabulary = _vocabulary(looked_up)
    in_synonyms = {term for entry, _ in matched for term in entry}
    known = vocabulary.keys() | synonym_map.words

    concepts = []
    unknown: dict[str, Concept] = {}
    for index, word in enumerate(typed):
        concept = Concept(word)
        concepts.append(concept)
        concept.stems = tuple(term for term in stems(word) if term in vocabulary or term in in_synonyms)
        for term in concept.stems:
            concept.add(Alternative((term,), EXACT))
        if prefix and index == len(words):
            concept.add(Alternative((prefix,), EXACT, prefix=True))
        elif not concept.stems:
            # A compound made of known words beats a typo correction, a correction a loose part.
            parts = compound_parts(word, known, loose=False)
            if parts:
                concept.add_parts(parts, vocabulary)
            elif len(word) >= MIN_TYPO_LENGTH:
                unknown[word] = concept

    corrections: dict[str, str] = {}
    if unknown:
        candidates = vendor_engine.similar_terms(list(unknown))
        for word, concept in unknown.items():
            corrected = best_correction(word, candidates)
            if corrected is None:
                parts = compound_parts(word, known)
                if parts:
                    concept.add_parts(parts, vocabulary)
                continue
            corrections[word] = corrected
            concept.stems, concept.corrected = stems(corrected), True
            for term in {corrected, *concept.stems}:
                concept.add(Alternative((term,), TYPO))
            query_stems.update(concept.stems)
        matched = synonym_map.matches(query_stems)

    for entry, group in matched:
        for concept in concepts:
            if set(concept.stems) & set(entry):
                weight = TYPO_SYNONYM if concept.corrected else SYNONYM
                for other in group:
                    if other != entry:
                        concept.add(Alternative(other, weight))

    concepts = [concept for concept in concepts if concept.alternatives]
    return Plan(concepts, corrections, _retrieval(concepts, vocabulary, looked_up))


def _retrieval(
    concepts: list[Concept], vocabulary: dict[str, int], looked_up: Collection[str]
) -> list[Alternative]:
    """The alternatives the database should look for: leave out what no service holds, and words in
    very many services when rarer ones are there to find candidates (a term not looked up, such as
    a typo's correction, counts as rare)."""
    findable = []
    for concept in concepts:
        for alternative in concept.alternatives:
            if alternative.prefix:
                findable.append((0, alternative))
            elif not any(term in looked_up and term not in vocabulary for term in alternative.terms):
                findable.append((min(vocabulary.get(term, 0) for term in alternative.terms), alternative))
    rare = [alternative for count, alternative in findable if count <= COMMON_TERM_DOCUMENTS]
    return rare or [alternative for _, alternative in findable]


def _vocabulary(terms: Collection[str]) -> dict[str, int]:
    """Document counts of those terms the index holds; one statement for any query."""
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(terms), VOCABULARY_CHUNK):
        found.update(SearchTerm.objects.filter(term__in=chunk).values_list("term", "document_count"))
    return found


# -- database engines -----------------------------------------------------------------------------

SERVICE_FTS_TABLE = "directory_service_fts"  # SQLite: FTS5 over the entries, rowid = service id
TERM_TRIGRAM_TABLE = "directory_searchterm_trigram"  # SQLite: FTS5 trigrams, rowid = SearchTerm id
ENTRY_TABLE = ServiceSearchEntry._meta.db_table


class Engine:
    """What differs per database: how to find services by terms and words by trigrams, and how to
    keep SQLite's FTS5 tables next to the entries (PostgreSQL's indexes keep themselves)."""

    def matches(self, alternatives: Sequence[Alternative]) -> RawSQL:
        raise NotImplementedError

    def similar_terms(self, words: Sequence[str]) -> list[tuple[str, int]]:
        raise NotImplementedError

    def entries_replaced(self, service_ids: Collection[int], entries: Sequence[ServiceSearchEntry]) -> None:
        pass

    def terms_added(self, terms: Collection[str]) -> None:
        pass

    def terms_removed(self, term_ids: Collection[int]) -> None:
        pass

    def cleared(self) -> None:
        pass


class PostgresEngine(Engine):
    def matches(self, alternatives: Sequence[Alternative]) -> RawSQL:
        # search_vector: the entry's terms as a tsvector, a column PostgreSQL generates (migration 0004).
        query = " | ".join(
            f"'{alternative.terms[0]}':*"
            if alternative.prefix
            else "(" + " & ".join(f"'{term}'" for term in alternative.terms) + ")"
            for alternative in alternatives
        )
        return RawSQL(
            f"{ENTRY_TABLE}.search_vector @@ %s::tsquery",
            [query],
            output_field=BooleanField(),
        )

    def similar_terms(self, words: Sequence[str]) -> list[tuple[str, int]]:
        # lower(term): the expression of the trigram index in migration 0004.
        condition = " OR ".join(["(lower(term) %% %s AND length(term) BETWEEN %s AND %s)"] * len(words))
        params: list[object] = []
        for word in words:
            params += [word, len(word) - max_typo_distance(word), len(word) + max_typo_distance(word)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term, document_count FROM {SearchTerm._meta.db_table} WHERE {condition}", params
            )
            return cursor.fetchall()


class SqliteEngine(Engine):
    def matches(self, alternatives: Sequence[Alternative]) -> RawSQL:
        query = " OR ".join(
            f'"{alternative.terms[0]}"*'
            if alternative.prefix
            else "(" + " AND ".join(f'"{term}"' for term in alternative.terms) + ")"
            for alternative in alternatives
        )
        return RawSQL(
            f"{ENTRY_TABLE}.service_id IN"
            f" (SELECT rowid FROM {SERVICE_FTS_TABLE} WHERE {SERVICE_FTS_TABLE} MATCH %s)",
            [query],
            output_field=BooleanField(),
        )

    def similar_terms(self, words: Sequence[str]) -> list[tuple[str, int]]:
        # Every word sharing a padded trigram; the typo rule then keeps the same ones pg_trgm would.
        grams = sorted({_fts_trigram(gram) for word in words for gram in trigrams(word)})
        lengths = " OR ".join(["length(term) BETWEEN %s AND %s"] * len(words))
        params: list[object] = [" OR ".join(f'"{gram}"' for gram in grams)]
        for word in words:
            params += [len(word) - max_typo_distance(word), len(word) + max_typo_distance(word)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term, document_count FROM {SearchTerm._meta.db_table} WHERE id IN"
                f" (SELECT rowid FROM {TERM_TRIGRAM_TABLE} WHERE {TERM_TRIGRAM_TABLE} MATCH %s)"
                f" AND ({lengths})",
                params,
            )
            return cursor.fetchall()

    def entries_replaced(self, service_ids: Collection[int], entries: Sequence[ServiceSearchEntry]) -> None:
        with connection.cursor() as cursor:
            for chunk in _chunks(sorted(service_ids), BATCH_SIZE):
                cursor.execute(
                    f"DELETE FROM {SERVICE_FTS_TABLE} WHERE rowid IN ({', '.join(['%s'] * len(chunk))})",
                    chunk,
                )
            cursor.executemany(
                f"INSERT INTO {SERVICE_FTS_TABLE} (rowid, name_terms, body_terms) VALUES (%s, %s, %s)",
                [(entry.service_id, entry.name_terms, entry.body_terms) for entry in entries],
            )

    def terms_added(self, terms: Collection[str]) -> None:
        # Padded like pg_trgm pads ("  word "), with ^ and $ for the spaces FTS5 would not keep.
        with connection.cursor() as cursor:
            for chunk in _chunks(sorted(terms), BATCH_SIZE):
                marks = ", ".join(["%s"] * len(chunk))
                ids = f"SELECT id FROM {SearchTerm._meta.db_table} WHERE term IN ({marks})"
                cursor.execute(f"DELETE FROM {TERM_TRIGRAM_TABLE} WHERE rowid IN ({ids})", chunk)
                cursor.execute(
                    f"INSERT INTO {TERM_TRIGRAM_TABLE} (rowid, term)"
                    f" SELECT id, '^^' || term || '$' FROM {SearchTerm._meta.db_table} WHERE term IN ({marks})",
                    chunk,
                )

    def terms_removed(self, term_ids: Collection[int]) -> None:
        with connection.cursor() as cursor:
            for chunk in _chunks(sorted(term_ids), BATCH_SIZE):
                cursor.execute(
                    f"DELETE FROM {TERM_TRIGRAM_TABLE} WHERE rowid IN ({', '.join(['%s'] * len(chunk))})",
                    chunk,
                )

    def cleared(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {SERVICE_FTS_TABLE}")
            cursor.execute(f"DELETE FROM {TERM_TRIGRAM_TABLE}")


def _fts_trigram(gram: str) -> str:
    """pg_trgm's padding in the FTS5 trigram table: "^" for a leading space, "$" for the last one."""
    if gram.endswith(" "):
        gram = gram[:-1] + "$"
    return gram.replace(" ", "^")


def engine() -> Engine:
    return PostgresEngine() if connection.vendor == "postgresql" else SqliteEngine()


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- searching ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchFilters:
    life_domain_codes: tuple[str, ...] = ()  # any of these domains
    district_id: int | None = None  # only services serving this district (no districts = whole municipality)
    age: int | None = None  # min_age <= age <= max_age (NULL bounds are open)
    free_access_only: bool = False


@dataclass(frozen=True)
class SearchResult:
    services: list[Service]  # this page, best first; organisation selected, life_domains prefetched
    total: int  # number of matching services, at most MAX_CANDIDATES
    corrections: dict[str, str]  # typo corrections applied, word as typed -> word searched
    query: str  # the cleaned query (what was searched)


def _filter_conditions(filters: SearchFilters, service: str) -> list[Q | Exists]:
    """Conditions on a queryset whose service is reached by ``service`` ("" for Service itself)."""
    prefix = f"{service}__" if service else ""
    service_id = OuterRef(f"{service}_id" if service else "pk")
    conditions: list[Q | Exists] = []
    if filters.life_domain_codes:
        conditions.append(
            Exists(
                Service.life_domains.through.objects.filter(
                    service_id=service_id, lifedomain__code__in=filters.life_domain_codes
                )
            )
        )
    if filters.district_id is not None:
        districts = Service.districts.through.objects.filter(service_id=service_id)
        conditions.append(~Exists(districts) | Exists(districts.filter(district_id=filters.district_id)))
    if filters.age is not None:
        conditions.append(
            Q(**{f"{prefix}min_age__isnull": True}) | Q(**{f"{prefix}min_age__lte": filters.age})
        )
        conditions.append(
            Q(**{f"{prefix}max_age__isnull": True}) | Q(**{f"{prefix}max_age__gte": filters.age})
        )
    if filters.free_access_only:
        conditions.append(Q(**{f"{prefix}free_access": True}))
    return conditions


@functools.lru_cache(maxsize=20_000)
def _sort_name(name: str) -> str:
    return normalise(name)


def _page(ids: Sequence[int]) -> list[Service]:
    if not ids:
        return []
    by_id = Service.objects.select_related("organisation").prefetch_related("life_domains").in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def _bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), MAX_RESULTS_PER_PAGE)), max(0, int(offset))


def search_services(
    *,
    municipality_id: int,
    query: str,
    filters: SearchFilters = SearchFilters(),
    prefer_district_id: int | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchResult:
    """Active services of the municipality for a resident's question, best first.

    Without a question: every active service that passes the filters, lower rungs of the ladder
    first, then by name (browsing a life domain). Never raises on what a resident types.
    """
    limit, offset = _bounds(limit, offset)
    cleaned = clean_query(query)
    if not cleaned:
        services = Service.objects.filter(municipality_id=municipality_id, active=True)
        rows = services.filter(*_filter_conditions(filters, "")).values_list("id", "level", "name")
        ranked = sorted(rows, key=lambda row: (row[1], _sort_name(row[2]), row[0]))
        page = [row[0] for row in ranked[offset : offset + limit]]
        return SearchResult(services=_page(page), total=len(ranked), corrections={}, query="")
    words = list(dict.fromkeys(content_words(cleaned)))[:MAX_QUERY_WORDS]
    ranked, corrections = _ranked(
        municipality_id, words, None, filters=filters, prefer_district_id=prefer_district_id
    )
    page = ranked[offset : offset + limit]
    return SearchResult(services=_page(page), total=len(ranked), corrections=corrections, query=cleaned)


def suggest_services(*, municipality_id: int, text: str, limit: int = 6) -> list[Service]:
    """Services for what a resident is typing: the last word may be the start of a word."""
    text = str(text or "")
    normalised = normalise(clean_query(text))
    words = _TOKEN.findall(normalised)
    prefix = None
    if words and not text[-1:].isspace() and normalised.endswith(words[-1]):
        prefix = words.pop()
        if not MIN_PREFIX_LENGTH <= len(prefix) <= MAX_WORD_LENGTH:
            prefix = None
    words = list(dict.fromkeys(content_words(" ".join(words))))[:MAX_QUERY_WORDS]
    limit, _ = _bounds(limit, 0)
    ranked, _ = _ranked(municipality_id, words, prefix, filters=SearchFilters(), prefer_district_id=None)
    return _page(ranked[:limit])


def _ranked(
    municipality_id: int,
    words: Sequence[str],
    prefix: str | None,
    *,
    filters: SearchFilters,
    prefer_district_id: int | None,
) -> tuple[list[int], dict[str, str]]:
    """Service ids best first, and the typo corrections made."""
    if not words and not prefix:
        return [], {}
    vendor_engine = engine()
    plan = _plan(words, prefix, vendor_engine)
    if not plan.retrieval:
        return [], plan.corrections
    entries = ServiceSearchEntry.objects.filter(municipality_id=municipality_id, service__active=True)
    entries = entries.filter(vendor_engine.matches(plan.retrieval), *_filter_conditions(filters, "service"))
    columns = ["service_id", "name_terms", "body_terms", "service__level", "service__name"]
    if prefer_district_id is not None:
        districts = Service.districts.through.objects.filter(service_id=OuterRef("service_id"))
        entries = entries.annotate(
            serves_own=Exists(districts.filter(district_id=prefer_district_id)), serves_some=Exists(districts)
        )
        columns += ["serves_own", "serves_some"]
    rows = entries.order_by(_name_hint(plan.retrieval), "service__level", "service_id")
    scorers = [Scorer.of(concept) for concept in plan.concepts]
    scored = []
    for row in rows.values_list(*columns)[:MAX_CANDIDATES]:
        score = _score(row, scorers)
        if score:
            if prefer_district_id is not None:
                score += DISTRICT_BONUS_OWN if row[5] else DISTRICT_BONUS_WHOLE if not row[6] else 0
            scored.append((-score, _sort_name(row[4]), row[0]))
    scored.sort()
    return [service_id for _, _, service_id in scored], plan.corrections


def _name_hint(alternatives: Sequence[Alternative]) -> RawSQL:
    """0 when the name holds one of the looked-for terms: with more candidates than ranking takes,
    those are taken first. LIKE on the space-padded terms works the same in both databases."""
    terms = sorted({alternative.terms[0] for alternative in alternatives})[:20]
    like = " OR ".join([f"(' ' || {ENTRY_TABLE}.name_terms || ' ') LIKE %s"] * len(terms))
    patterns = [
        f"% {term}%" if any(a.prefix and a.terms[0] == term for a in alternatives) else f"% {term} %"
        for term in terms
    ]
    return RawSQL(f"CASE WHEN {like} THEN 0 ELSE 1 END", patterns)


@dataclass(frozen=True)
class Scorer:
    """A concept ready for ranking many candidates: its single terms in a dict (most alternatives)."""

    singles: dict[str, int]  # term -> weight
    others: tuple[Alternative, ...]  # several terms, or a prefix

    @classmethod
    def of(cls, concept: Concept) -> "Scorer":
        singles: dict[str, int] = {}
        others = []
        for alternative in concept.alternatives:
            if len(alternative.terms) == 1 and not alternative.prefix:
                term = alternative.terms[0]
                singles[term] = max(singles.get(term, 0), alternative.weight)
            else:
                others.append(alternative)
        return cls(singles, tuple(others))

    def scores(self, document: Document) -> list[int]:
        found = []
        for term in self.singles.keys() & document.terms:
            where = (
                NAME if term in document.name_words else NAME_PART if term in document.name_terms else BODY
            )
            found.append(self.singles[term] * where)
        for alternative in self.others:
            if score := alternative.weight * alternative.field_weight(document):
                found.append(score)
        return found


def _score(row: Sequence, scorers: Sequence[Scorer]) -> int:
    """Relevance plus the ladder bonus of a candidate row (id, name terms, body terms, level, name).

    Per query word the best way it is found counts, and a little each further way (a service
    about work says werk, baan and solliciteren); each further query word found adds COVERAGE.
    """
    name_terms = frozenset(row[1].split())
    document = Document(_name_words(row[4]), name_terms, name_terms.union(row[2].split()))
    total = matched = 0
    for scorer in scorers:
        found = scorer.scores(document)
        if found:
            total += max(found) + min(len(found) - 1, MAX_BREADTH)
            matched += 1
    if not matched:
        return 0
    return total + COVERAGE * (matched - 1) + LEVEL_BONUS.get(row[3], 0)


@functools.lru_cache(maxsize=20_000)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(_forms(content_words(name)))


# -- indexing -------------------------------------------------------------------------------------


def _service_texts(service: Service) -> tuple[str, str]:
    """The name, and the rest residents may recognise the service by."""
    body = [
        service.description,
        service.keywords.replace(",", " "),
        service.target_group,
        service.organisation.name,
        *(domain.name for domain in service.life_domains.all()),
    ]
    return service.name, "\n".join(body)


@dataclass
class _Analysed:
    service: Service
    name_words: list[str]
    body_words: list[str]


def _entry(analysed: _Analysed, known: Collection[str], splits: dict[str, list[str]]) -> ServiceSearchEntry:
    def terms(words: list[str]) -> set[str]:
        with_parts = list(words)
        for word in words:
            if word not in splits:
                splits[word] = compound_parts(word, known)
            with_parts += splits[word]
        return _forms(with_parts)

    name_terms = terms(analysed.name_words)
    body_terms = terms(analysed.body_words) - name_terms
    return ServiceSearchEntry(
        service=analysed.service,
        municipality_id=analysed.service.municipality_id,
        name_terms=" ".join(sorted(name_terms)),
        body_terms=" ".join(sorted(body_terms)),
    )


def _entries(services: Iterable[Service], *, look_up_parts: bool) -> list[ServiceSearchEntry]:
    """Search entries for these services. Compounds are split against the words of these services,
    the synonyms and (``look_up_parts``) the vocabulary of the index."""
    analysed = []
    for service in services:
        name, body = _service_texts(service)
        analysed.append(_Analysed(service, content_words(name), content_words(body)))
    words = {word for item in analysed for word in item.name_words + item.body_words}
    known = _forms(words) | synonyms().words | IRREGULAR_STEMS.keys()
    if look_up_parts:
        known |= _vocabulary(set().union(*(_pieces(word) for word in words))).keys()
    splits: dict[str, list[str]] = {}
    return [_entry(item, known, splits) for item in analysed]


def _entry_terms(entry: ServiceSearchEntry) -> set[str]:
    return set(entry.name_terms.split()) | set(entry.body_terms.split())


def _indexable(services: QuerySet[Service]) -> QuerySet[Service]:
    return services.filter(active=True).select_related("organisation").prefetch_related("life_domains")


def index_services(service_ids: Iterable[int]) -> None:
    """(Re)build the search entries of these services; inactive or deleted ones are removed.

    Call after every change to a service, its organisation's name, its life domains or districts.
    The vocabulary's document counts follow the entries.
    """
    ids = sorted(set(service_ids))
    if not ids:
        return
    with transaction.atomic():
        # Locked, so two saves of one service cannot both count its old terms away.
        list(Service.objects.select_for_update().filter(id__in=ids).values_list("id"))
        old = list(ServiceSearchEntry.objects.filter(service_id__in=ids))
        entries = _entries(_indexable(Service.objects.filter(id__in=ids)), look_up_parts=True)
        counts: Counter[str] = Counter()
        for entry in old:
            counts.subtract(_entry_terms(entry))
        for entry in entries:
            counts.update(_entry_terms(entry))
        ServiceSearchEntry.objects.filter(service_id__in=ids).delete()
        ServiceSearchEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)
        vendor_engine = engine()
        vendor_engine.entries_replaced(ids, entries)
        _apply_counts(counts, vendor_engine)


def _apply_counts(counts: Counter[str], vendor_engine: Engine) -> None:
    """Add the changes in document counts to the vocabulary: new words in, unused words out."""
    added = sorted(term for term, change in counts.items() if change > 0)
    for chunk in _chunks(added, BATCH_SIZE):
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term, document_count=0) for term in chunk], ignore_conflicts=True
        )
    vendor_engine.terms_added(added)
    by_change: dict[int, list[str]] = {}
    for term, change in counts.items():
        if change:
            by_change.setdefault(change, []).append(term)
    for change, terms in sorted(by_change.items()):
        for chunk in _chunks(sorted(terms), BATCH_SIZE):
            SearchTerm.objects.filter(term__in=chunk).update(
                document_count=Greatest(F("document_count") + change, 0)
            )
    removed = [term for term, change in counts.items() if change < 0]
    for chunk in _chunks(sorted(removed), BATCH_SIZE):
        unused = SearchTerm.objects.filter(term__in=chunk, document_count=0)
        vendor_engine.terms_removed(list(unused.values_list("id", flat=True)))
        unused.delete()


def rebuild_index(*, municipality_id: int | None = None) -> int:
    """Index every active service (of one municipality, or all); returns how many were indexed.

    For all municipalities the index and vocabulary are made anew, which also makes compound
    splitting canonical: every word of every service is known before any is split.
    """
    if municipality_id is not None:
        ids = list(Service.objects.filter(municipality_id=municipality_id).values_list("id", flat=True))
        index_services(ids)
        return ServiceSearchEntry.objects.filter(municipality_id=municipality_id).count()
    with transaction.atomic():
        vendor_engine = engine()
        ServiceSearchEntry.objects.all().delete()
        SearchTerm.objects.all().delete()
        vendor_engine.cleared()
        services = _indexable(Service.objects.order_by("id")).iterator(chunk_size=BATCH_SIZE)
        entries = _entries(services, look_up_parts=False)
        ServiceSearchEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)
        vendor_engine.entries_replaced([], entries)
        counts = Counter(term for entry in entries for term in _entry_terms(entry))
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term, document_count=count) for term, count in sorted(counts.items())],
            batch_size=BATCH_SIZE,
        )
        vendor_engine.terms_added(list(counts))
    return len(entries)
