from plein.privacy import admin_retention  # noqa: F401
