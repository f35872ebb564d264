"""The benchmark's own PostgreSQL database: created, dropped and inspected with psycopg."""

from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

NAME_PREFIX = "plein_bench"


def maintenance_dsn(dsn: str) -> tuple[str, str]:
    """The ``postgres`` database on the same server, and the name of the benchmark database."""
    params = conninfo_to_dict(dsn)
    name = params.get("dbname") or ""
    if not name.startswith(NAME_PREFIX):
        # The benchmark drops and reloads its database: never one with another name.
        raise SystemExit(f"De benchmarkdatabase moet {NAME_PREFIX} heten (of zo beginnen), niet {name!r}.")
    params["dbname"] = "postgres"
    return make_conninfo(**params), name


def create(dsn: str, *, drop: bool) -> None:
    """Create the benchmark database if it is missing; first drop it when ``drop``."""
    admin, name = maintenance_dsn(dsn)
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and drop:
            print(f"[bench] database {name} verwijderen", flush=True)
            connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            print(f"[bench] database {name} aanmaken", flush=True)
            connection.execute(f'CREATE DATABASE "{name}"')


def analyze(dsn: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute("ANALYZE")


def server_settings(dsn: str) -> dict[str, Any]:
    """The PostgreSQL version and the settings that matter most for these figures."""
    admin, _ = maintenance_dsn(dsn)
    with psycopg.connect(admin, autocommit=True) as connection:
        return {
            name: connection.execute(f"SHOW {name}").fetchone()[0]
            for name in ("server_version", "shared_buffers", "work_mem", "jit", "max_connections")
        }
