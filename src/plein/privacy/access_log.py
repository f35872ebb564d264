"""Recording and reading the access log (toegangslog).

Surviving a rollback
--------------------
An entry must stay when the business transaction it belongs to rolls back (a refused change, an
error halfway through a page). ``record_access`` therefore writes through the database alias named
by ``settings.ACCESS_LOG_DATABASE``:

* On PostgreSQL that is ``"access_log"``: a second connection to the *same* database (see
  ``plein.conf.base``), in autocommit mode. Its short transaction (lock, read the last hash, insert)
  commits on its own, whatever the request's connection does afterwards. ``AccessLogRouter`` sends
  reads and writes of ``AccessLogEntry`` to that alias and lets only ``default`` migrate.
* On SQLite (development, demo, the fast test run) it is ``"default"``: a second connection to a
  SQLite file would wait for the request's write lock, and to an in-memory test database it would be
  another database. There an entry rolls back with the transaction it was written in.
* The test settings use ``"default"`` so that every test's entries roll back with the test; the
  PostgreSQL-only test ``tests/privacy/test_access_log_postgres.py`` switches to ``"access_log"`` and
  proves that an entry written in an atomic block that raises is still there.

Hash chain
----------
Entries are chained: ``entry_hash = sha256(canonical content + previous_hash)``. Writers serialise
on a transaction-level advisory lock (PostgreSQL) or the database write lock (SQLite, which Plein
opens in IMMEDIATE mode), so the chain has no forks. ``verify_chain()`` returns the first entry whose
hash or link does not match.

Privacy
-------
Entries hold ids only: no names, no BSN, no search terms (for a search: the kind of search and the
number of results in ``details``). Reading the log is for the privacy officer; two-factor
authentication for it comes with the authentication work of issue 7 (item 7).
"""

import uuid
from collections.abc import Iterable

from django.conf import settings
from django.db import connections, transaction
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from plein.areas.selectors import active_memberships, scope_for
from plein.privacy.models import AccessAction, AccessBasis, AccessLogCheckpoint, AccessLogEntry, AccessResult

GENESIS_HASH = "0" * 64
DEFAULT_PROCESSING_ACTIVITY = "Integrale toegang sociaal domein"
DECISIONS_PROCESSING_ACTIVITY = "Beschikken op maatwerkvoorzieningen"
# An arbitrary, fixed key for pg_advisory_xact_lock: one writer of the chain at a time.
CHAIN_LOCK_KEY = 751_3_7513


def log_database() -> str:
    return getattr(settings, "ACCESS_LOG_DATABASE", "default")


class AccessLogRouter:
    """Access log entries live in the default database but travel over their own connection."""

    def _alias(self, model):
        # Purge checkpoints travel with the entries: purging writes both in one transaction.
        return log_database() if model in (AccessLogEntry, AccessLogCheckpoint) else None

    def db_for_read(self, model, **hints):
        return self._alias(model)

    def db_for_write(self, model, **hints):
        return self._alias(model)

    def allow_relation(self, obj1, obj2, **hints):
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The "access_log" alias is the same database as "default": migrate it once.
        return False if db == "access_log" else None


# --- who and from where --------------------------------------------------------------------------


def _actor_snapshot(user) -> dict:
    if not getattr(user, "is_authenticated", False):
        return {"actor_id": None, "actor_username": "", "actor_roles": [], "actor_organisation": ""}
    snapshot = getattr(user, "_plein_access_log_actor", None)
    if snapshot is None:
        names = sorted(
            {
                organisation or municipality
                for organisation, municipality in active_memberships()
                .filter(professional=user)
                .values_list("organisation__name", "municipality__name")
                if organisation or municipality
            }
        )
        snapshot = {
            "actor_id": user.pk,
            "actor_username": user.get_username(),
            "actor_roles": sorted(scope_for(user).roles),
            "actor_organisation": ", ".join(names)[:200],
        }
        user._plein_access_log_actor = snapshot
    return snapshot


