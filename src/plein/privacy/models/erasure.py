"""Erasure requests (verzoek tot vernietiging, AVG art. 17 "recht op vergetelheid").

A resident asks the municipality to destroy their data. The privacy officer records the request,
Plein assesses per record what may go now and what a law keeps (the retention rules with
``legal_obligation``, a running case, an open objection or request), the officer sees that assessment
and approves (the destroyable records go through a destruction list with reason "verzoek van
inwoner") or refuses with a reason. The answer is due within three months of receipt (Wmo 2015
art. 5.3.6, Jeugdwet art. 7.3.10, AVG art. 12 lid 3 with extension).

The request outlives the resident it concerns: ``resident`` is SET_NULL and ``resident_ref`` keeps
the bare id, so the request stays as proof that it was handled. No name is stored.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

__all__ = ["ErasureRequest"]


class ErasureRequest(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", "Ontvangen"
        ASSESSED = "assessed", "Beoordeeld"
        CARRIED_OUT = "carried_out", "Uitgevoerd"
        REFUSED = "refused", "Afgewezen"

    municipality = models.ForeignKey(
        "areas.Municipality",
        on_delete=models.PROTECT,
        related_name="erasure_requests",
        verbose_name="gemeente",
    )
    resident = models.ForeignKey(
        "people.Resident",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="erasure_requests",
        verbose_name="inwoner",
    )
    # The bare id, kept after the resident row is destroyed: no name, no BSN.
    resident_ref = models.PositiveBigIntegerField("inwoner-id")
    received_on = models.DateField("ontvangen op")
    due_on = models.DateField("uiterlijk afhandelen op")
    note = models.TextField(
        "toelichting",
        blank=True,
        help_text="Bijvoorbeeld hoe het verzoek binnenkwam. Noem geen namen of andere persoonsgegevens.",
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="vastgelegd door"
    )
    recorded_at = models.DateTimeField("vastgelegd om", auto_now_add=True)
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.RECEIVED)
    assessed_at = models.DateTimeField("beoordeeld op", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="besloten door",
    )
    decided_at = models.DateTimeField("besloten op", null=True, blank=True)
    refusal_reason = models.TextField("reden van afwijzing", blank=True)

    class Meta:
        verbose_name = "verzoek tot vernietiging"
        verbose_name_plural = "verzoeken tot vernietiging"
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["municipality", "status", "due_on"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["carried_out", "refused"])
                | Q(decided_by__isnull=False, decided_at__isnull=False),
                name="decided_erasure_request_has_decider",
            ),
            models.CheckConstraint(
                condition=~Q(status="refused") | Q(refusal_reason__gt=""),
                name="refused_erasure_request_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(due_on__gte=models.F("received_on")), name="erasure_request_due_after_receipt"
            ),
        ]

    def __str__(self) -> str:
        return f"Verzoek tot vernietiging {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.RECEIVED, self.Status.ASSESSED)
