"""Keeping the access log five years, then deleting it (NEN 7513; retention rule ``access_log``).

``access_log_purge(before)`` deletes the oldest entries — a prefix of the chain in id order, all
older than ``before`` and never younger than ``PLEIN_ACCESS_LOG_YEARS`` (default 5) — and writes an
``AccessLogCheckpoint`` with the hash of the last deleted entry. ``verify_chain()`` starts from the
newest checkpoint's hash, so the remaining log stays verifiable end to end, and tampering with what
remains (or deleting more of its oldest entries) is still detected.

Why the purge may delete when the application may not
-----------------------------------------------------
``AccessLogEntry`` and its queryset refuse ``delete()``: no page, service or admin action can remove
an entry, which is what makes the log evidence. Deleting after five years is a retention duty, not
an edit: it runs only here, unattended (the daily cron line in docs/deployment.md), takes only
entries past the retention period, and leaves a checkpoint that records what went. It goes around
the refusal with ``QuerySet._raw_delete`` (one ``DELETE ... WHERE id <= n``, no signals, no
collector) instead of lifting the refusal for everyone.

The newest entry is never deleted, even when it is older than the period: ``record_access`` links a
new entry to the last one in the table, and an empty table would restart the chain at the genesis
hash, past the checkpoint.
"""

from __future__ import annotations

from datetime import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import connections, transaction
from django.utils import timezone

from plein.privacy.access_log import CHAIN_LOCK_KEY, log_database
from plein.privacy.models import AccessLogCheckpoint, AccessLogEntry

DEFAULT_YEARS = 5


def access_log_years() -> int:
    return int(getattr(settings, "PLEIN_ACCESS_LOG_YEARS", DEFAULT_YEARS))


def purge_cutoff(now: datetime | None = None) -> datetime:
    """Entries from before this moment have been kept long enough."""
    return (now or timezone.now()) - relativedelta(years=access_log_years())


def access_log_purge(before: datetime | None = None) -> AccessLogCheckpoint | None:
    """Delete the entries from before ``before`` (at most up to the retention cut-off) and record a
    checkpoint; None when nothing was old enough."""
    now = timezone.now()
    cutoff = purge_cutoff(now)
    before = cutoff if before is None else min(before, cutoff)
    alias = log_database()
    connection = connections[alias]
    entries = AccessLogEntry.objects.using(alias)
    with transaction.atomic(using=alias):
        if connection.vendor == "postgresql":
            # The same lock as record_access: the chain's end does not move while we cut its start.
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])
        # A prefix in id order: ``at`` is taken just before the chain lock, so two writers' times can
        # cross by a moment; stopping at the first young entry keeps the remaining chain whole.
        first_young = entries.filter(at__gte=before).order_by("id").values_list("id", flat=True).first()
        newest = entries.order_by("-id").values_list("id", flat=True).first()
        if newest is None:
            return None
        limit = first_young if first_young is not None else newest
        last = entries.filter(id__lt=limit).order_by("-id").values_list("id", "entry_hash").first()
        if last is None:
            return None
        up_to_id, last_hash = last
        count = entries.filter(id__lte=up_to_id)._raw_delete(alias)
        return AccessLogCheckpoint.objects.using(alias).create(
            purged_at=now, purged_before=before, up_to_id=up_to_id, last_hash=last_hash, count=count
        )
