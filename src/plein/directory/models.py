"""The social map (sociale kaart): services of organisations, placed on the support ladder."""

from django.db import models


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
    life_domains = models.ManyToManyField(
        "core.LifeDomain", blank=True, related_name="services", verbose_name="leefgebieden"
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
    phone = models.CharField("telefoon", max_length=30, blank=True)
    email = models.EmailField("e-mail", blank=True)
    website = models.URLField("website", blank=True)
    active = models.BooleanField("actief", default=True)
    last_verified_on = models.DateField("laatst gecontroleerd op", null=True, blank=True)

    class Meta:
        verbose_name = "dienst"
        verbose_name_plural = "diensten"
        ordering = ["municipality", "level", "name"]
        indexes = [models.Index(fields=["municipality", "active", "level"])]

    def __str__(self) -> str:
        return self.name
