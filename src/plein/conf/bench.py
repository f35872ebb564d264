"""Benchmark settings: production settings (``plein.conf.base``) against the ``plein_bench``
PostgreSQL database, served over plain HTTP on loopback by ``make bench`` (see docs/benchmarks.md).

What differs from production, and why:

- plain HTTP on 127.0.0.1, so secure cookies, the HTTPS redirect and HSTS are off;
- a fixed secret key (the bench database holds synthetic data only);
- demo logins are allowed (``PLEIN_DEMO``): the load generator logs in as ``generalist``;
- the public API's rate limit is lifted: the load generator is one client asking thousands of times;
- one extra URL, ``/bench/baseline/``: the cheapest logged-in page, the yardstick for the others.

Everything else (DEBUG off, middleware, templates, ManifestStaticFilesStorage, persistent database
connections) is production's.
"""

import os

# Its own variable, so a PLEIN_DATABASE_URL in the shell never points the benchmark (which may drop
# and reload its database) at another database.
os.environ["PLEIN_DATABASE_URL"] = os.environ.get(
    "PLEIN_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/plein_bench"
)
os.environ["PLEIN_SECRET_KEY"] = "bench-only-not-secret-" + "b" * 40
os.environ["PLEIN_DEBUG"] = "false"
os.environ["PLEIN_SECURE_COOKIES"] = "false"
os.environ["PLEIN_SSL_REDIRECT"] = "false"
os.environ["PLEIN_HSTS_SECONDS"] = "0"
os.environ["PLEIN_PUBLIC_API_RATE_LIMIT"] = "1000000000"

from plein.conf.base import *  # noqa: F403

PLEIN_DEMO = True
ROOT_URLCONF = "plein.conf.bench_urls"
