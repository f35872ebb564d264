"""Optional single sign-on through the municipality's identity provider (OpenID Connect, with
mozilla-django-oidc). Switched on by setting ``PLEIN_OIDC_RP_CLIENT_ID``; see docs/deployment.md.

The identity provider says who someone is; Plein says what they may do. So a sign-on logs in only a
professional who already exists in Plein (roles come from memberships given here) and is active:
it never creates a user.
"""

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from plein.core.two_factor import OIDC_VERIFIED_SESSION_KEY

BACKEND_PATH = "plein.core.oidc.ExistingProfessionalBackend"


class ExistingProfessionalBackend(OIDCAuthenticationBackend):
    """Matches the claim named by ``PLEIN_OIDC_MATCH_CLAIM`` ("email", the default, or e.g.
    "preferred_username") with the professional's e-mail address or username."""

    @property
    def match_claim(self) -> str:
        return getattr(settings, "PLEIN_OIDC_MATCH_CLAIM", "email")

    def verify_claims(self, claims) -> bool:
        return bool(claims.get(self.match_claim))

    def filter_users_by_claims(self, claims):
        value = claims.get(self.match_claim)
        if not value:
            return self.UserModel.objects.none()
        field = "email__iexact" if self.match_claim == "email" else "username"
        return self.UserModel.objects.filter(is_active=True, **{field: value})

    def create_user(self, claims):
        # Never reached while OIDC_CREATE_USER is False; refuse anyway should someone turn it on.
        return None

    def update_user(self, user, claims):
        # Names and e-mail are kept in Plein; the sign-on does not overwrite them.
        return user


@receiver(user_logged_in)
def mark_sign_on_as_two_factor(sender, request, user, **kwargs) -> None:
    """With ``PLEIN_OIDC_SATISFIES_2FA`` the identity provider's MFA counts as Plein's second factor."""
    if request is None or getattr(user, "backend", None) != BACKEND_PATH:
        return
    if getattr(settings, "PLEIN_OIDC_SATISFIES_2FA", False):
        request.session[OIDC_VERIFIED_SESSION_KEY] = True
