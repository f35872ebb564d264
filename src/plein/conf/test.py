"""Test settings: SQLite unless PLEIN_DATABASE_URL is set; PostgreSQL is required when CI=true."""

import os

if os.environ.get("CI", "").lower() == "true":
    os.environ.setdefault("PLEIN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
os.environ.setdefault("PLEIN_DATABASE_URL", "sqlite:///:memory:")

from plein.conf.demo import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Each test's access log entries roll back with the test; the PostgreSQL-only test of
# tests/privacy/test_access_log_postgres.py switches to the separate "access_log" connection.
ACCESS_LOG_DATABASE = "default"

# A stand-in for the read replica (plein.core.replica), for tests/core/test_replica.py: a database of
# its own (on PostgreSQL a second one on the same server, on SQLite a second in-memory one) that gets
# the schema by migrate, where a real replica gets it by replication. pytest-django creates it only for
# tests that ask for it (databases={"default", "replica"}); routing to it is off, as the access log's
# own connection is, so that no other test reads it. The replica tests switch it on and fill it.
_primary = DATABASES["default"]  # noqa: F405
DATABASES["replica"] = {  # noqa: F405
    **_primary,
    "OPTIONS": dict(_primary.get("OPTIONS", {})),
    "TEST": {"NAME": f"test_{_primary['NAME']}_replica"} if "postgresql" in _primary["ENGINE"] else {},
}
REPLICA_DATABASE = None
