"""Resident and household pages. Thin: forms validate, services change, selectors read."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from plein.areas.selectors import teams_serving
from plein.core.forms import add_service_errors
from plein.people import forms, selectors, services
from plein.people.models import Household, HouseholdMembership, Resident
from plein.privacy.access_log import log_view_access, record_resident_search
from plein.privacy.break_the_glass import refuse_change_under_emergency
from plein.privacy.consent import resident_consents_context


def _visible_household(request: HttpRequest, household_id: int) -> Household:
    try:
        household = selectors.household_detail(user=request.user, household_id=household_id)
    except Household.DoesNotExist:
        raise Http404 from None
    if request.method == "POST":
        # Every change here is a POST; break-the-glass opens a household for reading only (403).
        refuse_change_under_emergency(request.user, household_id=household.pk)
    return household


def _visible_resident(request: HttpRequest, resident_id: int) -> Resident:
    resident = get_object_or_404(selectors.residents_visible_to(request.user), pk=resident_id)
    if request.method == "POST":
        refuse_change_under_emergency(request.user, resident_id=resident.pk)
    return resident


@login_required
@permission_required("people.search_residents", raise_exception=True)
def resident_search(request: HttpRequest) -> HttpResponse:
    # POST keeps names, BSNs and addresses out of URLs, browser history and access logs.
    form = forms.ResidentSearchForm(request.POST or None)
    results = None
    if request.method == "POST" and form.is_valid():
        results = list(selectors.resident_search(user=request.user, **form.cleaned_data))
        record_resident_search(actor=request.user, residents=results, request=request)
    return render(
        request,
        "people/resident_search.html",
        {"form": form, "results": results, "limit": selectors.SEARCH_RESULT_LIMIT},
    )


@login_required
@permission_required("people.register_resident", raise_exception=True)
def resident_create(request: HttpRequest) -> HttpResponse:
    form = forms.ResidentRegisterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            resident = services.resident_register(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"{resident.full_name} is geregistreerd.")
            return redirect("people:resident_detail", resident_id=resident.pk)
    return render(request, "people/resident_form.html", {"form": form, "title": "Inwoner registreren"})


@login_required
def resident_detail(request: HttpRequest, resident_id: int) -> HttpResponse:
    resident = log_view_access(
        request,
        object_type="resident",
        object_id=resident_id,
        lookup=lambda: _visible_resident(request, resident_id),
        action="read" if request.method == "GET" else "update",
        concerns=lambda resident: {"resident_id": resident.pk},
    )
    form = forms.NetworkMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.network_member_add(actor=request.user, resident=resident, **form.cleaned_data)
        messages.success(request, f"{form.cleaned_data['name']} is toegevoegd aan het netwerk.")
        return redirect("people:resident_detail", resident_id=resident.pk)
    return render(
        request,
        "people/resident_detail.html",
        {
            "resident": resident,
            "membership": selectors.current_membership(resident),
            "network": resident.network.all(),
            "network_form": form,
            "can_apply": request.user.has_perm("decisions.take_direct_application", resident),
            **resident_consents_context(request.user, resident),
        },
    )


@login_required
@require_POST
def network_member_remove(request: HttpRequest, resident_id: int, member_id: int) -> HttpResponse:
    resident = _visible_resident(request, resident_id)
    member = get_object_or_404(resident.network, pk=member_id)
    services.network_member_remove(actor=request.user, member=member)
    messages.success(request, f"{member.name} staat niet meer in het netwerk.")
    return redirect("people:resident_detail", resident_id=resident.pk)


@login_required
def resident_edit(request: HttpRequest, resident_id: int) -> HttpResponse:
    resident = _visible_resident(request, resident_id)
    initial = {name: getattr(resident, name) for name in forms.ResidentDetailsForm.base_fields}
    form = forms.ResidentDetailsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.resident_update(actor=request.user, resident=resident, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "De gegevens zijn opgeslagen.")
            return redirect("people:resident_detail", resident_id=resident.pk)
    return render(
        request,
        "people/resident_form.html",
        {"form": form, "title": f"Gegevens van {resident.full_name} wijzigen", "resident": resident},
    )


@login_required
def household_detail(request: HttpRequest, household_id: int) -> HttpResponse:
    household = log_view_access(
        request,
        object_type="household",
        object_id=household_id,
        lookup=lambda: _visible_household(request, household_id),
        concerns=lambda household: {
            "household_id": household.pk,
            "resident_ids": selectors.household_members(household).values_list("resident_id", flat=True),
        },
    )
    members = list(selectors.household_members(household))
    return render(
        request,
        "people/household_detail.html",
        {
            "household": household,
            "members": members,
            "former_members": selectors.household_members(household, include_former=True).filter(
                ends_on__isnull=False
            ),
            "teams": teams_serving(household.address.neighbourhood),
            "end_form": forms.MembershipEndForm(),
        },
    )


@login_required
def household_add_member(request: HttpRequest, household_id: int) -> HttpResponse:
    household = _visible_household(request, household_id)
    new_form = forms.HouseholdNewMemberForm(request.POST if "new" in request.POST else None, prefix="new")
    existing_form = forms.HouseholdExistingMemberForm(
        request.POST if "existing" in request.POST else None, prefix="existing"
    )
    if request.method == "POST" and "new" in request.POST and new_form.is_valid():
        address = household.address
        try:
            resident = services.resident_register(
                actor=request.user,
                household=household,
                postcode=address.postcode,
                house_number=address.house_number,
                **new_form.cleaned_data,
            )
        except ValidationError as error:
            add_service_errors(new_form, error)
        else:
            messages.success(request, f"{resident.full_name} is toegevoegd aan het huishouden.")
            return redirect("people:household_detail", household_id=household.pk)
    if request.method == "POST" and "existing" in request.POST and existing_form.is_valid():
        data = existing_form.cleaned_data
        resident = selectors.residents_visible_to(request.user).filter(bsn=data["bsn"]).first()
        if resident is None:
            existing_form.add_error("bsn", "Er is in uw werkgebied geen inwoner met dit BSN.")
        else:
            try:
                services.household_add_member(
                    actor=request.user,
                    household=household,
                    resident=resident,
                    position=data["position"],
                    starts_on=data["starts_on"],
                )
            except ValidationError as error:
                add_service_errors(existing_form, error, field_map={"resident": "bsn"})
            else:
                messages.success(request, f"{resident.full_name} is toegevoegd aan het huishouden.")
                return redirect("people:household_detail", household_id=household.pk)
    return render(
        request,
        "people/household_add_member.html",
        {"household": household, "new_form": new_form, "existing_form": existing_form},
    )


@login_required
@require_POST
def household_end_membership(request: HttpRequest, household_id: int, membership_id: int) -> HttpResponse:
    household = _visible_household(request, household_id)
    membership = get_object_or_404(
        HouseholdMembership.objects.select_related("household", "resident"),
        pk=membership_id,
        household=household,
    )
    form = forms.MembershipEndForm(request.POST)
    if form.is_valid():
        try:
            services.household_end_membership(
                actor=request.user, membership=membership, ends_on=form.cleaned_data["ends_on"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
    if form.errors:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, f"{membership.resident.full_name}: {message}")
    else:
        messages.success(request, f"{membership.resident.full_name} woont niet meer in dit huishouden.")
    return redirect("people:household_detail", household_id=household.pk)
