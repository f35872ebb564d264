"""The integral case: one household, one plan, one coordinator.

A case (casus) belongs to one household and one team. What happens to it is recorded in an
append-only timeline (``CaseEvent``). Invariants the database can hold are constraints here:
one active case per household, one coordinator and one procesregisseur at a time, ZRM scores
1–5, one plan version number per case.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from plein.areas.models import Role
from plein.privacy.history import PersonalDataHistory

ZRM_SCORES = [
    (1, "1 – acute problematiek"),
    (2, "2 – niet zelfredzaam"),
    (3, "3 – beperkt zelfredzaam"),
    (4, "4 – voldoende zelfredzaam"),
    (5, "5 – volledig zelfredzaam"),
]

PARTICIPATION_RUNGS = [
    (1, "1 – geïsoleerd"),
    (2, "2 – sociale contacten buiten de deur"),
    (3, "3 – deelname aan georganiseerde activiteiten"),
    (4, "4 – onbetaald werk"),
    (5, "5 – betaald werk met ondersteuning"),
    (6, "6 – betaald werk"),
]


class Case(models.Model):
    """A household's integral case (casus, traject)."""

    class State(models.TextChoices):
        REGISTERED = "registered", "Aangemeld"
        IN_CONVERSATION = "in_conversation", "In gesprek"
        PLAN = "plan", "Plan"
        EXECUTION = "execution", "Uitvoering"
        EVALUATION = "evaluation", "Evaluatie"
        CLOSED = "closed", "Afgesloten"

    class DomainScope(models.TextChoices):
        SINGLE = "single", "Enkelvoudig (één leefgebied)"
        MULTIPLE = "multiple", "Meervoudig (meerdere leefgebieden)"

    class Complexity(models.TextChoices):
        SIMPLE = "simple", "Eenvoudig"
        SPECIALIST = "specialist", "Specialistisch"
        MULTI_COMPLEX = "multi_complex", "Multicomplex"

    class ForcedFramework(models.TextChoices):
        NONE = "", "Geen"
        CHILD_PROTECTION_ORDER = "child_protection_order", "Kinderbeschermingsmaatregel (bijv. OTS)"
        YOUTH_PROBATION = "youth_probation", "Jeugdreclassering"

    class ClosureReason(models.TextChoices):
        GOALS_REACHED = "goals_reached", "Doelen bereikt"
        REFERRED = "referred", "Doorverwezen naar specialistische hulp"
        RESIDENT_STOPPED = "resident_stopped", "Inwoner wil geen ondersteuning meer"
        MOVED = "moved", "Verhuisd buiten het werkgebied"
        OTHER = "other", "Anders"

    reference = models.CharField("kenmerk", max_length=20, unique=True)
    household = models.ForeignKey(
        "people.Household", on_delete=models.PROTECT, related_name="cases", verbose_name="huishouden"
    )
    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="cases", verbose_name="gemeente"
    )
    team = models.ForeignKey(
        "areas.Team", on_delete=models.PROTECT, related_name="cases", verbose_name="team"
    )
    requests = models.ManyToManyField(
        "intake.Request", related_name="cases", blank=True, verbose_name="meldingen"
    )
    state = models.CharField("fase", max_length=20, choices=State.choices, default=State.REGISTERED)
    domain_scope = models.CharField("leefgebieden", max_length=10, choices=DomainScope.choices, blank=True)
    complexity = models.CharField("complexiteit", max_length=20, choices=Complexity.choices, blank=True)
    forced_framework = models.CharField(
        "gedwongen kader", max_length=30, choices=ForcedFramework.choices, blank=True, default=""
    )
    # Denormalised from the current CoordinatorAssignment so "my cases" is one indexed filter.
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="coordinated_cases",
        verbose_name="regiehouder",
    )
    opened_at = models.DateTimeField("geopend op")
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="geopend door"
    )
    last_reviewed_on = models.DateField("laatst besproken in het team", null=True, blank=True)

    closed_at = models.DateTimeField("afgesloten op", null=True, blank=True)
    closure_reason = models.CharField(
        "reden van afsluiten", max_length=20, choices=ClosureReason.choices, blank=True
    )
    closure_note = models.TextField("toelichting bij afsluiten", blank=True)
    aftercare = models.TextField("afspraken over nazorg", blank=True)
    aftercare_until = models.DateField("nazorg tot en met", null=True, blank=True)

    # Optimistic locking: every change bumps it; a change made against an older version is refused.
    lock_version = models.PositiveIntegerField(default=1)
    # The change history: lock_version only counts changes, it is no part of what changed.
    history = PersonalDataHistory(excluded_fields=["lock_version"])

    class Meta:
        verbose_name = "casus"
        verbose_name_plural = "casussen"
        indexes = [
            models.Index(fields=["team", "state", "opened_at"]),
            models.Index(fields=["coordinator", "state"]),
            # The team's work list: its open cases, oldest first, read a page at a time.
            models.Index(
                fields=["team", "opened_at", "id"],
                condition=~Q(state="closed"),
                name="case_open_per_team_idx",
            ),
            # The API's list, newest first: walks the visible cases in order instead of sorting all.
            models.Index(fields=["opened_at", "id"], name="case_opened_at_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["household"], condition=~Q(state="closed"), name="one_active_case_per_household"
            ),
            models.CheckConstraint(
                condition=~Q(state="closed") | Q(closed_at__isnull=False, closure_reason__gt=""),
                name="case_closed_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.state != self.State.CLOSED


class CaseEvent(models.Model):
    """Append-only timeline of a case: who did what, when, and why. Notes carry no medical details."""

    class Kind(models.TextChoices):
        OPENED = "opened", "Casus geopend"
        REQUEST_JOINED = "request_joined", "Melding toegevoegd"
        STATE_CHANGED = "state_changed", "Fase gewijzigd"
        ASSESSMENT = "assessment", "Breed gesprek vastgelegd"
        MEASUREMENT = "measurement", "Meting vastgelegd"
        CLASSIFIED = "classified", "Casus geclassificeerd"
        COORDINATOR = "coordinator", "Regiehouder"
        CONFERENCE = "conference", "Afstemmingsoverleg"
        PLAN = "plan", "Ondersteuningsplan"
        PLAN_SIGNED = "plan_signed", "Plan ondertekend"
        CONTACT = "contact", "Contact"
        HANDOVER = "handover", "Warme overdracht"
        CONSENT_OVERRIDE = "consent_override", "Overdracht zonder toestemming"
        PROCESS_DIRECTOR = "process_director", "Procesregisseur"
        ESCALATION = "escalation", "Opgeschaald"
        SAFETY = "safety", "Zorg over veiligheid"
        CRISIS = "crisis", "Crisis"
        REVIEWED = "reviewed", "Besproken in het team"
        PROVISION_REQUEST = "provision_request", "Aanvraag maatwerkvoorziening"
        DECISION = "decision", "Beschikking"
        OBJECTION = "objection", "Bezwaar"
        ALLOCATION = "allocation", "Toewijzing aan aanbieder"
        CLOSED = "closed", "Afgesloten"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField("op", auto_now_add=True)
    note = models.TextField("toelichting", blank=True)

    class Meta:
        verbose_name = "gebeurtenis in casus"
        verbose_name_plural = "gebeurtenissen in casussen"
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.case} {self.get_kind_display()}"


class CoordinatorRule(models.Model):
    """Who may be regiehouder, per municipality: ordered, the first rule whose condition holds decides.

    A municipality without rules gets the defaults of the seeds (``cases.coordination``): a forced
    framework → the jeugdbeschermer; a minor in the household → a jeugd- en gezinscoach; otherwise the
    case conference chooses among the team's case workers.
    """

    class Condition(models.TextChoices):
        FORCED_FRAMEWORK = (
            "forced_framework",
            "Gedwongen kader (kinderbeschermingsmaatregel, jeugdreclassering)",
        )
        MINOR_IN_HOUSEHOLD = "minor_in_household", "Minderjarige (onder 18) in het huishouden"

    municipality = models.ForeignKey(
        "areas.Municipality",
        on_delete=models.CASCADE,
        related_name="coordinator_rules",
        verbose_name="gemeente",
    )
    order = models.PositiveIntegerField("volgorde", default=0, help_text="Lager gaat eerst.")
    name = models.CharField("naam", max_length=100)
    condition = models.CharField("als", max_length=30, choices=Condition.choices)
    required_role = models.CharField("dan regiehouder met rol", max_length=30, choices=Role.choices)
    active = models.BooleanField("actief", default=True)

    class Meta:
        verbose_name = "regel voor het regiehouderschap"
        verbose_name_plural = "regels voor het regiehouderschap"
        ordering = ["municipality", "order", "id"]

    def __str__(self) -> str:
        return self.name


class CoordinatorAssignment(models.Model):
    """Who was regiehouder of a case, when, and how that was decided. Exactly one is current."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="coordinator_assignments")
    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="regiehouder"
    )
    rule = models.CharField("toegepaste regel", max_length=200, blank=True)
    reason = models.TextField("toelichting", blank=True)
    agenda_item = models.ForeignKey(
        "cases.AgendaItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="besloten in afstemmingsoverleg",
    )
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    starts_at = models.DateTimeField("vanaf")
    ends_at = models.DateTimeField("tot", null=True, blank=True)

    class Meta:
        verbose_name = "regiehouderschap"
        verbose_name_plural = "regiehouderschappen"
        ordering = ["starts_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=Q(ends_at__isnull=True), name="one_current_coordinator_per_case"
            )
        ]

    def __str__(self) -> str:
        return f"{self.professional} voor {self.case}"


class Measurement(models.Model):
    """ZRM scores per life domain and the Participatieladder rung at one moment of a case."""

    class Moment(models.TextChoices):
        START = "start", "Begin"
        INTERIM = "interim", "Tussentijds"
        END = "end", "Einde"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="measurements")
    moment = models.CharField("moment", max_length=10, choices=Moment.choices)
    measured_on = models.DateField("datum")
    participation_rung = models.PositiveSmallIntegerField(
        "Participatieladder", choices=PARTICIPATION_RUNGS, null=True, blank=True
    )
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "meting"
        verbose_name_plural = "metingen"
        ordering = ["measured_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(participation_rung__isnull=True)
                | Q(participation_rung__gte=1, participation_rung__lte=6),
                name="measurement_rung_1_to_6",
            ),
            models.UniqueConstraint(
                fields=["case"], condition=Q(moment="start"), name="one_start_measurement_per_case"
            ),
            models.UniqueConstraint(
                fields=["case"], condition=Q(moment="end"), name="one_end_measurement_per_case"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_moment_display()} {self.measured_on}"


class DomainScore(models.Model):
    """One ZRM score (1–5) with an optional short finding. Only what is needed: no diagnoses."""

    measurement = models.ForeignKey(Measurement, on_delete=models.CASCADE, related_name="scores")
    life_domain = models.ForeignKey("core.LifeDomain", on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField("ZRM-score", choices=ZRM_SCORES)
    finding = models.TextField("bevinding", blank=True)

    class Meta:
        verbose_name = "ZRM-score"
        verbose_name_plural = "ZRM-scores"
        ordering = ["life_domain__order"]
        constraints = [
            models.CheckConstraint(condition=Q(score__gte=1, score__lte=5), name="zrm_score_1_to_5"),
            models.UniqueConstraint(fields=["measurement", "life_domain"], name="one_score_per_domain"),
        ]

    def __str__(self) -> str:
        return f"{self.life_domain}: {self.score}"


class Assessment(models.Model):
    """The broad conversation (breed gesprek, keukentafelgesprek): the story told once."""

    class Place(models.TextChoices):
        HOME = "home", "Bij de inwoner thuis"
        OFFICE = "office", "Op kantoor of in de wijk"
        ELSEWHERE = "elsewhere", "Elders"
        PHONE_VIDEO = "phone_video", "Telefonisch of beeldbellen"

    class Safety(models.TextChoices):
        NO_CONCERNS = "no_concerns", "Geen zorgen over veiligheid"
        CONCERNS = "concerns", "Zorgen over veiligheid (meldcode)"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="assessments")
    measurement = models.OneToOneField(Measurement, on_delete=models.PROTECT, related_name="assessment")
    held_on = models.DateField("datum")
    place = models.CharField("plaats", max_length=20, choices=Place.choices, default=Place.HOME)
    resident_present = models.BooleanField("inwoner aanwezig", default=True)
    others_present = models.CharField(
        "verder aanwezig", max_length=200, blank=True, help_text="Bijvoorbeeld partner, mantelzorger, tolk."
    )
    client_support_offered = models.BooleanField(
        "onafhankelijke cliëntondersteuning aangeboden", default=False
    )
    client_supporter_present = models.BooleanField("cliëntondersteuner aanwezig", default=False)
    question = models.TextField("de vraag in eigen woorden")
    own_strength = models.TextField("eigen kracht", blank=True)
    network = models.TextField("netwerk: wie kan waarmee helpen", blank=True)
    safety = models.CharField("veiligheid", max_length=20, choices=Safety.choices, default=Safety.NO_CONCERNS)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)
    history = PersonalDataHistory()

    class Meta:
        verbose_name = "breed gesprek"
        verbose_name_plural = "brede gesprekken"
        ordering = ["held_on", "id"]

    def __str__(self) -> str:
        return f"Breed gesprek {self.held_on}"


class Conference(models.Model):
    """One meeting of a team's afstemmingsoverleg (case conference)."""

    team = models.ForeignKey("areas.Team", on_delete=models.PROTECT, related_name="conferences")
    starts_at = models.DateTimeField("begint om")
    duration_minutes = models.PositiveSmallIntegerField("duur (minuten)", default=60)
    location = models.CharField("plaats", max_length=200, blank=True)
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="attended_conferences", blank=True, verbose_name="aanwezigen"
    )
    held_at = models.DateTimeField("gehouden op", null=True, blank=True)

    class Meta:
        verbose_name = "afstemmingsoverleg"
        verbose_name_plural = "afstemmingsoverleggen"
        ordering = ["starts_at"]
        constraints = [models.UniqueConstraint(fields=["team", "starts_at"], name="one_conference_per_slot")]

    def __str__(self) -> str:
        return f"Afstemmingsoverleg {self.team} {self.starts_at:%d-%m-%Y}"


