"""Reference data of monitoring for functional admins: the population budgets per district and
year, the tariffs of the provisions and the municipality's hourly rate of team professionals.

Reports are not here: they are requested and read on the monitoring pages.
"""

from django.contrib import admin

from plein.monitoring.models import AreaBudget, HourlyRate, ProvisionTariff


@admin.register(AreaBudget)
class AreaBudgetAdmin(admin.ModelAdmin):
    list_display = ["district", "year", "amount"]
    list_filter = ["year", "district__municipality"]
    list_select_related = ["district", "district__municipality"]
    search_fields = ["district__name"]
    ordering = ["-year", "district__municipality__name", "district__name"]
    fields = ["district", "year", "amount"]


@admin.register(ProvisionTariff)
class ProvisionTariffAdmin(admin.ModelAdmin):
    list_display = ["provision", "valid_from", "price"]
    list_filter = ["provision__municipality", "provision__law"]
    list_select_related = ["provision", "provision__municipality"]
    search_fields = ["provision__name", "provision__product_code"]
    ordering = ["provision__municipality__name", "provision__name", "-valid_from"]
    date_hierarchy = "valid_from"
    fields = ["provision", "valid_from", "price"]


@admin.register(HourlyRate)
class HourlyRateAdmin(admin.ModelAdmin):
    list_display = ["municipality", "year", "rate"]
    list_filter = ["municipality", "year"]
    list_select_related = ["municipality"]
    ordering = ["municipality__name", "-year"]
    fields = ["municipality", "year", "rate"]
