"""Organisations and professionals in the admin; residents and households deliberately not."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from plein.people.models import Organisation, Professional


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "agb_code"]
    list_filter = ["kind"]
    search_fields = ["name", "agb_code"]
    filter_horizontal = ["municipalities"]


@admin.register(Professional)
class ProfessionalAdmin(UserAdmin):
    fieldsets = [
        *UserAdmin.fieldsets,
        ("Werk", {"fields": ["job_title", "phone"]}),
    ]
    list_display = ["username", "first_name", "last_name", "email", "is_active"]
