"""Forms of the public pages (no login): "Stel je vraag" and "Geef een signaal door".

Plain Dutch (B1). They only validate input; ``plein.intake.services.request_register`` applies the
rules. Free text accepts anything a resident may type (accents, emoji, long stories); Django
escapes it on output.
"""

import uuid

from django import forms

from plein.core.models import LifeDomain
from plein.people.forms import PostcodeField

MAX_STORY_LENGTH = 5000

EMAIL_ERROR = {"invalid": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."}
HOUSE_NUMBER_ERROR = {
    "invalid": "Vul het huisnummer in cijfers in, bijvoorbeeld 12.",
    "min_value": "Vul een huisnummer van 1 of hoger in.",
}

YES, NO, UNKNOWN = "yes", "no", "unknown"
YES_NO_UNKNOWN = [(YES, "Ja"), (NO, "Nee"), (UNKNOWN, "Weet ik niet")]


def _story_field(label: str, help_text: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=MAX_STORY_LENGTH,
        strip=True,
        error_messages={
            "required": "Schrijf hier uw vraag of wat u is opgevallen.",
            "max_length": f"Uw tekst is te lang. Gebruik maximaal {MAX_STORY_LENGTH} tekens.",
        },
        widget=forms.Textarea(attrs={"rows": 8, "cols": 60}),
    )


def _phone_field(label: str = "Telefoonnummer") -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=30,
        required=False,
        error_messages={"max_length": "Een telefoonnummer is hoogstens 30 tekens lang."},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )


class PublicForm(forms.Form):
    """Abuse protection shared by the public forms: a honeypot field and an idempotency token."""

    # People do not see this field (CSS moves it off screen) and skip it with the keyboard; bots fill
    # it in. A filled-in honeypot gets a normal-looking confirmation, but nothing is stored.
    website = forms.CharField(
        label="Laat dit veld leeg",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    # Generated when the form is shown: a double click or a resent form carries the same token and
    # registers one request.
    token = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4().hex)
        self._describe()

    def full_clean(self):
        super().full_clean()
        self._describe()

    def _describe(self) -> None:
        """Tie help text and errors to their input for screen readers (ids as in public/field.html)."""
        for name, field in self.fields.items():
            bound = self[name]
            ids = []
            if field.help_text:
                ids.append(f"{bound.auto_id}_helptext")
            if self.is_bound and hasattr(self, "_errors") and self._errors and name in self._errors:
                ids.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if ids and not isinstance(field.widget, forms.HiddenInput):
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def clean_token(self) -> str:
        # Only our own tokens: nobody can pick a key that collides with another channel's keys.
        # A missing or garbled token (an old page, a bot) gets a fresh one: the request still counts.
        try:
            return uuid.UUID(self.cleaned_data.get("token") or "").hex
        except ValueError:
            return uuid.uuid4().hex

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))

    @property
    def visible_fields_without_honeypot(self):
        return [field for field in self.visible_fields() if field.name != "website"]


