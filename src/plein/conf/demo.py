"""The one-command demo: embedded SQLite, plain HTTP on loopback, demo logins allowed."""

import os

os.environ.setdefault("PLEIN_SECRET_KEY", "demo-only-not-secret-" + "x" * 32)
os.environ.setdefault("PLEIN_SECURE_COOKIES", "false")
os.environ.setdefault("PLEIN_SSL_REDIRECT", "false")
os.environ.setdefault("PLEIN_HSTS_SECONDS", "0")
os.environ.setdefault("PLEIN_DEBUG", "true")
# *.localhost reaches loopback too: the demo's second portal is langedijk.localhost.
os.environ.setdefault("PLEIN_ALLOWED_HOSTS", "localhost,127.0.0.1,.localhost")

from plein.conf.base import *  # noqa: F403

PLEIN_DEMO = True

# The demo's logins are public (the README lists them with their password): asking every visitor to
# set up an authenticator app first would hide the demo behind a phone. Reading the access log still
# asks for a code (the privacy officer's demo key is in the README). Tests inherit this off.
PLEIN_REQUIRE_2FA = env_bool("PLEIN_REQUIRE_2FA", False)  # noqa: F405

# The demo serves static files straight from the apps (no collectstatic step).
STATIC_ROOT = None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# Notification e-mails are printed to the console instead of sent.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo runs no worker process: background tasks run at once, in the request that enqueues them.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
