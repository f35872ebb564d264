"""Consent models of the privacy context.

A ``Consent`` is a resident's permission to share information with one named organisation for one
purpose, from a date and optionally until a date (empty: until withdrawn). Withdrawal takes effect at
once and is never undone: a new consent is a new row. Hand-overs sent on the strength of a consent are
linked to it (``handovers``); when it is withdrawn the partner no longer reads their information.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from plein.privacy.history import PersonalDataHistory

__all__ = ["Consent", "ConsentMethod"]


class ConsentMethod(models.TextChoices):
    # The same values as cases.Handover.ConsentMethod, so an inline consent maps one to one.
    VERBAL = "verbal", "Mondeling"
    WRITTEN = "written", "Schriftelijk"
    PORTAL = "portal", "Via het portaal"


class Consent(models.Model):
    """A resident's consent to share information with a named organisation (toestemming)."""

    resident = models.ForeignKey(
        "people.Resident", on_delete=models.CASCADE, related_name="consents", verbose_name="inwoner"
    )
    organisation = models.ForeignKey(
        "people.Organisation", on_delete=models.PROTECT, related_name="consents", verbose_name="organisatie"
    )
    purpose = models.CharField("doel", max_length=300)
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consents",
        verbose_name="casus",
    )
    handovers = models.ManyToManyField(
        "cases.Handover", blank=True, related_name="consents", verbose_name="warme overdrachten"
    )
    given_on = models.DateField("gegeven op")
    valid_until = models.DateField(
        "geldig tot en met", null=True, blank=True, help_text="Leeg: tot intrekking."
    )
    method = models.CharField("hoe gegeven", max_length=20, choices=ConsentMethod.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="vastgelegd door"
    )
    recorded_at = models.DateTimeField("vastgelegd op", auto_now_add=True)
    withdrawn_at = models.DateTimeField("ingetrokken op", null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="ingetrokken door",
    )
    withdrawal_note = models.TextField("toelichting bij intrekking", blank=True)
    history = PersonalDataHistory()

    class Meta:
        verbose_name = "toestemming"
        verbose_name_plural = "toestemmingen"
        ordering = ["-given_on", "-id"]
        indexes = [models.Index(fields=["resident", "organisation"])]
        constraints = [
            models.CheckConstraint(condition=~Q(purpose=""), name="consent_has_a_purpose"),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gt=F("given_on")),
                name="consent_valid_until_after_given_on",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_by__isnull=False),
                name="consent_withdrawal_has_a_withdrawer",
            ),
        ]

    def __str__(self) -> str:
        return f"Toestemming voor {self.organisation}: {self.purpose}"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def covers(self, day) -> bool:
        return (
            not self.is_withdrawn
            and self.given_on <= day
            and (self.valid_until is None or day <= self.valid_until)
        )

    def status_on(self, day) -> str:
        if self.is_withdrawn:
            return "ingetrokken"
        if day < self.given_on:
            return "nog niet geldig"
        if self.valid_until is not None and day > self.valid_until:
            return "verlopen"
        return "geldig"