class AskForm(PublicForm):
    """Stel je vraag: a resident (or someone in their network) asks for help."""

    MYSELF, SOMEONE_ELSE = "myself", "someone_else"
    NORMAL, URGENT = "normal", "urgent"
    PHONE, EMAIL = "phone", "email"

    question = _story_field(
        "Uw vraag",
        "Vertel in uw eigen woorden waar u hulp bij zoekt. Schrijf zoveel of zo weinig als u wilt.",
    )
    life_domains = forms.ModelMultipleChoiceField(
        label="Waar gaat uw vraag over?",
        help_text="Kies wat past. U mag dit ook overslaan.",
        queryset=LifeDomain.objects.filter(active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    about = forms.ChoiceField(
        label="Voor wie is de vraag?",
        choices=[(MYSELF, "Voor mijzelf"), (SOMEONE_ELSE, "Voor iemand anders")],
        initial=MYSELF,
        widget=forms.RadioSelect,
    )
    person_description = forms.CharField(
        label="Over wie gaat het?",
        help_text="Alleen als de vraag voor iemand anders is. Bijvoorbeeld: mijn buurman van 80 jaar.",
        max_length=500,
        required=False,
    )
    postcode = PostcodeField(
        required=False,
        help_text="Zo weten we welk team bij u in de buurt zit. Bijvoorbeeld 1701 AB.",
    )
    house_number = forms.IntegerField(
        label="Huisnummer", required=False, min_value=1, error_messages=HOUSE_NUMBER_ERROR
    )
    name = forms.CharField(
        label="Uw naam",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = _phone_field()
    email = forms.EmailField(
        label="E-mailadres",
        required=False,
        error_messages=EMAIL_ERROR,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    contact_preference = forms.ChoiceField(
        label="Hoe wilt u dat we contact opnemen?",
        choices=[(PHONE, "Bel mij"), (EMAIL, "Stuur mij een e-mail")],
        required=False,
        widget=forms.RadioSelect,
    )
    contact_consent = forms.BooleanField(
        label="Ja, u mag contact met mij opnemen over mijn vraag.",
        required=False,
    )
    urgency = forms.ChoiceField(
        label="Is het dringend?",
        choices=[(NORMAL, "Nee, het kan een paar dagen wachten"), (URGENT, "Ja, ik heb snel hulp nodig")],
        initial=NORMAL,
        widget=forms.RadioSelect,
    )

    def clean(self):
        data = super().clean()
        phone, email = data.get("phone"), data.get("email")
        preference = data.get("contact_preference")
        if data.get("house_number") and not data.get("postcode") and "postcode" not in self.errors:
            self.add_error("postcode", "Vul bij het huisnummer ook uw postcode in.")
        if preference == self.PHONE and not phone and "phone" not in self.errors:
            self.add_error("phone", "U wilt gebeld worden. Vul dan uw telefoonnummer in.")
        if preference == self.EMAIL and not email and "email" not in self.errors:
            self.add_error("email", "U wilt een e-mail. Vul dan uw e-mailadres in.")
        if (phone or email) and not data.get("contact_consent"):
            self.add_error(
                "contact_consent",
                "Vink aan dat we contact met u mogen opnemen. Wilt u dat niet? Maak dan het "
                "telefoonnummer en het e-mailadres leeg.",
            )
        return data


class SignalForm(PublicForm):
    """Geef een signaal door: someone noticed that a resident may need help."""

    noticed = _story_field(
        "Wat is u opgevallen?",
        "Beschrijf wat u zag of hoorde, en sinds wanneer.",
    )
    person_description = forms.CharField(
        label="Over wie gaat het?",
        help_text="Bijvoorbeeld: de moeder en twee kinderen op nummer 12. Een naam mag, als u die weet.",
        max_length=500,
        required=False,
    )
    postcode = PostcodeField(required=False, help_text="Bijvoorbeeld 1701 AB.")
    house_number = forms.IntegerField(
        label="Huisnummer", required=False, min_value=1, error_messages=HOUSE_NUMBER_ERROR
    )
    minors = forms.ChoiceField(
        label="Wonen er kinderen jonger dan 18 jaar in het gezin?",
        choices=YES_NO_UNKNOWN,
        initial=UNKNOWN,
        widget=forms.RadioSelect,
    )
    resident_knows = forms.ChoiceField(
        label="Weet de inwoner dat u dit signaal doorgeeft?",
        choices=YES_NO_UNKNOWN,
        initial=UNKNOWN,
        widget=forms.RadioSelect,
    )
    reporter_name = forms.CharField(
        label="Uw naam",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    reporter_phone = _phone_field("Uw telefoonnummer")
    reporter_email = forms.EmailField(
        label="Uw e-mailadres",
        required=False,
        error_messages=EMAIL_ERROR,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, professional: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.professional = professional
        if professional:
            # A professional's signal needs a way back: the team may have questions.
            self.fields["reporter_name"].required = True
            self.fields["reporter_name"].error_messages["required"] = "Vul uw naam in."
            self.fields["reporter_phone"].help_text = "Vul een telefoonnummer of e-mailadres in."

    def clean(self):
        data = super().clean()
        if data.get("house_number") and not data.get("postcode") and "postcode" not in self.errors:
            self.add_error("postcode", "Vul bij het huisnummer ook de postcode in.")
        if (
            self.professional
            and not data.get("reporter_phone")
            and not data.get("reporter_email")
            and "reporter_email" not in self.errors
        ):
            self.add_error(
                "reporter_phone", "Vul uw telefoonnummer of e-mailadres in, zodat het team u kan bellen."
            )
        return data

    @staticmethod
    def yes_no_unknown(value: str) -> bool | None:
        return {YES: True, NO: False}.get(value)
