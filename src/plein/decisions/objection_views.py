"""Work UI for objections (bezwaren): registering one against a sent decision, the objection's
page with its handling term, extending that term once, and deciding on it. An upheld objection
leads to a new decision on the same request, linked to the old one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from plein.cases.forms import VersionedForm
from plein.cases.views import form_page, posted, run_service
from plein.decisions import forms, selectors, services
from plein.decisions.decision_views import decision_page, handled_decision
from plein.decisions.models import Objection
from plein.decisions.views import may_handle, refuse_with_messages
from plein.people.models import Resident
from plein.privacy.access_log import DECISIONS_PROCESSING_ACTIVITY, log_view_access

UPHELD = (Objection.Outcome.UPHELD, Objection.Outcome.PARTLY_UPHELD)


def visible_objection(request: HttpRequest, objection_id: int) -> Objection:
    return get_object_or_404(
        selectors.objections_visible_to(request.user).select_related(
            "decision__request__provision",
            "decision__request__case",
            "objector",
            "decided_by",
            "registered_by",
        ),
        pk=objection_id,
    )


def handled_objection(request: HttpRequest, objection_id: int) -> Objection:
    objection = visible_objection(request, objection_id)
    if not may_handle(request.user, objection.decision.request):
        raise PermissionDenied
    return objection


def objection_url(objection: Objection) -> str:
    return reverse("decisions:objection_detail", args=[objection.pk])


@login_required
def objection_create(request: HttpRequest, decision_id: int) -> HttpResponse:
    decision = handled_decision(request, decision_id)
    # Whoever lives or lived in the decision's household; the service checks the rest.
    objectors = (
        Resident.objects.filter(household_memberships__household_id=decision.request.household_id)
        .distinct()
        .order_by("birth_date")
    )
    form = forms.ObjectionForm(
        posted(request),
        objectors=objectors,
        initial={"objector": decision.request.resident_id, "received_on": timezone.localdate()},
    )
    return run_service(
        request,
        form,
        services.objection_register,
        page=decision_page(
            request,
            decision,
            title="Bezwaar registreren",
            submit="Bezwaar registreren",
            intro="Een bezwaar dat na de bezwaartermijn binnenkomt, wordt ook geregistreerd en gemarkeerd als te laat.",
        ),
        arguments=lambda form: {"decision": decision, **form.cleaned_data},
        success="Het bezwaar is geregistreerd. De beslistermijn staat bij het bezwaar.",
        redirect_to=objection_url,
    )


@login_required
@require_GET
def objection_detail(request: HttpRequest, objection_id: int) -> HttpResponse:
    objection = log_view_access(
        request,
        object_type="objection",
        object_id=objection_id,
        lookup=lambda: visible_objection(request, objection_id),
        concerns=lambda objection: {
            "resident_id": objection.decision.request.resident_id,
            "household_id": objection.decision.request.household_id,
        },
        processing_activity=DECISIONS_PROCESSING_ACTIVITY,
    )
    handles = may_handle(request.user, objection.decision.request)
    new_decisions = list(objection.new_decisions.order_by("drafted_at", "id"))
    undecided = not objection.outcome
    context = {
        "objection": objection,
        "decision": objection.decision,
        "application": objection.decision.request,
        "term": selectors.objection_handling_term(objection),
        "handles": handles,
        "new_decisions": new_decisions,
        "can_decide": handles and undecided,
        "can_extend": handles and undecided and not objection.extended,
        "extend_form": VersionedForm(initial={"expected_version": objection.lock_version}),
        "needs_new_decision": handles and objection.outcome in UPHELD and not new_decisions,
    }
    return render(request, "decisions/objection_detail.html", context)


@login_required
def objection_decide(request: HttpRequest, objection_id: int) -> HttpResponse:
    objection = handled_objection(request, objection_id)
    form = forms.ObjectionDecideForm(posted(request), initial={"expected_version": objection.lock_version})

    def done(decided: Objection) -> str:
        if decided.outcome in UPHELD:
            messages.info(request, "Het bezwaar is (deels) gegrond: stel nu de nieuwe beschikking op.")
            url = reverse("decisions:decision_create", args=[decided.decision.request_id])
            return f"{url}?bezwaar={decided.pk}"
        return objection_url(decided)

    return run_service(
        request,
        form,
        services.objection_decide,
        page=form_page(
            request,
            objection.decision.request.case,
            title="Beslissen op bezwaar",
            submit="Beslissing vastleggen",
            template="decisions/objection_decide.html",
            objection=objection,
            subtitle=f"bezwaar {objection.reference}",
            back_url=objection_url(objection),
            back_label=f"Terug naar bezwaar {objection.reference}",
        ),
        arguments=lambda form: {"objection": objection, **form.cleaned_data},
        success="De beslissing op het bezwaar is vastgelegd.",
        redirect_to=done,
        locked=objection,
    )


@login_required
@require_POST
def objection_extend(request: HttpRequest, objection_id: int) -> HttpResponse:
    """Extending the handling term by six weeks (Awb 7:10 lid 3), once."""
    objection = handled_objection(request, objection_id)
    form = VersionedForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, "De termijn is niet verdaagd: laad de pagina opnieuw en probeer het nog eens."
        )
        return redirect(objection_url(objection))
    try:
        services.objection_extend(
            actor=request.user, objection=objection, expected_version=form.cleaned_data["expected_version"]
        )
    except ValidationError as error:
        refuse_with_messages(request, error)
    else:
        messages.success(request, "De beslistermijn van het bezwaar is met zes weken verdaagd.")
    return redirect(objection_url(objection))
