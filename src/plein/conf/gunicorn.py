"""gunicorn's configuration for Plein's web processes (docs/deployment.md):

    gunicorn -c python:plein.conf.gunicorn plein.wsgi:application

Installed with the package, so every web machine runs the same configuration; a command-line flag
overrides a value here (``bench/server.py`` does so for its port, workers and log files).
"""

import os

# Behind a proxy on the same machine; a web machine behind a load balancer binds its own address.
bind = os.environ.get("PLEIN_BIND", "127.0.0.1:8000")

# Sync workers, one request each. A page mostly waits on PostgreSQL; with the database on another
# machine two per core keep the cores busy (the benchmark, with PostgreSQL on the same two cores,
# measured 2 as good as 3 or 4: docs/benchmarks.md). Capped: each worker holds up to three database
# connections (default, access log, replica) and about 120 MB.
_cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
workers = int(os.environ.get("PLEIN_WEB_WORKERS", min(2 * _cores + 1, 17)))
worker_class = "sync"

# A request that takes longer is killed (and logged): nothing in Plein should; reports and other long
# work run in `plein db_worker`, not in a request.
timeout = int(os.environ.get("PLEIN_WEB_TIMEOUT", "30"))
graceful_timeout = 30

# A worker is replaced after this many requests (spread by the jitter, so they do not restart
# together): memory that creeps up in a long-running process is given back.
max_requests = int(os.environ.get("PLEIN_WEB_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 10

# Load Django once in the master, before forking: the workers share its memory pages and start
# faster. Django opens database connections lazily, in the workers. An upgrade needs a restart (not
# a HUP) to load the new code.
preload_app = True

# Only the load balancer (or local proxy) may say that a request came over HTTPS.
forwarded_allow_ips = os.environ.get("PLEIN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

proc_name = "plein"
accesslog = "-"
errorlog = "-"
# No personal data in the access log: the path without its query string (%(U)s; a search term or a
# date filter lives in the query), no referrer, no user agent, no client address. The request id
# (set by the proxy) ties a line to Plein's own access log, which records who and from where.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms id=%({x-request-id}i)s'
