"""The legal terms on the decisions pages: computed by ``decisions.selectors`` from the due dates
stored on each row (no queries), shown with the days left."""

from django import template

from plein.decisions import selectors

register = template.Library()


@register.filter
def request_term(application):
    """The decision term of a provision request."""
    return selectors.decision_term(application)


@register.filter
def objection_term(decision):
    """The term in which the resident may object; None before the decision is sent."""
    return selectors.objection_term(decision)


@register.filter
def handling_term(objection):
    """The term in which the municipality decides on an objection."""
    return selectors.objection_handling_term(objection)


@register.filter
def term_row_class(term) -> str:
    """The table row's class: overdue red, almost due yellow (the label says it in words too)."""
    if term is None:
        return ""
    if term.is_overdue:
        return "row--overdue"
    if term.is_almost_due:
        return "row--urgent"
    return ""
