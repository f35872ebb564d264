"""Reference data for functional admins. Personal data (residents, households) is not in the admin."""

from django import forms
from django.contrib import admin

from plein.areas import services
from plein.areas.models import District, Membership, Municipality, Neighbourhood, PostcodeRange, Team


class DistrictInline(admin.TabularInline):
    model = District
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_code"]
    search_fields = ["name", "cbs_code"]
    inlines = [DistrictInline]


class NeighbourhoodInline(admin.TabularInline):
    model = Neighbourhood
    extra = 0


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_code", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["name", "cbs_code"]
    inlines = [NeighbourhoodInline]


@admin.register(Neighbourhood)
class NeighbourhoodAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_code", "district"]
    list_filter = ["district__municipality"]
    search_fields = ["name", "cbs_code"]


@admin.register(PostcodeRange)
class PostcodeRangeAdmin(admin.ModelAdmin):
    list_display = ["postcode", "house_number_from", "house_number_to", "neighbourhood"]
    search_fields = ["postcode"]
    list_select_related = ["neighbourhood"]
    raw_id_fields = ["neighbourhood"]


class TeamAdminForm(forms.ModelForm):
    class Meta:
        model = Team
        fields = [
            "municipality",
            "name",
            "kind",
            "districts",
            "phone",
            "email",
            "visiting_address",
            "walk_in_hours",
        ]

    def clean(self):
        data = super().clean()
        municipality, districts = data.get("municipality"), data.get("districts")
        if municipality and districts and any(d.municipality_id != municipality.id for d in districts):
            self.add_error("districts", "Een team bedient alleen wijken van zijn eigen gemeente.")
        return data


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    form = TeamAdminForm
    list_display = ["name", "kind", "municipality"]
    list_filter = ["municipality", "kind"]
    search_fields = ["name"]
    filter_horizontal = ["districts"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    """Writes go through the services, which check the team's municipality and keep role groups in sync."""

    list_display = [
        "professional",
        "role",
        "team",
        "municipality",
        "organisation",
        "hours_per_week",
        "starts_on",
        "ends_on",
    ]
    list_filter = ["role", "municipality", "team"]
    search_fields = ["professional__username", "professional__last_name"]
    list_select_related = ["professional", "team", "municipality", "organisation"]
    autocomplete_fields = ["professional"]

    def get_readonly_fields(self, request, obj=None):
        # An existing membership only ends; a changed role or team is a new membership.
        if obj is None:
            return []
        return ["professional", "role", "team", "municipality", "organisation", "hours_per_week", "starts_on"]

    def save_model(self, request, obj, form, change):
        if change:
            if obj.ends_on is not None:
                services.membership_end(membership=obj, ends_on=obj.ends_on)
            return
        saved = services.membership_add(
            **{
                field: form.cleaned_data[field]
                for field in [
                    "professional",
                    "role",
                    "organisation",
                    "starts_on",
                    "team",
                    "municipality",
                    "hours_per_week",
                    "ends_on",
                ]
            }
        )
        obj.pk = saved.pk

    def has_delete_permission(self, request, obj=None):
        return False
