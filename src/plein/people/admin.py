"""Organisations and professionals in the admin; residents and households deliberately not."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from plein.people.models import ApiToken, Organisation, Professional


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
    search_fields = ["username", "first_name", "last_name", "email"]

    def get_readonly_fields(self, request, obj=None):
        # Roles come from memberships (which sync the groups); only a superuser hands out
        # superuser or staff rights, so a functional admin cannot raise their own privileges.
        readonly = ["groups", "last_login", "date_joined"]
        if not request.user.is_superuser:
            readonly += ["is_superuser", "is_staff", "user_permissions"]
        return readonly


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are issued with `plein api_token`; here they can only be seen and revoked (deleted)."""

    list_display = ["professional", "created_at", "last_used_at"]
    list_select_related = ["professional"]
    fields = ["professional", "created_at", "last_used_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
