"""Plein's gunicorn configuration (plein.conf.gunicorn) serves the application and keeps query
strings, which may hold a search term or a name, out of the access log."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_access_log_has_the_path_and_request_id_but_no_query_string(tmp_path):
    port = free_port()
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith(("PLEIN_", "DJANGO_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="plein.conf.demo",
        PLEIN_BASE_DIR=str(tmp_path),
        PLEIN_BIND=f"127.0.0.1:{port}",
        PLEIN_WEB_WORKERS="1",
    )
    gunicorn = Path(sys.executable).parent / "gunicorn"
    output = tmp_path / "gunicorn.log"
    with output.open("wb") as log:
        server = subprocess.Popen(
            [str(gunicorn), "-c", "python:plein.conf.gunicorn", "plein.wsgi:application"],
            env=environment,
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        status = None
        deadline = time.monotonic() + 60
        while status is None and time.monotonic() < deadline and server.poll() is None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                connection.request("GET", "/health?zoek=Jansen", headers={"X-Request-ID": "verzoek42"})
                status = connection.getresponse().status
            except OSError:
                time.sleep(0.3)
            finally:
                connection.close()
        assert status == 200, output.read_text(errors="replace")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    access_lines = [line for line in output.read_text().splitlines() if '"GET /health' in line]
    assert len(access_lines) == 1, output.read_text()
    assert '"GET /health HTTP/1.1" 200' in access_lines[0]
    assert "id=verzoek42" in access_lines[0]
    assert "Jansen" not in output.read_text()
