"""Settings, all read from the environment (``PLEIN_*``).

Production is the default: DEBUG is off, cookies are secure, HSTS is on and there is no
default secret key. ``plein.conf.demo`` and ``plein.conf.test`` relax this for the
one-command demo and the test suite only.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

SRC_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(os.environ.get("PLEIN_BASE_DIR", Path.cwd()))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("PLEIN_DEBUG", False)

SECRET_KEY = os.environ.get("PLEIN_SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "PLEIN_SECRET_KEY is not set. Generate one with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )

ALLOWED_HOSTS = env_list("PLEIN_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("PLEIN_CSRF_TRUSTED_ORIGINS")

# Demo logins are created only where this is on: never in production.
PLEIN_DEMO = False

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rules.apps.AutodiscoverRulesConfig",
    "csp",
    "ninja",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "axes",
    # Two-factor authentication: authenticator apps (TOTP) and one-time backup codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Change history of the records that hold personal data (who changed which field when).
    "simple_history",
    "plein.core",
    "plein.areas",
    "plein.people",
    "plein.intake",
    "plein.directory",
    "plein.cases",
    "plein.decisions",
    "plein.privacy",
    "plein.monitoring",
    "plein.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Sets request.user.otp_device / is_verified() from the session (two-factor authentication).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages: it logs out an idle session and says why on the login page.
    "plein.core.sessions.IdleTimeoutMiddleware",
    "plein.core.two_factor.RequireTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Hands the request to django-simple-history, so a history row records who made the change.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the Dutch lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "plein.urls"

# Background work (django-tasks, the backport of Django 6's Tasks API): tasks are stored in the
# database and run by `plein db_worker` processes, separate from the web processes.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
WSGI_APPLICATION = "plein.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "plein.core.context_processors.navigation",
                "plein.directory.context_processors.portal",
            ],
        },
    },
]


def database(url: str) -> dict:
    """One DATABASES entry from a URL, with Plein's settings for its engine."""
    config = dj_database_url.parse(
        url,
        conn_max_age=int(os.environ.get("PLEIN_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets the demo server read while a seed or a request writes.
        config["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
        config["CONN_MAX_AGE"] = 0
    elif config["ENGINE"] == "django.db.backends.postgresql":
        # JIT compilation pays off for long analytical queries, not for a web page's short ones: the
        # benchmark measured 350-480 ms of JIT on a single search. Reports can turn it on per session.
        config.setdefault("OPTIONS", {})["options"] = "-c jit=off"
    return config


DATABASES = {
    "default": database(os.environ.get("PLEIN_DATABASE_URL", f"sqlite:///{BASE_DIR / 'plein.sqlite3'}"))
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The access log writes over a second connection to the same database, in autocommit, so an
    # entry survives a rollback of the request's transaction (plein.privacy.access_log).
    DATABASES["access_log"] = {
        **DATABASES["default"],
        "OPTIONS": dict(DATABASES["default"]["OPTIONS"]),
        "TEST": {"MIRROR": "default"},
    }
# An optional read replica: a streaming copy of the primary (docs/deployment.md). Only reads inside
# plein.core.replica.reporting_reads() go there (monitoring's aggregates); every other read and every
# write uses "default". Tests run with these settings see the primary through it.
if os.environ.get("PLEIN_REPLICA_DATABASE_URL"):
    DATABASES["replica"] = {
        **database(os.environ["PLEIN_REPLICA_DATABASE_URL"]),
        "TEST": {"MIRROR": "default"},
    }

# "access_log" on PostgreSQL; on SQLite a second connection would wait for the request's write lock.
ACCESS_LOG_DATABASE = "access_log" if "access_log" in DATABASES else "default"
# Years the access log is kept before `plein purge_access_log` deletes it (NEN 7513: 5).
PLEIN_ACCESS_LOG_YEARS = int(os.environ.get("PLEIN_ACCESS_LOG_YEARS", "5"))
# The alias reporting reads go to; None: there is no replica and every read uses "default".
REPLICA_DATABASE = "replica" if "replica" in DATABASES else None
# The access log's router first: its entries never go to the replica, not even inside reporting_reads().
DATABASE_ROUTERS = ["plein.privacy.access_log.AccessLogRouter", "plein.core.replica.ReplicaRouter"]
# Break-the-glass (noodtoegang, plein.privacy.break_the_glass): how many hours an emergency access
# to a household outside one's need-to-know lasts, unless ended earlier.
PLEIN_BREAK_THE_GLASS_HOURS = int(os.environ.get("PLEIN_BREAK_THE_GLASS_HOURS", "4"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "people.Professional"

AUTHENTICATION_BACKENDS = [
    # First: refuses a login while the username is locked out from this address (django-axes).
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (BIO): after 5 failed attempts for a username from one address that combination
# is locked for 15 minutes. Locking the username alone would let anyone lock a colleague out.
AXES_FAILURE_LIMIT = int(os.environ.get("PLEIN_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("PLEIN_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Axes would log the username and address of every failed attempt; its database table keeps them.
AXES_VERBOSE = False

# --- two-factor authentication (django-otp; plein.core.two_factor) ---------------------------------
# On: every professional passes an authenticator-app code (or a backup code) before any work page.
# Reading the access log and the other most sensitive pages ask for it whatever this says.
PLEIN_REQUIRE_2FA = env_bool("PLEIN_REQUIRE_2FA", True)
OTP_TOTP_ISSUER = "Plein"
# A functional admin may see the device lists in the admin, never the keys.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# A session idle this long is logged out (BIO); SESSION_COOKIE_AGE stays the absolute maximum.
PLEIN_SESSION_IDLE_MINUTES = int(os.environ.get("PLEIN_SESSION_IDLE_MINUTES", "30"))

# --- optional single sign-on (OpenID Connect; plein.core.oidc, docs/deployment.md) -------------------
PLEIN_OIDC_ENABLED = bool(os.environ.get("PLEIN_OIDC_RP_CLIENT_ID"))
# Only when the identity provider enforces MFA itself: its login then counts as Plein's second factor.
PLEIN_OIDC_SATISFIES_2FA = PLEIN_OIDC_ENABLED and env_bool("PLEIN_OIDC_SATISFIES_2FA", False)
if PLEIN_OIDC_ENABLED:
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.append("plein.core.oidc.ExistingProfessionalBackend")
    OIDC_RP_CLIENT_ID = os.environ["PLEIN_OIDC_RP_CLIENT_ID"]
    OIDC_RP_CLIENT_SECRET = os.environ.get("PLEIN_OIDC_RP_CLIENT_SECRET", "")
    OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("PLEIN_OIDC_OP_AUTHORIZATION_ENDPOINT", "")
    OIDC_OP_TOKEN_ENDPOINT = os.environ.get("PLEIN_OIDC_OP_TOKEN_ENDPOINT", "")
    OIDC_OP_USER_ENDPOINT = os.environ.get("PLEIN_OIDC_OP_USER_ENDPOINT", "")
    OIDC_OP_JWKS_ENDPOINT = os.environ.get("PLEIN_OIDC_OP_JWKS_ENDPOINT") or None
    OIDC_RP_SIGN_ALGO = os.environ.get("PLEIN_OIDC_RP_SIGN_ALGO", "RS256")
    OIDC_RP_SCOPES = os.environ.get("PLEIN_OIDC_RP_SCOPES", "openid email profile")
    OIDC_USE_PKCE = True
    # Roles are given in Plein: an unknown person is refused, never created.
    OIDC_CREATE_USER = False
    PLEIN_OIDC_MATCH_CLAIM = os.environ.get("PLEIN_OIDC_MATCH_CLAIM", "email")
    # mozilla-django-oidc redirects to this literally; the login page then says the sign-on failed.
    LOGIN_REDIRECT_URL_FAILURE = "/inloggen/?sso=mislukt"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# The interface is Dutch for everyone; an English catalogue (and LocaleMiddleware) can follow.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [SRC_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("PLEIN_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

# --- security: safe by default ---------------------------------------------------------------
SESSION_COOKIE_SECURE = env_bool("PLEIN_SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("PLEIN_SESSION_SECONDS", str(8 * 3600)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_SSL_REDIRECT = env_bool("PLEIN_SSL_REDIRECT", True)
# /health is probed by load balancers over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^health$"]
SECURE_HSTS_SECONDS = int(os.environ.get("PLEIN_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading binds every subdomain of the municipality's domain to HTTPS for years: the domain
# owner decides, so it is opt-in and Django's reminder about it is silenced.
SECURE_HSTS_PRELOAD = env_bool("PLEIN_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("PLEIN_BEHIND_PROXY") else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Logs carry no personal data: only ids and technical facts (see docs/architecture.md).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PLEIN_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # WeasyPrint and fontTools log every font subset at INFO while a letter is printed.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

NINJA_PAGINATION_PER_PAGE = 50

# The public forms' rate limit counts in the cache. Local memory counts per web process; with
# several processes set PLEIN_CACHE=database and run `plein createcachetable` once, so that every
# process shares one count.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("PLEIN_CACHE") == "database":
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "plein_cache"}
    }

# Requests per minute per client to the public social-map API (/api/v1/social-map/, /api/v1/hsds/).
PUBLIC_API_RATE_LIMIT = int(os.environ.get("PLEIN_PUBLIC_API_RATE_LIMIT", "120"))

# --- e-mail: notifications to professionals (reference and link only, never personal data) -----
EMAIL_BACKEND = os.environ.get("PLEIN_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("PLEIN_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("PLEIN_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("PLEIN_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("PLEIN_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("PLEIN_EMAIL_USE_TLS", False)
# E-mails are sent after the request's transaction commits, inside the web request: never hang on SMTP.
EMAIL_TIMEOUT = int(os.environ.get("PLEIN_EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("PLEIN_DEFAULT_FROM_EMAIL", "plein@localhost")