def client_address(request: HttpRequest | None) -> str | None:
    """REMOTE_ADDR as Django received it. Behind a proxy, the proxy's configuration decides what
    arrives here; X-Forwarded-For is not trusted by this module."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def request_id(request: HttpRequest | None) -> str:
    """One id per request, shared by all entries of that request (X-Request-ID if a proxy set one)."""
    if request is None:
        return ""
    rid = getattr(request, "_plein_request_id", None)
    if rid is None:
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        rid = given[:64] if given and given.replace("-", "").isalnum() else uuid.uuid4().hex
        request._plein_request_id = rid
    return rid


# --- writing -------------------------------------------------------------------------------------


def record_access(
    *,
    actor,
    action: str,
    object_type: str,
    object_id=None,
    result: str = AccessResult.ALLOWED,
    basis: str = AccessBasis.NONE,
    resident_id: int | None = None,
    resident_ids: Iterable[int] = (),
    household_id: int | None = None,
    processing_activity: str = DEFAULT_PROCESSING_ACTIVITY,
    on_behalf_of: str = "",
    details: dict | None = None,
    request: HttpRequest | None = None,
) -> AccessLogEntry:
    """Append one entry to the log, through its own connection (see the module docstring)."""
    ids = sorted({int(i) for i in resident_ids} | ({int(resident_id)} if resident_id else set()))
    entry = AccessLogEntry(
        at=timezone.now(),
        **_actor_snapshot(actor),
        on_behalf_of=on_behalf_of,
        action=AccessAction(action),
        object_type=object_type,
        object_id="" if object_id is None else str(object_id),
        resident_id=resident_id if resident_id else (ids[0] if len(ids) == 1 else None),
        resident_ids=ids,
        household_id=household_id,
        result=AccessResult(result),
        basis=AccessBasis(basis),
        processing_activity=processing_activity,
        details=details or {},
        client_address=client_address(request),
        request_id=request_id(request),
    )
    alias = log_database()
    connection = connections[alias]
    # savepoint=False: no SAVEPOINT round trips when the log shares the request's connection.
    with transaction.atomic(using=alias, savepoint=False):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [CHAIN_LOCK_KEY])
        last = (
            AccessLogEntry.objects.using(alias).order_by("-id").values_list("entry_hash", flat=True).first()
        )
        entry.previous_hash = last or GENESIS_HASH
        entry.entry_hash = entry.compute_hash()
        entry.save(using=alias)
    return entry


def record_resident_search(*, actor, residents, request: HttpRequest | None = None) -> AccessLogEntry:
    """One entry for a resident search, on the page or in the API: the ids found and how many, never
    the search terms (a name or BSN typed in is personal data of its own)."""
    return record_access(
        actor=actor,
        action=AccessAction.SEARCH,
        object_type="resident",
        resident_ids=[resident.pk for resident in residents],
        details={"search": "resident_search", "results": len(residents)},
        request=request,
    )


def log_view_access(
    request: HttpRequest,
    *,
    object_type: str,
    object_id,
    lookup,
    action: str = AccessAction.READ,
    concerns=None,
    basis=None,
    processing_activity: str = DEFAULT_PROCESSING_ACTIVITY,
):
    """Look an object up for a view and log it: one line per view.

    ``lookup()`` returns the object or raises Http404 (not visible: need-to-know). A 404 is logged
    as refused, without resident or household (nothing was shown), and raised again. Otherwise
    ``concerns(obj)`` gives ``{"resident_id", "resident_ids", "household_id"}`` and ``basis(obj)``
    the ground for the access; the object is returned.
    """
    try:
        obj = lookup()
    except Http404:
        record_access(
            actor=request.user,
            action=action,
            object_type=object_type,
            object_id=object_id,
            result=AccessResult.REFUSED,
            processing_activity=processing_activity,
            request=request,
        )
        raise
    concerned = dict(concerns(obj)) if concerns else {}
    if basis:
        ground = basis(obj)
    else:
        ground = basis_for(
            request.user, household_id=concerned.get("household_id"), resident_id=concerned.get("resident_id")
        )
        if ground == AccessBasis.BREAK_THE_GLASS and concerned.get("household_id") is None:
            # A resident's page seen under an emergency access: name the household, so that the
            # privacy officer's review counts the page under that access.
            from plein.privacy.break_the_glass import emergency_household_for

            concerned["household_id"] = emergency_household_for(
                request.user, resident_id=concerned.get("resident_id")
            )
    record_access(
        actor=request.user,
        action=action,
        object_type=object_type,
        object_id=object_id,
        basis=ground,
        processing_activity=processing_activity,
        request=request,
        **concerned,
    )
    return obj


def basis_for(user, household_id: int | None = None, resident_id: int | None = None) -> str:
    """The ground for an allowed access (need-to-know has already decided that it is allowed).

    Break-the-glass when the object's household (or, for a resident, one of theirs) is read under
    an active emergency access of this user; otherwise, coarsely, from the roles: the selectors do
    not say *which* rule let a user in.
    """
    from plein.areas.models import Role
    from plein.privacy.break_the_glass import emergency_household_for

    if emergency_household_for(user, household_id=household_id, resident_id=resident_id) is not None:
        return AccessBasis.BREAK_THE_GLASS
    roles = scope_for(user).roles
    if Role.DECISION_OFFICER in roles:
        return AccessBasis.BACK_OFFICE
    if roles & {Role.GENERALIST, Role.YOUTH_COACH, Role.YOUTH_PROTECTOR, Role.TEAM_COORDINATOR}:
        return AccessBasis.TEAM
    if roles:
        return AccessBasis.INVOLVEMENT
    return AccessBasis.NONE


# --- verifying -----------------------------------------------------------------------------------


def chain_start_hash() -> str:
    """The hash the oldest remaining entry links to: the last purged entry's, or the genesis hash."""
    checkpoint = AccessLogCheckpoint.objects.order_by("-up_to_id").values_list("last_hash", flat=True).first()
    return checkpoint or GENESIS_HASH


