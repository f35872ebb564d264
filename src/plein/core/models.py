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
