"""Requests from every channel (melding, vraag, signaal) and what happened to them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from plein.areas.models import Team


class Request(models.Model):
    """A question or signal that entered Plein, registered once whatever door it came through."""

    class Channel(models.TextChoices):
        WEB = "web", "Website (Click)"
        PHONE = "phone", "Telefoon (Call)"
        EMAIL = "email", "E-mail (Call)"
        DESK = "desk", "Balie (Contact)"
        PROFESSIONAL_SIGNAL = "professional_signal", "Signaal van een professional"
        ENVIRONMENT_SIGNAL = "environment_signal", "Signaal uit de omgeving"
        OUTREACH = "outreach", "Outreachend door het team"

    class Source(models.TextChoices):
        RESIDENT = "resident", "De inwoner zelf"
        NETWORK = "network", "Iemand uit het netwerk"
        PROFESSIONAL = "professional", "Een professional"
        ANONYMOUS = "anonymous", "Anoniem"

    class Urgency(models.TextChoices):
        NORMAL = "normal", "Normaal"
        URGENT = "urgent", "Spoed"
        CRISIS = "crisis", "Crisis"

    class ContactPreference(models.TextChoices):
        PHONE = "phone", "Telefoon"
        EMAIL = "email", "E-mail"
        LETTER = "letter", "Brief"
        NONE = "none", "Geen contact mogelijk"

    class Status(models.TextChoices):
        NEW = "new", "Nieuw"
        ASSIGNED = "assigned", "Opgepakt"
        CLOSED = "closed", "Afgehandeld"

    class Outcome(models.TextChoices):
        ANSWERED = "answered", "Direct beantwoord"
        FORWARDED = "forwarded", "Doorgezet naar netwerkpartner"
        ROUTED = "routed", "Naar team voor breed gesprek"
        CRISIS = "crisis", "Crisis: direct hulp, team volgt op"

    reference = models.CharField("kenmerk", max_length=20, unique=True)
    # Empty when the address lies outside every municipality here: the central queue.
    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="requests", null=True, blank=True
    )
    channel = models.CharField("kanaal", max_length=30, choices=Channel.choices)
    source = models.CharField("melder", max_length=20, choices=Source.choices)
    source_organisation = models.ForeignKey(
        "people.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="signals",
        verbose_name="organisatie van de melder",
    )
    reporter_name = models.CharField("naam melder", max_length=200, blank=True)
    reporter_phone = models.CharField("telefoon melder", max_length=30, blank=True)
    reporter_email = models.EmailField("e-mail melder", blank=True)

    resident = models.ForeignKey(
        "people.Resident", on_delete=models.PROTECT, null=True, blank=True, related_name="requests"
    )
    household = models.ForeignKey(
        "people.Household", on_delete=models.PROTECT, null=True, blank=True, related_name="requests"
    )
    person_description = models.TextField(
        "over wie (nog onbekend)",
        blank=True,
        help_text="Wat bekend is van een persoon die nog niet in Plein staat.",
    )
    postcode = models.CharField("postcode", max_length=6, blank=True)
    house_number = models.PositiveIntegerField("huisnummer", null=True, blank=True)

    question = models.TextField("vraag in eigen woorden")
    life_domains = models.ManyToManyField("core.LifeDomain", blank=True, verbose_name="leefgebieden")
    urgency = models.CharField("urgentie", max_length=10, choices=Urgency.choices, default=Urgency.NORMAL)
    minors_involved = models.BooleanField("minderjarigen betrokken", default=False)
    resident_knows = models.BooleanField("inwoner weet van het signaal", null=True, blank=True)

    contact_consent = models.BooleanField("toestemming voor contact", default=False)
    contact_preference = models.CharField(
        "contact via", max_length=10, choices=ContactPreference.choices, default=ContactPreference.NONE
    )
    contact_phone = models.CharField("telefoon", max_length=30, blank=True)
    contact_email = models.EmailField("e-mail", blank=True)

    received_at = models.DateTimeField("ontvangen op")
    is_wmo_melding = models.BooleanField("Wmo-melding", default=False)
    # Wmo 2015 art. 2.3.2: confirm receipt, point to free client support, offer a personal plan (7 days).
    receipt_confirmed_at = models.DateTimeField("ontvangst bevestigd op", null=True, blank=True)
    client_support_offered_at = models.DateTimeField("cliëntondersteuning gewezen op", null=True, blank=True)
    personal_plan_offered_at = models.DateTimeField("persoonlijk plan aangeboden op", null=True, blank=True)

    team = models.ForeignKey(
        "areas.Team",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="requests",
        verbose_name="team",
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_requests",
        verbose_name="opgepakt door",
    )
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.NEW)
    outcome = models.CharField("uitkomst", max_length=10, choices=Outcome.choices, blank=True)
    forwarded_to = models.ForeignKey(
        "people.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="forwarded_requests",
        verbose_name="doorgezet naar",
    )
    closed_at = models.DateTimeField("afgehandeld op", null=True, blank=True)

    # Retried API calls and double submits carry the same key and create one request.
    idempotency_key = models.CharField(max_length=100, null=True, blank=True, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="registered_requests",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "melding"
        verbose_name_plural = "meldingen"
        indexes = [
            models.Index(fields=["team", "status", "received_at"]),
            models.Index(fields=["municipality", "status", "received_at"]),
            # The team inbox: a team's open requests, oldest first, among the many closed ones.
            models.Index(
                fields=["team", "received_at", "id"],
                condition=~Q(status="closed"),
                name="request_open_per_team_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="closed", closed_at__isnull=False) | ~Q(status="closed"),
                name="request_closed_has_closed_at",
            ),
            models.CheckConstraint(
                condition=~Q(outcome="forwarded") | Q(forwarded_to__isnull=False),
                name="request_forwarded_has_partner",
            ),
        ]

    def __str__(self) -> str:
        return self.reference


class RequestEvent(models.Model):
    """Append-only history of a request: who did what, when and why."""

    class Kind(models.TextChoices):
        REGISTERED = "registered", "Geregistreerd"
        TRIAGED = "triaged", "Getrieerd"
        ROUTED = "routed", "Naar team"
        ASSIGNED = "assigned", "Opgepakt"
        ANSWERED = "answered", "Direct beantwoord"
        FORWARDED = "forwarded", "Doorgezet"
        CRISIS = "crisis", "Crisis"
        WMO_STEP = "wmo_step", "Wmo-stap vastgelegd"

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField("op", auto_now_add=True)
    note = models.TextField("toelichting", blank=True)
    team = models.ForeignKey("areas.Team", on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = "gebeurtenis"
        verbose_name_plural = "gebeurtenissen"
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.request} {self.get_kind_display()}"


class TriageRule(models.Model):
    """One municipality's refinement of the default triage: ordered, first match wins.

    Every condition is optional and an empty one matches anything. The action routes to the team
    of a kind that serves the address's district, to one named team, or to the central queue.
    The explanation is shown to staff ("waarom deze route") and may use {team}, {district} and
    {domains}.
    """

    class RouteTo(models.TextChoices):
        TEAM_KIND = "team_kind", "Team van een soort dat de wijk bedient"
        TEAM = "team", "Een vast team"
        CENTRAL_QUEUE = "central_queue", "Centrale wachtrij"

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.CASCADE, related_name="triage_rules", verbose_name="gemeente"
    )
    order = models.PositiveIntegerField("volgorde", default=0, help_text="Lager gaat eerst.")
    name = models.CharField("naam", max_length=100)
    active = models.BooleanField("actief", default=True)

    min_life_domains = models.PositiveSmallIntegerField("minimaal aantal leefgebieden", null=True, blank=True)
    max_life_domains = models.PositiveSmallIntegerField("maximaal aantal leefgebieden", null=True, blank=True)
    life_domains = models.ManyToManyField(
        "core.LifeDomain",
        blank=True,
        related_name="+",
        verbose_name="leefgebieden",
        help_text="Past als de melding minstens één van deze leefgebieden raakt.",
    )
    districts = models.ManyToManyField(
        "areas.District",
        blank=True,
        related_name="+",
        verbose_name="wijken",
        help_text="Past als het adres in een van deze wijken ligt.",
    )
    urgency = models.CharField("urgentie", max_length=10, choices=Request.Urgency.choices, blank=True)
    source = models.CharField("melder", max_length=20, choices=Request.Source.choices, blank=True)
    minors_involved = models.BooleanField(
        "minderjarigen betrokken", null=True, blank=True, help_text="Leeg: maakt niet uit."
    )

    route_to = models.CharField("route naar", max_length=20, choices=RouteTo.choices)
    team_kind = models.CharField("soort team", max_length=20, choices=Team.Kind.choices, blank=True)
    team = models.ForeignKey(
        "areas.Team", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="team"
    )
    propose_case_conference = models.BooleanField("afstemmingsoverleg voorstellen", default=False)
    explanation = models.TextField(
        "uitleg (waarom deze route)",
        blank=True,
        help_text="Mag {team}, {district} en {domains} bevatten.",
    )

    class Meta:
        verbose_name = "triageregel"
        verbose_name_plural = "triageregels"
        ordering = ["municipality", "order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(route_to="team_kind") | ~Q(team_kind=""), name="triagerule_team_kind_given"
            ),
            models.CheckConstraint(
                condition=~Q(route_to="team") | Q(team__isnull=False), name="triagerule_team_given"
            ),
            models.CheckConstraint(
                condition=Q(min_life_domains__isnull=True)
                | Q(max_life_domains__isnull=True)
                | Q(max_life_domains__gte=F("min_life_domains")),
                name="triagerule_min_le_max_domains",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.municipality} {self.order}: {self.name}"

    def clean(self) -> None:
        errors = {}
        if self.route_to == self.RouteTo.TEAM_KIND and not self.team_kind:
            errors["team_kind"] = "Kies de soort team waar deze regel naartoe stuurt."
        if self.route_to == self.RouteTo.TEAM and self.team_id is None:
            errors["team"] = "Kies het team waar deze regel naartoe stuurt."
        if self.team_id and self.municipality_id and self.team.municipality_id != self.municipality_id:
            errors["team"] = "Dit team werkt voor een andere gemeente."
        if (
            self.min_life_domains is not None
            and self.max_life_domains is not None
            and self.min_life_domains > self.max_life_domains
        ):
            errors["max_life_domains"] = "Het maximum is kleiner dan het minimum."
        if errors:
            raise ValidationError(errors)


class Notification(models.Model):
    """A message in the work UI for one professional about one request, or about something else
    in Plein that ``link`` points to (a provision request, an objection).

    The text carries only a reference, a team or a term, never names, question text or addresses:
    notifications are also sent by e-mail, which leaves Plein.
    """

    class Kind(models.TextChoices):
        NEW_REQUEST = "new_request", "Nieuwe melding"
        CRISIS = "crisis", "Crisis"
        ASSIGNED = "assigned", "Toegewezen"
        DEADLINE = "deadline", "Termijn"
        QUESTION = "question", "Vraag van de backoffice"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name="ontvanger",
    )
    request = models.ForeignKey(
        Request,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name="melding",
    )
    link = models.CharField(
        "link",
        max_length=200,
        blank=True,
        help_text="Een pad binnen Plein, voor een bericht dat niet over een melding gaat.",
    )
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    message = models.CharField("bericht", max_length=200)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    read_at = models.DateTimeField("gelezen op", null=True, blank=True)

    class Meta:
        verbose_name = "bericht"
        verbose_name_plural = "berichten"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"])]
        constraints = [
            # Every notification leads somewhere: to its request, or to the page its link names.
            models.CheckConstraint(
                condition=Q(request__isnull=False) | ~Q(link=""), name="notification_has_target"
            ),
            models.CheckConstraint(
                condition=Q(link="") | (Q(link__startswith="/") & ~Q(link__startswith="//")),
                name="notification_link_is_a_path",
            ),
        ]

    def __str__(self) -> str:
        return self.message
