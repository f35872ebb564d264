"""Forms of the directory editors' pages. They take the labels, help texts and simple checks of
the model fields; the services apply the rules (see ``directory.services``)."""

from collections.abc import Iterable

from django import forms
from django.db import models
from django.db.models import Q
from django.forms.models import fields_for_model, model_to_dict

from plein.core.models import LifeDomain
from plein.core.validators import normalize_postcode
from plein.directory import services
from plein.directory.models import Portal, Service, Story, SynonymGroup
from plein.directory.selectors import organisations_for_editor
from plein.people.models import Organisation

MAX_HSDS_UPLOAD_BYTES = 10 * 1024 * 1024


def _textarea(rows: int = 4) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


def _form_field(model_field: models.Field, **options) -> forms.Field | None:
    if isinstance(model_field, models.URLField):
        options.setdefault("assume_scheme", "https")  # "www.voorbeeld.nl" is https://www.voorbeeld.nl
    return model_field.formfield(**options)


def model_fields(model, fields: list[str], **options) -> type[forms.Form]:
    """A plain form with these model fields: the service, not the form, saves and validates."""
    declared = fields_for_model(model, fields=fields, formfield_callback=_form_field, **options)
    return type(f"{model.__name__}Fields", (forms.Form,), dict(declared))


def initial_from(instance, fields: Iterable[str]) -> dict:
    return model_to_dict(instance, fields=list(fields)) if instance is not None else {}


class PostcodeField(forms.Form):
    # Typed as people write it ("1701 ab"); stored without the space (the model's six characters).
    postcode = forms.CharField(label="Postcode", max_length=10, required=False)

    def clean_postcode(self) -> str:
        return normalize_postcode(self.cleaned_data["postcode"])


SERVICE_FIELDS = [
    "name",
    "organisation",
    "description",
    "keywords",
    "life_domains",
    "level",
    "free_access",
    "target_group",
    "min_age",
    "max_age",
    "districts",
    "cost",
    "how_to_apply",
    "phone",
    "email",
    "website",
    "street_address",
    "postcode",
    "city",
    "languages",
    "accessibility",
]


class ServiceForm(
    PostcodeField,
    model_fields(
        Service,
        SERVICE_FIELDS,
        widgets={
            "description": _textarea(5),
            "how_to_apply": _textarea(3),
            "life_domains": forms.CheckboxSelectMultiple,
            "districts": forms.CheckboxSelectMultiple,
        },
    ),
):
    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations_for_editor(municipality_id=municipality.pk)
        self.fields["organisation"].empty_label = "Kies een organisatie"
        self.fields["life_domains"].queryset = LifeDomain.objects.filter(active=True)
        self.fields["districts"].queryset = municipality.districts.order_by("name")


class ServiceFilterForm(forms.Form):
    """The filters above the list of services (GET); a wrong value is ignored."""

    STATUS = {"actief": True, "niet-actief": False}

    tekst = forms.CharField(label="Naam van dienst of organisatie", required=False, max_length=100)
    niveau = forms.TypedChoiceField(
        label="Niveau", choices=[("", "Alle niveaus"), *Service.Level.choices], coerce=int, required=False
    )
    leefgebied = forms.ModelChoiceField(
        label="Leefgebied",
        queryset=LifeDomain.objects.filter(active=True),
        to_field_name="code",
        empty_label="Alle leefgebieden",
        required=False,
    )
    status = forms.ChoiceField(
        label="Status",
        choices=[("", "Actief en niet actief"), ("actief", "Actief"), ("niet-actief", "Niet actief")],
        required=False,
    )

    def show_counts(self, per_level: dict[int, int]) -> None:
        self.fields["niveau"].choices = [
            ("", "Alle niveaus"),
            *((value, f"{label} ({per_level[value]})") for value, label in Service.Level.choices),
        ]

    def filters(self) -> dict:
        """The arguments of ``selectors.services_for_editor``."""
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "text": data.get("tekst", ""),
            "level": data.get("niveau") if data.get("niveau") != "" else None,
            "life_domain_code": data["leefgebied"].code if data.get("leefgebied") else None,
            "active": self.STATUS.get(data.get("status", "")),
        }


ORGANISATION_FIELDS = list(services.ORGANISATION_FIELDS)


class OrganisationForm(
    PostcodeField,
    model_fields(Organisation, ORGANISATION_FIELDS, widgets={"description": _textarea(4)}),
):
    pass


STORY_FIELDS = ["title", "slug", "summary", "body", "life_domains", "services", "published"]


class StoryForm(
    model_fields(
        Story,
        STORY_FIELDS,
        widgets={
            "body": _textarea(12),
            "life_domains": forms.CheckboxSelectMultiple,
            "services": forms.CheckboxSelectMultiple,
        },
        help_texts={"slug": "Leeg: wordt gemaakt uit de titel. Alleen kleine letters, cijfers en streepjes."},
    )
):
    def __init__(self, *args, municipality, story=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slug"].required = False
        self.fields["life_domains"].queryset = LifeDomain.objects.filter(active=True)
        # The story's own services stay choosable when they became inactive: saving keeps them.
        in_story = Q(stories=story) if story is not None else Q(pk__in=[])
        self.fields["services"].queryset = (
            Service.objects.filter(Q(active=True) | in_story, municipality=municipality)
            .distinct()
            .order_by("name")
        )


SYNONYM_FIELDS = ["words", "note"]


class SynonymGroupForm(
    model_fields(
        SynonymGroup,
        SYNONYM_FIELDS,
        widgets={"words": _textarea(3)},
        help_texts={
            "words": "Gescheiden door komma's, bijvoorbeeld: geldzorgen, schulden, rood staan. "
            "Ook woordgroepen mogen."
        },
    )
):
    pass


PORTAL_FIELDS = list(services.PORTAL_FIELDS)


class PortalForm(
    model_fields(
        Portal,
        PORTAL_FIELDS,
        widgets={"intro": _textarea(3)},
        # Typed or pasted from the municipality's house style, as #rrggbb.
        help_texts={
            "colour_primary": "Zes tekens na een #, bijvoorbeeld #1a5f8c. "
            "Voor de balk bovenaan en de knoppen.",
            "colour_primary_text": "Bijvoorbeeld #ffffff (wit).",
            "colour_accent": "Voor accenten zoals de streep onder de balk, bijvoorbeeld #ffbc2c.",
        },
    )
):
    logo = forms.FileField(
        label="Nieuw logo",
        required=False,
        help_text="PNG, JPEG of WebP, hoogstens 200 kB.",
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
    )
    remove_logo = forms.BooleanField(label="Logo weghalen", required=False)

    def arguments(self) -> dict:
        """The arguments of ``services.portal_save``."""
        data = dict(self.cleaned_data)
        return {"logo": data.pop("logo"), "remove_logo": data.pop("remove_logo"), "data": data}


class HsdsImportForm(forms.Form):
    file = forms.FileField(
        label="Bestand (JSON)",
        help_text="Een export in Open Referral HSDS 3.0, hoogstens 10 MB.",
        widget=forms.FileInput(attrs={"accept": "application/json,.json"}),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        if file.size > MAX_HSDS_UPLOAD_BYTES:
            size = f"{file.size / 1024 / 1024:.1f}".replace(".", ",")
            raise forms.ValidationError(f"Het bestand is {size} MB; het mag hoogstens 10 MB zijn.")
        return file
