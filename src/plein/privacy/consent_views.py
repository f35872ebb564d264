"""Consent in the work UI: recorded and withdrawn from the resident's page (Toestemmingen).

Need-to-know: the resident must be visible to the professional (404 otherwise), through
``residents_visible_to`` — the same rule as the resident page itself.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from plein.cases.views import posted, run_service
from plein.people.forms import DateField
from plein.people.models import Organisation, Resident
from plein.people.selectors import current_membership, residents_visible_to
from plein.privacy import consent as services
from plein.privacy.break_the_glass import refuse_change_under_emergency
from plein.privacy.models import Consent, ConsentMethod


class ConsentForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Organisatie die de informatie mag ontvangen", queryset=Organisation.objects.none()
    )
    purpose = forms.CharField(
        label="Doel",
        max_length=300,
        help_text="Waarvoor de informatie gedeeld mag worden, bijvoorbeeld ‘warme overdracht schuldhulp’.",
    )
    method = forms.ChoiceField(
        label="Hoe is de toestemming gegeven?", choices=[("", "—"), *ConsentMethod.choices]
    )
    given_on = DateField(label="Toestemming gegeven op")
    valid_until = DateField(
        label="Geldig tot en met",
        required=False,
        help_text="Leeg laten: geldig tot de inwoner de toestemming intrekt.",
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = (
            organisations if organisations is not None else Organisation.objects.none()
        )


class WithdrawForm(forms.Form):
    note = forms.CharField(
        label="Toelichting",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Bijvoorbeeld hoe en wanneer de inwoner de toestemming introk.",
    )


def _visible_resident(request: HttpRequest, resident_id: int) -> Resident:
    resident = get_object_or_404(residents_visible_to(request.user), pk=resident_id)
    if request.method == "POST":
        # Break-the-glass is for reading only.
        refuse_change_under_emergency(request.user, resident_id=resident.pk)
    return resident


def recipients_for(resident: Resident):
    """Organisations working in the municipality of the resident's household (all, without one)."""
    membership = current_membership(resident)
    organisations = Organisation.objects.order_by("name")
    if membership is not None:
        organisations = organisations.filter(municipalities=membership.household.municipality_id)
    return organisations


def _resident_url(resident: Resident) -> str:
    return reverse("people:resident_detail", args=[resident.pk]) + "#toestemmingen"


def _page(request, template, **context):
    def page(form, status):
        return render(request, template, {"form": form, **context}, status=status)

    return page


@login_required
def consent_record(request: HttpRequest, resident_id: int) -> HttpResponse:
    resident = _visible_resident(request, resident_id)
    form = ConsentForm(
        posted(request), organisations=recipients_for(resident), initial={"given_on": timezone.localdate()}
    )
    return run_service(
        request,
        form,
        services.consent_record,
        page=_page(request, "privacy/consent/record.html", resident=resident),
        arguments=lambda form: {"resident": resident, **form.cleaned_data},
        success="De toestemming is vastgelegd.",
        redirect_to=_resident_url(resident),
    )


@login_required
def consent_withdraw(request: HttpRequest, consent_id: int) -> HttpResponse:
    consent = get_object_or_404(
        Consent.objects.select_related("resident", "organisation").filter(
            resident__in=residents_visible_to(request.user)
        ),
        pk=consent_id,
    )
    if request.method == "POST":
        refuse_change_under_emergency(request.user, resident_id=consent.resident_id)
    return run_service(
        request,
        WithdrawForm(posted(request)),
        services.consent_withdraw,
        page=_page(request, "privacy/consent/withdraw.html", resident=consent.resident, consent=consent),
        arguments=lambda form: {"consent": consent, **form.cleaned_data},
        success="De toestemming is ingetrokken. Dit geldt meteen.",
        redirect_to=_resident_url(consent.resident),
    )
