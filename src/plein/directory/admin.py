"""The social map for functional admins. Directory editors work in the work UI (/sociale-kaart/),
where the services apply the rules; the admin is for repairs and for looking things up."""

from django.contrib import admin
from django.db import models, transaction

from plein.directory import search
from plein.directory.models import HsdsImport, Portal, Service, Story, SynonymGroup


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
    search_fields = ["name", "description", "keywords", "organisation__name"]
    filter_horizontal = ["life_domains", "districts"]
    list_select_related = ["organisation", "municipality"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = ["hsds_id", "last_verified_on", "last_verified_by", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {"fields": ["name", "organisation", "municipality", "description", "keywords", "life_domains"]},
        ),
        ("Plek op de ladder en toegang", {"fields": ["level", "free_access", "cost", "how_to_apply"]}),
        ("Voor wie en waar", {"fields": ["target_group", "min_age", "max_age", "districts"]}),
        (
            "Contact en adres",
            {
                "fields": [
                    "phone",
                    "email",
                    "website",
                    "street_address",
                    "postcode",
                    "city",
                    "languages",
                    "accessibility",
                ]
            },
        ),
        ("Beheer", {"fields": ["active", *readonly_fields]}),
    ]

    # The residents' search follows every change made here too.

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        search.index_services([form.instance.pk])

    def delete_model(self, request, obj):
        self._leave_search([obj.pk])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        self._leave_search(list(queryset.values_list("pk", flat=True)))
        super().delete_queryset(request, queryset)

    @staticmethod
    def _leave_search(service_ids: list[int]) -> None:
        # Deactivated first, so the index subtracts their words from the vocabulary's counts; the
        # admin deletes in one transaction, so a refused delete leaves them as they were.
        Service.objects.filter(pk__in=service_ids).update(active=False)
        search.index_services(service_ids)


@admin.register(SynonymGroup)
class SynonymGroupAdmin(admin.ModelAdmin):
    list_display = ["words", "note", "updated_at"]
    search_fields = ["words", "note"]

    # The search reads the groups again after a change (the work UI also checks the words).

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        transaction.on_commit(search.synonyms_changed)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        transaction.on_commit(search.synonyms_changed)

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        transaction.on_commit(search.synonyms_changed)


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "municipality", "published", "published_on"]
    list_filter = ["municipality", "published"]
    search_fields = ["title", "summary"]
    filter_horizontal = ["life_domains", "services"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(Portal)
class PortalAdmin(admin.ModelAdmin):
    list_display = ["title", "municipality", "hostname"]
    # The logo is uploaded in the work UI, where its bytes are checked (no SVG, at most 200 kB).
    exclude = ["logo", "logo_content_type"]


@admin.register(HsdsImport)
class HsdsImportAdmin(admin.ModelAdmin):
    """What an import did: written by the import only."""

    list_display = ["file_name", "municipality", "state", "started_at", "created_count", "updated_count"]
    list_filter = ["municipality", "state"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
