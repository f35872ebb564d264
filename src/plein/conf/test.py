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
