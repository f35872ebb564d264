"""Break-the-glass in the work UI: start (from the 404 page of a household, or by BSN from the
resident search), the banner's "end now", and the privacy officer's review.

The start forms are for professionals who work with residents (404 for anyone else); the review
pages for the privacy officer (404 for anyone else), behind two-factor authentication always.
A BSN is only ever POSTed, never part of a URL.
"""

import functools

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from plein.areas.models import Role
from plein.areas.selectors import active_memberships
from plein.cases.views import posted, run_service
from plein.core.forms import add_service_errors
from plein.core.two_factor import two_factor_required
from plein.people.forms import BsnField
from plein.people.models import Household, HouseholdMembership
from plein.people.selectors import households_visible_to
from plein.privacy import break_the_glass as services
from plein.privacy.access_log import record_access
from plein.privacy.models import AccessAction, EmergencyAccess, EmergencyReviewOutcome

PAGE_SIZE = 50
CONFIRMATION = "Ik begrijp dat deze toegang wordt vastgelegd en door de privacyfunctionaris wordt beoordeeld"


# --- forms ------------------------------------------------------------------------------------------


class EmergencyStartForm(forms.Form):
    reason = forms.CharField(
        label="Reden",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=f"Waarom heeft u nu toegang nodig? Ten minste {services.MIN_REASON_LENGTH} tekens. "
        "De privacyfunctionaris leest dit bij de beoordeling.",
        min_length=services.MIN_REASON_LENGTH,
        error_messages={
            "required": "Schrijf op waarom u noodtoegang nodig heeft.",
            "min_length": f"Beschrijf de reden in ten minste {services.MIN_REASON_LENGTH} tekens, zodat de "
            "privacyfunctionaris haar later kan beoordelen.",
        },
    )
    confirm = forms.BooleanField(
        label=CONFIRMATION,
        error_messages={"required": "Vink aan dat u begrijpt dat de toegang wordt vastgelegd en beoordeeld."},
    )


