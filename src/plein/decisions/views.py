"""Work UI for provision requests: the back office's work list, the request form (from a signed
plan item or a direct application), the request page, the legality check, questions to the
generalist, suspensions of the term and reading in a provider's message.

Views are thin, as in ``plein.cases.views``: a request outside the professional's need-to-know is
not found (404); one they may see but not handle is refused (403); a refusal by the service is
shown on the form with everything that was typed, status 400.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from plein.areas.models import Role
from plein.areas.selectors import active_memberships
from plein.cases.models import PlanItem
from plein.cases.selectors import cases_visible_to
from plein.cases.views import can_work, current_residents, form_page, posted, run_service, workable_case
from plein.decisions import forms, selectors, services
from plein.decisions.models import (
    Decision,
    LegalityCheck,
    OfficerQuestion,
    Provision,
    ProvisionRequest,
)
from plein.people.models import Resident
from plein.people.selectors import current_membership, residents_visible_to
from plein.privacy.access_log import DECISIONS_PROCESSING_ACTIVITY, log_view_access

# --- shared by every decisions view ------------------------------------------------------------


def visible_request(request: HttpRequest, request_id: int) -> ProvisionRequest:
    """The provision request, if this professional has need-to-know; 404 otherwise."""
    try:
        return selectors.request_detail(user=request.user, request_id=request_id)
    except ProvisionRequest.DoesNotExist:
        raise Http404 from None


def may_handle(user, application: ProvisionRequest) -> bool:
    """Checking, deciding, objections: a decision officer of the request's municipality."""
    return user.has_perm("decisions.handle_request", application)


def handled_request(request: HttpRequest, request_id: int) -> ProvisionRequest:
    """The request, if this professional handles it: 404 without need-to-know, 403 without a say."""
    application = visible_request(request, request_id)
    if not may_handle(request.user, application):
        raise PermissionDenied
    return application


def request_url(application: ProvisionRequest) -> str:
    return reverse("decisions:request_detail", args=[application.pk])


def is_open(application: ProvisionRequest) -> bool:
    return application.status in selectors.OPEN_REQUEST_STATUSES


def request_page(request: HttpRequest, application: ProvisionRequest, *, title: str, submit: str, **extra):
    """A page with one form about a request, with the way back to it."""
    return form_page(
        request,
        application.case,
        title=title,
        submit=submit,
        template=extra.pop("template", "decisions/form.html"),
        application=application,
        subtitle=f"aanvraag {application.reference}",
        back_url=request_url(application),
        back_label=f"Terug naar aanvraag {application.reference}",
        **extra,
    )


