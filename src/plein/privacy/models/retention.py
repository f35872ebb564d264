"""Retention and destruction models of the privacy context.

``RetentionRule`` is reference data: how long a record type is kept, with its legal basis and the
line of the municipal selection list (Selectielijst gemeenten 2020). A row without municipality is
the default for every municipality; a row for a municipality overrides it.

A ``DestructionList`` is drawn up by a background task and holds no names: only case ids, references,
record types and due dates. Approval by a privacy officer destroys the listed, non-excluded cases;
what the law requires to remain (that a case and its decisions existed) is kept in ``DestroyedRecord``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

__all__ = ["DestroyedRecord", "DestructionList", "DestructionListItem", "RecordType", "RetentionRule"]


class RecordType(models.TextChoices):
    WMO_GRANTED = "wmo_granted", "Wmo-voorziening verstrekt"
    YOUTH_GRANTED = "youth_granted", "Jeugdhulp verstrekt"
    PROVISION_REFUSED = "provision_refused", "Voorziening geweigerd"
    DEBT_ASSISTANCE = "debt_assistance", "Schuldhulpverlening"
    INCOME_PROVISION = "income_provision", "Inkomensvoorziening (Participatiewet)"
    CASE_ABORTED = "case_aborted", "Casus afgebroken"
    CASE_CLOSED_WITHOUT_PROVISION = "case_closed_without_provision", "Casus afgesloten zonder voorziening"
    ACCESS_LOG = "access_log", "Toegangslog"
    # A request or contact that never became a case: answered at once, forwarded, or closed.
    INTAKE_WITHOUT_CASE = "intake_without_case", "Melding zonder casus (direct afgehandeld)"


class RetentionRule(models.Model):
    """How long one record type is kept (bewaartermijn), for every municipality or for one."""

    record_type = models.CharField("soort dossier", max_length=40, choices=RecordType.choices)
    municipality = models.ForeignKey(
        "areas.Municipality",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="retention_rules",
        verbose_name="gemeente",
        help_text="Leeg: de standaard voor iedere gemeente. Een regel van een gemeente gaat voor.",
    )
    years = models.PositiveSmallIntegerField("jaren", default=0)
    days = models.PositiveIntegerField("dagen", default=0)
    legal_basis = models.TextField("wettelijke grondslag")
    selection_list_reference = models.CharField(
        "selectielijst",
        max_length=20,
        blank=True,
        help_text="Bijvoorbeeld 8.1.1 (Selectielijst gemeenten 2020).",
    )
    # One rule list serves both questions: when the regular destruction list picks a record up, and
    # whether a resident's erasure request (AVG art. 17) may destroy it earlier. A period that a law
    # imposes (AVG art. 17 lid 3 onder b) keeps the record; a maximum period chosen for data
    # minimisation does not.
    legal_obligation = models.BooleanField(
        "wettelijke bewaarplicht",
        default=True,
        help_text="Aan: een wet schrijft deze termijn voor; een verzoek van de inwoner om vernietiging "
        "wijkt daarvoor. Uit: een maximumtermijn; op verzoek van de inwoner wordt eerder vernietigd.",
    )

    class Meta:
        verbose_name = "bewaartermijn"
        verbose_name_plural = "bewaartermijnen"
        ordering = ["record_type", "municipality_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["record_type"],
                condition=Q(municipality__isnull=True),
                name="one_default_retention_rule",
            ),
            models.UniqueConstraint(
                fields=["record_type", "municipality"],
                condition=Q(municipality__isnull=False),
                name="one_retention_rule_per_municipality",
            ),
            models.CheckConstraint(
                condition=Q(years__gt=0) | Q(days__gt=0), name="retention_rule_has_a_period"
            ),
        ]

    def __str__(self) -> str:
        period = " ".join(
            part
            for part in (
                f"{self.years} jaar" if self.years else "",
                f"{self.days} dagen" if self.days else "",
            )
            if part
        )
        return f"{self.get_record_type_display()}: {period}"


class DestructionList(models.Model):
    """A list of cases whose retention period has ended (vernietigingslijst), to be approved.

    A list drawn up for a resident's erasure request (``erasure_request`` set, reason
    ``resident_request``) lives beside the regular lists: the one-draft and one-a-day rules are for the
    regular lists only, and it is approved from the request's page.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Ter beoordeling"
        APPROVED = "approved", "Goedgekeurd en vernietigd"

    class Reason(models.TextChoices):
        RETENTION_ENDED = "retention_ended", "Bewaartermijn verstreken"
        RESIDENT_REQUEST = "resident_request", "Verzoek van inwoner"

    municipality = models.ForeignKey(
        "areas.Municipality",
        on_delete=models.PROTECT,
        related_name="destruction_lists",
        verbose_name="gemeente",
    )
    drawn_up_on = models.DateField("opgesteld op (peildatum)")
    drawn_up_at = models.DateTimeField("opgesteld om", auto_now_add=True)
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.DRAFT)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="goedgekeurd door",
    )
    approved_at = models.DateTimeField("goedgekeurd op", null=True, blank=True)
    destroyed_count = models.PositiveIntegerField("aantal vernietigd", default=0)
    reason = models.CharField("reden", max_length=20, choices=Reason.choices, default=Reason.RETENTION_ENDED)
    erasure_request = models.ForeignKey(
        "privacy.ErasureRequest",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="destruction_lists",
        verbose_name="verzoek tot vernietiging",
    )

    class Meta:
        verbose_name = "vernietigingslijst"
        verbose_name_plural = "vernietigingslijsten"
        ordering = ["-drawn_up_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality"],
                condition=Q(status="draft", erasure_request__isnull=True),
                name="one_draft_destruction_list",
            ),
            models.UniqueConstraint(
                fields=["municipality", "drawn_up_on"],
                condition=Q(erasure_request__isnull=True),
                name="one_destruction_list_a_day",
            ),
            models.UniqueConstraint(
                fields=["erasure_request"],
                condition=Q(erasure_request__isnull=False),
                name="one_destruction_list_per_erasure_request",
            ),
            models.CheckConstraint(
                condition=Q(erasure_request__isnull=True, reason="retention_ended")
                | Q(erasure_request__isnull=False, reason="resident_request"),
                name="destruction_list_reason_matches_request",
            ),
            models.CheckConstraint(
                condition=Q(status="draft") | Q(approved_by__isnull=False, approved_at__isnull=False),
                name="approved_destruction_list_has_approver",
            ),
        ]

    def __str__(self) -> str:
        return f"Vernietigingslijst {self.drawn_up_on:%Y-%m-%d}"

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT


