"""Work UI for decisions (beschikkingen): drafting and editing, signing (four eyes where the
provision asks for it), the letter, the allocation to a provider and its iWmo/iJw message."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from plein.cases.forms import VersionedForm
from plein.cases.views import form_page, posted, run_service
from plein.decisions import forms, selectors, services
from plein.decisions.models import Allocation, Decision, DeliveryForm, Objection, ProvisionRequest
from plein.decisions.views import handled_request, may_handle, refuse_with_messages, request_url
from plein.people.models import Organisation
from plein.privacy.access_log import DECISIONS_PROCESSING_ACTIVITY, log_view_access

UNSIGNED = (Decision.Status.DRAFT, Decision.Status.AWAITING_SECOND)
GRANTED = (Decision.Outcome.GRANT, Decision.Outcome.PARTIAL)
DECISION_FIELDS = [
    "outcome",
    "result",
    "extent",
    "starts_on",
    "ends_on",
    "delivery_form",
    "provider",
    "budget",
    "legal_basis",
    "reasons",
]


def _decision_concerns(decision: Decision) -> dict:
    return {"resident_id": decision.request.resident_id, "household_id": decision.request.household_id}


def _printable_decision(request: HttpRequest, decision_id: int) -> Decision:
    """The decision whose letter this professional may download: sent, or a concept for its officer."""
    decision = visible_decision(request, decision_id)
    if decision.letter_pdf or (decision.status in UNSIGNED and may_handle(request.user, decision.request)):
        return decision
    raise Http404


def visible_decision(request: HttpRequest, decision_id: int) -> Decision:
    """The decision, if this professional has need-to-know; 404 otherwise."""
    return get_object_or_404(
        selectors.decisions_visible_to(request.user).select_related(
            "request__provision",
            "request__resident",
            "request__case",
            "result",
            "provider",
            "drafted_by",
            "signed_by",
            "second_signed_by",
            "follows_objection__decision",
        ),
        pk=decision_id,
    )


def handled_decision(request: HttpRequest, decision_id: int) -> Decision:
    decision = visible_decision(request, decision_id)
    if not may_handle(request.user, decision.request):
        raise PermissionDenied
    return decision


def decision_url(decision: Decision) -> str:
    return reverse("decisions:decision_detail", args=[decision.pk])


def providers_for(application: ProvisionRequest):
    return Organisation.objects.filter(
        kind=Organisation.Kind.PROVIDER, municipalities=application.municipality_id
    ).order_by("name")


def decision_page(request: HttpRequest, decision: Decision, *, title: str, submit: str, **extra):
    return form_page(
        request,
        decision.request.case,
        title=title,
        submit=submit,
        template=extra.pop("template", "decisions/form.html"),
        decision=decision,
        subtitle=f"beschikking {decision.reference}",
        back_url=decision_url(decision),
        back_label=f"Terug naar beschikking {decision.reference}",
        **extra,
    )


def may_sign(user, decision: Decision) -> bool:
    """Whether to offer the signature: a four-eyes decision waits for a colleague other than its
    drafter and first signer (the service refuses them too, with the reason)."""
    if decision.status == Decision.Status.DRAFT:
        return True
    if decision.status == Decision.Status.AWAITING_SECOND:
        return user.pk not in (decision.drafted_by_id, decision.signed_by_id)
    return False


# --- drafting ----------------------------------------------------------------------------------


@login_required
def decision_create(request: HttpRequest, request_id: int) -> HttpResponse:
    """A draft decision on a request; with ?bezwaar=<id> the new decision after an upheld objection."""
    application = handled_request(request, request_id)
    objection = None
    if objection_id := request.GET.get("bezwaar"):
        objection = get_object_or_404(
            Objection.objects.filter(decision__request=application).select_related("decision"),
            pk=objection_id if objection_id.isdigit() else 0,
        )
    provision = application.provision
    form = forms.DecisionForm(
        posted(request),
        provision=provision,
        providers=providers_for(application),
        initial={
            "result": application.result_id,
            "extent": application.extent,
            "starts_on": application.desired_start,
            "delivery_form": application.delivery_form,
            "legal_basis": provision.legal_basis,
        },
    )
    page = form_page(
        request,
        application.case,
        title="Nieuwe beschikking na bezwaar" if objection else "Beschikking opstellen",
        submit="Concept opslaan",
        template="decisions/decision_form.html",
        application=application,
        objection=objection,
        subtitle=f"aanvraag {application.reference}",
        back_url=reverse("decisions:objection_detail", args=[objection.pk])
        if objection
        else request_url(application),
        back_label=f"Terug naar bezwaar {objection.reference}"
        if objection
        else f"Terug naar aanvraag {application.reference}",
    )
    return run_service(
        request,
        form,
        services.decision_draft,
        page=page,
        arguments=lambda form: {"request": application, "follows_objection": objection, **form.arguments()},
        success="Het concept van de beschikking is opgeslagen. Lees de brief na en onderteken.",
        redirect_to=decision_url,
    )


@login_required
def decision_edit(request: HttpRequest, decision_id: int) -> HttpResponse:
    decision = handled_decision(request, decision_id)
    application = decision.request
    initial = {name: getattr(decision, name) for name in DECISION_FIELDS}
    initial.update(
        result=decision.result_id, provider=decision.provider_id, expected_version=decision.lock_version
    )
    form = forms.DecisionEditForm(
        posted(request),
        provision=application.provision,
        providers=providers_for(application),
        initial=initial,
    )
    return run_service(
        request,
        form,
        services.decision_update,
        page=decision_page(
            request,
            decision,
            title="Beschikking wijzigen",
            submit="Concept opslaan",
            template="decisions/decision_form.html",
            application=application,
        ),
        arguments=lambda form: {"decision": decision, **form.arguments()},
        success="Het concept van de beschikking is opgeslagen.",
        redirect_to=decision_url(decision),
        locked=decision,
    )


# --- the decision page, signing and the letter -------------------------------------------------


@login_required
@require_GET
def decision_detail(request: HttpRequest, decision_id: int) -> HttpResponse:
    decision = log_view_access(
        request,
        object_type="decision",
        object_id=decision_id,
        lookup=lambda: visible_decision(request, decision_id),
        action="read",
        concerns=_decision_concerns,
        processing_activity=DECISIONS_PROCESSING_ACTIVITY,
    )
    handles = may_handle(request.user, decision.request)
    sent = decision.status == Decision.Status.SENT
    allocations = list(decision.allocations.select_related("provider"))
    context = {
        "decision": decision,
        "application": decision.request,
        "case": decision.request.case,
        "handles": handles,
        "objection_term": selectors.objection_term(decision),
        "objections": decision.objections.select_related("objector"),
        "new_decisions": Decision.objects.filter(follows_objection__decision=decision).order_by("drafted_at"),
        "allocations": allocations,
        "is_editable": handles and decision.status == Decision.Status.DRAFT,
        "can_sign": handles and may_sign(request.user, decision),
        "can_return": handles
        and decision.status == Decision.Status.AWAITING_SECOND
        and may_sign(request.user, decision),
        "sign_form": VersionedForm(initial={"expected_version": decision.lock_version}),
        "can_object": handles and sent,
        "can_allocate": handles
        and sent
        and decision.outcome in GRANTED
        and decision.delivery_form == DeliveryForm.IN_KIND,
        "has_letter": bool(decision.letter_pdf) or (handles and decision.status in UNSIGNED),
    }
    return render(request, "decisions/decision_detail.html", context)


@login_required
@require_POST
def decision_sign(request: HttpRequest, decision_id: int) -> HttpResponse:
    decision = handled_decision(request, decision_id)
    form = VersionedForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, "De beschikking is niet ondertekend: laad de pagina opnieuw en probeer het nog eens."
        )
        return redirect(decision_url(decision))
    try:
        signed = services.decision_sign(
            actor=request.user, decision=decision, expected_version=form.cleaned_data["expected_version"]
        )
    except ValidationError as error:
        refuse_with_messages(request, error)
        return redirect(decision_url(decision))
    if signed.status == Decision.Status.AWAITING_SECOND:
        messages.success(
            request, "Uw handtekening is vastgelegd. Een collega ondertekent als tweede (vier ogen)."
        )
    else:
        messages.success(request, "De beschikking is ondertekend en verzonden.")
    return redirect(decision_url(signed))


@login_required
def decision_return(request: HttpRequest, decision_id: int) -> HttpResponse:
    """Four eyes: the second officer sends the decision back to draft instead of signing it."""
    decision = handled_decision(request, decision_id)
    return run_service(
        request,
        forms.ReturnForm(posted(request), initial={"expected_version": decision.lock_version}),
        services.decision_return,
        page=decision_page(
            request, decision, title="Terugsturen naar concept", submit="Terugsturen naar concept"
        ),
        arguments=lambda form: {"decision": decision, **form.cleaned_data},
        success="De beschikking is terug naar concept. De eerste handtekening vervalt.",
        redirect_to=decision_url(decision),
        locked=decision,
    )


@login_required
@require_GET
def decision_letter(request: HttpRequest, decision_id: int) -> HttpResponse:
    """The letter as it was sent; before signing, the officer may download a concept."""
    decision = log_view_access(
        request,
        object_type="decision",
        object_id=decision_id,
        lookup=lambda: _printable_decision(request, decision_id),
        action="print",
        concerns=_decision_concerns,
        processing_activity=DECISIONS_PROCESSING_ACTIVITY,
    )
    if decision.letter_pdf:
        content = bytes(decision.letter_pdf)
    elif decision.status in UNSIGNED and may_handle(request.user, decision.request):
        from plein.decisions.letters import decision_letter_pdf  # WeasyPrint loads only when printing

        content = decision_letter_pdf(decision)
    else:
        raise Http404
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="beschikking-{decision.reference}.pdf"'
    return response


# --- allocation to a provider ------------------------------------------------------------------


@login_required
def allocation_create(request: HttpRequest, decision_id: int) -> HttpResponse:
    decision = handled_decision(request, decision_id)
    return run_service(
        request,
        forms.AllocationForm(posted(request)),
        services.allocation_create,
        page=decision_page(
            request,
            decision,
            title="Toewijzen aan de aanbieder",
            submit="Toewijzen",
            intro=f"De toewijzing gaat naar {decision.provider or 'de aanbieder'} als iStandaarden-bericht "
            "(WMO301 of JW301). Met toestemming van de inwoner komt er ook een warme overdracht op de casus.",
        ),
        arguments=lambda form: {"decision": decision, **form.cleaned_data},
        success="De voorziening is toegewezen. Download het bericht voor de aanbieder bij de toewijzing.",
        redirect_to=decision_url(decision),
    )


@login_required
@require_GET
def allocation_message(request: HttpRequest, allocation_id: int) -> HttpResponse:
    """The allocation as iWmo WMO301 / iJw JW301 message, validated against the schema."""

    def lookup():
        allocation = get_object_or_404(
            Allocation.objects.filter(
                decision__in=selectors.decisions_visible_to(request.user)
            ).select_related("decision__request"),
            pk=allocation_id,
        )
        if not may_handle(request.user, allocation.decision.request):
            raise PermissionDenied
        return allocation

    allocation = log_view_access(
        request,
        object_type="allocation",
        object_id=allocation_id,
        lookup=lookup,
        action="export",
        concerns=lambda allocation: _decision_concerns(allocation.decision),
        processing_activity=DECISIONS_PROCESSING_ACTIVITY,
    )
    from plein.decisions import istandaarden

    try:
        content = istandaarden.allocation_message(allocation)
    except ValidationError as error:
        refuse_with_messages(request, error)
        return redirect(decision_url(allocation.decision))
    response = HttpResponse(content, content_type="application/xml")
    response["Content-Disposition"] = f'attachment; filename="toewijzing-{allocation.number}.xml"'
    return response
