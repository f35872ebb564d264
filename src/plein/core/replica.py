"""Reading monitoring's aggregates from a PostgreSQL read replica.

A replica (``PLEIN_REPLICA_DATABASE_URL``, alias ``"replica"``) is a streaming copy of the primary:
the long counting queries of the dashboards, the indicator API, the budget page and report
generation can run there instead of beside the case work. Which reads go there is explicit: only
those inside ``reporting_reads()``, which those entry points put around their computation. Outside
it, and for every write, nothing changes: ``"default"``.

Why a scope and not a rule per model: the same tables (cases, requests) are read by case work,
which must see its own writes at once, and by aggregates, which may be a moment behind. A replica
lags the primary by a little (usually well under a second, longer under heavy writes), so:

* permission checks (memberships, ``monitoring_scope``) stay outside the scope: a just-revoked role
  must not linger on a lagging replica;
* a row written in the same request or task is read outside the scope: report generation fetches
  its ``Report`` and writes its progress and result to the primary; the report pages read reports
  from the primary, so progress is never behind;
* a figure may miss what happened in the last second: fine for an aggregate over weeks or months.

Writes always go to ``"default"``, also for an object that was read from the replica (Django would
otherwise save it where it came from). The access log has its own router, listed first in
``DATABASE_ROUTERS``: its entries never go to the replica. The replica is never migrated: it gets
the schema by replication (and would refuse the writes). Without a replica configured this router
has no say at all.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS

# Per thread (gunicorn's gthread workers) and per task, unlike a module-level flag.
_reporting = ContextVar("plein_reporting_reads", default=False)


def replica_database() -> str | None:
    return getattr(settings, "REPLICA_DATABASE", None)


@contextmanager
def reporting_reads() -> Iterator[None]:
    """Within this block, reads may come from the replica (when there is one): aggregates only."""
    token = _reporting.set(True)
    try:
        yield
    finally:
        _reporting.reset(token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        replica = replica_database()
        if replica is None:
            return None
        return replica if _reporting.get() else DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return None if replica_database() is None else DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary: an object read from either may refer to one
        # read from the other.
        replica = replica_database()
        if replica is not None and {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, replica}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return False if db == replica_database() else None
