"""Production settings are safe by default: what an IT department sees when it deploys Plein."""

import os
import subprocess
import sys


def run_plein(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("PLEIN_", "DJANGO_"))
    }
    environment.update(DJANGO_SETTINGS_MODULE="plein.conf.base", **env)
    return subprocess.run(
        [sys.executable, "-m", "plein", *args], env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_plein("check")

    assert result.returncode != 0
    assert "PLEIN_SECRET_KEY is not set" in result.stderr


def test_production_settings_pass_djangos_deployment_checklist(tmp_path):
    result = run_plein(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        PLEIN_SECRET_KEY="x" * 20 + "a-long-random-production-secret-key-0123456789",
        PLEIN_DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
