"""Navigation per role: a professional sees only the parts of Plein their roles use."""

from django.urls import reverse

from plein.areas.selectors import scope_for


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
    if scope.municipality_ids:
        items.append(("areas:team_list", "Teams"))
    if user.is_staff:
        items.append(("admin:index", "Beheer"))
    current = request.path
    return {
        "navigation": [
            {"url": reverse(name), "label": label, "current": _is_current(current, reverse(name))}
            for name, label in items
        ]
    }


def _is_current(path: str, url: str) -> bool:
    return path == url if url == "/" else path.startswith(url)