class ConferenceSchedule(models.Model):
    """When a team's afstemmingsoverleg recurs. A team without one meets weekly on Tuesday 9:00."""

    team = models.OneToOneField("areas.Team", on_delete=models.CASCADE, related_name="conference_schedule")
    weekday = models.PositiveSmallIntegerField(
        "dag",
        choices=[(0, "maandag"), (1, "dinsdag"), (2, "woensdag"), (3, "donderdag"), (4, "vrijdag")],
        default=1,
    )
    starts_at = models.TimeField("begint om", default="09:00")
    duration_minutes = models.PositiveSmallIntegerField("duur (minuten)", default=60)
    every_weeks = models.PositiveSmallIntegerField("elke … weken", default=1)
    location = models.CharField("plaats", max_length=200, blank=True)

    class Meta:
        verbose_name = "schema afstemmingsoverleg"
        verbose_name_plural = "schema's afstemmingsoverleg"

    def __str__(self) -> str:
        return f"{self.team}: {self.get_weekday_display()} {self.starts_at:%H:%M}"


class AgendaItem(models.Model):
    """A case brought into a conference, and what was decided about it (the minutes)."""

    class Reason(models.TextChoices):
        NEW = "new", "Nieuwe casus: classificeren en regiehouder kiezen"
        MULTI_COMPLEX = "multi_complex", "Multicomplexe casus"
        COORDINATOR = "coordinator", "Regiehouder kiezen of wisselen"
        REVIEW = "review", "Langer dan drie maanden open: evaluatie"
        STUCK = "stuck", "Casus loopt vast"
        SAFETY = "safety", "Zorg over veiligheid of crisis"
        OTHER = "other", "Anders"

    conference = models.ForeignKey(Conference, on_delete=models.CASCADE, related_name="agenda_items")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="agenda_items")
    reason = models.CharField("reden", max_length=20, choices=Reason.choices)
    note = models.TextField("toelichting", blank=True)
    brought_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decisions = models.TextField("besluiten", blank=True)
    discussed_at = models.DateTimeField("besproken op", null=True, blank=True)

    class Meta:
        verbose_name = "agendapunt"
        verbose_name_plural = "agendapunten"
        ordering = ["conference__starts_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["conference", "case"], name="case_once_per_conference"),
        ]

    def __str__(self) -> str:
        return f"{self.case} in {self.conference}"


