"""The break-the-glass banner on the pages of other apps (household, resident, case)."""

from django import template

from plein.privacy.break_the_glass import active_emergency_access

register = template.Library()


@register.simple_tag(takes_context=True)
def emergency_access_for(context, household_id):
    """The active emergency access through which this user reads the household, or None (no query
    for a user without one)."""
    request = context.get("request")
    if request is None or not household_id:
        return None
    return active_emergency_access(request.user, household_id)
