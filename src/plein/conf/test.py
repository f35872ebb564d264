"""Test settings: SQLite unless PLEIN_DATABASE_URL is set; PostgreSQL is required when CI=true."""

import os

if os.environ.get("CI", "").lower() == "true":
    os.environ.setdefault("PLEIN_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
os.environ.setdefault("PLEIN_DATABASE_URL", "sqlite:///:memory:")

from plein.conf.demo import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
