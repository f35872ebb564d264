"""The privacy officer's view of the access log: search by resident (BSN or id), user and period;
paginated; CSV export.

Only a privacy officer sees it (others get 404), and only in a session that passed two-factor
authentication (``two_factor_required``, always, whatever PLEIN_REQUIRE_2FA says): the log tells who
saw which resident, so a stolen password alone must not open it. The role check comes first, so
nobody else is asked to set up 2FA for a page they may not see. The search is a POST so that a BSN
never appears in a URL.
"""

import csv

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from plein.areas.models import Role
from plein.areas.selectors import scope_for
from plein.core.two_factor import two_factor_required
from plein.people.models import Professional, Resident
from plein.privacy.access_log import entries_matching, record_access
from plein.privacy.models import AccessLogEntry
from plein.privacy.models.access_log import HASHED_FIELDS

PAGE_SIZE = 50
# Every stored field: the hashed content, then the hash itself, so an export can be verified.
CSV_COLUMNS = ["id", *HASHED_FIELDS, "entry_hash"]


class AccessLogSearchForm(forms.Form):
    bsn = forms.CharField(label="BSN", max_length=9, required=False)
    resident_id = forms.IntegerField(label="Inwoner-id", required=False, min_value=1)
    username = forms.CharField(label="Gebruikersnaam", max_length=150, required=False)
    date_from = forms.DateField(label="Van", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(
        label="Tot en met", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        bsn = data.get("bsn")
        if bsn:
            resident_id = Resident.objects.filter(bsn=bsn).values_list("pk", flat=True).first()
            if resident_id is None:
                self.add_error("bsn", "Geen inwoner met dit BSN.")
            data["resident_id"] = resident_id
        username = data.get("username")
        data["actor_id"] = None
        if username:
            # The user may be gone: fall back to the username as it was logged.
            actor_id = Professional.objects.filter(username=username).values_list("pk", flat=True).first()
            if actor_id is None:
                actor_id = (
                    AccessLogEntry.objects.filter(actor_username=username)
                    .values_list("actor_id", flat=True)
                    .first()
                )
            if actor_id is None:
                self.add_error("username", "Deze gebruiker komt niet voor.")
            data["actor_id"] = actor_id
        return data


def _privacy_officer(request: HttpRequest) -> None:
    if Role.PRIVACY_OFFICER not in scope_for(request.user).roles:
        raise Http404


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    _privacy_officer(request)
    return _access_log(request)


@two_factor_required
def _access_log(request: HttpRequest) -> HttpResponse:
    form = AccessLogSearchForm(request.POST or None)
    page = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        entries = entries_matching(
            resident_id=data["resident_id"],
            actor_id=data["actor_id"],
            date_from=data["date_from"],
            date_to=data["date_to"],
        )
        exporting = "export" in request.POST
        # Reading the log is itself logged (ids only, never the BSN typed).
        record_access(
            actor=request.user,
            action="export" if exporting else "search",
            object_type="access_log",
            resident_id=data["resident_id"],
            details={"search": "access_log", "by_user": bool(data["actor_id"])},
            processing_activity="Toezicht op gegevensbescherming",
            request=request,
        )
        if exporting:
            return _csv(entries)
        page = Paginator(entries, PAGE_SIZE).get_page(data.get("page") or 1)
    return render(request, "privacy/access_log/search.html", {"form": form, "page": page})


def _csv(entries) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="toegangslog.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for row in entries.values_list(*CSV_COLUMNS).iterator(chunk_size=2000):
        writer.writerow(row)
    return response
