"""Admin for the retention reference data: functional admins keep the retention periods."""

from django.contrib import admin

from plein.privacy.models import RetentionRule


@admin.register(RetentionRule)
class RetentionRuleAdmin(admin.ModelAdmin):
    list_display = [
        "record_type",
        "municipality",
        "years",
        "days",
        "legal_obligation",
        "selection_list_reference",
    ]
    list_filter = ["record_type", "municipality", "legal_obligation"]
    search_fields = ["legal_basis", "selection_list_reference"]