class DestructionListItem(models.Model):
    """One case on a destruction list. No names: the case is referred to by id and reference only
    (no foreign key: the case is gone after destruction, the item stays as the list's record).

    Since intake requests without a case have their own retention, an item may also be one that
    never became a case (``object_type`` "request"; ``case_id``/``case_reference`` then hold the
    request's id and reference — the column names predate it)."""

    class ObjectType(models.TextChoices):
        CASE = "case", "Casus"
        REQUEST = "request", "Melding zonder casus"

    destruction_list = models.ForeignKey(DestructionList, on_delete=models.CASCADE, related_name="items")
    object_type = models.CharField(
        "soort", max_length=10, choices=ObjectType.choices, default=ObjectType.CASE
    )
    case_id = models.PositiveBigIntegerField("casus-id")
    case_reference = models.CharField("kenmerk casus", max_length=20)
    record_type = models.CharField("soort dossier", max_length=40, choices=RecordType.choices)
    retention_ends_on = models.DateField("bewaartermijn verstreken op")
    excluded = models.BooleanField("uitgezonderd", default=False)
    exclusion_reason = models.TextField("reden van uitzondering", blank=True)
    excluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    destroyed_at = models.DateTimeField("vernietigd op", null=True, blank=True)

    class Meta:
        verbose_name = "regel van een vernietigingslijst"
        verbose_name_plural = "regels van vernietigingslijsten"
        ordering = ["retention_ends_on", "case_reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["destruction_list", "object_type", "case_id"], name="one_item_per_case_per_list"
            ),
            models.CheckConstraint(
                condition=Q(excluded=False) | Q(exclusion_reason__gt=""), name="exclusion_has_a_reason"
            ),
        ]

    def __str__(self) -> str:
        return self.case_reference


class DestroyedRecord(models.Model):
    """What remains of a destroyed case: that it existed, and which decisions were taken — no names,
    no BSN, no free text."""

    municipality = models.ForeignKey(
        "areas.Municipality",
        on_delete=models.PROTECT,
        related_name="destroyed_records",
        verbose_name="gemeente",
    )
    destruction_list = models.ForeignKey(
        DestructionList,
        on_delete=models.PROTECT,
        related_name="destroyed_records",
        verbose_name="vernietigingslijst",
    )
    record_type = models.CharField("soort dossier", max_length=40, choices=RecordType.choices)
    case_reference = models.CharField("kenmerk casus", max_length=20)
    opened_on = models.DateField("geopend op")
    closed_on = models.DateField("afgesloten op")
    retention_ends_on = models.DateField("bewaartermijn verstreken op")
    # [{"reference", "law", "outcome", "status", "sent_on", "starts_on", "ends_on"}], dates as ISO strings.
    decisions = models.JSONField("beschikkingen", default=list, blank=True)
    destroyed_at = models.DateTimeField("vernietigd op")

    class Meta:
        verbose_name = "vernietigd dossier"
        verbose_name_plural = "vernietigde dossiers"
        ordering = ["-destroyed_at", "case_reference"]

    def __str__(self) -> str:
        return f"{self.case_reference} (vernietigd)"
