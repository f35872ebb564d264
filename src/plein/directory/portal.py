"""Which municipality's portal a public request is for: one installation may serve several (BUCH)."""

from django.http import HttpRequest

from plein.areas.models import Municipality
from plein.directory.models import Portal


def portal_for_request(request: HttpRequest) -> Portal:
    """The portal of the request's host name; else the one without a host name; else a default.

    The default is an unsaved Portal for the first municipality, so a fresh installation shows
    a working site before anyone configured it. Cached on the request: templates, views and the
    API ask more than once.
    """
    cached = getattr(request, "_plein_portal", None)
    if cached is not None:
        return cached
    host = request.get_host().partition(":")[0].lower()
    # The logo's bytes are only read by the logo view.
    portals = Portal.objects.select_related("municipality").defer("logo")
    portal = portals.filter(hostname=host).first() or portals.filter(hostname="").order_by("pk").first()
    if portal is None:
        municipality = Municipality.objects.order_by("pk").first()
        if municipality is None:
            raise Portal.DoesNotExist("Er is nog geen gemeente ingericht.")
        portal = Portal(municipality=municipality)
    request._plein_portal = portal
    return portal