class EmergencyBsnForm(EmergencyStartForm):
    bsn = BsnField(required=True, help_text="Het BSN van de inwoner. Het BSN komt niet in het toegangslog.")
    field_order = ["bsn", "reason", "confirm"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bsn"].error_messages["required"] = "Vul het BSN van de inwoner in."


class EmergencyReviewForm(forms.Form):
    outcome = forms.ChoiceField(
        label="Oordeel",
        choices=EmergencyReviewOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Kies of de noodtoegang terecht of onterecht was."},
    )
    note = forms.CharField(
        label="Toelichting",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Verplicht bij ‘onterecht’.",
    )


# --- who may --------------------------------------------------------------------------------------


def _may_break_the_glass(request: HttpRequest) -> None:
    if not services.may_break_the_glass(request.user):
        raise Http404


def privacy_officer_only(view):
    """404 for anyone but the privacy officer, before asking for the second factor."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not services.is_privacy_officer(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def emergency_offer_url(request: HttpRequest) -> str | None:
    """For the 404 page: where to ask for emergency access to what was not found.

    The same for a household that does not exist and one that is not visible, so the offer tells
    nothing about which it is.
    """
    match = getattr(request, "resolver_match", None)
    if match is None or not services.may_break_the_glass(getattr(request, "user", None)):
        return None
    if match.view_name == "people:household_detail":
        return reverse("privacy:emergency_start", args=[match.kwargs["household_id"]])
    if match.view_name == "people:resident_detail":
        return reverse("privacy:emergency_start_by_bsn")
    return None


# --- starting and ending ----------------------------------------------------------------------------


def _start_page(request: HttpRequest, form, status: int, **context) -> HttpResponse:
    context = {"form": form, "hours": services.emergency_hours(), **context}
    return render(request, "privacy/emergency/start.html", context, status=status)


def _started(request: HttpRequest, access: EmergencyAccess) -> HttpResponse:
    messages.success(
        request, "De noodtoegang is vastgelegd. U kunt dit huishouden alleen inzien, niet wijzigen."
    )
    return redirect("people:household_detail", household_id=access.household_id)


@login_required
def emergency_start(request: HttpRequest, household_id: int) -> HttpResponse:
    _may_break_the_glass(request)
    if request.method != "POST" and households_visible_to(request.user).filter(pk=household_id).exists():
        return redirect("people:household_detail", household_id=household_id)
    form = EmergencyStartForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            access = services.emergency_access_start(
                actor=request.user,
                household_id=household_id,
                reason=form.cleaned_data["reason"],
                request=request,
            )
        except Household.DoesNotExist:
            services.record_refused_start(actor=request.user, request=request)
            raise Http404 from None
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _started(request, access)
    status = 400 if request.method == "POST" else 200
    return _start_page(request, form, status, household_id=household_id)


def _current_household_id(bsn: str) -> int | None:
    return (
        HouseholdMembership.objects.filter(resident__bsn=bsn, ends_on__isnull=True)
        .values_list("household_id", flat=True)
        .first()
    )


@login_required
def emergency_start_by_bsn(request: HttpRequest) -> HttpResponse:
    _may_break_the_glass(request)
    form = EmergencyBsnForm(posted(request))
    if request.method == "POST" and form.is_valid():
        household_id = _current_household_id(form.cleaned_data["bsn"])
        if household_id is None:
            services.record_refused_start(actor=request.user, request=request)
            form.add_error("bsn", "Er is geen inwoner met dit BSN die nu in een huishouden woont.")
        else:
            try:
                access = services.emergency_access_start(
                    actor=request.user,
                    household_id=household_id,
                    reason=form.cleaned_data["reason"],
                    request=request,
                )
            except ValidationError as error:
                add_service_errors(form, error, field_map={"household": "bsn"})
            else:
                return _started(request, access)
    status = 400 if request.method == "POST" else 200
    return _start_page(request, form, status, by_bsn=True)


@login_required
@require_POST
def emergency_end(request: HttpRequest, access_id: int) -> HttpResponse:
    access = get_object_or_404(EmergencyAccess, pk=access_id, professional=request.user)
    services.emergency_access_end(request.user, access)
    messages.success(request, "De noodtoegang is beëindigd.")
    return redirect("home")


# --- the privacy officer's review -------------------------------------------------------------------


def _roles_of(professional_ids) -> dict[int, str]:
    """The roles each professional has today (one query for the page)."""
    roles: dict[int, set[str]] = {}
    for professional_id, role in (
        active_memberships()
        .filter(professional_id__in=professional_ids)
        .values_list("professional_id", "role")
    ):
        roles.setdefault(professional_id, set()).add(Role(role).label)
    return {pk: ", ".join(sorted(labels)) for pk, labels in roles.items()}


@login_required
@privacy_officer_only
@two_factor_required
def emergency_review_list(request: HttpRequest) -> HttpResponse:
    accesses = services.emergency_accesses_for_review_page(request.user)
    page = Paginator(accesses, PAGE_SIZE).get_page(request.GET.get("pagina"))
    counts = services.emergency_log_counts(page.object_list)
    roles = _roles_of({access.professional_id for access in page.object_list})
    rows = [
        {"access": access, "entries": counts.get(access.pk), "roles": roles.get(access.professional_id, "")}
        for access in page.object_list
    ]
    return render(
        request,
        "privacy/emergency/review_list.html",
        {
            "page": page,
            "rows": rows,
            "to_review": services.emergency_accesses_to_review(request.user).count(),
        },
    )


@login_required
@privacy_officer_only
@two_factor_required
def emergency_review(request: HttpRequest, access_id: int) -> HttpResponse:
    access = get_object_or_404(
        services.emergency_accesses_for_review_page(request.user).select_related("professional"), pk=access_id
    )
    if request.method == "GET":
        # The page shows the reason, which may say something about the household: a read like any other.
        record_access(
            actor=request.user,
            action=AccessAction.READ,
            object_type=services.OBJECT_TYPE,
            object_id=access.pk,
            household_id=access.household_id,
            processing_activity=services.REVIEW_ACTIVITY,
            request=request,
        )

    def page(form, status):
        context = {
            "access": access,
            "form": form,
            "entries": services.emergency_log_counts([access]).get(access.pk),
            "roles": _roles_of({access.professional_id}).get(access.professional_id, ""),
        }
        return render(request, "privacy/emergency/review.html", context, status=status)

    return run_service(
        request,
        EmergencyReviewForm(posted(request)),
        services.emergency_access_review,
        page=page,
        arguments=lambda form: {"access": access, **form.cleaned_data},
        success="Het oordeel over de noodtoegang is vastgelegd.",
        redirect_to=reverse("privacy:emergency_review_list"),
    )
