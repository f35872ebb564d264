"""Reference data of core for functional admins: a municipality's own legal terms."""

from django.contrib import admin

from plein.core.models import LegalTermSetting


@admin.register(LegalTermSetting)
class LegalTermSettingAdmin(admin.ModelAdmin):
    list_display = ["municipality", "term", "weeks"]
    list_filter = ["municipality", "term"]
    list_select_related = ["municipality"]
    ordering = ["municipality__name", "term"]
    fields = ["municipality", "term", "weeks"]
