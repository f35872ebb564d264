"""Decisions (beschikkingen): the provision catalogue, provision requests, the legality check,
decisions with their letters, objections and allocations to providers.

The generalist proposes a customised provision in the plan; the back office checks legality
without redoing the intake and formalises it in a decision. Every legal term is computed by
``plein.core.legal_terms`` and stored as a due date on the row it governs, so work lists can sort
and filter on it in SQL.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q

from plein.privacy.history import PersonalDataHistory


class Law(models.TextChoices):
    WMO = "wmo", "Wmo 2015"
    YOUTH = "jeugdwet", "Jeugdwet"
    PARTICIPATION = "participatiewet", "Participatiewet"


class DeliveryForm(models.TextChoices):
    IN_KIND = "in_kind", "Zorg in natura"
    PGB = "pgb", "Persoonsgebonden budget (pgb)"
    # Participatiewet provisions such as bijzondere bijstand are paid out in money.
    CASH = "cash", "Uitkering in geld"


class Unit(models.TextChoices):
    """Units of extent; the value is the iStandaarden code (WJ756 Eenheid)."""

    MINUTE = "01", "minuten"
    HOUR = "04", "uren"
    DAY = "14", "etmalen"
    DAY_PART = "16", "dagdelen (4 uur)"
    PIECE = "82", "stuks"
    EURO = "83", "euro"


class Frequency(models.TextChoices):
    """How often the extent is given; the value is the iStandaarden code (WMO757 Frequentie)."""

    PER_DAY = "1", "per dag"
    PER_WEEK = "2", "per week"
    PER_MONTH = "4", "per maand"
    TOTAL = "6", "totaal in de periode"


class Provision(models.Model):
    """A customised provision (maatwerkvoorziening) a municipality can grant: reference data."""

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="provisions", verbose_name="gemeente"
    )
    name = models.CharField("naam", max_length=150)
    law = models.CharField("wet", max_length=20, choices=Law.choices)
    description = models.TextField("omschrijving", blank=True, help_text="In gewone taal (B1).")
    # iWmo WMO020 / iJw JZ020 product category and the municipality's product code, where one exists.
    product_category = models.CharField(
        "productcategorie (iStandaarden)",
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{2}$", "Een productcategorie bestaat uit twee cijfers.")],
    )
    product_code = models.CharField(
        "productcode",
        max_length=5,
        blank=True,
        validators=[
            RegexValidator(r"^[0-9A-Z]{5}$", "Een productcode bestaat uit vijf cijfers of hoofdletters.")
        ],
    )
    unit = models.CharField("eenheid", max_length=2, choices=Unit.choices)
    frequency = models.CharField("frequentie", max_length=1, choices=Frequency.choices)
    min_extent = models.DecimalField("minimale omvang", max_digits=9, decimal_places=2, default=1)
    max_extent = models.DecimalField("maximale omvang", max_digits=9, decimal_places=2)
    in_kind = models.BooleanField("in natura", default=True)
    pgb = models.BooleanField("als pgb", default=False)
    cash = models.BooleanField("als uitkering in geld", default=False)
    min_age = models.PositiveSmallIntegerField("minimumleeftijd", null=True, blank=True)
    max_age = models.PositiveSmallIntegerField("maximumleeftijd", null=True, blank=True)
    max_months = models.PositiveSmallIntegerField(
        "maximale duur (maanden)", null=True, blank=True, help_text="Leeg: onbepaalde tijd mogelijk."
    )
    legal_basis = models.CharField(
        "wettelijke grondslag",
        max_length=300,
        help_text="Bijvoorbeeld: artikel 2.3.5 Wmo 2015 en artikel 4 Verordening maatschappelijke ondersteuning.",
    )
    four_eyes = models.BooleanField(
        "vier ogen", default=False, help_text="Een tweede consulent ondertekent de beschikking."
    )
    active = models.BooleanField("actief", default=True)

    class Meta:
        verbose_name = "maatwerkvoorziening"
        verbose_name_plural = "voorzieningencatalogus"
        ordering = ["law", "name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="provision_name_unique"),
            models.CheckConstraint(
                condition=Q(in_kind=True) | Q(pgb=True) | Q(cash=True), name="provision_has_delivery_form"
            ),
            models.CheckConstraint(
                condition=Q(min_extent__gt=0) & Q(max_extent__gte=F("min_extent")),
                name="provision_extent_valid",
            ),
            models.CheckConstraint(
                condition=Q(min_age__isnull=True) | Q(max_age__isnull=True) | Q(max_age__gte=F("min_age")),
                name="provision_age_range_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def delivery_forms(self) -> list[str]:
        """The delivery forms this provision may be granted in (values of DeliveryForm)."""
        offered = (
            (self.in_kind, DeliveryForm.IN_KIND),
            (self.pgb, DeliveryForm.PGB),
            (self.cash, DeliveryForm.CASH),
        )
        return [form for allowed, form in offered if allowed]


class ProvisionResult(models.Model):
    """A result a provision is meant to achieve: a decision is result-oriented (resultaatgericht)."""

    provision = models.ForeignKey(Provision, on_delete=models.CASCADE, related_name="results")
    name = models.CharField(
        "resultaat", max_length=200, help_text="Bijvoorbeeld: een schoon en leefbaar huis."
    )
    order = models.PositiveSmallIntegerField("volgorde", default=0)

    class Meta:
        verbose_name = "resultaat"
        verbose_name_plural = "resultaten"
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["provision", "name"], name="provision_result_unique")]

    def __str__(self) -> str:
        return self.name


class ChecklistItem(models.Model):
    """One point of the legality check for a provision (e.g. residence in the municipality)."""

    provision = models.ForeignKey(Provision, on_delete=models.CASCADE, related_name="checklist")
    order = models.PositiveSmallIntegerField("volgorde", default=0)
    question = models.CharField("controlepunt", max_length=300)
    guidance = models.TextField("toelichting voor de consulent", blank=True)

    class Meta:
        verbose_name = "controlepunt"
        verbose_name_plural = "controlelijst"
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.question


class ProvisionRequest(models.Model):
    """An application (aanvraag) for a customised provision, from a plan item or direct.

    Creating it records the application date and starts the decision term of its law.
    """

    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Wacht op controle"
        IN_CHECK = "in_check", "In controle"
        DECIDED = "decided", "Besloten"
        WITHDRAWN = "withdrawn", "Ingetrokken"

    class Channel(models.TextChoices):
        PLAN = "plan", "Uit het ondersteuningsplan"
        DIRECT = "direct", "Rechtstreekse aanvraag"

    reference = models.CharField("kenmerk", max_length=20, unique=True)
    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="provision_requests"
    )
    channel = models.CharField("hoe", max_length=10, choices=Channel.choices)
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="provision_requests"
    )
    plan_item = models.ForeignKey(
        "cases.PlanItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="provision_requests",
        verbose_name="onderdeel van het plan",
    )
    household = models.ForeignKey(
        "people.Household", on_delete=models.PROTECT, related_name="provision_requests"
    )
    resident = models.ForeignKey(
        "people.Resident",
        on_delete=models.PROTECT,
        related_name="provision_requests",
        verbose_name="voor wie",
    )
    provision = models.ForeignKey(
        Provision, on_delete=models.PROTECT, related_name="requests", verbose_name="voorziening"
    )
    law = models.CharField("wet", max_length=20, choices=Law.choices)
    extent = models.DecimalField("omvang", max_digits=9, decimal_places=2)
    desired_start = models.DateField("gewenste ingangsdatum")
    result = models.ForeignKey(
        ProvisionResult,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="beoogd resultaat",
    )
    result_aimed_for = models.TextField("beoogd resultaat in eigen woorden", blank=True)
    delivery_form = models.CharField("leveringsvorm", max_length=10, choices=DeliveryForm.choices)
    pgb_plan = models.TextField("pgb-plan van de inwoner", blank=True)
    justification = models.TextField("onderbouwing uit het gesprek")
    consent_to_share = models.BooleanField("inwoner stemt in met delen met de aanbieder", default=False)
    applied_on = models.DateField("datum aanvraag")
    decision_due_on = models.DateField("uiterste beslisdatum")
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.SUBMITTED)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    submitted_at = models.DateTimeField("ingediend op")
    officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="checked_requests",
        verbose_name="consulent",
    )
    withdrawn_reason = models.TextField("reden van intrekken", blank=True)
    lock_version = models.PositiveIntegerField(default=1)
    # The change history: lock_version only counts changes, it is no part of what changed.
    history = PersonalDataHistory(excluded_fields=["lock_version"])

    class Meta:
        verbose_name = "aanvraag maatwerkvoorziening"
        verbose_name_plural = "aanvragen maatwerkvoorzieningen"
        ordering = ["decision_due_on", "id"]
        indexes = [
            models.Index(fields=["municipality", "status", "decision_due_on"]),
            # The back office's list of all its municipality's requests, soonest due first.
            models.Index(fields=["municipality", "decision_due_on", "id"], name="provision_request_due_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(extent__gt=0), name="provision_request_extent_positive"),
            models.CheckConstraint(
                condition=~Q(delivery_form="pgb") | ~Q(pgb_plan=""), name="provision_request_pgb_has_plan"
            ),
            models.CheckConstraint(
                condition=Q(channel="direct") | Q(case__isnull=False), name="provision_request_plan_has_case"
            ),
        ]

    def __str__(self) -> str:
        return f"Aanvraag {self.reference}"


class TermSuspension(models.Model):
    """A recorded suspension of the decision term (Awb 4:15), e.g. while the resident supplies
    missing information. Never implicit: a question to the generalist does not suspend anything."""

    request = models.ForeignKey(ProvisionRequest, on_delete=models.CASCADE, related_name="suspensions")
    starts_on = models.DateField("opgeschort vanaf")
    ends_on = models.DateField("opgeschort tot en met", null=True, blank=True)
    reason = models.TextField("reden")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "opschorting"
        verbose_name_plural = "opschortingen"
        ordering = ["starts_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="suspension_period_valid",
            ),
            models.UniqueConstraint(
                fields=["request"], condition=Q(ends_on__isnull=True), name="one_open_suspension_per_request"
            ),
        ]

    def __str__(self) -> str:
        return f"Opschorting {self.request} vanaf {self.starts_on}"


class LegalityCheck(models.Model):
    """The decision officer's legality check (rechtmatigheidstoets) of one request."""

    class Conclusion(models.TextChoices):
        MEETS = "meets", "Voldoet: toekennen is mogelijk"
        PARTLY = "partly", "Voldoet deels"
        DOES_NOT_MEET = "does_not_meet", "Voldoet niet"

    request = models.OneToOneField(ProvisionRequest, on_delete=models.CASCADE, related_name="legality_check")
    officer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    started_at = models.DateTimeField("begonnen op")
    completed_at = models.DateTimeField("afgerond op", null=True, blank=True)
    conclusion = models.CharField("conclusie", max_length=20, choices=Conclusion.choices, blank=True)
    note = models.TextField("toelichting", blank=True)

    class Meta:
        verbose_name = "rechtmatigheidstoets"
        verbose_name_plural = "rechtmatigheidstoetsen"

    def __str__(self) -> str:
        return f"Toets {self.request}"


