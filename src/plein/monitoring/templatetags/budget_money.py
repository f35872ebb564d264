"""Dutch amounts for the budget page: € 1.234,56 and 98,5%."""

from decimal import Decimal

from django import template

from plein.decisions.letters import money

register = template.Library()


@register.filter
def euro(value: Decimal | None) -> str:
    return "" if value is None else money(value)


@register.filter
def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}".replace(".", ",") + "%"