def verify_chain(entries: QuerySet[AccessLogEntry] | None = None) -> AccessLogEntry | None:
    """The first entry (in id order) whose hash or link to its predecessor is broken; None if intact.

    Without ``entries`` the whole log is checked and its first entry must link to the genesis hash,
    or, once old entries were purged, to the hash of the last purged entry (the newest
    ``AccessLogCheckpoint``, see ``plein.privacy.access_log_retention``); with a queryset (e.g. a
    day's entries) the first entry's link is taken as given.
    """
    whole_log = entries is None
    entries = AccessLogEntry.objects.all() if whole_log else entries
    previous_hash = chain_start_hash() if whole_log else None
    for entry in entries.order_by("id").iterator(chunk_size=2000):
        if previous_hash is not None and entry.previous_hash != previous_hash:
            return entry
        if entry.compute_hash() != entry.entry_hash:
            return entry
        previous_hash = entry.entry_hash
    return None


# --- reading (the privacy officer) ---------------------------------------------------------------


def entries_matching(
    *, resident_id: int | None = None, actor_id: int | None = None, date_from=None, date_to=None
) -> QuerySet[AccessLogEntry]:
    """Entries about a resident (their own, and their households' pages), by a user, in a period."""
    entries = AccessLogEntry.objects.all()
    if resident_id:
        from plein.people.models import HouseholdMembership

        concerns = Q(resident_id=resident_id) | Q(
            resident_id__isnull=True,
            household_id__in=list(
                HouseholdMembership.objects.filter(resident_id=resident_id).values_list(
                    "household_id", flat=True
                )
            ),
        )
        if connections[log_database()].features.supports_json_field_contains:
            concerns |= Q(resident_ids__contains=[resident_id])
        entries = entries.filter(concerns)
    if actor_id:
        entries = entries.filter(actor_id=actor_id)
    if date_from:
        entries = entries.filter(at__date__gte=date_from)
    if date_to:
        entries = entries.filter(at__date__lte=date_to)
    return entries.order_by("-at", "-id")
