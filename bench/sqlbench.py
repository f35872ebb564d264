"""The SQL under each page: captured from the real view, replayed bare with psycopg.

``capture`` runs a request through Django's test client inside the bench process (same settings,
same database) and records every statement the request executes, with its parameters filled in
(``record``: also for work that is not a request, such as generating a report).
``replay`` then runs exactly those statements back to back on one psycopg connection in
autocommit, as Django does with a persistent connection, and times the whole set per request.
The difference between a page and its SQL is what Django, the template and HTTP add.
"""

import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any, TypeVar

import psycopg

T = TypeVar("T")
LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b")


@dataclass
class Request:
    method: str
    path: str
    form: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    json: dict[str, Any] | None = None


def capture(client: Any, request: Request, *, expect: str = "") -> list[str]:
    """The SQL statements of one request (the second of two: the first warms per-process caches)."""

    def send():
        if request.method == "POST" and request.json is not None:
            return client.post(
                request.path, data=request.json, content_type="application/json", headers=request.headers
            )
        if request.method == "POST":
            return client.post(request.path, data=request.form or {}, headers=request.headers)
        return client.get(request.path, headers=request.headers)

    send()
    response, statements = record(send)
    if response.status_code != 200:
        raise RuntimeError(f"{request.method} {request.path} gaf {response.status_code} bij het vastleggen")
    if expect and expect.encode() not in response.content:
        raise RuntimeError(f"{request.method} {request.path}: antwoord zonder {expect!r}")
    return statements


def record(action: Callable[[], T], *, aliases: Sequence[str] = ("default",)) -> tuple[T, list[str]]:
    """What ``action`` returns, and every SQL statement it executed on these connections (in the
    order of the connections: only the statements of one connection are in the order they ran)."""
    from django.db import connections
    from django.test.utils import CaptureQueriesContext

    with ExitStack() as stack:
        captures = [stack.enter_context(CaptureQueriesContext(connections[alias])) for alias in aliases]
        result = action()
    return result, [query["sql"] for captured in captures for query in captured.captured_queries]


def shape(sql: str) -> str:
    """The statement without its literals, to group the same statement across requests."""
    return " ".join(LITERAL.sub("?", sql).split())


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list (the same as the load generator's)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), math.ceil(fraction * len(sorted_values))))
    return sorted_values[rank - 1]


def replay(
    dsn: str, variants: list[list[str]], *, iterations: int, warmup: int, max_seconds: float
) -> dict[str, Any]:
    """Time the statements of each request variant in turn; per request and per statement."""
    per_request: list[float] = []
    per_statement: dict[str, list[float]] = defaultdict(list)
    with psycopg.connect(dsn, autocommit=True) as connection, connection.cursor() as cursor:

        def run(statements: list[str], record: bool) -> float:
            total = 0.0
            for sql in statements:
                started = time.perf_counter()
                cursor.execute(sql)
                if cursor.description is not None:
                    cursor.fetchall()
                elapsed = time.perf_counter() - started
                total += elapsed
                if record:
                    per_statement[shape(sql)].append(elapsed)
            return total

        for index in range(warmup):
            run(variants[index % len(variants)], record=False)
        started = time.perf_counter()
        deadline = started + max_seconds
        for index in range(iterations):
            if time.perf_counter() > deadline:
                break
            per_request.append(run(variants[index % len(variants)], record=True))
        wall = time.perf_counter() - started
    ordered = sorted(per_request)
    statements = []
    for sql, times in per_statement.items():
        times.sort()
        statements.append(
            {
                "sql": sql,
                "executions": len(times),
                "p50_ms": round(percentile(times, 0.50) * 1000, 3),
                "p95_ms": round(percentile(times, 0.95) * 1000, 3),
                # What it costs a request: a cheap statement run hundreds of times can cost the most.
                "ms_per_request": round(sum(times) * 1000 / len(per_request), 3),
            }
        )
    statements.sort(key=lambda statement: statement["ms_per_request"], reverse=True)
    return {
        "requests": len(per_request),
        "errors": 0,
        "seconds": round(wall, 3),
        "rps": round(len(per_request) / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(ordered, 0.50) * 1000, 3),
        "p95_ms": round(percentile(ordered, 0.95) * 1000, 3),
        "p99_ms": round(percentile(ordered, 0.99) * 1000, 3),
        "statements_per_request": round(sum(len(v) for v in variants) / len(variants), 1),
        "statements": statements,
    }
