"""Municipalities, CBS districts and neighbourhoods, postcode routing, teams and memberships."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q

from plein.core.validators import validate_postcode


class Municipality(models.Model):
    """A tenant (gemeente). Several municipalities may share one installation (BUCH)."""

    name = models.CharField("naam", max_length=100)
    cbs_code = models.CharField(
        "CBS-code",
        max_length=6,
        unique=True,
        validators=[RegexValidator(r"^GM[0-9]{4}$", "Een gemeentecode ziet eruit als GM0398.")],
    )

    class Meta:
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class District(models.Model):
    """A CBS wijk."""

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="districts")
    name = models.CharField("naam", max_length=100)
    cbs_code = models.CharField(
        "CBS-code",
        max_length=8,
        unique=True,
        validators=[RegexValidator(r"^WK[0-9]{6}$", "Een wijkcode ziet eruit als WK039801.")],
    )

    class Meta:
        verbose_name = "wijk"
        verbose_name_plural = "wijken"
        ordering = ["cbs_code"]

    def __str__(self) -> str:
        return self.name


class Neighbourhood(models.Model):
    """A CBS buurt."""

    district = models.ForeignKey(District, on_delete=models.PROTECT, related_name="neighbourhoods")
    name = models.CharField("naam", max_length=100)
    cbs_code = models.CharField(
        "CBS-code",
        max_length=10,
        unique=True,
        validators=[RegexValidator(r"^BU[0-9]{8}$", "Een buurtcode ziet eruit als BU03980101.")],
    )

    class Meta:
        verbose_name = "buurt"
        verbose_name_plural = "buurten"
        ordering = ["cbs_code"]

    def __str__(self) -> str:
        return self.name


class PostcodeRange(models.Model):
    """Routing data: the house numbers of one postcode that lie in one neighbourhood.

    Real deployments load this from BAG/CBS; the demo ships a synthetic table.
    """

    neighbourhood = models.ForeignKey(Neighbourhood, on_delete=models.CASCADE, related_name="postcode_ranges")
    postcode = models.CharField("postcode", max_length=6, validators=[validate_postcode])
    house_number_from = models.PositiveIntegerField("huisnummer van", validators=[MinValueValidator(1)])
    house_number_to = models.PositiveIntegerField("huisnummer tot en met", validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = "postcodereeks"
        verbose_name_plural = "postcodereeksen"
        indexes = [models.Index(fields=["postcode", "house_number_from"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(house_number_to__gte=F("house_number_from")), name="postcoderange_from_le_to"
            )
        ]

    def __str__(self) -> str:
        return f"{self.postcode} {self.house_number_from}–{self.house_number_to}"

    def clean(self) -> None:
        # Overlapping ranges would make routing depend on row order.
        overlapping = PostcodeRange.objects.filter(
            postcode=self.postcode,
            house_number_from__lte=self.house_number_to,
            house_number_to__gte=self.house_number_from,
        ).exclude(pk=self.pk)
        if self.house_number_from and self.house_number_to and overlapping.exists():
            raise ValidationError(
                {"house_number_from": "Deze huisnummers van deze postcode horen al bij een andere reeks."}
            )


class Team(models.Model):
    class Kind(models.TextChoices):
        NEIGHBOURHOOD = "neighbourhood", "Sociaal wijkteam"
        YOUTH_AND_FAMILY = "youth_family", "Jeugd- en gezinsteam"
        FRONT_OFFICE = "front_office", "Klantcontactcentrum / loket"
        BACK_OFFICE = "back_office", "Backoffice (Wmo en Werk & Inkomen)"
        SPECIALIST = "specialist", "Specialistisch team"

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="teams")
    name = models.CharField("naam", max_length=100)
    kind = models.CharField("soort", max_length=20, choices=Kind.choices, default=Kind.NEIGHBOURHOOD)
    districts = models.ManyToManyField(District, related_name="teams", blank=True, verbose_name="wijken")
    phone = models.CharField("telefoon", max_length=20, blank=True)
    email = models.EmailField("e-mail", blank=True)
    visiting_address = models.CharField("bezoekadres", max_length=200, blank=True)
    walk_in_hours = models.CharField("inloopspreekuur", max_length=200, blank=True)

    class Meta:
        verbose_name = "team"
        verbose_name_plural = "teams"
        ordering = ["municipality__name", "name"]
        constraints = [models.UniqueConstraint(fields=["municipality", "name"], name="team_unique_name")]

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    """The roles of DESIGN.md; each is also a Django group of the same name."""

    FRONT_OFFICE = "front_office", "Klantcontact / loket"
    GENERALIST = "generalist", "Generalist sociaal team"
    YOUTH_COACH = "youth_coach", "Jeugd- en gezinscoach"
    YOUTH_PROTECTOR = "youth_protector", "Jeugdbeschermer"
    PROCESS_DIRECTOR = "process_director", "Procesregisseur"
    DECISION_OFFICER = "decision_officer", "Consulent backoffice (beschikkingen)"
    TEAM_COORDINATOR = "team_coordinator", "Teamcoördinator"
    NETWORK_PARTNER = "network_partner", "Netwerkpartner"
    POLICY = "policy", "Beleidsmedewerker"
    PRIVACY_OFFICER = "privacy_officer", "Privacyfunctionaris"
    DIRECTORY_EDITOR = "directory_editor", "Redacteur sociale kaart"
    FUNCTIONAL_ADMIN = "functional_admin", "Functioneel beheerder"


class Membership(models.Model):
    """A professional's role in a team, or municipality-wide when there is no team.

    Team members keep their employer (the "two-legs principle"): ``organisation`` is the home
    organisation that seconds them. Back office, policy and privacy roles have no team.
    """

    professional = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="memberships")
    team = models.ForeignKey(
        Team, on_delete=models.PROTECT, related_name="memberships", null=True, blank=True
    )
    organisation = models.ForeignKey(
        "people.Organisation",
        on_delete=models.PROTECT,
        related_name="memberships",
        verbose_name="organisatie",
    )
    role = models.CharField("rol", max_length=30, choices=Role.choices)
    hours_per_week = models.DecimalField(
        "uren per week", max_digits=4, decimal_places=1, validators=[MinValueValidator(0)], default=0
    )
    starts_on = models.DateField("vanaf")
    ends_on = models.DateField("tot en met", null=True, blank=True)

    class Meta:
        verbose_name = "lidmaatschap"
        verbose_name_plural = "lidmaatschappen"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="membership_period_valid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.professional} – {self.get_role_display()}"

    def clean(self) -> None:
        if self.team_id and self.municipality_id and self.team.municipality_id != self.municipality_id:
            raise ValidationError({"team": "Dit team werkt voor een andere gemeente."})
