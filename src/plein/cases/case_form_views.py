"""The forms that change a case: each its own page, posting to itself, calling one service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from plein.cases import forms, selectors, services
from plein.cases.models import Action, Case, Measurement
from plein.cases.views import (
    case_url,
    case_workers,
    current_residents,
    form_page,
    partners_of,
    posted,
    run_service,
    versioned,
    workable_case,
)


@login_required
def assessment_record(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.AssessmentForm(posted(request), initial={"held_on": timezone.localdate()})
    return run_service(
        request,
        form,
        services.assessment_record,
        page=form_page(
            request,
            case,
            title="Breed gesprek",
            submit="Gesprek vastleggen",
            template="cases/assessment_form.html",
        ),
        arguments=lambda form: {"case": case, **form.arguments()},
        success="Het brede gesprek is vastgelegd.",
        redirect_to=case_url(case),
    )


@login_required
def case_classify(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.ClassifyForm(
        posted(request),
        initial={
            "expected_version": case.lock_version,
            "domain_scope": case.domain_scope,
            "complexity": case.complexity,
            "forced_framework": case.forced_framework,
        },
    )
    return run_service(
        request,
        form,
        services.case_classify,
        page=form_page(
            request,
            case,
            title="Classificeren",
            submit="Classificatie opslaan",
            intro="Een multicomplexe casus komt vanzelf op de agenda van het volgende afstemmingsoverleg.",
        ),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De classificatie is opgeslagen.",
        redirect_to=case_url(case),
        locked=case,
    )


@login_required
def case_refer_on(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.ReferOnForm(
        posted(request),
        organisations=partners_of(case),
        residents=current_residents(case),
        **versioned(case),
    )
    return run_service(
        request,
        form,
        services.case_refer_on,
        page=form_page(
            request,
            case,
            title="Direct doorverwijzen",
            submit="Doorverwijzen en casus afsluiten",
            intro="Alleen voor een vraag op één leefgebied die specialistische hulp nodig heeft. "
            "De casus wordt daarna afgesloten.",
        ),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De vraag is doorverwezen en de casus is afgesloten.",
        redirect_to=case_url(case),
        locked=case,
    )


@login_required
def coordinator_assign(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.CoordinatorForm(posted(request), candidates=selectors.coordinator_candidates(case))
    return run_service(
        request,
        form,
        services.coordinator_assign,
        page=form_page(
            request,
            case,
            title="Regiehouder kiezen",
            submit="Regiehouder vastleggen",
            intro="Er is altijd één regiehouder. Bij een minderjarige in het huishouden of een gedwongen kader "
            "gelden regels voor de rol van de regiehouder.",
        ),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De regiehouder is vastgelegd.",
        redirect_to=case_url(case),
    )


def next_states(case: Case) -> list[Case.State]:
    allowed = getattr(services, "ALLOWED_TRANSITIONS", None)
    if allowed is not None:
        return [Case.State(state) for state in allowed.get(case.state, ())]
    return [state for state in Case.State if state not in (case.state, Case.State.CLOSED)]


@login_required
def case_change_state(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.StateForm(posted(request), states=next_states(case), **versioned(case))
    return run_service(
        request,
        form,
        services.case_change_state,
        page=form_page(
            request,
            case,
            title="Fase wijzigen",
            submit="Fase wijzigen",
            intro=f"De casus is nu in de fase ‘{case.get_state_display()}’. Afsluiten gaat via ‘Casus afsluiten’.",
        ),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De fase is gewijzigd.",
        redirect_to=case_url(case),
        locked=case,
    )


@login_required
def contact_record(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.ContactForm(
        posted(request),
        colleagues=case_workers(case).exclude(pk=request.user.pk),
        initial={"held_on": timezone.localdate()},
    )
    return run_service(
        request,
        form,
        services.contact_record,
        page=form_page(request, case, title="Contact vastleggen", submit="Contact vastleggen"),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="Het contact is vastgelegd.",
        redirect_to=case_url(case),
    )


@login_required
def action_add(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.ActionForm(posted(request), owners=case_workers(case), initial={"owner": request.user})
    return run_service(
        request,
        form,
        services.action_add,
        page=form_page(request, case, title="Actie toevoegen", submit="Actie toevoegen"),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De actie is toegevoegd.",
        redirect_to=case_url(case),
    )


@login_required
@require_POST
def action_complete(request: HttpRequest, case_id: int, action_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    action = get_object_or_404(Action, pk=action_id, case=case)
    try:
        services.action_complete(actor=request.user, action=action)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, "De actie is gedaan.")
    if request.POST.get("terug") == "acties":
        return redirect(reverse("cases:work_lists") + "?lijst=acties")
    return redirect(case_url(case))


@login_required
def agenda_item_add(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.AgendaItemForm(posted(request))
    return run_service(
        request,
        form,
        services.agenda_item_add,
        page=form_page(
            request,
            case,
            title="Bespreken in het afstemmingsoverleg",
            submit="Op de agenda zetten",
            intro="De casus komt op de agenda van het volgende overleg van het team.",
        ),
        arguments=lambda form: {"case": case, **form.cleaned_data},
        success="De casus staat op de agenda van het volgende overleg.",
        redirect_to=case_url(case),
    )


@login_required
def case_close(request: HttpRequest, case_id: int) -> HttpResponse:
    case = workable_case(request, case_id)
    form = forms.ClosureForm(
        posted(request),
        initial={"expected_version": case.lock_version, "measured_on": timezone.localdate()},
    )
    return run_service(
        request,
        form,
        services.case_close,
        page=form_page(
            request,
            case,
            title="Casus afsluiten",
            submit="Casus afsluiten",
            template="cases/closure_form.html",
            has_start=case.measurements.filter(moment=Measurement.Moment.START).exists(),
        ),
        arguments=lambda form: {"case": case, **form.arguments()},
        success="De casus is afgesloten.",
        redirect_to=case_url(case),
        locked=case,
    )