class CheckAnswer(models.Model):
    """The outcome of one checklist point. The question is copied, so a later change of the
    catalogue does not rewrite what was checked."""

    class Outcome(models.TextChoices):
        MET = "met", "Voldaan"
        NOT_MET = "not_met", "Niet voldaan"
        NOT_APPLICABLE = "not_applicable", "Niet van toepassing"

    check_record = models.ForeignKey(LegalityCheck, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(
        ChecklistItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    question = models.CharField("controlepunt", max_length=300)
    order = models.PositiveSmallIntegerField(default=0)
    outcome = models.CharField("uitkomst", max_length=20, choices=Outcome.choices, blank=True)
    note = models.TextField("notitie", blank=True)

    class Meta:
        verbose_name = "uitkomst controlepunt"
        verbose_name_plural = "uitkomsten controlepunten"
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.question


class OfficerQuestion(models.Model):
    """A question of the decision officer to the generalist. The term keeps running meanwhile."""

    request = models.ForeignKey(ProvisionRequest, on_delete=models.CASCADE, related_name="questions")
    question = models.TextField("vraag")
    asked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    asked_at = models.DateTimeField("gesteld op")
    answer = models.TextField("antwoord", blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField("beantwoord op", null=True, blank=True)

    class Meta:
        verbose_name = "vraag aan de generalist"
        verbose_name_plural = "vragen aan de generalist"
        ordering = ["asked_at", "id"]

    def __str__(self) -> str:
        return f"Vraag bij {self.request}"


class Decision(models.Model):
    """A decision (beschikking) on a request, or a new one after an upheld objection."""

    class Outcome(models.TextChoices):
        GRANT = "grant", "Toekenning"
        PARTIAL = "partial", "Gedeeltelijke toekenning"
        DENY = "deny", "Afwijzing"

    class Status(models.TextChoices):
        DRAFT = "draft", "Concept"
        AWAITING_SECOND = "awaiting_second", "Wacht op tweede handtekening"
        SENT = "sent", "Verzonden"
        REVOKED = "revoked", "Herroepen na bezwaar"

    reference = models.CharField("kenmerk", max_length=20, unique=True)
    request = models.ForeignKey(ProvisionRequest, on_delete=models.PROTECT, related_name="decisions")
    outcome = models.CharField("besluit", max_length=10, choices=Outcome.choices)
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.DRAFT)
    result = models.ForeignKey(
        ProvisionResult,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="resultaat",
    )
    extent = models.DecimalField("omvang", max_digits=9, decimal_places=2, null=True, blank=True)
    starts_on = models.DateField("ingangsdatum", null=True, blank=True)
    ends_on = models.DateField("einddatum", null=True, blank=True)
    delivery_form = models.CharField("leveringsvorm", max_length=10, choices=DeliveryForm.choices, blank=True)
    provider = models.ForeignKey(
        "people.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="aanbieder",
    )
    budget = models.DecimalField("budget (euro)", max_digits=9, decimal_places=2, null=True, blank=True)
    legal_basis = models.TextField("wettelijke grondslag")
    reasons = models.TextField("motivering")
    objection_clause = models.TextField("bezwaarclausule")
    drafted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    drafted_at = models.DateTimeField("opgesteld op")
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signed_at = models.DateTimeField("ondertekend op", null=True, blank=True)
    second_signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="tweede ondertekenaar",
    )
    second_signed_at = models.DateTimeField("tweede handtekening op", null=True, blank=True)
    returned_reason = models.TextField(
        "teruggestuurd naar concept omdat",
        blank=True,
        help_text="Vier ogen: waarom de tweede consulent niet tekende.",
    )
    sent_on = models.DateField("verzonden op", null=True, blank=True)
    objection_due_on = models.DateField("bezwaar mogelijk tot en met", null=True, blank=True)
    # The letter as it was sent: a later change of a template never rewrites a sent decision.
    letter_pdf = models.BinaryField("brief (pdf)", null=True, blank=True, editable=False)
    follows_objection = models.ForeignKey(
        "Objection",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="new_decisions",
        verbose_name="na bezwaar",
    )
    lock_version = models.PositiveIntegerField(default=1)
    # The change history; the letter is a PDF made from the other fields (and stays with the
    # decision), so the history does not copy it.
    history = PersonalDataHistory(excluded_fields=["lock_version", "letter_pdf"])

    class Meta:
        verbose_name = "beschikking"
        verbose_name_plural = "beschikkingen"
        ordering = ["-drafted_at", "-id"]
        indexes = [models.Index(fields=["status", "drafted_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="decision_period_valid",
            ),
            models.CheckConstraint(
                condition=Q(outcome="deny") | (Q(result__isnull=False) & Q(starts_on__isnull=False)),
                name="decision_grant_has_result_and_start",
            ),
            models.CheckConstraint(condition=~Q(reasons=""), name="decision_has_reasons"),
        ]

    def __str__(self) -> str:
        return f"Beschikking {self.reference}"


class Objection(models.Model):
    """An objection (bezwaar) against a sent decision (Awb 6:7, 7:10)."""

    class Outcome(models.TextChoices):
        UPHELD = "upheld", "Gegrond"
        PARTLY_UPHELD = "partly_upheld", "Deels gegrond"
        REJECTED = "rejected", "Ongegrond"
        INADMISSIBLE = "inadmissible", "Niet-ontvankelijk"
        WITHDRAWN = "withdrawn", "Ingetrokken"

    reference = models.CharField("kenmerk", max_length=20, unique=True)
    decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="objections")
    objector = models.ForeignKey(
        "people.Resident", on_delete=models.PROTECT, related_name="+", verbose_name="indiener"
    )
    received_on = models.DateField("ontvangen op")
    grounds = models.TextField("gronden van het bezwaar")
    is_late = models.BooleanField("te laat ingediend", default=False)
    late_excusable = models.BooleanField(
        "termijnoverschrijding verschoonbaar (Awb 6:11)", null=True, blank=True
    )
    advisory_committee = models.BooleanField("adviescommissie", default=False)
    extended = models.BooleanField("verdaagd met zes weken", default=False)
    handling_due_on = models.DateField("uiterste beslisdatum")
    outcome = models.CharField("uitkomst", max_length=20, choices=Outcome.choices, blank=True)
    outcome_note = models.TextField("toelichting op de uitkomst", blank=True)
    decided_on = models.DateField("beslist op", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    registered_at = models.DateTimeField("geregistreerd op")
    lock_version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "bezwaar"
        verbose_name_plural = "bezwaren"
        ordering = ["handling_due_on", "id"]
        indexes = [models.Index(fields=["outcome", "handling_due_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome="") | Q(decided_on__isnull=False), name="objection_outcome_has_date"
            )
        ]

    def __str__(self) -> str:
        return f"Bezwaar {self.reference}"


class Allocation(models.Model):
    """An allocation (toewijzing) of a granted provision in kind to a provider: the iWmo WMO301 /
    iJw JW301 message. The provider's start (305) and stop (307) messages fill in the rest."""

    class Status(models.TextChoices):
        ALLOCATED = "allocated", "Toegewezen"
        STARTED = "started", "Zorg gestart"
        STOPPED = "stopped", "Zorg gestopt"

    decision = models.ForeignKey(Decision, on_delete=models.PROTECT, related_name="allocations")
    number = models.CharField("toewijzingnummer", max_length=20, unique=True)
    provider = models.ForeignKey(
        "people.Organisation", on_delete=models.PROTECT, related_name="allocations", verbose_name="aanbieder"
    )
    product_category = models.CharField("productcategorie", max_length=2)
    product_code = models.CharField("productcode", max_length=5, blank=True)
    starts_on = models.DateField("ingangsdatum")
    ends_on = models.DateField("einddatum", null=True, blank=True)
    volume = models.DecimalField("volume", max_digits=9, decimal_places=2)
    unit = models.CharField("eenheid", max_length=2, choices=Unit.choices)
    frequency = models.CharField("frequentie", max_length=1, choices=Frequency.choices)
    allocated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    allocated_at = models.DateTimeField("toegewezen op")
    handover = models.ForeignKey(
        "cases.Handover", on_delete=models.SET_NULL, null=True, blank=True, related_name="allocations"
    )
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.ALLOCATED)
    care_started_on = models.DateField("zorg gestart op", null=True, blank=True)
    care_stopped_on = models.DateField("zorg gestopt op", null=True, blank=True)
    stop_reason = models.CharField("reden beëindiging (code)", max_length=2, blank=True)

    class Meta:
        verbose_name = "toewijzing"
        verbose_name_plural = "toewijzingen"
        ordering = ["-allocated_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="allocation_period_valid",
            )
        ]

    def __str__(self) -> str:
        return f"Toewijzing {self.number}"


class ProviderMessage(models.Model):
    """A message read back from a provider (WMO305/JW305 start, WMO307/JW307 stop): kept as
    received, for the audit trail, with what it changed."""

    class Kind(models.TextChoices):
        START = "start", "Start zorg (305)"
        STOP = "stop", "Stop zorg (307)"
        ALLOCATION_REQUEST = "allocation_request", "Verzoek om toewijzing (315)"

    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    message_code = models.CharField("bericht", max_length=10)
    allocation = models.ForeignKey(
        Allocation, on_delete=models.PROTECT, null=True, blank=True, related_name="messages"
    )
    received_at = models.DateTimeField("ontvangen op")
    received_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    content = models.TextField("inhoud (xml)")

    class Meta:
        verbose_name = "bericht van aanbieder"
        verbose_name_plural = "berichten van aanbieders"
        ordering = ["-received_at", "-id"]

    def __str__(self) -> str:
        return f"{self.message_code} {self.received_at:%Y-%m-%d}"


class LetterTemplate(models.Model):
    """The municipality's own texts for a decision letter; the layout is Plein's, in plain Dutch."""

    class Kind(models.TextChoices):
        GRANT = "grant", "Toekenning"
        PARTIAL = "partial", "Gedeeltelijke toekenning"
        DENY = "deny", "Afwijzing"
        OBJECTION = "objection", "Beslissing op bezwaar"

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.CASCADE, related_name="letter_templates"
    )
    kind = models.CharField("soort brief", max_length=20, choices=Kind.choices)
    opening = models.TextField(
        "aanhef en inleiding", help_text="Gewone taal (B1). Zonder namen: die vult Plein in."
    )
    closing = models.TextField("slot", help_text="Bijvoorbeeld wie de inwoner kan bellen met vragen.")
    objection_clause = models.TextField(
        "bezwaarclausule", help_text="Hoe en binnen welke termijn de inwoner bezwaar kan maken."
    )
    signatory = models.CharField(
        "ondertekening", max_length=200, help_text="Bijvoorbeeld: het college van burgemeester en wethouders."
    )

    class Meta:
        verbose_name = "briefsjabloon"
        verbose_name_plural = "briefsjablonen"
        constraints = [
            models.UniqueConstraint(fields=["municipality", "kind"], name="letter_template_unique")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.municipality})"
