"""The social map for functional admins (the directory issue brings an editor in the work UI)."""

from django.contrib import admin

from plein.directory.models import Service


@admin.register(Service)
class ServiceAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "organisation",
        "municipality",
        "level",
        "free_access",
        "active",
        "last_verified_on",
    ]
    list_filter = ["municipality", "level", "free_access", "active", "life_domains"]
    search_fields = ["name", "description", "organisation__name"]
    filter_horizontal = ["life_domains", "districts"]
    list_select_related = ["organisation", "municipality"]
