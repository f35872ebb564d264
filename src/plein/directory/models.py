"""The social map (sociale kaart): services of organisations, placed on the support ladder, the
search index over them, stories of residents and the public portal that shows them."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q

from plein.core.validators import validate_postcode

HEX_COLOUR = RegexValidator(r"^#[0-9a-fA-F]{6}$", "Een kleur ziet eruit als #1a5f8c (# en zes tekens).")


class Service(models.Model):
    """Help an organisation offers: a general provision, team support nearby, or a customised provision."""

    class Level(models.IntegerChoices):
        # The rungs of the support ladder (DESIGN.md principle 1) a service sits on.
        GENERAL = 0, "Niveau 0: eigen kracht, algemene voorziening"
        NEARBY = 1, "Niveau 1: ondersteuning dichtbij door het team"
        CUSTOMISED = 2, "Niveau 2: maatwerk (beschikking nodig)"

    organisation = models.ForeignKey(
        "people.Organisation", on_delete=models.PROTECT, related_name="services", verbose_name="organisatie"
    )
    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="services", verbose_name="gemeente"
    )
    name = models.CharField("naam", max_length=200)
    description = models.TextField("beschrijving", blank=True, help_text="In gewone taal (B1).")
    keywords = models.CharField(
        "zoekwoorden",
        max_length=500,
        blank=True,
        help_text="Woorden die inwoners gebruiken en die niet in de tekst staan, gescheiden door komma's.",
    )
    life_domains = models.ManyToManyField(
        "core.LifeDomain", blank=True, related_name="services", verbose_name="leefgebieden"
    )
    target_group = models.CharField(
        "voor wie", max_length=300, blank=True, help_text="Bijvoorbeeld: ouderen die alleen wonen."
    )
    min_age = models.PositiveSmallIntegerField(
        "vanaf leeftijd", null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    max_age = models.PositiveSmallIntegerField(
        "tot en met leeftijd", null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    districts = models.ManyToManyField(
        "areas.District",
        blank=True,
        related_name="services",
        verbose_name="wijken",
        help_text="Leeg: de hele gemeente.",
    )
    level = models.PositiveSmallIntegerField("niveau", choices=Level.choices, default=Level.GENERAL)
    free_access = models.BooleanField(
        "vrij toegankelijk", default=True, help_text="Uit: er is een verwijzing of beschikking nodig."
    )
    cost = models.CharField("kosten", max_length=300, blank=True, help_text="Leeg: gratis.")
    how_to_apply = models.TextField("hoe aanmelden", blank=True)
    phone = models.CharField("telefoon", max_length=30, blank=True)
    email = models.EmailField("e-mail", blank=True)
    website = models.URLField("website", blank=True)
    # Where the help is given; empty: at the organisation's address, or at home.
    street_address = models.CharField("adres", max_length=200, blank=True)
    postcode = models.CharField("postcode", max_length=6, blank=True, validators=[validate_postcode])
    city = models.CharField("plaats", max_length=100, blank=True)
    languages = models.CharField(
        "talen",
        max_length=200,
        blank=True,
        help_text="Gescheiden door komma's, bijvoorbeeld: Nederlands, Engels.",
    )
    accessibility = models.CharField(
        "toegankelijkheid",
        max_length=300,
        blank=True,
        help_text="Bijvoorbeeld: rolstoeltoegankelijk, ringleiding.",
    )
    active = models.BooleanField("actief", default=True)
    last_verified_on = models.DateField("laatst gecontroleerd op", null=True, blank=True)
    last_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gecontroleerd door",
    )
    hsds_id = models.UUIDField("HSDS-id", default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "dienst"
        verbose_name_plural = "diensten"
        ordering = ["municipality", "level", "name"]
        indexes = [
            models.Index(fields=["municipality", "active", "level"]),
            models.Index(fields=["municipality", "last_verified_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_age__isnull=True) | Q(max_age__isnull=True) | Q(max_age__gte=F("min_age")),
                name="service_age_range_valid",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        # Here, not in one service: the editors' form, the HSDS import and the admin all call
        # full_clean. The age range is also a database constraint; this gives it a clear message.
        errors = {}
        if self.level == self.Level.CUSTOMISED and self.free_access:
            errors["free_access"] = (
                "Maatwerk (niveau 2) is nooit vrij toegankelijk: er is altijd een beschikking nodig. "
                "Zet ‘vrij toegankelijk’ uit of kies een ander niveau."
            )
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            errors["max_age"] = "De leeftijd ‘tot en met’ is lager dan de leeftijd ‘vanaf’."
        if errors:
            raise ValidationError(errors)


class ServiceSearchEntry(models.Model):
    """What the search matches for one active service: its analysed terms (see ``directory.search``).

    Kept apart from Service so an editor's save and the database's full-text index (a GIN-indexed
    generated tsvector column in PostgreSQL, an FTS5 table in SQLite) stay one explicit step:
    ``search.index_services``.
    """

    service = models.OneToOneField(
        Service, on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    municipality = models.ForeignKey("areas.Municipality", on_delete=models.CASCADE, related_name="+")
    # Space-separated terms: each word as written and its stems, plus the parts of compound words.
    # The name weighs more than the rest in the ranking.
    name_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)

    class Meta:
        verbose_name = "zoekindex van een dienst"
        verbose_name_plural = "zoekindex"

    def __str__(self) -> str:
        return f"zoekindex van dienst {self.service_id}"


class SearchTerm(models.Model):
    """The vocabulary of the search index: every term (word as written and stem) once, with the
    number of services holding it: the candidates for typo correction and for capping common words."""

    term = models.CharField(max_length=100, unique=True)
    document_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "zoekterm"
        verbose_name_plural = "zoektermen"

    def __str__(self) -> str:
        return self.term


class SynonymGroup(models.Model):
    """Words residents use for the same thing ("geldzorgen, schulden, rood staan"): a search for
    one finds services that use another. Maintained by directory editors."""

    words = models.TextField("woorden", help_text="Gescheiden door komma's. Ook woordgroepen mogen.")
    note = models.CharField("toelichting", max_length=200, blank=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "synoniemen"
        verbose_name_plural = "synoniemen"
        ordering = ["words"]

    def __str__(self) -> str:
        return self.words

    def word_list(self) -> list[str]:
        return [word.strip().lower() for word in self.words.split(",") if word.strip()]


class Story(models.Model):
    """A resident's story on the portal: how someone found help. No real names or personal details."""

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="stories", verbose_name="gemeente"
    )
    title = models.CharField("titel", max_length=200)
    slug = models.SlugField("webadres", max_length=200)
    summary = models.CharField("samenvatting", max_length=300)
    body = models.TextField("verhaal", help_text="Alinea's gescheiden door een lege regel.")
    life_domains = models.ManyToManyField(
        "core.LifeDomain", blank=True, related_name="stories", verbose_name="leefgebieden"
    )
    services = models.ManyToManyField(Service, blank=True, related_name="stories", verbose_name="diensten")
    published = models.BooleanField("gepubliceerd", default=False)
    published_on = models.DateField("gepubliceerd op", null=True, blank=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "verhaal"
        verbose_name_plural = "verhalen"
        ordering = ["-published_on", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "slug"], name="story_slug_unique_per_municipality"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Portal(models.Model):
    """A municipality's public site: its address, its words and its look (NL Design System style
    tokens as CSS custom properties). Fonts are system fonts: the portal makes no third-party requests."""

    class Font(models.TextChoices):
        SYSTEM = "system", "Systeemlettertype (aanbevolen)"
        HUMANIST = "humanist", "Humanistisch schreefloos"
        SERIF = "serif", "Schreef"

    municipality = models.OneToOneField(
        "areas.Municipality", on_delete=models.CASCADE, related_name="portal", verbose_name="gemeente"
    )
    hostname = models.CharField(
        "hostnaam",
        max_length=200,
        blank=True,
        help_text="Bijvoorbeeld hulp.heerhugowaard.nl. Leeg bij één gemeente per installatie.",
    )
    title = models.CharField("naam van de site", max_length=100, default="Hulp en ondersteuning")
    intro = models.TextField(
        "welkomsttekst", blank=True, default="Zoek hulp in uw buurt, of stel uw vraag aan het sociaal team."
    )
    colour_primary = models.CharField("hoofdkleur", max_length=7, default="#1a5f8c", validators=[HEX_COLOUR])
    colour_primary_text = models.CharField(
        "tekstkleur op hoofdkleur", max_length=7, default="#ffffff", validators=[HEX_COLOUR]
    )
    colour_accent = models.CharField("accentkleur", max_length=7, default="#ffbc2c", validators=[HEX_COLOUR])
    font = models.CharField("lettertype", max_length=20, choices=Font.choices, default=Font.SYSTEM)
    # Stored in the database and served by Plein: no media storage to configure, no third party.
    logo = models.BinaryField("logo", blank=True, null=True, editable=True)
    logo_content_type = models.CharField(max_length=30, blank=True)
    logo_alt = models.CharField("tekst bij het logo", max_length=100, blank=True)
    contact_phone = models.CharField("telefoon", max_length=20, blank=True)
    contact_email = models.EmailField("e-mail", blank=True)
    contact_address = models.CharField("bezoekadres", max_length=200, blank=True)
    contact_hours = models.CharField("openingstijden", max_length=300, blank=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    class Meta:
        verbose_name = "portaal"
        verbose_name_plural = "portalen"
        constraints = [
            models.UniqueConstraint(
                fields=["hostname"], condition=~Q(hostname=""), name="portal_hostname_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.municipality})"


class HsdsImport(models.Model):
    """One import of an Open Referral HSDS file: what it did and what it skipped, and why."""

    class State(models.TextChoices):
        RUNNING = "running", "Bezig"
        DONE = "done", "Klaar"
        FAILED = "failed", "Mislukt"

    municipality = models.ForeignKey("areas.Municipality", on_delete=models.CASCADE, related_name="+")
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    file_name = models.CharField(max_length=200, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.RUNNING)
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    unchanged_count = models.PositiveIntegerField(default=0)
    # [{"record": "service 3 (Maaltijdservice)", "reason": "…"}]: reasons in Dutch, no personal data.
    skipped = models.JSONField(default=list, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "HSDS-import"
        verbose_name_plural = "HSDS-imports"
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"HSDS-import {self.file_name or self.pk} ({self.get_state_display()})"
