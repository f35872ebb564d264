"""Reference data of cases for functional admins: who may be regiehouder, and when teams meet.

Cases themselves (assessments, plans, contacts, safety concerns) are special-category personal data
and deliberately not in the admin.
"""

from django.contrib import admin

from plein.cases.models import ConferenceSchedule, CoordinatorRule


@admin.register(CoordinatorRule)
class CoordinatorRuleAdmin(admin.ModelAdmin):
    list_display = ["municipality", "order", "name", "condition", "required_role", "active"]
    list_display_links = ["name"]
    list_filter = ["municipality", "active", "condition", "required_role"]
    list_select_related = ["municipality"]
    search_fields = ["name"]
    ordering = ["municipality__name", "order", "id"]
    fields = ["municipality", "order", "name", "condition", "required_role", "active"]


@admin.register(ConferenceSchedule)
class ConferenceScheduleAdmin(admin.ModelAdmin):
    list_display = ["team", "weekday", "starts_at", "duration_minutes", "every_weeks", "location"]
    list_filter = ["team__municipality", "weekday"]
    list_select_related = ["team__municipality"]
    search_fields = ["team__name", "location"]
    ordering = ["team__municipality__name", "team__name"]
    fields = ["team", "weekday", "starts_at", "duration_minutes", "every_weeks", "location"]
