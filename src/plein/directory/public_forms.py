"""Forms of the public portal (no login): searching the social map and finding the team nearby.

Both are GET forms, so a search or a team can be bookmarked and shared. Plain Dutch (B1); whatever
a resident types is kept and shown back (escaped) when something is not right.
"""

import re

from django import forms
from django.urls import reverse_lazy

from plein.core.models import LifeDomain
from plein.directory.search import MAX_QUERY_LENGTH, SearchFilters
from plein.people.forms import PostcodeField

# The ZRM names are professionals' words; residents look for these.
PLAIN_DOMAIN_NAMES = {
    "finances": "Geld en schulden",
    "work_education": "Werk en opleiding",
    "daytime_activities": "Dagbesteding en vrije tijd",
    "housing": "Wonen",
    "domestic_relations": "Gezin en relaties",
    "mental_health": "Psychische gezondheid",
    "physical_health": "Gezondheid en beperking",
    "substance_use": "Alcohol, drugs en gokken",
    "basic_adl": "Persoonlijke verzorging",
    "instrumental_adl": "Huishouden en boodschappen",
    "social_network": "Contact met anderen",
    "community_participation": "Meedoen in de buurt",
    "justice": "Politie en justitie",
}
MAX_AGE = 120
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HOUSE_NUMBER = re.compile(r"^\s*([0-9]{1,5})")


def plain_domain_name(domain: LifeDomain) -> str:
    return PLAIN_DOMAIN_NAMES.get(domain.code, domain.name)


class QueryField(forms.CharField):
    """Free text to search for. Anything goes: the search cleans it; unprintable characters (a NUL
    byte pasted along) are dropped here, so they never turn a search into an error."""

    def to_python(self, value):
        return _UNPRINTABLE.sub("", super().to_python(value))

    def bound_data(self, data, initial):
        # Shown back in the search field as typed, minus what a page cannot hold.
        return _UNPRINTABLE.sub("", data) if isinstance(data, str) else data


class SearchForm(forms.Form):
    q = QueryField(
        label="Waar zoekt u hulp bij?",
        required=False,
        help_text="Bijvoorbeeld: boodschappen, geldzorgen of eenzaam.",
        widget=forms.TextInput(
            attrs={
                "type": "search",
                "autocomplete": "off",
                "spellcheck": "true",
                # Suggestions while typing (htmx); without JavaScript the form simply submits.
                "hx-get": reverse_lazy("portal:suggestions"),
                "hx-trigger": "input changed delay:300ms, search",
                "hx-target": "#suggesties",
                "hx-sync": "this:replace",
            }
        ),
    )
    leefgebied = forms.ChoiceField(
        label="Onderwerp",
        required=False,
        error_messages={"invalid_choice": "Kies een onderwerp uit de lijst."},
    )
    wijk = forms.TypedChoiceField(
        label="Wijk",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Kies een wijk uit de lijst."},
    )
    leeftijd = forms.IntegerField(
        label="Leeftijd",
        required=False,
        min_value=0,
        max_value=MAX_AGE,
        help_text="Van wie de hulp nodig heeft, in jaren.",
        error_messages={
            "invalid": "Vul de leeftijd in cijfers in, bijvoorbeeld 67.",
            "min_value": "Vul een leeftijd van 0 of hoger in.",
            "max_value": f"Vul een leeftijd van {MAX_AGE} of lager in.",
        },
        # Text, not a number field: a browser empties a number field that holds letters.
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 4}),
    )
    vrij = forms.BooleanField(
        label="Alleen hulp zonder verwijzing of beschikking",
        required=False,
        widget=forms.CheckboxInput(attrs={"value": "1"}),  # ?vrij=1 in the link, not "on"
    )
    # Not typed by anyone: a wrong page number quietly becomes the first page.
    pagina = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, data, *, domains, districts):
        super().__init__(data)
        self.fields["leefgebied"].choices = [("", "Alle onderwerpen")] + [
            (domain.code, plain_domain_name(domain)) for domain in domains
        ]
        self.fields["wijk"].choices = [("", "Alle wijken")] + [
            (district.pk, district.name) for district in districts
        ]

    def clean_pagina(self) -> int:
        value = self.cleaned_data.get("pagina") or ""
        return max(1, int(value)) if value.isdigit() and len(value) < 6 else 1

    def value(self, name: str):
        """The cleaned value of a field, or its empty value when it was not valid."""
        self.is_valid()
        return self.cleaned_data.get(name)

    @property
    def query(self) -> str:
        return self.value("q") or ""

    @property
    def page(self) -> int:
        return self.value("pagina") or 1

    @property
    def truncated(self) -> bool:
        return len(self.query) > MAX_QUERY_LENGTH

    @property
    def filters(self) -> SearchFilters:
        domain = self.value("leefgebied")
        return SearchFilters(
            life_domain_codes=(domain,) if domain else (),
            district_id=self.value("wijk"),
            age=self.value("leeftijd"),
            free_access_only=bool(self.value("vrij")),
        )

    @property
    def has_filters(self) -> bool:
        return any(self.data.get(name) for name in ("leefgebied", "wijk", "leeftijd", "vrij"))


class TeamForm(forms.Form):
    postcode = PostcodeField(
        error_messages={
            "required": "Vul uw postcode in, bijvoorbeeld 1701 AB.",
            "max_length": "Een postcode heeft vier cijfers en twee letters, bijvoorbeeld 1701 AB.",
        }
    )
    huisnummer = forms.CharField(
        label="Huisnummer",
        required=False,
        max_length=10,
        error_messages={"max_length": "Een huisnummer is hoogstens 10 tekens lang, bijvoorbeeld 12a."},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 6}),
    )

    def clean_huisnummer(self) -> int | None:
        value = self.cleaned_data["huisnummer"]
        if not value:
            return None
        match = _HOUSE_NUMBER.match(value)
        if not match or int(match.group(1)) < 1:
            raise forms.ValidationError("Een huisnummer begint met een cijfer, bijvoorbeeld 12 of 12a.")
        return int(match.group(1))
