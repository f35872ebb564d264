"""Checkpoints of the access log's hash chain, written when old entries are purged.

The access log is kept five years (NEN 7513, setting ``PLEIN_ACCESS_LOG_YEARS``) and then deleted
by ``plein.privacy.access_log_retention.access_log_purge``. The oldest remaining entry then links to
a hash that is no longer in the table; the checkpoint keeps that hash (of the last deleted entry),
so ``verify_chain()`` starts from it instead of the genesis hash and the rest stays verifiable.
Checkpoints are never changed or deleted by the application either.
"""

from django.db import models

__all__ = ["AccessLogCheckpoint"]


class AccessLogCheckpoint(models.Model):
    purged_at = models.DateTimeField("opgeschoond op")
    purged_before = models.DateTimeField("regels van voor")
    up_to_id = models.BigIntegerField("tot en met regel-id")
    last_hash = models.CharField("hash van de laatste verwijderde regel", max_length=64)
    count = models.PositiveBigIntegerField("aantal verwijderd")

    class Meta:
        verbose_name = "controlepunt van het toegangslog"
        verbose_name_plural = "controlepunten van het toegangslog"
        ordering = ["-up_to_id"]
        constraints = [models.UniqueConstraint(fields=["up_to_id"], name="one_checkpoint_per_purge")]

    def __str__(self) -> str:
        return f"Toegangslog opgeschoond tot regel {self.up_to_id} ({self.purged_at:%Y-%m-%d})"
