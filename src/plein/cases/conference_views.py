"""The case conference (afstemmingsoverleg): my teams' meetings, the agenda and the minutes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from plein.areas.models import Team
from plein.areas.selectors import scope_for, team_members
from plein.cases import forms, selectors, services
from plein.cases.models import Conference
from plein.cases.views import run_service, visible_case
from plein.people.models import Professional

UPCOMING_SHOWN = 10
PAST_SHOWN = 20


def conference_url(conference: Conference) -> str:
    return reverse("cases:conference_detail", args=[conference.pk])


def _my_conferences(request: HttpRequest):
    if not scope_for(request.user).team_ids:
        raise Http404
    return selectors.conferences_of(user=request.user)


@login_required
def conference_list(request: HttpRequest) -> HttpResponse:
    conferences = _my_conferences(request)
    now = timezone.now()
    return render(
        request,
        "cases/conference_list.html",
        {
            "teams": Team.objects.filter(pk__in=scope_for(request.user).team_ids).order_by("name"),
            "upcoming": conferences.filter(starts_at__gte=now).order_by("starts_at")[:UPCOMING_SHOWN],
            "past": conferences.filter(starts_at__lt=now).order_by("-starts_at")[:PAST_SHOWN],
            "past_shown": PAST_SHOWN,
        },
    )


@login_required
@require_POST
def conference_next(request: HttpRequest) -> HttpResponse:
    """Get (or plan, from the team's schedule) the team's next meeting and go there."""
    team = get_object_or_404(Team, pk=request.POST.get("team") or 0, pk__in=scope_for(request.user).team_ids)
    return redirect(conference_url(services.conference_next(team=team)))


def _members(conference: Conference):
    return Professional.objects.filter(
        pk__in=team_members(conference.team).values("professional_id"), is_active=True
    ).order_by("last_name", "first_name")


def _minutes_form(conference: Conference, case, data=None) -> forms.MinutesForm:
    return forms.MinutesForm(
        data,
        prefix=f"casus-{case.pk}",
        owners=_members(conference),
        candidates=selectors.coordinator_candidates(case),
    )


def _page(request: HttpRequest, conference: Conference, *, status: int = 200, **bound) -> HttpResponse:
    agenda = selectors.conference_agenda(user=request.user, conference=conference)
    minutes_forms = bound.get("minutes_forms", {})
    entries = [
        {
            **entry,
            "form": (minutes_forms.get(entry["case"].pk) or _minutes_form(conference, entry["case"]))
            if entry["visible"] and entry["case"].is_open
            else None,
        }
        for entry in agenda
    ]
    attendance_form = bound.get("attendance_form") or forms.AttendanceForm(
        members=_members(conference), initial={"attendees": list(conference.attendees.all())}
    )
    context = {
        "conference": conference,
        "entries": entries,
        "attendees": conference.attendees.order_by("last_name", "first_name"),
        "attendance_form": attendance_form,
    }
    return render(request, "cases/conference_detail.html", context, status=status)


@login_required
def conference_detail(request: HttpRequest, conference_id: int) -> HttpResponse:
    return _page(request, get_object_or_404(_my_conferences(request), pk=conference_id))


@login_required
@require_POST
def conference_attendance(request: HttpRequest, conference_id: int) -> HttpResponse:
    conference = get_object_or_404(_my_conferences(request), pk=conference_id)
    return run_service(
        request,
        forms.AttendanceForm(request.POST, members=_members(conference)),
        services.conference_record_attendance,
        page=lambda form, status: _page(request, conference, status=status, attendance_form=form),
        arguments=lambda form: {"conference": conference, "attendees": list(form.cleaned_data["attendees"])},
        success="De aanwezigen zijn vastgelegd.",
        redirect_to=conference_url(conference),
    )


@login_required
@require_POST
def conference_close(request: HttpRequest, conference_id: int) -> HttpResponse:
    """The meeting is over: its agenda is final."""
    conference = get_object_or_404(_my_conferences(request), pk=conference_id)
    services.conference_close(actor=request.user, conference=conference)
    messages.success(request, "Het overleg is afgesloten.")
    return redirect(conference_url(conference))


@login_required
@require_POST
def agenda_item_record(request: HttpRequest, conference_id: int, case_id: int) -> HttpResponse:
    """The minutes of one case; a coordinator chosen here is checked against the rules."""
    conference = get_object_or_404(_my_conferences(request), pk=conference_id)
    case = visible_case(request, case_id)
    form = _minutes_form(conference, case, request.POST)
    return run_service(
        request,
        form,
        services.agenda_item_record,
        page=lambda form, status: _page(request, conference, status=status, minutes_forms={case.pk: form}),
        arguments=lambda form: {"conference": conference, "case": case, **form.arguments()},
        success=f"De besluiten over casus {case.reference} zijn vastgelegd.",
        redirect_to=conference_url(conference) + f"#casus-{case.pk}",
        field_map={"professional": "coordinator", "reason": "coordinator_reason"},
    )
