"""Change history (wijzigingshistorie) of the records that hold personal data.

The models declare ``history = PersonalDataHistory(...)`` (django-simple-history): every save and
delete writes a historical row with the whole record, who did it (the request's user, handed over by
``HistoryRequestMiddleware``) and when. The change page shows the differences between successive rows
(``plein.privacy.history_views``); every row also writes one access log entry (``change_log``).

This module is imported by models of several contexts, so it imports no models itself.

Gaps and how they are closed
----------------------------
* ``QuerySet.update()`` and ``bulk_create()`` send no signals, so they write no history. Services that
  change a record with a compare-and-set ``update()`` call ``record_change(instance)`` afterwards.
  The demo's bulk loading writes no history on purpose: seed data has no one who changed it.
* Retention: history rows are copies of personal data. ``delete_history(model, ids)`` removes them
  when the record itself is destroyed (``plein.privacy.retention.destroy_case``).
"""

from collections.abc import Iterable

from simple_history.models import HistoricalRecords


class PersonalDataHistory(HistoricalRecords):
    """HistoricalRecords that the model class can reach (for ``record_change``)."""

    def contribute_to_class(self, cls, name):
        super().contribute_to_class(cls, name)
        cls._personal_data_history = self


def record_change(instance) -> None:
    """Write the history row (and so the access log entry) of a change made with ``update()``.

    The row is made from a fresh copy of what the database now holds; the caller's instance is left
    as it is (its other fields may be ahead of or behind the database on purpose)."""
    model = type(instance)
    records = getattr(model, "_personal_data_history", None)
    if records is None:
        return
    records.post_save(model._default_manager.get(pk=instance.pk), created=False)


def delete_history(model, ids: Iterable[int]) -> int:
    """Delete the history rows of destroyed records of ``model``; returns how many went."""
    ids = list(ids)
    if not ids or getattr(model, "_personal_data_history", None) is None:
        return 0
    history_model = model.history.model
    deleted, _ = history_model.objects.filter(**{f"{model._meta.pk.attname}__in": ids}).delete()
    return deleted
