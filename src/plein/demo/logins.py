"""The demo logins: one per role. Created only where ``settings.PLEIN_DEMO`` is on."""

from dataclasses import dataclass

from plein.areas.models import Role
from plein.demo import reference as ref

DEMO_PASSWORD = "plein-demo-2026"

# The privacy officer's authenticator-app key, hex as django-otp stores it. Reading the access log
# always asks for a second factor, so the demo login "privacy" has this confirmed TOTP device; its
# base32 form (in the README) goes into an authenticator app. It is the RFC 6238 test key
# ("12345678901234567890"): public on purpose, like the demo password.
DEMO_TOTP_KEY = "3132333435363738393031323334353637383930"
DEMO_TOTP_USERNAME = "privacy"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: Role
    municipality: str  # CBS code
    team: str | None  # None: a municipality-wide role
    organisation: str
    job_title: str

    @property
    def where(self) -> str:
        municipality = next(m.name for m in ref.MUNICIPALITIES if m.cbs_code == self.municipality)
        return f"{self.team} ({municipality})" if self.team else f"Gemeentebreed {municipality}"


DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin(
        "kcc", Role.FRONT_OFFICE, "GM0398", ref.KCC, ref.GEMEENTE_HEERHUGOWAARD, "Klantadviseur Sociaalplein"
    ),
    DemoLogin("generalist", Role.GENERALIST, "GM0398", ref.MET_TEAMS[0], ref.MET, "Sociaal werker"),
    DemoLogin("jgcoach", Role.YOUTH_COACH, "GM0398", ref.JGT, ref.CJG, "Jeugd- en gezinscoach"),
    DemoLogin(
        "jeugdbeschermer", Role.YOUTH_PROTECTOR, "GM0398", ref.JGT, ref.JEUGDBESCHERMING, "Jeugdbeschermer"
    ),
    DemoLogin(
        "procesregisseur",
        Role.PROCESS_DIRECTOR,
        "GM0398",
        None,
        ref.GEMEENTE_HEERHUGOWAARD,
        "Procesregisseur sociaal domein",
    ),
    DemoLogin(
        "consulent",
        Role.DECISION_OFFICER,
        "GM0398",
        ref.BACKOFFICE,
        ref.GEMEENTE_HEERHUGOWAARD,
        "Consulent Wmo",
    ),
    # A second decision officer: a four-eyes decision needs two signatures from different officers.
    DemoLogin(
        "consulent2",
        Role.DECISION_OFFICER,
        "GM0398",
        ref.BACKOFFICE,
        ref.GEMEENTE_HEERHUGOWAARD,
        "Senior consulent Wmo",
    ),
    DemoLogin("coordinator", Role.TEAM_COORDINATOR, "GM0398", ref.MET_TEAMS[0], ref.MET, "Teamcoördinator"),
    DemoLogin("partner", Role.NETWORK_PARTNER, "GM0398", None, ref.S1, "Wijkverpleegkundige"),
    DemoLogin(
        "beleid", Role.POLICY, "GM0398", None, ref.GEMEENTE_HEERHUGOWAARD, "Beleidsmedewerker sociaal domein"
    ),
    DemoLogin(
        "privacy", Role.PRIVACY_OFFICER, "GM0398", None, ref.GEMEENTE_HEERHUGOWAARD, "Privacyfunctionaris"
    ),
    DemoLogin(
        "redacteur",
        Role.DIRECTORY_EDITOR,
        "GM0398",
        None,
        ref.GEMEENTE_HEERHUGOWAARD,
        "Redacteur sociale kaart",
    ),
    DemoLogin(
        "beheer", Role.FUNCTIONAL_ADMIN, "GM0398", None, ref.GEMEENTE_HEERHUGOWAARD, "Functioneel beheerder"
    ),
    DemoLogin(
        "langedijk",
        Role.GENERALIST,
        "GM0416",
        ref.SOCIAAL_TEAM_LANGEDIJK,
        ref.GEMEENTE_LANGEDIJK,
        "Consulent sociaal team",
    ),
)