def refuse_with_messages(request: HttpRequest, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


# --- the back office's work list ---------------------------------------------------------------


# Each list shows the soonest-due rows; the tabs count them all.
WORK_LIST_LIMIT = 50


@login_required
def work_list(request: HttpRequest) -> HttpResponse:
    if not selectors.is_decision_officer(request.user):
        raise Http404
    return render(
        request,
        "decisions/work_list.html",
        {
            "lists": selectors.back_office_lists(user=request.user, limit=WORK_LIST_LIMIT),
            "counts": selectors.back_office_counts(user=request.user),
            "limit": WORK_LIST_LIMIT,
        },
    )


# --- making a request --------------------------------------------------------------------------


def active_provisions(municipality_id: int):
    return Provision.objects.filter(municipality_id=municipality_id, active=True).order_by("name")


def _request_form(
    request: HttpRequest, *, municipality_id: int, residents, initial: dict
) -> forms.RequestForm:
    return forms.RequestForm(
        posted(request),
        provisions=active_provisions(municipality_id),
        residents=residents,
        initial={"desired_start": timezone.localdate(), **initial},
    )


@login_required
def request_create_from_plan_item(request: HttpRequest, item_id: int) -> HttpResponse:
    """The generalist applies for the customised provision a signed plan proposes."""
    item = get_object_or_404(PlanItem.objects.select_related("plan"), pk=item_id)
    case = workable_case(request, item.plan.case_id)
    today = timezone.localdate()
    form = _request_form(
        request,
        municipality_id=case.municipality_id,
        residents=current_residents(case),
        initial={
            "desired_start": max(item.starts_on, today),
            "justification": item.description,
            "result_aimed_for": item.plan.result_aimed_for,
        },
    )
    return run_service(
        request,
        form,
        services.request_create,
        page=form_page(
            request,
            case,
            title="Aanvraag maatwerkvoorziening",
            submit="Aanvraag indienen",
            template="decisions/request_form.html",
            item=item,
            subtitle=f"casus {case.reference}",
            back_url=reverse("cases:plan_detail", args=[case.pk, item.plan_id]),
            back_label=f"Terug naar het plan van casus {case.reference}",
        ),
        arguments=lambda form: {**form.cleaned_data, "plan_item": item},
        success="De aanvraag is ingediend. De beslistermijn loopt vanaf vandaag.",
        redirect_to=request_url,
    )


def _takes_direct_applications(user, municipality_id: int) -> bool:
    if selectors.is_decision_officer(user, municipality_id):
        return True
    return (
        active_memberships()
        .filter(professional=user, role=Role.FRONT_OFFICE, municipality_id=municipality_id)
        .exists()
    )


@login_required
def request_create(request: HttpRequest) -> HttpResponse:
    """A direct application (by letter, at the desk), taken by the back office or the front office."""
    resident = get_object_or_404(residents_visible_to(request.user), pk=request.GET.get("resident") or 0)
    membership = current_membership(resident)
    if membership is None:
        raise Http404
    household = membership.household
    if not _takes_direct_applications(request.user, household.municipality_id):
        raise PermissionDenied
    residents = Resident.objects.filter(
        household_memberships__household=household, household_memberships__ends_on__isnull=True
    ).order_by("birth_date")
    form = _request_form(
        request,
        municipality_id=household.municipality_id,
        residents=residents,
        initial={"resident": resident},
    )

    def done(application: ProvisionRequest) -> str:
        # The front office does not see requests once made; it goes back to the resident.
        if selectors.requests_visible_to(request.user).filter(pk=application.pk).exists():
            return request_url(application)
        return reverse("people:resident_detail", args=[resident.pk])

    return run_service(
        request,
        form,
        services.request_create,
        page=form_page(
            request,
            None,
            title="Rechtstreekse aanvraag maatwerkvoorziening",
            submit="Aanvraag vastleggen",
            template="decisions/request_form.html",
            resident=resident,
            back_url=reverse("people:resident_detail", args=[resident.pk]),
            back_label=f"Terug naar {resident.full_name}",
        ),
        success="De aanvraag is vastgelegd. De beslistermijn loopt vanaf de datum van de aanvraag.",
        redirect_to=done,
    )


# --- the request page --------------------------------------------------------------------------


@login_required
def request_detail(request: HttpRequest, request_id: int) -> HttpResponse:
    application = log_view_access(
        request,
        object_type="provision_request",
        object_id=request_id,
        lookup=lambda: visible_request(request, request_id),
        concerns=lambda application: {
            "resident_id": application.resident_id,
            "household_id": application.household_id,
        },
        processing_activity=DECISIONS_PROCESSING_ACTIVITY,
    )
    user = request.user
    handles = may_handle(user, application)
    works_on_case = bool(application.case_id) and can_work(user, application.case)
    check = (
        LegalityCheck.objects.filter(request=application)
        .select_related("officer")
        .prefetch_related("answers")
        .first()
    )
    decisions = list(
        application.decisions.select_related(
            "result", "provider", "drafted_by", "signed_by", "second_signed_by", "follows_objection"
        ).prefetch_related("allocations__provider")
    )
    suspensions = list(application.suspensions.select_related("recorded_by"))
    open_ = is_open(application)
    open_draft = any(
        decision.status in (Decision.Status.DRAFT, Decision.Status.AWAITING_SECOND) for decision in decisions
    )
    context = {
        "application": application,
        "case": application.case,
        "case_visible": bool(application.case_id)
        and cases_visible_to(user).filter(pk=application.case_id).exists(),
        "term": selectors.decision_term(application),
        "is_open": open_,
        "handles": handles,
        "works_on_case": works_on_case,
        "check": check,
        "questions": application.questions.select_related("asked_by", "answered_by"),
        "suspensions": suspensions,
        "open_suspension": next((s for s in suspensions if s.ends_on is None), None),
        "decisions": decisions,
        "can_start_check": handles and open_ and check is None,
        "can_draft": handles and open_ and check is not None and check.completed_at and not open_draft,
        "can_withdraw": open_ and (handles or works_on_case),
    }
    return render(request, "decisions/request_detail.html", context)


@login_required
def request_withdraw(request: HttpRequest, request_id: int) -> HttpResponse:
    application = visible_request(request, request_id)
    works_on_case = bool(application.case_id) and can_work(request.user, application.case)
    if not (may_handle(request.user, application) or works_on_case):
        raise PermissionDenied
    form = forms.WithdrawForm(posted(request), initial={"expected_version": application.lock_version})
    return run_service(
        request,
        form,
        services.request_withdraw,
        page=request_page(
            request,
            application,
            title="Aanvraag intrekken",
            submit="Aanvraag intrekken",
            intro="Een ingetrokken aanvraag krijgt geen beschikking. De inwoner kan later opnieuw aanvragen.",
        ),
        arguments=lambda form: {"request": application, **form.cleaned_data},
        success="De aanvraag is ingetrokken.",
        redirect_to=request_url(application),
        locked=application,
    )


# --- the legality check ------------------------------------------------------------------------


@login_required
def request_check(request: HttpRequest, request_id: int) -> HttpResponse:
    """The officer's legality check: starting it, saving it as it goes, and completing it."""
    application = handled_request(request, request_id)
    check_url = reverse("decisions:request_check", args=[application.pk])
    if request.method == "POST" and "starten" in request.POST:
        try:
            services.check_start(actor=request.user, request=application)
        except ValidationError as error:
            refuse_with_messages(request, error)
            return redirect(request_url(application))
        return redirect(check_url)
    check = LegalityCheck.objects.filter(request=application).select_related("officer").first()
    if check is None:
        return render(request, "decisions/check_start.html", {"application": application})
    answers = list(check.answers.select_related("item"))
    complete = "afronden" in request.POST
    initial = {
        "expected_version": application.lock_version,
        "conclusion": check.conclusion,
        "note": check.note,
        **{f"outcome_{answer.pk}": answer.outcome for answer in answers},
        **{f"note_{answer.pk}": answer.note for answer in answers},
    }
    form = forms.CheckForm(posted(request), answers=answers, initial=initial)

    def page(form, status):
        context = {"application": application, "check": check, "form": form}
        return render(request, "decisions/check_form.html", context, status=status)

    return run_service(
        request,
        form,
        services.check_record,
        page=page,
        arguments=lambda form: {"request": application, **form.arguments(complete=complete)},
        success="De controle is afgerond." if complete else "De controle is opgeslagen.",
        redirect_to=request_url(application) if complete else check_url,
        locked=application,
    )


# --- questions to the generalist ---------------------------------------------------------------


@login_required
def question_ask(request: HttpRequest, request_id: int) -> HttpResponse:
    application = handled_request(request, request_id)
    return run_service(
        request,
        forms.QuestionForm(posted(request)),
        services.question_ask,
        page=request_page(
            request,
            application,
            title="Vraag aan de generalist",
            submit="Vraag stellen",
            intro="De generalist en de regiehouder krijgen een bericht. De beslistermijn loopt gewoon door.",
        ),
        arguments=lambda form: {"request": application, **form.cleaned_data},
        success="Uw vraag is gesteld.",
        redirect_to=request_url(application),
    )


@login_required
def question_answer(request: HttpRequest, question_id: int) -> HttpResponse:
    question = get_object_or_404(
        OfficerQuestion.objects.filter(
            request__in=selectors.requests_visible_to(request.user)
        ).select_related("request__case", "asked_by"),
        pk=question_id,
    )
    application = question.request
    if application.case_id and not can_work(request.user, application.case):
        raise PermissionDenied
    return run_service(
        request,
        forms.AnswerForm(posted(request)),
        services.question_answer,
        page=request_page(
            request,
            application,
            title="Vraag van de consulent beantwoorden",
            submit="Antwoord versturen",
            template="decisions/question_answer.html",
            question=question,
        ),
        arguments=lambda form: {"question": question, **form.cleaned_data},
        success="Uw antwoord is verstuurd naar de consulent.",
        redirect_to=request_url(application),
    )


# --- suspending the term -----------------------------------------------------------------------


@login_required
def suspension_start(request: HttpRequest, request_id: int) -> HttpResponse:
    application = handled_request(request, request_id)
    return run_service(
        request,
        forms.SuspensionStartForm(posted(request), initial={"starts_on": timezone.localdate()}),
        services.suspension_start,
        page=request_page(
            request,
            application,
            title="Beslistermijn opschorten",
            submit="Termijn opschorten",
            intro="Schort de termijn alleen op als de inwoner gegevens moet aanvullen (Awb 4:15). "
            "Een vraag aan de generalist schort niets op.",
        ),
        arguments=lambda form: {"request": application, **form.cleaned_data},
        success="De beslistermijn is opgeschort.",
        redirect_to=request_url(application),
    )


@login_required
def suspension_end(request: HttpRequest, request_id: int) -> HttpResponse:
    application = handled_request(request, request_id)
    return run_service(
        request,
        forms.SuspensionEndForm(posted(request), initial={"ends_on": timezone.localdate()}),
        services.suspension_end,
        page=request_page(
            request,
            application,
            title="Opschorting beëindigen",
            submit="Opschorting beëindigen",
            intro="De beslistermijn schuift op met het aantal dagen dat hij opgeschort was.",
        ),
        arguments=lambda form: {"request": application, **form.cleaned_data},
        success="De opschorting is beëindigd; de nieuwe uiterste beslisdatum staat bij de aanvraag.",
        redirect_to=request_url(application),
    )


# --- provider messages -------------------------------------------------------------------------


@login_required
def provider_message_upload(request: HttpRequest) -> HttpResponse:
    """Reading in a provider's start or stop message (WMO305/307, JW305/307)."""
    if not selectors.is_decision_officer(request.user):
        raise Http404
    form = forms.ProviderMessageForm(posted(request), request.FILES or None)

    def page(form, status):
        context = {
            "form": form,
            "title": "Bericht van een aanbieder inlezen",
            "submit": "Bericht inlezen",
            "intro": "Een start- of stopbericht van de aanbieder werkt de toewijzing bij, "
            "zodat op de casus staat dat de zorg begon of stopte.",
            "multipart": True,
            "back_url": reverse("decisions:work_list"),
            "back_label": "Terug naar de werklijst",
        }
        return render(request, "decisions/form.html", context, status=status)

    def done(message) -> str:
        if message.allocation_id:
            return reverse("decisions:decision_detail", args=[message.allocation.decision_id])
        return reverse("decisions:work_list")

    return run_service(
        request,
        form,
        services.provider_message_import,
        page=page,
        arguments=lambda form: {"content": form.cleaned_data["message"]},
        field_map={"content": "message"},
        success="Het bericht is ingelezen.",
        redirect_to=done,
    )
