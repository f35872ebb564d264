"""Organisations, professionals, residents, households, addresses and the network around a resident."""

import hashlib
import secrets
import uuid

from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower

from plein.core.validators import validate_bsn, validate_postcode
from plein.privacy.history import PersonalDataHistory


class Organisation(models.Model):
    """A home organisation of team members, a network partner or a provider."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", "Gemeente"
        HOME = "home", "Moederorganisatie van teamleden"
        PARTNER = "partner", "Netwerkpartner"
        PROVIDER = "provider", "Zorgaanbieder"

    name = models.CharField("naam", max_length=200, unique=True)
    kind = models.CharField("soort", max_length=20, choices=Kind.choices)
    agb_code = models.CharField(
        "AGB-code",
        max_length=8,
        blank=True,
        help_text="Optioneel; acht cijfers (Vektis AGB-register).",
        validators=[RegexValidator(r"^[0-9]{8}$", "Een AGB-code bestaat uit acht cijfers.")],
    )
    kvk_number = models.CharField(
        "KvK-nummer",
        max_length=8,
        blank=True,
        help_text="Optioneel; acht cijfers (Handelsregister).",
        validators=[RegexValidator(r"^[0-9]{8}$", "Een KvK-nummer bestaat uit acht cijfers.")],
    )
    phone = models.CharField("telefoon", max_length=20, blank=True)
    email = models.EmailField("e-mail", blank=True)
    website = models.URLField("website", blank=True)
    # What the social map shows about the organisation (the directory context).
    description = models.TextField("beschrijving", blank=True, help_text="In gewone taal (B1).")
    street_address = models.CharField("adres", max_length=200, blank=True, help_text="Straat en huisnummer.")
    postcode = models.CharField("postcode", max_length=6, blank=True, validators=[validate_postcode])
    city = models.CharField("plaats", max_length=100, blank=True)
    opening_hours = models.CharField(
        "openingstijden", max_length=300, blank=True, help_text="Bijvoorbeeld: ma t/m vr 9.00–17.00 uur."
    )
    # Stable identity in the Open Referral HSDS format, so an import of the same file updates.
    hsds_id = models.UUIDField("HSDS-id", default=uuid.uuid4, unique=True, editable=False)
    municipalities = models.ManyToManyField(
        "areas.Municipality", related_name="organisations", blank=True, verbose_name="werkt in gemeenten"
    )

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Professional(AbstractUser):
    """A person who works with Plein: a Django user. Roles come from their memberships."""

    job_title = models.CharField("functie", max_length=100, blank=True)
    phone = models.CharField("telefoon", max_length=20, blank=True)

    class Meta:
        verbose_name = "professional"
        verbose_name_plural = "professionals"
        ordering = ["last_name", "first_name"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class ApiToken(models.Model):
    """A bearer token for the REST API. Only a hash is stored; the token is shown once."""

    professional = models.ForeignKey(Professional, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "API-token"
        verbose_name_plural = "API-tokens"

    def __str__(self) -> str:
        return f"API-token {self.pk} van {self.professional}"

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @staticmethod
    def generate() -> str:
        return "plein_" + secrets.token_urlsafe(32)


class Address(models.Model):
    """A Dutch address, routed once to a CBS neighbourhood when it is registered."""

    postcode = models.CharField("postcode", max_length=6, validators=[validate_postcode])
    house_number = models.PositiveIntegerField("huisnummer")
    house_letter = models.CharField("huisletter", max_length=1, blank=True)
    house_number_addition = models.CharField("toevoeging", max_length=4, blank=True)
    street = models.CharField("straat", max_length=100, blank=True)
    city = models.CharField("woonplaats", max_length=100, blank=True)
    neighbourhood = models.ForeignKey(
        "areas.Neighbourhood", on_delete=models.PROTECT, related_name="addresses", verbose_name="buurt"
    )

    class Meta:
        verbose_name = "adres"
        verbose_name_plural = "adressen"
        constraints = [
            models.UniqueConstraint(
                fields=["postcode", "house_number", "house_letter", "house_number_addition"],
                name="address_unique",
            )
        ]

    def __str__(self) -> str:
        number = f"{self.house_number}{self.house_letter}"
        if self.house_number_addition:
            number += f"-{self.house_number_addition}"
        street = f"{self.street} {number}" if self.street else number
        return f"{street}, {self.postcode[:4]} {self.postcode[4:]} {self.city}".strip()


class Household(models.Model):
    """The unit of a case: the people who live together at one address."""

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="households"
    )
    address = models.ForeignKey(Address, on_delete=models.PROTECT, related_name="households")
    created_at = models.DateTimeField(auto_now_add=True)
    history = PersonalDataHistory()

    class Meta:
        verbose_name = "huishouden"
        verbose_name_plural = "huishoudens"

    def __str__(self) -> str:
        return f"Huishouden {self.pk}"


class Resident(models.Model):
    """An inwoner. The BSN is optional (not every first contact knows it) but unique when given."""

    class Language(models.TextChoices):
        DUTCH = "nl", "Nederlands"
        ENGLISH = "en", "Engels"
        ARABIC = "ar", "Arabisch"
        TURKISH = "tr", "Turks"
        POLISH = "pl", "Pools"
        TIGRINYA = "ti", "Tigrinya"
        UKRAINIAN = "uk", "Oekraïens"
        OTHER = "other", "Anders"

    municipality = models.ForeignKey("areas.Municipality", on_delete=models.PROTECT, related_name="residents")
    first_names = models.CharField("voornamen", max_length=200)
    name_prefix = models.CharField("tussenvoegsel", max_length=20, blank=True)
    last_name = models.CharField("achternaam", max_length=200)
    birth_date = models.DateField("geboortedatum")
    bsn = models.CharField("BSN", max_length=9, null=True, blank=True, unique=True, validators=[validate_bsn])
    phone = models.CharField("telefoon", max_length=20, blank=True)
    email = models.EmailField("e-mail", blank=True)
    preferred_language = models.CharField(
        "voorkeurstaal", max_length=10, choices=Language.choices, default=Language.DUTCH
    )
    interpreter_needed = models.BooleanField("tolk nodig", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Searching by surname prefix is the most common look-up; the database keeps this lower-cased
    # copy itself (bulk loads included) so a prefix search can use an index.
    last_name_key = models.GeneratedField(
        expression=Lower("last_name"), output_field=models.CharField(max_length=200), db_persist=True
    )
    # The change history; the search key is derived from last_name (and the database computes it).
    history = PersonalDataHistory(excluded_fields=["last_name_key"])

    class Meta:
        verbose_name = "inwoner"
        verbose_name_plural = "inwoners"
        indexes = [
            # varchar_pattern_ops lets PostgreSQL use the index for LIKE 'prefix%' in any collation;
            # other databases ignore the operator class.
            models.Index(
                fields=["last_name_key"], name="resident_last_name_key", opclasses=["varchar_pattern_ops"]
            ),
            models.Index(fields=["birth_date"]),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_names, self.name_prefix, self.last_name) if part)


class HouseholdMembership(models.Model):
    """Who lived in which household when. A resident is in at most one household at a time."""

    class Position(models.TextChoices):
        ADULT = "adult", "Volwassene"
        CHILD = "child", "Kind"
        OTHER = "other", "Overig"

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="memberships")
    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="household_memberships")
    position = models.CharField("positie", max_length=10, choices=Position.choices)
    starts_on = models.DateField("vanaf")
    ends_on = models.DateField("tot en met", null=True, blank=True)

    class Meta:
        verbose_name = "lid van huishouden"
        verbose_name_plural = "leden van huishoudens"
        constraints = [
            models.UniqueConstraint(
                fields=["resident"],
                condition=Q(ends_on__isnull=True),
                name="one_active_household_per_resident",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="household_membership_period_valid",
            ),
        ]
        indexes = [models.Index(fields=["household", "ends_on"])]

    def __str__(self) -> str:
        return f"{self.resident} in {self.household} ({self.get_position_display()})"


class NetworkMember(models.Model):
    """Someone in a resident's informal network: a carer (mantelzorger), volunteer, neighbour, …"""

    class Relation(models.TextChoices):
        CARER = "carer", "Mantelzorger"
        FAMILY = "family", "Familie"
        FRIEND = "friend", "Vriend(in)"
        NEIGHBOUR = "neighbour", "Buur"
        VOLUNTEER = "volunteer", "Vrijwilliger"
        OTHER = "other", "Anders"

    resident = models.ForeignKey(Resident, on_delete=models.CASCADE, related_name="network")
    name = models.CharField("naam", max_length=200)
    relation = models.CharField("relatie", max_length=20, choices=Relation.choices)
    helps_with = models.CharField("helpt met", max_length=200, blank=True)
    phone = models.CharField("telefoon", max_length=20, blank=True)

    class Meta:
        verbose_name = "netwerklid"
        verbose_name_plural = "netwerkleden"

    def __str__(self) -> str:
        return f"{self.name} ({self.get_relation_display()})"
