"""The portal of the request for the public pages' shared base template (the portal's and intake's).

Both values are lazy: work pages never use them, so they cost no query there.
"""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from plein.directory.portal import portal_for_request

NAVIGATION = (
    ("portal:search", "Zoeken"),
    ("portal:stories", "Verhalen"),
    ("portal:team", "Team in uw buurt"),
    ("intake_public:ask", "Stel je vraag"),
    ("portal:contact", "Contact"),
)


def _navigation(path: str) -> list[dict]:
    items = []
    for name, label in NAVIGATION:
        url = reverse(name)
        # The page itself is "page"; a page below it (one story under Verhalen) is in that part.
        current = "page" if path == url else ("true" if path.startswith(url) else "")
        items.append({"url": url, "label": label, "current": current})
    return items


def portal(request):
    return {
        "portal": SimpleLazyObject(lambda: portal_for_request(request)),
        "portal_navigation": SimpleLazyObject(lambda: _navigation(request.path)),
    }
