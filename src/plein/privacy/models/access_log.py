"""The access log (toegangslog) of the privacy context, in the spirit of NEN 7513 and the BIO.

One ``AccessLogEntry`` per read, search, change, export or print of personal data, allowed or refused.
Entries hold ids and snapshots only (no foreign keys that a deletion could break, no names, no BSN,
no search terms), and are shaped so they can be offered as a *Verwerkingsactie* of the VNG
Verwerkingenlogging API: ``at`` → tijdstip, ``action`` → actieNaam, ``processing_activity`` →
verwerkingNaam, ``object_type``/``object_id`` and the resident ids → verwerkteObjecten,
``actor_*`` → uitvoerder, ``request_id`` → a correlation id.

Append-only for the application: ``save()`` refuses to change an existing row, ``delete()`` and the
queryset's ``update()``/``delete()`` raise. Tampering outside the application is detectable: each
entry's ``entry_hash`` is a SHA-256 over its canonical content and the previous entry's hash
(``plein.privacy.access_log.verify_chain``).
"""

import hashlib
import json

from django.db import models

__all__ = ["AccessAction", "AccessBasis", "AccessLogEntry", "AccessLogImmutable", "AccessResult"]


class AccessLogImmutable(Exception):
    """The application never changes or deletes an access log entry."""


class AccessAction(models.TextChoices):
    READ = "read", "Inzien"
    SEARCH = "search", "Zoeken"
    CREATE = "create", "Aanmaken"
    UPDATE = "update", "Wijzigen"
    EXPORT = "export", "Exporteren"
    PRINT = "print", "Afdrukken"


class AccessResult(models.TextChoices):
    ALLOWED = "allowed", "Toegestaan"
    REFUSED = "refused", "Geweigerd"


class AccessBasis(models.TextChoices):
    TEAM = "team", "Team bedient het huishouden"
    INVOLVEMENT = "involvement", "Betrokken bij de casus"
    BACK_OFFICE = "back_office", "Backoffice (beschikkingen)"
    CONSENT = "consent", "Toestemming"
    BREAK_THE_GLASS = "break_the_glass", "Noodtoegang"
    NONE = "none", "Geen"


class AccessLogQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AccessLogImmutable("Het toegangslog kan niet worden gewijzigd.")

    def delete(self):
        raise AccessLogImmutable("Het toegangslog kan niet worden verwijderd.")

    # bulk_update goes through update(); bulk_create would skip the hash chain.
    def bulk_create(self, *args, **kwargs):
        raise AccessLogImmutable("Schrijf het toegangslog via record_access().")


# The fields that the hash covers, in this order.
HASHED_FIELDS = (
    "at",
    "actor_id",
    "actor_username",
    "actor_roles",
    "actor_organisation",
    "on_behalf_of",
    "action",
    "object_type",
    "object_id",
    "resident_id",
    "resident_ids",
    "household_id",
    "result",
    "basis",
    "processing_activity",
    "details",
    "client_address",
    "request_id",
    "previous_hash",
)


class AccessLogEntry(models.Model):
    """One processing action (verwerkingsactie) on personal data, by one professional."""

    at = models.DateTimeField("tijdstip", db_index=True)
    actor_id = models.BigIntegerField("gebruiker-id", null=True, blank=True, db_index=True)
    actor_username = models.CharField("gebruikersnaam", max_length=150, blank=True)
    actor_roles = models.JSONField("rollen", default=list, blank=True)
    actor_organisation = models.CharField("organisatie", max_length=200, blank=True)
    on_behalf_of = models.CharField("namens", max_length=200, blank=True)
    action = models.CharField("actie", max_length=10, choices=AccessAction.choices)
    object_type = models.CharField("soort object", max_length=40)
    object_id = models.CharField("object-id", max_length=40, blank=True)
    resident_id = models.BigIntegerField("inwoner-id", null=True, blank=True, db_index=True)
    resident_ids = models.JSONField("inwoner-ids", default=list, blank=True)
    household_id = models.BigIntegerField("huishouden-id", null=True, blank=True, db_index=True)
    result = models.CharField("resultaat", max_length=10, choices=AccessResult.choices)
    basis = models.CharField(
        "grondslag", max_length=20, choices=AccessBasis.choices, default=AccessBasis.NONE
    )
    processing_activity = models.CharField("verwerkingsactiviteit", max_length=242)
    # Without personal data: for a search the kind of search and the number of results.
    details = models.JSONField("toelichting", default=dict, blank=True)
    client_address = models.GenericIPAddressField("adres", null=True, blank=True)
    request_id = models.CharField("verzoek-id", max_length=64, blank=True)
    previous_hash = models.CharField("vorige hash", max_length=64)
    entry_hash = models.CharField("hash", max_length=64, unique=True)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        verbose_name = "toegangslogregel"
        verbose_name_plural = "toegangslog"
        ordering = ["-id"]
        indexes = [models.Index(fields=["resident_id", "at"]), models.Index(fields=["actor_id", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_username} {self.action} {self.object_type} {self.object_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None or not self._state.adding:
            raise AccessLogImmutable("Een regel van het toegangslog kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AccessLogImmutable("Een regel van het toegangslog kan niet worden verwijderd.")

    def canonical(self) -> str:
        """The content the hash covers, as canonical JSON (sorted keys, ISO time in UTC)."""
        values = {name: getattr(self, name) for name in HASHED_FIELDS}
        values["at"] = self.at.isoformat(timespec="microseconds")
        values["client_address"] = self.client_address or ""
        values["resident_ids"] = sorted(self.resident_ids or [])
        return json.dumps(values, sort_keys=True, separators=(",", ":"), default=str)

    def compute_hash(self) -> str:
        return hashlib.sha256(self.canonical().encode()).hexdigest()
