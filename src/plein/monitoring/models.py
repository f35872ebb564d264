"""Monitoring: reference data for population budgets, and the periodic reports that were generated.

Indicators themselves are not stored: they are computed from the records of the other contexts
(``plein.monitoring.indicators``), so a figure always follows the data it is based on. A finished
report keeps its figures (already suppressed: aggregates only, small cells shown as "<5") and its
files, so what was sent to the council can be found again as it was.
"""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models


class AreaBudget(models.Model):
    """A district's population budget for a year (populatiebekostiging): what the teams serving it
    may spend on team hours and customised provisions."""

    district = models.ForeignKey(
        "areas.District", on_delete=models.PROTECT, related_name="budgets", verbose_name="wijk"
    )
    year = models.PositiveSmallIntegerField("jaar", validators=[MinValueValidator(2015)])
    amount = models.DecimalField(
        "budget (euro)", max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )

    class Meta:
        verbose_name = "populatiebudget"
        verbose_name_plural = "populatiebudgetten"
        ordering = ["year", "district__name"]
        constraints = [
            models.UniqueConstraint(fields=["district", "year"], name="one_budget_per_district_year")
        ]

    def __str__(self) -> str:
        return f"{self.district} {self.year}"


class ProvisionTariff(models.Model):
    """The price of one unit of a provision (per the provision's unit, e.g. per hour), from a date:
    the cost of a granted provision is extent × frequency periods × price."""

    provision = models.ForeignKey(
        "decisions.Provision", on_delete=models.CASCADE, related_name="tariffs", verbose_name="voorziening"
    )
    valid_from = models.DateField("geldig vanaf")
    price = models.DecimalField(
        "prijs per eenheid (euro)", max_digits=9, decimal_places=2, validators=[MinValueValidator(0)]
    )

    class Meta:
        verbose_name = "tarief"
        verbose_name_plural = "tarieven"
        ordering = ["provision", "-valid_from"]
        constraints = [
            models.UniqueConstraint(fields=["provision", "valid_from"], name="one_tariff_per_provision_date")
        ]

    def __str__(self) -> str:
        return f"{self.provision} vanaf {self.valid_from:%d-%m-%Y}"


class HourlyRate(models.Model):
    """What an hour of a team professional costs a municipality in a year: team hours (contacts and
    conferences) are charged to the districts the teams serve at this rate."""

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="hourly_rates", verbose_name="gemeente"
    )
    year = models.PositiveSmallIntegerField("jaar", validators=[MinValueValidator(2015)])
    rate = models.DecimalField(
        "uurtarief (euro)", max_digits=7, decimal_places=2, validators=[MinValueValidator(0)]
    )

    class Meta:
        verbose_name = "uurtarief"
        verbose_name_plural = "uurtarieven"
        ordering = ["municipality", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "year"], name="one_hourly_rate_per_municipality_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.municipality} {self.year}: € {self.rate}"


class Report(models.Model):
    """A periodic report (4-, 8-, 12-month or a team/district comparison), generated in the background."""

    class Kind(models.TextChoices):
        FOUR_MONTHS = "4m", "4-maandsrapportage"
        EIGHT_MONTHS = "8m", "8-maandsrapportage"
        TWELVE_MONTHS = "12m", "Jaarrapportage (12 maanden)"
        COMPARISON = "comparison", "Vergelijking teams en wijken"

    class Status(models.TextChoices):
        QUEUED = "queued", "In de wachtrij"
        RUNNING = "running", "Wordt gemaakt"
        DONE = "done", "Klaar"
        FAILED = "failed", "Mislukt"

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.PROTECT, related_name="reports", verbose_name="gemeente"
    )
    kind = models.CharField("soort", max_length=12, choices=Kind.choices)
    period_start = models.DateField("periode vanaf")
    period_end = models.DateField("periode tot en met")
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField("voortgang (%)", default=0)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="aangevraagd door"
    )
    requested_at = models.DateTimeField("aangevraagd op")
    finished_at = models.DateTimeField("klaar op", null=True, blank=True)
    # The computed tables, already suppressed (no cell under 5 residents): what every format renders.
    data = models.JSONField("cijfers", default=dict, blank=True)
    pdf = models.BinaryField("PDF", null=True, blank=True)
    xlsx = models.BinaryField("Excel", null=True, blank=True)
    # A technical message without personal data (there is none in a report).
    error = models.TextField("foutmelding", blank=True)

    class Meta:
        verbose_name = "rapportage"
        verbose_name_plural = "rapportages"
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["municipality", "-requested_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.period_start:%d-%m-%Y} – {self.period_end:%d-%m-%Y}"
