"""Break-the-glass (noodtoegang): a professional opens a household outside their need-to-know.

Only after stating a reason; the access lasts a limited time (``expires_at``), every page seen under it
is logged with basis "break_the_glass", and the privacy officer reviews each one afterwards. The
access gives reading only: changing a case stays with its team.
"""

from django.conf import settings
from django.db import models

__all__ = ["EmergencyAccess", "EmergencyReviewOutcome"]


class EmergencyReviewOutcome(models.TextChoices):
    JUSTIFIED = "justified", "Terecht"
    UNJUSTIFIED = "unjustified", "Onterecht"


class EmergencyAccess(models.Model):
    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="emergency_accesses",
        verbose_name="professional",
    )
    # SET_NULL: the review record outlives a household destroyed at the end of its retention period.
    household = models.ForeignKey(
        "people.Household",
        on_delete=models.SET_NULL,
        null=True,
        related_name="emergency_accesses",
        verbose_name="huishouden",
    )
    reason = models.TextField("reden")
    started_at = models.DateTimeField("begonnen op")
    expires_at = models.DateTimeField("verloopt op")
    ended_at = models.DateTimeField("beëindigd op", null=True, blank=True)
    reviewed_at = models.DateTimeField("beoordeeld op", null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="beoordeeld door",
    )
    review_outcome = models.CharField(
        "oordeel", max_length=20, choices=EmergencyReviewOutcome.choices, blank=True
    )
    review_note = models.TextField("toelichting bij het oordeel", blank=True)

    class Meta:
        verbose_name = "noodtoegang"
        verbose_name_plural = "noodtoegangen"
        ordering = ["-started_at"]
        indexes = [
            models.Index(fields=["professional", "expires_at"]),
            models.Index(fields=["reviewed_at", "started_at"]),
        ]

    def __str__(self) -> str:
        return f"Noodtoegang {self.pk} ({self.started_at:%Y-%m-%d %H:%M})"
