"""Navigation per role: a professional sees only the parts of Plein their roles use, and how many
unread notifications (Berichten) they have."""

from django.urls import reverse

from plein.areas.models import Role
from plein.areas.selectors import TEAM_CASEWORK_ROLES, scope_for
from plein.directory.selectors import EDITOR_ROLES
from plein.intake.notifications import unread_count


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"navigation": []}
    scope = scope_for(user)
    items = [("home", "Start")]
    if user.has_perm("people.search_residents"):
        items += [
            ("people:resident_search", "Inwoners zoeken"),
            ("people:resident_create", "Inwoner registreren"),
        ]
    if scope.team_ids or scope.resident_municipality_ids:
        items.append(("intake:team_inbox", "Meldingen"))
    if (scope.team_ids and scope.roles & TEAM_CASEWORK_ROLES) or Role.PROCESS_DIRECTOR in scope.roles:
        items.append(("cases:work_lists", "Casussen"))
    if scope.team_ids:
        items.append(("cases:conference_list", "Overleg"))
    if Role.NETWORK_PARTNER in scope.roles:
        items.append(("cases:handover_inbox", "Overdrachten"))
    if Role.DECISION_OFFICER in scope.roles:
        items.append(("decisions:work_list", "Beschikkingen"))
    if Role.PRIVACY_OFFICER in scope.roles:
        items.append(("privacy:subject_access", "Inzageverzoeken"))
    if scope.municipality_ids:
        items += [("areas:team_list", "Teams"), ("areas:address_routing", "Team bij adres")]
    if scope.roles & EDITOR_ROLES:
        items.append(("directory:service_list", "Sociale kaart"))
    if Role.PRIVACY_OFFICER in scope.roles:
        items.append(("privacy:emergency_review_list", "Noodtoegang"))
    # Monitoring (aggregates only): policy sees the whole municipality, a coordinator their team.
    if Role.POLICY in scope.roles:
        items.append(("monitoring:dashboard", "Monitoring"))
    elif Role.TEAM_COORDINATOR in scope.roles:
        items.append(("monitoring:team_dashboard", "Monitoring"))
    if user.is_staff:
        items.append(("admin:index", "Beheer"))
    urls = [(reverse(name), label) for name, label in items]
    # The longest matching prefix is the current item (/teams/bij-adres/ is not "Teams", and the
    # notifications page in the user menu, /meldingen/berichten/, is not "Meldingen").
    candidates = [url for url, _ in urls] + [reverse("intake:notification_list")]
    matches = [
        url for url in candidates if request.path == url or (url != "/" and request.path.startswith(url))
    ]
    current = max(matches, key=len, default=None)
    return {
        "navigation": [{"url": url, "label": label, "current": url == current} for url, label in urls],
        # One COUNT query on the (recipient, read_at) index; the header shows "Berichten (N)".
        "unread_notifications": unread_count(user),
    }
