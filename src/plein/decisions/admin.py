"""Reference data of decisions for functional admins: the provision catalogue with its results and
checklist, and the municipality's letter texts.

Requests, decisions, objections and allocations are personal data and deliberately not in the admin.
"""

from django.contrib import admin

from plein.decisions.models import ChecklistItem, LetterTemplate, Provision, ProvisionResult


class ProvisionResultInline(admin.TabularInline):
    model = ProvisionResult
    extra = 1
    fields = ["order", "name"]


class ChecklistItemInline(admin.StackedInline):
    model = ChecklistItem
    extra = 1
    fields = ["order", "question", "guidance"]


@admin.register(Provision)
class ProvisionAdmin(admin.ModelAdmin):
    list_display = ["name", "law", "municipality", "product_category", "product_code", "four_eyes", "active"]
    list_filter = ["municipality", "law", "active", "four_eyes"]
    list_select_related = ["municipality"]
    search_fields = ["name", "product_code"]
    ordering = ["municipality__name", "law", "name"]
    inlines = [ProvisionResultInline, ChecklistItemInline]
    fieldsets = [
        (None, {"fields": ["municipality", "name", "law", "description", "active"]}),
        ("iStandaarden", {"fields": ["product_category", "product_code"]}),
        (
            "Omvang",
            {"fields": ["unit", "frequency", "min_extent", "max_extent", "max_months"]},
        ),
        ("Leveringsvorm", {"fields": ["in_kind", "pgb", "cash"]}),
        ("Voor wie", {"fields": ["min_age", "max_age"]}),
        ("Besluit", {"fields": ["legal_basis", "four_eyes"]}),
    ]


@admin.register(LetterTemplate)
class LetterTemplateAdmin(admin.ModelAdmin):
    list_display = ["municipality", "kind", "signatory"]
    list_filter = ["municipality", "kind"]
    list_select_related = ["municipality"]
    ordering = ["municipality__name", "kind"]
    fields = ["municipality", "kind", "opening", "closing", "objection_clause", "signatory"]
