"""Reference data shared by several contexts."""

from django.db import models


class LifeDomain(models.Model):
    """A life domain (leefgebied) of the Zelfredzaamheids-Matrix.

    Reference data, so a municipality can use another ZRM version. Only the domain names are
    shipped: the criteria text of each cell is copyrighted by GGD Amsterdam.
    """

    code = models.SlugField("code", max_length=40, unique=True)
    name = models.CharField("naam", max_length=100)
    order = models.PositiveSmallIntegerField("volgorde", default=0)
    active = models.BooleanField("in gebruik", default=True)

    class Meta:
        verbose_name = "leefgebied"
        verbose_name_plural = "leefgebieden"
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class LegalTermSetting(models.Model):
    """A municipality's own duration for a legal term (DESIGN.md: the terms are defaults,
    configurable per municipality). Without a row the default of ``core.legal_terms`` applies."""

    TERM_CHOICES = [
        ("wmo_investigation", "Wmo-onderzoek (standaard 6 weken)"),
        ("wmo_decision", "Beschikking Wmo (standaard 2 weken)"),
        ("youth_decision", "Beschikking Jeugdwet (standaard 8 weken)"),
        ("participation_decision", "Beschikking Participatiewet (standaard 8 weken)"),
        ("objection", "Bezwaartermijn (standaard 6 weken)"),
        ("objection_decision", "Beslissing op bezwaar (standaard 6 weken)"),
        ("objection_decision_committee", "Beslissing op bezwaar met adviescommissie (standaard 12 weken)"),
    ]

    municipality = models.ForeignKey(
        "areas.Municipality", on_delete=models.CASCADE, related_name="legal_term_settings"
    )
    term = models.CharField("termijn", max_length=40, choices=TERM_CHOICES)
    weeks = models.PositiveSmallIntegerField("weken")

    class Meta:
        verbose_name = "termijn van de gemeente"
        verbose_name_plural = "termijnen van de gemeente"
        constraints = [
            models.UniqueConstraint(fields=["municipality", "term"], name="legal_term_setting_unique"),
            models.CheckConstraint(
                condition=models.Q(weeks__gte=1, weeks__lte=52), name="legal_term_weeks_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_term_display()}: {self.weeks} weken"
