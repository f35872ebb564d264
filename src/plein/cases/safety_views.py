"""Safety concerns (the meldcode's five steps) and the procesregisseur of a stuck case."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from plein.areas.models import Role
from plein.areas.selectors import active_memberships
from plein.cases import forms, selectors, services
from plein.cases.models import Case, SafetyConcern, SafetyStep
from plein.cases.views import can_work, form_page, posted, run_service, visible_case, workable_case
from plein.people.models import Professional
from plein.privacy.access_log import log_view_access


def concern_url(concern: SafetyConcern) -> str:
    return reverse("cases:safety_concern_detail", args=[concern.case_id, concern.pk])


@login_required
def safety_concern_open(request: HttpRequest, case_id: int) -> HttpResponse:
    """Any professional who can see the case may open a concern (the service decides)."""
    case = visible_case(request, case_id)
    return run_service(
        request,
        forms.SafetyConcernForm(posted(request)),
        services.safety_concern_open,
        page=form_page(
            request,
            case,
            title="Zorg over veiligheid",
            submit="Zorg vastleggen",
            intro="U volgt de vijf stappen van de meldcode. Bij een crisis legt u vast wat u direct deed; "
            "het team bespreekt het in het volgende overleg.",
        ),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De zorg over veiligheid is vastgelegd.",
        redirect_to=concern_url,
    )


@login_required
def safety_concern_detail(request: HttpRequest, case_id: int, concern_id: int) -> HttpResponse:
    def lookup():
        case = visible_case(request, case_id)
        return case, get_object_or_404(case.safety_concerns.select_related("opened_by"), pk=concern_id)

    # A POST records a step (safety steps have no change history of their own): logged as a change.
    case, concern = log_view_access(
        request,
        object_type="safety_concern",
        object_id=concern_id,
        lookup=lookup,
        action="read" if request.method == "GET" else "update",
        concerns=lambda found: {"household_id": found[0].household_id},
    )
    steps = list(concern.steps.select_related("recorded_by"))
    done = {step.step for step in steps}
    next_step = next((value for value, _ in SafetyStep.Step.choices if value not in done), None)
    form = forms.SafetyStepForm(posted(request), initial={"step": next_step, "done_on": timezone.localdate()})

    def page(form, status):
        context = {
            "case": case,
            "concern": concern,
            "steps": steps,
            "form": form if concern.closed_at is None else None,
        }
        return render(request, "cases/safety_concern.html", context, status=status)

    return run_service(
        request,
        form,
        services.safety_step_record,
        page=page,
        arguments=lambda form: {"concern": concern, **form.cleaned_data},
        success="De stap is vastgelegd.",
        redirect_to=concern_url(concern),
    )


# --- procesregie -------------------------------------------------------------------------------


def _directors(case: Case):
    return Professional.objects.filter(
        is_active=True,
        pk__in=active_memberships()
        .filter(municipality_id=case.municipality_id, role=Role.PROCESS_DIRECTOR)
        .values("professional_id"),
    ).order_by("last_name", "first_name")


def _direction_page(request: HttpRequest, case: Case, *, status: int = 200, **bound) -> HttpResponse:
    direction = selectors.current_process_direction(case)
    is_director = direction is not None and direction.director_id == request.user.pk
    context = {
        "case": case,
        "direction": direction,
        "history": case.process_directions.select_related("director", "requested_by"),
        "attach_form": (bound.get("attach_form") or forms.DirectorAttachForm(directors=_directors(case)))
        if direction is None and can_work(request.user, case)
        else None,
        "decide_form": (bound.get("decide_form") or forms.DirectorNoteForm(prefix="besluit"))
        if is_director
        else None,
        "escalate_form": (bound.get("escalate_form") or forms.EscalateForm(prefix="opschalen"))
        if is_director
        else None,
        "withdraw_form": (bound.get("withdraw_form") or forms.DirectorNoteForm(prefix="terugtrekken"))
        if is_director
        else None,
    }
    return render(request, "cases/process_direction.html", context, status=status)


@login_required
def process_direction(request: HttpRequest, case_id: int) -> HttpResponse:
    return _direction_page(request, visible_case(request, case_id))


def _direction_post(
    request: HttpRequest, case: Case, form, form_name: str, service, success: str
) -> HttpResponse:
    return run_service(
        request,
        form,
        service,
        page=lambda form, status: _direction_page(request, case, status=status, **{form_name: form}),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success=success,
        redirect_to=reverse("cases:process_direction", args=[case.pk]),
    )


@login_required
@require_POST
def process_director_attach(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.DirectorAttachForm(request.POST, directors=_directors(case))
    return _direction_post(
        request,
        case,
        form,
        "attach_form",
        services.process_director_attach,
        "De procesregisseur is aangesloten.",
    )


@login_required
@require_POST
def process_director_decide(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.DirectorNoteForm(request.POST, prefix="besluit")
    return _direction_post(
        request, case, form, "decide_form", services.process_director_decide, "Het besluit is vastgelegd."
    )


@login_required
@require_POST
def process_director_escalate(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.EscalateForm(request.POST, prefix="opschalen")
    return _direction_post(
        request,
        case,
        form,
        "escalate_form",
        services.process_director_escalate,
        "De opschaling is vastgelegd.",
    )


@login_required
@require_POST
def process_director_withdraw(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.DirectorNoteForm(request.POST, prefix="terugtrekken")
    return _direction_post(
        request,
        case,
        form,
        "withdraw_form",
        services.process_director_withdraw,
        "De procesregisseur heeft zich teruggetrokken.",
    )
