"""Pages of two-factor authentication: set up the app, pass a code after login, the professional's own
"Beveiliging" page (reset the app, new backup codes) and a functional admin's reset for a colleague.

Wrong codes get status 400 with the Dutch message next to the field; django-otp's throttling makes
each further try wait longer (1, 2, 4, … seconds) and the page says how long.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from plein.areas.models import Role
from plein.areas.selectors import active_memberships, scope_for
from plein.core import two_factor
from plein.core.two_factor_forms import WRONG_CODE, AppCodeForm, CodeForm, ColleagueResetForm
from plein.people.models import Professional


def _throttled_message(seconds: int) -> str:
    return f"Te veel onjuiste codes achter elkaar. Probeer het over {seconds} seconden opnieuw."


def _next(request: HttpRequest) -> str:
    return two_factor.safe_next(request, request.POST.get("next") or request.GET.get("next"))


def _with_next(name: str, next_url: str) -> str:
    from urllib.parse import urlencode

    return f"{reverse(name)}?{urlencode({'next': next_url})}"


@never_cache
@login_required
def setup(request: HttpRequest) -> HttpResponse:
    next_url = _next(request)
    if two_factor.has_app(request.user):
        # Replacing an app goes through the Beveiliging page, which asks a code of the current one.
        if two_factor.session_is_verified(request):
            return redirect("security:overview")
        return redirect(_with_next("two_factor:verify", next_url))
    device = two_factor.pending_app(request.user)
    form = AppCodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.app_confirm(request=request, device=device, code=form.cleaned_data["code"])
        except two_factor.Throttled as throttled:
            codes = None
            form.add_error("code", _throttled_message(throttled.seconds))
        if codes is not None:
            return render(request, "two_factor/backup_codes.html", {"codes": codes, "next": next_url})
        if not form.has_error("code"):
            form.add_error("code", WRONG_CODE)
        status = 400
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "two_factor/setup.html",
        {
            "form": form,
            "qr_svg": two_factor.qr_svg(device),
            "key_groups": two_factor.key_groups(device),
            "next": next_url,
        },
        status=status,
    )


@never_cache
@login_required
def verify(request: HttpRequest) -> HttpResponse:
    next_url = _next(request)
    if two_factor.session_is_verified(request):
        return redirect(next_url)
    if not two_factor.has_app(request.user):
        return redirect(_with_next("two_factor:setup", next_url))
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                device = two_factor.code_check(user=request.user, code=form.cleaned_data["code"])
            except two_factor.Throttled as throttled:
                form.add_error("code", _throttled_message(throttled.seconds))
            else:
                if device is not None:
                    two_factor.session_verify(request, device)
                    return redirect(next_url)
                form.add_error("code", WRONG_CODE)
    return render(request, "two_factor/verify.html", {"form": form, "next": next_url}, status=status)


@never_cache
@login_required
def overview(request: HttpRequest) -> HttpResponse:
    """Beveiliging: whether 2FA is set up, how many backup codes are left, and resetting it."""
    return _security_page(request, CodeForm())


def _security_page(request: HttpRequest, form: CodeForm, *, status: int = 200) -> HttpResponse:
    user = request.user
    return render(
        request,
        "two_factor/security.html",
        {
            "has_app": two_factor.has_app(user),
            "verified": two_factor.session_is_verified(request),
            "backup_codes_left": two_factor.backup_codes_left(user),
            "form": form,
            "is_functional_admin": Role.FUNCTIONAL_ADMIN in scope_for(user).roles,
        },
        status=status,
    )


@require_POST
@login_required
def reset_own(request: HttpRequest) -> HttpResponse:
    """Start again with a new app (a new phone): only with a code of the current app or a backup
    code, so someone at an unlocked screen cannot move the second factor to their own phone."""
    form = CodeForm(request.POST)
    if form.is_valid():
        try:
            device = two_factor.code_check(user=request.user, code=form.cleaned_data["code"])
        except two_factor.Throttled as throttled:
            form.add_error("code", _throttled_message(throttled.seconds))
        else:
            if device is not None:
                two_factor.two_factor_reset(professional=request.user)
                two_factor.forget_verification(request)
                messages.success(request, "Uw tweestapsverificatie is verwijderd. Stel nu uw nieuwe app in.")
                return redirect("two_factor:setup")
            form.add_error("code", WRONG_CODE)
    return _security_page(request, form, status=400)


@never_cache
@require_POST
@login_required
@two_factor.two_factor_required
def backup_codes_renew(request: HttpRequest) -> HttpResponse:
    """Ten new backup codes; the old ones stop working."""
    codes = two_factor.backup_codes_renew(user=request.user)
    return render(request, "two_factor/backup_codes.html", {"codes": codes, "next": reverse("home")})


def _functional_admin(request: HttpRequest) -> None:
    if Role.FUNCTIONAL_ADMIN not in scope_for(request.user).roles:
        raise Http404


@never_cache
@login_required
def colleague_reset(request: HttpRequest) -> HttpResponse:
    """A functional admin resets a colleague's 2FA (lost phone and backup codes): the colleague sets
    it up again at their next login. Only colleagues working in the admin's own municipalities."""
    _functional_admin(request)
    return _colleague_reset(request)


@two_factor.two_factor_required
def _colleague_reset(request: HttpRequest) -> HttpResponse:
    form = ColleagueResetForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            municipalities = scope_for(request.user).municipality_ids
            colleague = (
                Professional.objects.filter(
                    username=form.cleaned_data["username"],
                    pk__in=active_memberships()
                    .filter(municipality_id__in=municipalities)
                    .values("professional_id"),
                )
                .exclude(pk=request.user.pk)
                .first()
            )
            if colleague is None:
                form.add_error("username", "Geen collega met deze gebruikersnaam in uw gemeente.")
            else:
                two_factor.two_factor_reset(professional=colleague)
                messages.success(
                    request,
                    f"De tweestapsverificatie van {colleague.username} is verwijderd. "
                    "Bij de volgende keer inloggen stelt deze collega een nieuwe app in.",
                )
                return redirect("security:colleague_reset")
    return render(request, "two_factor/colleague_reset.html", {"form": form}, status=status)
