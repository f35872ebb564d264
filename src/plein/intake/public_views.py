"""Public pages of intake (no login): "Stel je vraag" and "Geef een signaal door".

Abuse protection without third-party services: a honeypot field, a rate limit per client kept in
Django's cache, and an idempotency token so a double click registers one request. Confirmation
pages show only the reference, the team's name and what happens next: never the question or any
personal data.
"""

import re

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from plein.areas.selectors import memberships_of
from plein.core.forms import add_service_errors
from plein.core.rate_limit import RateLimit
from plein.intake.models import Request
from plein.intake.public_forms import AskForm, SignalForm
from plein.intake.services import (
    REFERENCE_ALPHABET,
    WMO_STEPS,
    new_reference,
    request_record_wmo_step,
    request_register,
)

SUBMISSIONS = RateLimit("intake-public", limit=5, window_seconds=10 * 60)
# What the confirmation page promises. A municipality's service norm; change it here.
PROMISED_WORKING_DAYS = 5

REFERENCE_PATTERN = re.compile(rf"^V-[{REFERENCE_ALPHABET}]{{8}}$")
SIGNAL_CHANNELS = (Request.Channel.PROFESSIONAL_SIGNAL, Request.Channel.ENVIRONMENT_SIGNAL)


def _render_form(request, template, form, *, status=200, rate_limited=False, **context):
    return render(request, template, {"form": form, "rate_limited": rate_limited, **context}, status=status)


@require_http_methods(["GET", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
    template = "intake/public/ask.html"
    if request.method != "POST":
        return _render_form(request, template, AskForm())
    form = AskForm(request.POST)
    if SUBMISSIONS.exceeded(request):
        return _render_form(request, template, form, status=429, rate_limited=True)
    if not form.is_valid():
        return _render_form(request, template, form)
    SUBMISSIONS.count(request)
    if form.is_spam:
        # A reference that looks real and refers to nothing: the bot learns nothing.
        return redirect("intake_public:ask_received", reference=new_reference())
    data = form.cleaned_data
    myself = data["about"] == AskForm.MYSELF
    has_contact = bool(data["phone"] or data["email"])
    try:
        created = request_register(
            channel=Request.Channel.WEB,
            source=Request.Source.RESIDENT if myself else Request.Source.NETWORK,
            actor=None,
            question=data["question"],
            life_domains=data["life_domains"],
            person_description=data["name"] if myself else data["person_description"],
            reporter_name="" if myself else data["name"],
            postcode=data["postcode"],
            house_number=data["house_number"],
            urgency=Request.Urgency.URGENT if data["urgency"] == AskForm.URGENT else Request.Urgency.NORMAL,
            contact_consent=data["contact_consent"] and has_contact,
            contact_preference=data["contact_preference"] if has_contact else Request.ContactPreference.NONE,
            contact_phone=data["phone"],
            contact_email=data["email"],
            # A resident who asks the municipality for support makes a Wmo melding (Wmo 2015 art.
            # 2.3.2): that starts the 6-week investigation term. The web form has no other purpose,
            # so every web question counts; the team closes it as "answered" when less is needed.
            is_wmo_melding=True,
            idempotency_key=f"web-ask:{data['token']}",
        )
    except ValidationError as error:
        _add_service_errors(form, error)
        return _render_form(request, template, form)
    # The confirmation page confirms receipt and tells about free client support and the personal
    # plan, as Wmo 2015 art. 2.3.2 asks: record that it was done.
    for step in WMO_STEPS:
        request_record_wmo_step(actor=None, request=created, step=step)
    return redirect("intake_public:ask_received", reference=created.reference)


@require_http_methods(["GET", "POST"])
def signal(request: HttpRequest) -> HttpResponse:
    template = "intake/public/signal.html"
    professional = request.user.is_authenticated
    membership = memberships_of(request.user).first() if professional else None
    context = {"professional": professional, "organisation": membership.organisation if membership else None}
    if request.method != "POST":
        initial = {}
        if professional:
            initial = {"reporter_name": request.user.get_full_name(), "reporter_email": request.user.email}
        return _render_form(
            request, template, SignalForm(initial=initial, professional=professional), **context
        )
    form = SignalForm(request.POST, professional=professional)
    if SUBMISSIONS.exceeded(request):
        return _render_form(request, template, form, status=429, rate_limited=True, **context)
    if not form.is_valid():
        return _render_form(request, template, form, **context)
    SUBMISSIONS.count(request)
    if form.is_spam:
        return redirect("intake_public:signal_received", reference=new_reference())
    data = form.cleaned_data
    try:
        created = request_register(
            channel=Request.Channel.PROFESSIONAL_SIGNAL
            if professional
            else Request.Channel.ENVIRONMENT_SIGNAL,
            source=Request.Source.PROFESSIONAL if professional else Request.Source.NETWORK,
            source_organisation=context["organisation"],
            actor=request.user if professional else None,
            question=data["noticed"],
            person_description=data["person_description"],
            postcode=data["postcode"],
            house_number=data["house_number"],
            minors_involved=data["minors"] == "yes",
            resident_knows=SignalForm.yes_no_unknown(data["resident_knows"]),
            reporter_name=data["reporter_name"],
            reporter_phone=data["reporter_phone"],
            reporter_email=data["reporter_email"],
            # A signal is not the resident's own melding: the Wmo term starts when they ask for support.
            is_wmo_melding=False,
            idempotency_key=f"web-signal:{data['token']}",
        )
    except ValidationError as error:
        _add_service_errors(form, error)
        return _render_form(request, template, form, **context)
    return redirect("intake_public:signal_received", reference=created.reference)


def _add_service_errors(form, error: ValidationError) -> None:
    # The signal form calls the question "noticed".
    add_service_errors(
        form, error, field_map={"question": "question" if "question" in form.fields else "noticed"}
    )


def _received(request: HttpRequest, reference: str, *, channels, template: str) -> HttpResponse:
    if not REFERENCE_PATTERN.match(reference):
        raise Http404
    found = (
        Request.objects.filter(reference=reference, channel__in=channels)
        .select_related("team")
        .only("reference", "team__name", "contact_preference", "reporter_phone", "reporter_email")
        .first()
    )
    # An unknown reference (a filled-in honeypot) gets the same plain page as the central queue, so
    # a bot cannot tell it was caught. The page holds nothing personal either way.
    context = {
        "reference": reference,
        "team_name": found.team.name if found and found.team else "",
        "can_contact": (
            found is None
            or found.contact_preference != Request.ContactPreference.NONE
            or bool(found.reporter_phone or found.reporter_email)
        ),
        "working_days": PROMISED_WORKING_DAYS,
    }
    response = render(request, template, context)
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET"])
def ask_received(request: HttpRequest, reference: str) -> HttpResponse:
    return _received(
        request, reference, channels=(Request.Channel.WEB,), template="intake/public/ask_received.html"
    )


@require_http_methods(["GET"])
def signal_received(request: HttpRequest, reference: str) -> HttpResponse:
    return _received(
        request, reference, channels=SIGNAL_CHANNELS, template="intake/public/signal_received.html"
    )
