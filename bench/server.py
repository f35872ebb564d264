"""The server under test: gunicorn serving plein.wsgi, started and stopped as a process group."""

import http.client
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Server:
    def __init__(
        self,
        gunicorn: Path,
        *,
        port: int,
        workers: int,
        worker_class: str,
        threads: int,
        log_dir: Path,
        env: dict[str, str],
    ) -> None:
        self.port = port
        self.access_log = log_dir / "access.log"
        self.error_log = log_dir / "error.log"
        # Django logs (tracebacks of 500s) go to the workers' stderr, not to gunicorn's error log.
        self.output_log = log_dir / "output.log"
        self.command = [
            str(gunicorn),
            # Production's configuration (docs/deployment.md); the flags below override it.
            "--config",
            "python:plein.conf.gunicorn",
            "plein.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            worker_class,
            "--threads",
            str(threads),
            "--timeout",
            "30",
            "--graceful-timeout",
            "5",
            # No worker restarts halfway through a scenario: they would show up as slow requests.
            "--max-requests",
            "0",
            # As docs/deployment.md runs it: with an access log (here to a file, not the terminal).
            "--access-logfile",
            str(self.access_log),
            "--error-logfile",
            str(self.error_log),
        ]
        self.env = env
        self.process: subprocess.Popen | None = None

    def start(self, *, timeout: float = 30.0) -> None:
        # A session of its own: stop() signals the whole process group, master and workers.
        with self.output_log.open("wb") as output:
            self.process = subprocess.Popen(
                self.command,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn stopte meteen (code {self.process.returncode}):\n{self.log_tail()}"
                )
            if self.healthy():
                return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn antwoordde niet binnen {timeout:.0f} s:\n{self.log_tail()}")

    def healthy(self) -> bool:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=2)
        try:
            connection.request("GET", "/health")
            return connection.getresponse().status == 200
        except OSError:
            return False
        finally:
            connection.close()

    def worker_pids(self) -> list[int]:
        assert self.process is not None
        master = self.process.pid
        children = Path(f"/proc/{master}/task/{master}/children")
        if children.exists():
            return sorted(int(pid) for pid in children.read_text().split())
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    @staticmethod
    def rss_mb(pid: int) -> float | None:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
        except OSError:
            return None
        return None

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of gunicorn's error log and of the workers' own output (Django's log)."""
        parts = []
        for path in (self.error_log, self.output_log):
            try:
                tail = path.read_text(errors="replace").splitlines()[-lines:]
            except OSError:
                continue
            if tail:
                parts.append(f"--- {path.name}\n" + "\n".join(tail))
        return "\n".join(parts) or "(geen log)"
