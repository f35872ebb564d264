"""Plain Dutch for the portal's templates: the rung of the ladder and life domains as residents say it."""

from django import template

from plein.directory.models import Service
from plein.directory.public_forms import plain_domain_name

register = template.Library()

LEVEL_SUMMARIES = {
    Service.Level.GENERAL: "Hier kunt u zelf terecht",
    Service.Level.NEARBY: "Via het sociaal team",
    Service.Level.CUSTOMISED: "Hiervoor is een beschikking nodig",
}
LEVEL_EXPLANATIONS = {
    Service.Level.GENERAL: "U neemt zelf contact op. U heeft geen verwijzing nodig.",
    Service.Level.NEARBY: (
        "Het sociaal team in uw buurt helpt u hierbij, of brengt u in contact met deze hulp. "
        "Bel of loop binnen bij het team, of neem contact op met de organisatie."
    ),
    Service.Level.CUSTOMISED: (
        "De gemeente beslist of u deze hulp krijgt. Dat besluit heet een beschikking. "
        "Eerst bespreekt iemand van de gemeente of het sociaal team met u wat u nodig heeft."
    ),
}


@register.filter
def level_summary(level: int) -> str:
    return LEVEL_SUMMARIES.get(level, "")


@register.filter
def level_explanation(level: int) -> str:
    return LEVEL_EXPLANATIONS.get(level, "")


@register.filter
def plain_name(domain) -> str:
    return plain_domain_name(domain)
