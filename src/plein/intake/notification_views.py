"""The professional's own notifications ("Berichten"): newest first, and mark them all read."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from plein.intake import notifications as notify
from plein.intake.models import Notification

# The page shows the most recent ones; older notifications stay in the database.
PAGE_SIZE = 100


@login_required
@require_GET
def notification_list(request: HttpRequest) -> HttpResponse:
    items = Notification.objects.filter(recipient=request.user).select_related("request")[:PAGE_SIZE]
    return render(request, "intake/notifications.html", {"notifications": items})


@login_required
@require_POST
def notifications_mark_read(request: HttpRequest) -> HttpResponse:
    count = notify.notifications_mark_read(user=request.user)
    if count:
        messages.success(request, f"{count} bericht{'en' if count != 1 else ''} als gelezen gemarkeerd.")
    return redirect("intake:notification_list")
