"""PostgreSQL only: a nightly back-up (``pg_dump --format=custom``) restores into an empty database
with the residents, the cases and the access log intact, hash chain included (docs/deployment.md,
"Back-up en herstel")."""

import os
import shutil
import subprocess
import uuid

import psycopg
import pytest
from django.db import connection
from psycopg import sql
from psycopg.rows import dict_row

from plein.cases import services as case_services
from plein.privacy.access_log import GENESIS_HASH, record_access
from plein.privacy.models import AccessLogEntry
from plein.privacy.models.access_log import HASHED_FIELDS

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL only: back-ups are made with pg_dump/pg_restore"
    ),
    # transaction=True: pg_dump runs in its own session and sees only committed data.
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture(autouse=True)
def client_programs():
    # Not a skip: where the suite runs on PostgreSQL, the restore procedure must be proven.
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.fail("pg_dump/pg_restore ontbreken: installeer postgresql-client.")


def client_arguments(settings_dict: dict) -> tuple[list[str], dict]:
    """Host, port and user for the PostgreSQL client programs; the password through the environment."""
    arguments = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            arguments += [option, str(settings_dict[key])]
    env = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return arguments, env


def connect(settings_dict: dict, dbname: str, **kwargs) -> psycopg.Connection:
    return psycopg.connect(
        dbname=dbname,
        host=settings_dict.get("HOST") or None,
        port=settings_dict.get("PORT") or None,
        user=settings_dict.get("USER") or None,
        password=settings_dict.get("PASSWORD") or None,
        **kwargs,
    )


def broken_link(rows: list[dict]) -> int | None:
    """The id of the first restored entry whose hash or link does not match (None: intact)."""
    previous_hash = GENESIS_HASH
    for row in rows:
        entry = AccessLogEntry(**{name: row[name] for name in HASHED_FIELDS})
        entry.client_address = str(row["client_address"]) if row["client_address"] else None
        if row["previous_hash"] != previous_hash or entry.compute_hash() != row["entry_hash"]:
            return row["id"]
        previous_hash = row["entry_hash"]
    return None


def test_a_custom_format_dump_restores_with_the_access_log_chain_intact(world, register_resident, tmp_path):
    resident = register_resident(first_names="Fatima", last_name="El Amrani")
    household = resident.household_memberships.get().household
    case = case_services.case_open(actor=world.generalist, household=household)
    entries = [
        record_access(
            actor=world.generalist,
            action="read",
            object_type="case",
            object_id=case.pk,
            resident_id=resident.pk,
            household_id=household.pk,
        )
        for _ in range(3)
    ]
    settings_dict = connection.settings_dict
    arguments, env = client_arguments(settings_dict)
    dump = tmp_path / "plein.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(dump), *arguments, settings_dict["NAME"]],
        check=True,
        env=env,
        capture_output=True,
    )
    restore_name = f"plein_restore_{uuid.uuid4().hex[:12]}"
    with connect(settings_dict, "postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(restore_name)))
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", "--dbname", restore_name, *arguments, str(dump)],
            check=True,
            env=env,
            capture_output=True,
        )
        with connect(settings_dict, restore_name, row_factory=dict_row) as restored:
            found = restored.execute(
                "SELECT first_names, last_name FROM people_resident WHERE id = %s", [resident.pk]
            ).fetchone()
            assert found == {"first_names": "Fatima", "last_name": "El Amrani"}
            found_case = restored.execute(
                "SELECT reference, household_id FROM cases_case WHERE id = %s", [case.pk]
            ).fetchone()
            assert found_case == {"reference": case.reference, "household_id": household.pk}
            rows = restored.execute(f"SELECT * FROM {AccessLogEntry._meta.db_table} ORDER BY id").fetchall()
        restored_ids = [row["id"] for row in rows]
        assert all(entry.pk in restored_ids for entry in entries)
        assert rows[-1]["entry_hash"] == entries[-1].entry_hash
        assert broken_link(rows) is None
        # The check would notice a changed row: it is not trivially true.
        rows[0]["resident_id"] = 999_999
        assert broken_link(rows) == rows[0]["id"]
    finally:
        with connect(settings_dict, "postgres", autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(restore_name))
            )