class Action(models.Model):
    """An agreed action with an owner and a due date, from a conference or from the plan."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="actions")
    agenda_item = models.ForeignKey(
        AgendaItem, on_delete=models.CASCADE, null=True, blank=True, related_name="actions"
    )
    description = models.CharField("actie", max_length=300)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="case_actions",
        verbose_name="eigenaar",
    )
    due_on = models.DateField("uiterlijk op")
    done_at = models.DateTimeField("gedaan op", null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "actie"
        verbose_name_plural = "acties"
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["owner", "done_at", "due_on"])]

    def __str__(self) -> str:
        return self.description


class SupportPlan(models.Model):
    """One version of the household's support plan (1 gezin, 1 plan) in the fixed format.

    A signed version is never changed: a change starts a new version (a copy), which supersedes the
    signed one once it is signed in turn.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Concept"
        SIGNED = "signed", "Ondertekend"
        SUPERSEDED = "superseded", "Vervangen door een nieuwere versie"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="plans")
    version = models.PositiveSmallIntegerField("versie")
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.DRAFT)
    result_aimed_for = models.TextField("beoogd resultaat", blank=True)
    timeline = models.TextField("tijdpad", blank=True)
    evaluate_on = models.DateField("evalueren op", null=True, blank=True)
    societal_contribution = models.TextField(
        "tegenprestatie / bijdrage aan de samenleving",
        blank=True,
        help_text="Alleen waar dat van toepassing is.",
    )
    agreements = models.TextField("afspraken over taken en vervolg", blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    signed_at = models.DateTimeField("volledig ondertekend op", null=True, blank=True)
    lock_version = models.PositiveIntegerField(default=1)
    # The change history: lock_version only counts changes, it is no part of what changed.
    history = PersonalDataHistory(excluded_fields=["lock_version"])

    class Meta:
        verbose_name = "ondersteuningsplan"
        verbose_name_plural = "ondersteuningsplannen"
        ordering = ["case", "version"]
        constraints = [
            models.UniqueConstraint(fields=["case", "version"], name="plan_version_unique"),
            models.UniqueConstraint(
                fields=["case"], condition=Q(status="draft"), name="one_draft_plan_per_case"
            ),
        ]

    def __str__(self) -> str:
        return f"Ondersteuningsplan {self.case} versie {self.version}"


class PlanItem(models.Model):
    """One part of the arrangement, on a rung of the support ladder (own strength first)."""

    class Rung(models.IntegerChoices):
        OWN_STRENGTH = 1, "Eigen kracht"
        NETWORK = 2, "Netwerk / mantelzorg"
        VOLUNTEER = 3, "Vrijwilligers"
        GENERAL_PROVISION = 4, "Algemene voorziening (vrij toegankelijk)"
        TEAM_SUPPORT = 5, "Ondersteuning door het team"
        CUSTOMISED_PROVISION = 6, "Maatwerkvoorziening (beschikking)"
        SPECIALIST_CARE = 7, "Specialistische zorg"

    plan = models.ForeignKey(SupportPlan, on_delete=models.CASCADE, related_name="items")
    rung = models.PositiveSmallIntegerField("trede", choices=Rung.choices)
    life_domain = models.ForeignKey(
        "core.LifeDomain",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="leefgebied",
    )
    description = models.TextField("wat")
    performed_by = models.CharField("wie doet het", max_length=200)
    organisation = models.ForeignKey(
        "people.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="organisatie",
    )
    service = models.ForeignKey(
        "directory.Service",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="voorziening van de sociale kaart",
    )
    starts_on = models.DateField("vanaf")
    ends_on = models.DateField("tot en met", null=True, blank=True)
    history = PersonalDataHistory()

    class Meta:
        verbose_name = "onderdeel van het arrangement"
        verbose_name_plural = "onderdelen van het arrangement"
        ordering = ["rung", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(rung__gte=1, rung__lte=7), name="plan_item_rung_1_to_7"),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="plan_item_period_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_rung_display()}: {self.description[:40]}"


class Signature(models.Model):
    """A signature under one plan version: the resident's and the professional's."""

    class Signer(models.TextChoices):
        RESIDENT = "resident", "Inwoner"
        PROFESSIONAL = "professional", "Professional"

    class Method(models.TextChoices):
        PAPER = "paper", "Op papier"
        ON_SCREEN = "on_screen", "Persoonlijk op het scherm"
        PORTAL = "portal", "Later via het portaal"

    plan = models.ForeignKey(SupportPlan, on_delete=models.CASCADE, related_name="signatures")
    signer = models.CharField("ondertekenaar", max_length=20, choices=Signer.choices)
    resident = models.ForeignKey(
        "people.Resident", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signed_on = models.DateField("datum")
    method = models.CharField("manier", max_length=20, choices=Method.choices)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "handtekening"
        verbose_name_plural = "handtekeningen"
        constraints = [
            models.UniqueConstraint(fields=["plan", "signer"], name="one_signature_per_signer"),
            models.CheckConstraint(
                condition=Q(signer="resident", resident__isnull=False)
                | Q(signer="professional", professional__isnull=False),
                name="signature_has_signer",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_signer_display()} {self.signed_on}"


class Contact(models.Model):
    """An individual or group contact: the basis of the workload figures."""

    class Kind(models.TextChoices):
        HOME_VISIT = "home_visit", "Huisbezoek"
        OFFICE = "office", "Gesprek op kantoor of in de wijk"
        PHONE = "phone", "Telefoon"
        VIDEO = "video", "Beeldbellen"
        EMAIL = "email", "E-mail of bericht"
        GROUP = "group", "Groepsbijeenkomst"
        NETWORK_MEETING = "network_meeting", "Netwerkberaad"
        CONSULTATION = "consultation", "Overleg met een professional"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contacts")
    held_on = models.DateField("datum")
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    duration_minutes = models.PositiveSmallIntegerField("duur (minuten)")
    professionals = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="case_contacts", verbose_name="professionals"
    )
    with_whom = models.CharField(
        "met wie", max_length=200, help_text="Bijvoorbeeld: moeder en dochter, de huisarts."
    )
    summary = models.TextField(
        "korte notitie", blank=True, help_text="Alleen wat nodig is; geen medische details."
    )
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "contact"
        verbose_name_plural = "contacten"
        ordering = ["-held_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=1, duration_minutes__lte=1440),
                name="contact_duration_valid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.held_on}"


class Handover(models.Model):
    """A warm hand-over (warme overdracht) of a plan item, or of the whole question, to a partner.

    The information package is what the partner needs so it does not redo the intake. It goes only
    with the resident's consent; an override (acute danger) needs a reason and is on the timeline.
    """

    class Status(models.TextChoices):
        SENT = "sent", "Verstuurd"
        ACCEPTED = "accepted", "Geaccepteerd"
        DECLINED = "declined", "Geweigerd"
        DONE = "done", "Afgerond"

    class ConsentMethod(models.TextChoices):
        VERBAL = "verbal", "Mondeling"
        WRITTEN = "written", "Schriftelijk"
        PORTAL = "portal", "Via het portaal"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="handovers")
    plan_item = models.ForeignKey(
        PlanItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="handovers"
    )
    organisation = models.ForeignKey(
        "people.Organisation",
        on_delete=models.PROTECT,
        related_name="handovers",
        verbose_name="naar organisatie",
    )
    information = models.TextField("informatie voor de partner")
    consent_given_by = models.ForeignKey(
        "people.Resident",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="toestemming gegeven door",
    )
    consent_method = models.CharField("toestemming", max_length=20, choices=ConsentMethod.choices, blank=True)
    consent_recorded_on = models.DateField("toestemming op", null=True, blank=True)
    consent_override_reason = models.TextField("reden om zonder toestemming over te dragen", blank=True)

    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.SENT)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField("verstuurd op")
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    responded_at = models.DateTimeField("beantwoord op", null=True, blank=True)
    decline_reason = models.TextField("reden van weigeren", blank=True)
    done_at = models.DateTimeField("afgerond op", null=True, blank=True)
    succeeded = models.BooleanField("is de hulp geslaagd", null=True, blank=True)
    outcome_note = models.TextField("toelichting op de uitkomst", blank=True)

    class Meta:
        verbose_name = "warme overdracht"
        verbose_name_plural = "warme overdrachten"
        ordering = ["-sent_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(consent_given_by__isnull=False) | ~Q(consent_override_reason=""),
                name="handover_consent_or_override",
            ),
            models.CheckConstraint(
                condition=~Q(status="declined") | ~Q(decline_reason=""), name="handover_declined_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"Overdracht {self.case} naar {self.organisation}"


class ProcessDirection(models.Model):
    """A procesregisseur attached to a stuck case, with doorzettingsmacht, until withdrawn."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="process_directions")
    director = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="directed_cases",
        verbose_name="procesregisseur",
    )
    reason = models.TextField("reden")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    attached_at = models.DateTimeField("aangesloten op")
    withdrawn_at = models.DateTimeField("teruggetrokken op", null=True, blank=True)
    withdrawal_note = models.TextField("toelichting bij terugtrekken", blank=True)

    class Meta:
        verbose_name = "procesregie"
        verbose_name_plural = "procesregie"
        ordering = ["attached_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["case"], condition=Q(withdrawn_at__isnull=True), name="one_process_director_per_case"
            )
        ]

    def __str__(self) -> str:
        return f"{self.director} bij {self.case}"


class SafetyConcern(models.Model):
    """A concern about domestic violence or child abuse, following the meldcode's five steps."""

    class Decision(models.TextChoices):
        HELP = "help", "Hulp organiseren"
        REPORT = "report", "Melden bij Veilig Thuis"
        HELP_AND_REPORT = "help_and_report", "Hulp organiseren én melden bij Veilig Thuis"
        NO_CONCERN = "no_concern", "Zorg niet bevestigd: geen verdere stappen"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="safety_concerns")
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    opened_at = models.DateTimeField("geopend op")
    is_crisis = models.BooleanField("crisis", default=False)
    crisis_action = models.TextField("wat er bij de crisis direct is gedaan", blank=True)
    decision = models.CharField("besluit (stap 5)", max_length=20, choices=Decision.choices, blank=True)
    closed_at = models.DateTimeField("afgerond op", null=True, blank=True)

    class Meta:
        verbose_name = "zorg over veiligheid"
        verbose_name_plural = "zorgen over veiligheid"
        ordering = ["-opened_at", "-id"]

    def __str__(self) -> str:
        return f"Zorg over veiligheid {self.case}"


class SafetyStep(models.Model):
    """One step of the meldcode, recorded in order."""

    class Step(models.IntegerChoices):
        MAP_SIGNALS = 1, "1. Signalen in kaart brengen"
        CONSULT = 2, "2. Collegiale consultatie en zo nodig Veilig Thuis raadplegen"
        TALK = 3, "3. Gesprek met de inwoner"
        WEIGH = 4, "4. Wegen aan de hand van het afwegingskader"
        DECIDE = 5, "5. Beslissen: hulp organiseren en/of melden"

    concern = models.ForeignKey(SafetyConcern, on_delete=models.CASCADE, related_name="steps")
    step = models.PositiveSmallIntegerField("stap", choices=Step.choices)
    done_on = models.DateField("datum")
    note = models.TextField("wat is gedaan")
    consulted_veilig_thuis = models.BooleanField("Veilig Thuis geraadpleegd", default=False)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "stap van de meldcode"
        verbose_name_plural = "stappen van de meldcode"
        ordering = ["step"]
        constraints = [models.UniqueConstraint(fields=["concern", "step"], name="meldcode_step_once")]

    def __str__(self) -> str:
        return self.get_step_display()


class SatisfactionResponse(models.Model):
    """The resident's answer to the short satisfaction question at closure. No personal data:
    linked to the case only, for monitoring."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="satisfaction")
    score = models.PositiveSmallIntegerField("rapportcijfer", null=True, blank=True)
    comment = models.TextField("opmerking", blank=True)
    declined = models.BooleanField("inwoner wilde geen antwoord geven", default=False)
    given_on = models.DateField("datum")

    class Meta:
        verbose_name = "tevredenheid"
        verbose_name_plural = "tevredenheid"
        constraints = [
            models.CheckConstraint(
                condition=Q(declined=True, score__isnull=True)
                | Q(declined=False, score__gte=1, score__lte=10),
                name="satisfaction_score_1_to_10",
            )
        ]

    def __str__(self) -> str:
        return f"Tevredenheid {self.case}"
