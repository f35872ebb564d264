"""Forms of the work UI for requests. They validate input; the services apply the rules."""

from django import forms

from plein.areas.models import Team
from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.intake.models import Request
from plein.people.forms import PostcodeField
from plein.people.models import Organisation, Professional


class RequestRegisterForm(forms.Form):
    """A call or a visit to the desk, registered in under a minute with the keyboard."""

    channel = forms.ChoiceField(
        label="Kanaal",
        choices=[
            (c.value, c.label) for c in (Request.Channel.PHONE, Request.Channel.DESK, Request.Channel.EMAIL)
        ],
        initial=Request.Channel.PHONE,
    )
    source = forms.ChoiceField(
        label="Wie vraagt", choices=Request.Source.choices, initial=Request.Source.RESIDENT
    )
    question = forms.CharField(
        label="Vraag in eigen woorden", widget=forms.Textarea(attrs={"rows": 4}), max_length=5000
    )
    life_domains = forms.ModelMultipleChoiceField(
        label="Leefgebieden",
        queryset=LifeDomain.objects.filter(active=True),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    urgency = forms.ChoiceField(
        label="Urgentie", choices=Request.Urgency.choices, initial=Request.Urgency.NORMAL
    )
    minors_involved = forms.BooleanField(label="Er zijn minderjarigen bij betrokken", required=False)
    is_wmo_melding = forms.BooleanField(
        label="Wmo-melding (start de onderzoekstermijn van 6 weken)", required=False
    )
    person_description = forms.CharField(
        label="Over wie (als de inwoner nog niet in Plein staat)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    postcode = PostcodeField(required=False)
    house_number = forms.IntegerField(label="Huisnummer", required=False, min_value=1)
    contact_phone = forms.CharField(label="Terugbellen op", required=False, max_length=30)
    contact_email = forms.EmailField(label="E-mail", required=False)
    contact_consent = forms.BooleanField(label="De inwoner wil dat we contact opnemen", required=False)

    def clean(self):
        data = super().clean()
        if data.get("house_number") and not data.get("postcode"):
            self.add_error("postcode", "Vul bij een huisnummer ook de postcode in.")
        return data


class AnswerForm(forms.Form):
    service = forms.ModelChoiceField(
        label="Verwezen naar (sociale kaart)",
        queryset=Service.objects.none(),
        required=False,
        empty_label="— geen verwijzing —",
    )
    note = forms.CharField(
        label="Welk antwoord of welke verwijzing kreeg de inwoner?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )

    def __init__(self, *args, services=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["service"].queryset = services if services is not None else Service.objects.none()
        self.fields["service"].label_from_instance = lambda service: (
            f"{service.name} ({service.organisation})"
        )

    def clean(self):
        data = super().clean()
        if not data.get("service") and not (data.get("note") or "").strip() and "note" not in self.errors:
            self.add_error("note", "Kies een dienst of leg vast welk antwoord de inwoner kreeg.")
        return data

    def answer_note(self) -> str:
        """The note for the event: the referral first, so the history says where the resident went."""
        service = self.cleaned_data.get("service")
        note = (self.cleaned_data.get("note") or "").strip()
        if service is None:
            return note
        referral = f"Verwezen naar {service} ({service.organisation})"
        return f"{referral}: {note}" if note else referral


class AssignForm(forms.Form):
    professional = forms.ModelChoiceField(label="Toewijzen aan", queryset=Professional.objects.none())

    def __init__(self, *args, members=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["professional"].queryset = members if members is not None else Professional.objects.none()


class ForwardForm(forms.Form):
    partner = forms.ModelChoiceField(label="Netwerkpartner", queryset=Organisation.objects.none())
    reason = forms.CharField(
        label="Waarom deze partner", max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, partners=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners if partners is not None else Organisation.objects.none()


class RouteForm(forms.Form):
    team = forms.ModelChoiceField(
        label="Team", queryset=Team.objects.none(), required=False, help_text="Leeg: het team van het adres."
    )
    reason = forms.CharField(
        label="Reden bij een ander team (keuzevrijheid)", required=False, max_length=1000
    )

    def __init__(self, *args, teams=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams if teams is not None else Team.objects.none()


class CrisisForm(forms.Form):
    note = forms.CharField(
        label="Welke crisishulp is ingeschakeld?", max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
