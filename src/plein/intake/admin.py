"""Triage rules for functional admins. Requests are personal data and deliberately not in the admin."""

from django import forms
from django.contrib import admin

from plein.intake.models import TriageRule


class TriageRuleAdminForm(forms.ModelForm):
    class Meta:
        model = TriageRule
        fields = [
            "municipality",
            "order",
            "name",
            "active",
            "min_life_domains",
            "max_life_domains",
            "life_domains",
            "districts",
            "urgency",
            "source",
            "minors_involved",
            "route_to",
            "team_kind",
            "team",
            "propose_case_conference",
            "explanation",
        ]

    def clean(self):
        data = super().clean()
        municipality, districts = data.get("municipality"), data.get("districts")
        if municipality and districts and any(d.municipality_id != municipality.id for d in districts):
            self.add_error("districts", "Een regel geldt alleen voor wijken van zijn eigen gemeente.")
        return data


@admin.register(TriageRule)
class TriageRuleAdmin(admin.ModelAdmin):
    form = TriageRuleAdminForm
    list_display = ["municipality", "order", "name", "active", "route_to"]
    list_display_links = ["name"]
    list_filter = ["municipality", "active", "route_to"]
    list_select_related = ["municipality"]
    search_fields = ["name"]
    ordering = ["municipality__name", "order", "id"]
    filter_horizontal = ["life_domains", "districts"]
    fieldsets = [
        (None, {"fields": ["municipality", "order", "name", "active"]}),
        (
            "Wanneer (lege voorwaarden passen altijd)",
            {
                "fields": [
                    ("min_life_domains", "max_life_domains"),
                    "life_domains",
                    "districts",
                    "urgency",
                    "source",
                    "minors_involved",
                ]
            },
        ),
        (
            "Wat",
            {"fields": ["route_to", "team_kind", "team", "propose_case_conference", "explanation"]},
        ),
    ]
