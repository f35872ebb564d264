"""Forms for residents and households. They validate input; the services apply the rules."""

from django import forms

from plein.core.validators import normalize_bsn, normalize_postcode, validate_bsn, validate_postcode
from plein.people.models import HouseholdMembership, NetworkMember, Resident

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
DATE_HELP = "Bijvoorbeeld 17-05-1980."


class DateField(forms.DateField):
    """Accepts the Dutch day-month-year notation as well as the browser's ISO date."""

    def __init__(self, **kwargs):
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        kwargs.setdefault(
            "error_messages", {"invalid": "Vul een bestaande datum in, bijvoorbeeld 17-05-1980."}
        )
        kwargs.setdefault("widget", forms.DateInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))
        kwargs.setdefault("help_text", DATE_HELP)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return value.strftime("%d-%m-%Y") if hasattr(value, "strftime") else value


class BsnField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 11)
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", "BSN")
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = normalize_bsn(super().clean(value))
        if value:
            validate_bsn(value)
        return value


class PostcodeField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 7)
        kwargs.setdefault("label", "Postcode")
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "postal-code", "size": 7}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = normalize_postcode(super().clean(value))
        if value:
            validate_postcode(value)
        return value


class ResidentSearchForm(forms.Form):
    name = forms.CharField(
        label="Naam",
        required=False,
        max_length=100,
        help_text="Achternaam (het begin is genoeg), eventueel met voornaam.",
    )
    birth_date = DateField(label="Geboortedatum", required=False)
    bsn = BsnField()
    postcode = PostcodeField(required=False)
    house_number = forms.IntegerField(label="Huisnummer", required=False, min_value=1)

    def clean(self):
        data = super().clean()
        if not self.errors and not any(data.get(field) for field in self.fields):
            raise forms.ValidationError("Vul minstens één zoekgegeven in.")
        if data.get("house_number") and not data.get("postcode"):
            self.add_error("postcode", "Vul bij een huisnummer ook de postcode in.")
        return data


class ResidentDetailsForm(forms.Form):
    first_names = forms.CharField(label="Voornamen", max_length=200)
    name_prefix = forms.CharField(label="Tussenvoegsel", max_length=20, required=False)
    last_name = forms.CharField(label="Achternaam", max_length=200)
    birth_date = DateField(label="Geboortedatum")
    bsn = BsnField(help_text="Optioneel. Negen cijfers.")
    phone = forms.CharField(
        label="Telefoon",
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.EmailField(
        label="E-mail",
        required=False,
        error_messages={"invalid": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."},
    )
    preferred_language = forms.ChoiceField(
        label="Voorkeurstaal", choices=Resident.Language.choices, initial=Resident.Language.DUTCH
    )
    interpreter_needed = forms.BooleanField(label="Tolk nodig", required=False)


class AddressForm(forms.Form):
    postcode = PostcodeField()
    house_number = forms.IntegerField(
        label="Huisnummer", min_value=1, error_messages={"invalid": "Vul een huisnummer in cijfers in."}
    )
    house_letter = forms.CharField(label="Huisletter", max_length=1, required=False)
    house_number_addition = forms.CharField(label="Toevoeging", max_length=4, required=False)
    street = forms.CharField(label="Straat", max_length=100, required=False)
    city = forms.CharField(label="Woonplaats", max_length=100, required=False)


class ResidentRegisterForm(ResidentDetailsForm, AddressForm):
    position = forms.ChoiceField(
        label="Positie in het huishouden",
        choices=HouseholdMembership.Position.choices,
        initial=HouseholdMembership.Position.ADULT,
    )


class HouseholdNewMemberForm(ResidentDetailsForm):
    position = forms.ChoiceField(
        label="Positie in het huishouden",
        choices=HouseholdMembership.Position.choices,
        initial=HouseholdMembership.Position.CHILD,
    )


class HouseholdExistingMemberForm(forms.Form):
    bsn = BsnField(required=True, help_text="Het BSN van een inwoner die al in Plein staat.")
    position = forms.ChoiceField(
        label="Positie in het huishouden", choices=HouseholdMembership.Position.choices
    )
    starts_on = DateField(label="Woont hier sinds")


class MembershipEndForm(forms.Form):
    ends_on = DateField(label="Woont hier tot en met")


class NetworkMemberForm(forms.Form):
    name = forms.CharField(label="Naam", max_length=200)
    relation = forms.ChoiceField(label="Relatie", choices=NetworkMember.Relation.choices)
    helps_with = forms.CharField(
        label="Helpt met", max_length=200, required=False, help_text="Bijvoorbeeld: boodschappen, vervoer."
    )
    phone = forms.CharField(label="Telefoon", max_length=20, required=False)
