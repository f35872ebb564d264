"""The load generator of ``make bench``: a process of its own, beside the server under test.

It reads a plan (JSON) on stdin, logs in through the real login form (passing two-factor
authentication with the code an authenticator app would show), runs each scenario and writes the measurements (JSON) to stdout. Only the standard library: threads with one
``http.client`` connection each (kept alive where the server allows it; gunicorn's sync workers
close every connection, and http.client then opens a new one), to 127.0.0.1 only.

A scenario is a list of requests taken in turn (``rotate``); first ``warmup`` requests that are
not counted, then at most ``requests`` requests or ``max_seconds``, whichever comes first, at
``concurrency`` requests in flight. Every response that is not 2xx (or not the scenario's
``status``, e.g. 302 after a form was saved), or whose body lacks the scenario's ``expect`` text,
is an error. Latency is measured from sending the request to having
read the whole response body.
"""

import hashlib
import hmac
import http.client
import itertools
import json
import math
import re
import resource
import sys
import threading
import time
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlencode

HOST = "127.0.0.1"
TIMEOUT = 30.0
VERIFY_PATH = "/tweestaps/controleren/"
TOTP_STEP = 30
ERROR_SAMPLES = 5


class Session:
    """The cookies of one logged-in browser, shared by the threads of the load generator."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def cookie_header(self) -> str:
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items())

    def remember(self, response: http.client.HTTPResponse) -> None:
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value

    def request(
        self, method: str, path: str, *, form: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT)
        try:
            headers = {"Cookie": self.cookie_header()}
            body = None
            if form is not None:
                body = urlencode(form)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            self.remember(response)
            return response.status, dict(response.headers), data
        finally:
            connection.close()

    def csrf_from(self, html: bytes) -> str:
        match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        if match is None:
            raise RuntimeError("geen CSRF-token in het formulier gevonden")
        return match.group(1).decode()

    def login(self, username: str, password: str, totp_key: str | None = None) -> None:
        status, _, html = self.request("GET", "/inloggen/")
        if status != 200:
            raise RuntimeError(f"GET /inloggen/ gaf {status}")
        form = {"username": username, "password": password, "csrfmiddlewaretoken": self.csrf_from(html)}
        status, _, _ = self.request("POST", "/inloggen/", form=form)
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"inloggen als {username} mislukte (status {status})")
        # The work pages send a session that still needs its second factor to the code form.
        status, headers, _ = self.request("GET", "/werk/")
        if status == 302 and VERIFY_PATH in headers.get("Location", ""):
            self.pass_two_factor(totp_key)

    def pass_two_factor(self, totp_key: str | None) -> None:
        """Type the app's current code; if this 30-second step's code was used already (django-otp
        accepts each code once), wait for the next step."""
        if not totp_key:
            raise RuntimeError("de server vraagt om tweestapsverificatie, maar het plan heeft geen sleutel")
        for _ in range(3):
            status, _, html = self.request("GET", VERIFY_PATH)
            if status != 200:
                raise RuntimeError(f"GET {VERIFY_PATH} gaf {status}")
            form = {"code": totp(bytes.fromhex(totp_key)), "csrfmiddlewaretoken": self.csrf_from(html)}
            status, headers, _ = self.request("POST", VERIFY_PATH, form=form)
            if status == 302 and VERIFY_PATH not in headers.get("Location", ""):
                return
            time.sleep(TOTP_STEP - time.time() % TOTP_STEP + 1)
        raise RuntimeError("de tweestapsverificatie lukte niet")


def totp(key: bytes, at: float | None = None) -> str:
    """The six-digit time-based code of RFC 6238 (SHA-1, 30-second steps), as an authenticator app
    computes it."""
    counter = int((time.time() if at is None else at) // TOTP_STEP)
    digest = hmac.new(key, counter.to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), math.ceil(fraction * len(sorted_values))))
    return sorted_values[rank - 1]


class Scenario:
    def __init__(self, spec: dict[str, Any], session: Session, csrf_token: str) -> None:
        self.name: str = spec["name"]
        self.expect: bytes | None = spec.get("expect", "").encode() or None
        self.status: int | None = spec.get("status")
        self.requests: list[tuple[str, str, bytes | None, dict[str, str]]] = []
        for item in spec["rotate"]:
            headers = dict(item.get("headers", {}))
            body = None
            if item.get("session", True):
                headers["Cookie"] = session.cookie_header()
            if item.get("form") is not None:
                form = dict(item["form"])
                if item.get("csrf"):
                    form["csrfmiddlewaretoken"] = csrf_token
                body = urlencode(form).encode()
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            elif item.get("json") is not None:
                body = json.dumps(item["json"]).encode()
                headers["Content-Type"] = "application/json"
            self.requests.append((item.get("method", "GET"), item["path"], body, headers))
        # A write that can be done once per request (saving a plan at the version it was read at)
        # takes each request once, over warm-up and measurement together; the others rotate.
        indexes = range(len(self.requests))
        self.rotation = iter(indexes) if spec.get("once") else itertools.cycle(indexes)

    def run(self, port: int, *, count: int, concurrency: int, max_seconds: float) -> dict[str, Any]:
        lock = threading.Lock()
        issued = itertools.count()
        latencies: list[float] = []
        errors: list[str] = []
        error_count = 0
        deadline = time.perf_counter() + max_seconds

        def worker() -> None:
            nonlocal error_count
            connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
            try:
                while True:
                    with lock:
                        if next(issued) >= count or time.perf_counter() > deadline:
                            return
                        index = next(self.rotation, None)
                        if index is None:
                            return
                        method, path, body, headers = self.requests[index]
                    problem = None
                    started = time.perf_counter()
                    try:
                        connection.request(method, path, body=body, headers=headers)
                        response = connection.getresponse()
                        data = response.read()
                        elapsed = time.perf_counter() - started
                        if self.status is not None and response.status != self.status:
                            problem = f"{method} {path}: HTTP {response.status}, niet {self.status}"
                        elif self.status is None and not 200 <= response.status < 300:
                            problem = f"{method} {path}: HTTP {response.status}"
                        elif self.expect is not None and self.expect not in data:
                            problem = f"{method} {path}: antwoord zonder {self.expect.decode()!r}"
                        if response.will_close:
                            connection.close()
                    except (OSError, http.client.HTTPException) as error:
                        elapsed = time.perf_counter() - started
                        problem = f"{method} {path}: {type(error).__name__}: {error}"
                        connection.close()
                    with lock:
                        latencies.append(elapsed)
                        if problem is not None:
                            error_count += 1
                            if len(errors) < ERROR_SAMPLES:
                                errors.append(problem)
            finally:
                connection.close()

        cpu_before = resource.getrusage(resource.RUSAGE_SELF)
        started = time.perf_counter()
        threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_SELF)
        ordered = sorted(latencies)
        return {
            "name": self.name,
            "requests": len(latencies),
            "errors": error_count,
            "error_samples": errors,
            "seconds": round(wall, 3),
            "rps": round(len(latencies) / wall, 1) if wall else 0.0,
            "p50_ms": round(percentile(ordered, 0.50) * 1000, 2),
            "p95_ms": round(percentile(ordered, 0.95) * 1000, 2),
            "p99_ms": round(percentile(ordered, 0.99) * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2) if ordered else None,
            "concurrency": concurrency,
            "client_cpu_s": round(
                (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime), 3
            ),
        }


def main() -> int:
    plan = json.load(sys.stdin)
    port = int(plan["port"])
    session = Session(port)
    session.login(plan["username"], plan["password"], plan.get("totp_key"))
    # Logging in rotates the CSRF token: take the new one from a form, as a browser would.
    status, _, html = session.request("GET", plan["csrf_page"])
    if status != 200:
        raise RuntimeError(f"GET {plan['csrf_page']} gaf {status}")
    csrf_token = session.csrf_from(html)
    results = []
    for spec in plan["scenarios"]:
        scenario = Scenario(spec, session, csrf_token)
        concurrency = int(spec.get("concurrency", plan["concurrency"]))
        warmup = scenario.run(
            port, count=int(plan["warmup"]), concurrency=concurrency, max_seconds=plan["max_seconds"]
        )
        result = scenario.run(
            port, count=int(plan["requests"]), concurrency=concurrency, max_seconds=plan["max_seconds"]
        )
        result["warmup_requests"] = warmup["requests"]
        result["warmup_errors"] = warmup["errors"]
        if warmup["errors"] and not result["errors"]:
            result["error_samples"] = warmup["error_samples"]
        print(
            f"  {result['name']:<40} {result['requests']:>5} verzoeken  p50 {result['p50_ms']:>7.2f} ms  "
            f"p95 {result['p95_ms']:>7.2f} ms  {result['rps']:>7.1f}/s  fouten {result['errors']}",
            file=sys.stderr,
            flush=True,
        )
        results.append(result)
    json.dump({"results": results}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
