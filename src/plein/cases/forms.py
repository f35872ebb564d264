"""Forms of the case pages. They validate input; the services apply the rules.

Every form that edits a Case or a SupportPlan carries the version the user started from
(``expected_version``), so a change made by someone else in between is refused on the form with
everything the user typed still in it.
"""

from django import forms

from plein.cases.models import (
    PARTICIPATION_RUNGS,
    ZRM_SCORES,
    AgendaItem,
    Assessment,
    Case,
    Contact,
    Handover,
    PlanItem,
    SafetyConcern,
    SafetyStep,
    Signature,
)
from plein.core.models import LifeDomain
from plein.directory.models import Service
from plein.people.forms import DateField
from plein.people.models import Organisation, Professional, Resident

NOT_DISCUSSED = [("", "— niet besproken —")]
YES_NO = [("yes", "Ja"), ("no", "Nee")]


def _textarea(rows: int = 3) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


def _choices(queryset, field: forms.ModelChoiceField) -> None:
    field.queryset = queryset if queryset is not None else field.queryset.none()


class VersionedForm(forms.Form):
    """The version of the case or plan the user saw when the form was opened."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


FINDING_HELP = (
    "Schrijf alleen op wat nodig is voor de hulp. Geen diagnoses, geen details over derden, geen meningen."
)
FINDING_HELP_ID = "finding-help"


class ScoresMixin:
    """One ZRM score (1–5) and an optional finding per active life domain."""

    def __init__(self, *args, domains=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_score_fields(domains if domains is not None else active_life_domains())

    def clean(self):
        data = super().clean()
        self.clean_scores(data)
        return data

    def add_score_fields(self, domains, *, required_note: str = "") -> None:
        self.domains = list(domains)
        for domain in self.domains:
            self.fields[f"score_{domain.pk}"] = forms.TypedChoiceField(
                label=f"ZRM-score {domain.name}",
                choices=[*NOT_DISCUSSED, *ZRM_SCORES],
                coerce=int,
                empty_value=None,
                required=False,
            )
            # Optional, and the help says what not to write: a finding is read by the resident and
            # by everyone on the case (need-to-know, issue 7).
            finding = _textarea(2)
            finding.attrs["aria-describedby"] = FINDING_HELP_ID
            self.fields[f"finding_{domain.pk}"] = forms.CharField(
                label=f"Bevinding {domain.name}",
                required=False,
                max_length=1000,
                widget=finding,
                help_text=FINDING_HELP,
            )

    def score_rows(self):
        """(domain, score field, finding field) per life domain, for the scores table."""
        return [(domain, self[f"score_{domain.pk}"], self[f"finding_{domain.pk}"]) for domain in self.domains]

    def clean_scores(self, data) -> None:
        for domain in self.domains:
            if data.get(f"finding_{domain.pk}") and data.get(f"score_{domain.pk}") is None:
                self.add_error(f"score_{domain.pk}", "Geef bij een bevinding ook een ZRM-score.")

    def scores(self) -> dict[int, tuple[int, str]]:
        data = self.cleaned_data
        return {
            domain.pk: (data[f"score_{domain.pk}"], data.get(f"finding_{domain.pk}", "").strip())
            for domain in self.domains
            if data.get(f"score_{domain.pk}") is not None
        }


def active_life_domains():
    return LifeDomain.objects.filter(active=True).order_by("order", "name")


class AssessmentForm(ScoresMixin, forms.Form):
    """The broad conversation: the story told once, per life domain a finding and a ZRM score."""

    held_on = DateField(label="Datum van het gesprek")
    place = forms.ChoiceField(
        label="Waar was het gesprek?",
        choices=Assessment.Place.choices,
        initial=Assessment.Place.HOME,
        widget=forms.RadioSelect,
        help_text="Bij voorkeur bij de inwoner thuis.",
    )
    resident_present = forms.BooleanField(label="De inwoner was aanwezig", required=False, initial=True)
    others_present = forms.CharField(
        label="Wie was er verder bij?",
        required=False,
        max_length=200,
        help_text="Bijvoorbeeld partner, mantelzorger, tolk.",
    )
    client_support_offered = forms.BooleanField(
        label="Onafhankelijke cliëntondersteuning is aangeboden", required=False
    )
    client_supporter_present = forms.BooleanField(label="Een cliëntondersteuner was aanwezig", required=False)
    question = forms.CharField(label="De vraag in eigen woorden", max_length=5000, widget=_textarea(4))
    own_strength = forms.CharField(
        label="Eigen kracht: wat lukt al?", required=False, max_length=5000, widget=_textarea()
    )
    network = forms.CharField(
        label="Netwerk: wie kan waarmee helpen?", required=False, max_length=5000, widget=_textarea()
    )
    safety = forms.ChoiceField(
        label="Veiligheid",
        choices=Assessment.Safety.choices,
        initial=Assessment.Safety.NO_CONCERNS,
        widget=forms.RadioSelect,
        help_text="Bij zorgen volgt u de meldcode. Plein opent die niet vanzelf.",
    )
    participation_rung = forms.TypedChoiceField(
        label="Participatieladder",
        choices=[("", "— niet bepaald —"), *PARTICIPATION_RUNGS],
        coerce=int,
        empty_value=None,
        required=False,
    )

    def arguments(self) -> dict:
        data = {
            key: value
            for key, value in self.cleaned_data.items()
            if not key.startswith(("score_", "finding_"))
        }
        return {**data, "scores": self.scores()}


class ClassifyForm(VersionedForm):
    domain_scope = forms.ChoiceField(
        label="Hoeveel leefgebieden?", choices=Case.DomainScope.choices, widget=forms.RadioSelect
    )
    complexity = forms.ChoiceField(
        label="Hoe complex is de vraag?", choices=Case.Complexity.choices, widget=forms.RadioSelect
    )
    forced_framework = forms.ChoiceField(
        label="Gedwongen kader",
        choices=Case.ForcedFramework.choices,
        initial=Case.ForcedFramework.NONE,
        required=False,
        widget=forms.RadioSelect,
    )


class ConsentFields(forms.Form):
    """The resident's consent to pass information to a partner, or the reason to go without it."""

    consent_given_by = forms.ModelChoiceField(
        label="Toestemming gegeven door",
        queryset=Resident.objects.none(),
        required=False,
        empty_label="— geen toestemming —",
    )
    consent_method = forms.ChoiceField(
        label="Hoe is de toestemming gegeven?",
        choices=[("", "—"), *Handover.ConsentMethod.choices],
        required=False,
    )
    consent_recorded_on = DateField(label="Toestemming gegeven op", required=False)
    consent_override_reason = forms.CharField(
        label="Zonder toestemming: waarom toch?",
        required=False,
        max_length=2000,
        widget=_textarea(2),
        help_text="Alleen bij acuut gevaar. Dit wordt vastgelegd in het verloop.",
    )

    def __init__(self, *args, residents=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(residents, self.fields["consent_given_by"])


class HandoverForm(ConsentFields):
    organisation = forms.ModelChoiceField(label="Naar organisatie", queryset=Organisation.objects.none())
    plan_item = forms.ModelChoiceField(
        label="Voor onderdeel van het plan",
        queryset=PlanItem.objects.none(),
        required=False,
        empty_label="— de hele vraag —",
    )
    information = forms.CharField(
        label="Informatie voor de partner",
        max_length=5000,
        widget=_textarea(5),
        help_text="Wat de partner nodig heeft om niet opnieuw een intake te doen. Niet meer dan dat.",
    )
    field_order = ["organisation", "plan_item", "information"]

    def __init__(self, *args, organisations=None, plan_items=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(organisations, self.fields["organisation"])
        _choices(plan_items, self.fields["plan_item"])


class ReferOnForm(VersionedForm, ConsentFields):
    organisation = forms.ModelChoiceField(label="Doorverwijzen naar", queryset=Organisation.objects.none())
    reason = forms.CharField(label="Waarom deze organisatie?", max_length=2000, widget=_textarea(2))
    information = forms.CharField(
        label="Informatie voor de organisatie",
        max_length=5000,
        widget=_textarea(5),
        help_text="Wat de organisatie nodig heeft om niet opnieuw een intake te doen.",
    )
    field_order = ["expected_version", "organisation", "reason", "information"]

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(organisations, self.fields["organisation"])


class CoordinatorForm(forms.Form):
    professional = forms.ModelChoiceField(label="Regiehouder", queryset=Professional.objects.none())
    reason = forms.CharField(label="Toelichting", required=False, max_length=1000, widget=_textarea(2))

    def __init__(self, *args, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(candidates, self.fields["professional"])


class StateForm(VersionedForm):
    to_state = forms.ChoiceField(label="Naar fase", choices=(), widget=forms.RadioSelect)
    note = forms.CharField(label="Toelichting", required=False, max_length=1000, widget=_textarea(2))

    def __init__(self, *args, states=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_state"].choices = [(state.value, state.label) for state in states]


class PlanForm(VersionedForm):
    result_aimed_for = forms.CharField(
        label="Beoogd resultaat", required=False, max_length=5000, widget=_textarea(4)
    )
    timeline = forms.CharField(label="Tijdpad", required=False, max_length=5000, widget=_textarea())
    evaluate_on = DateField(label="Evalueren op", required=False)
    societal_contribution = forms.CharField(
        label="Tegenprestatie / bijdrage aan de samenleving",
        required=False,
        max_length=5000,
        widget=_textarea(2),
        help_text="Alleen waar dat van toepassing is.",
    )
    agreements = forms.CharField(
        label="Afspraken over taken en vervolg", required=False, max_length=5000, widget=_textarea()
    )


class PlanItemForm(forms.Form):
    rung = forms.TypedChoiceField(
        label="Trede", choices=PlanItem.Rung.choices, coerce=int, help_text="Eigen kracht gaat voor."
    )
    description = forms.CharField(label="Wat", max_length=2000, widget=_textarea(2))
    performed_by = forms.CharField(label="Wie doet het", max_length=200)
    starts_on = DateField(label="Vanaf")
    ends_on = DateField(label="Tot en met", required=False)
    life_domain = forms.ModelChoiceField(
        label="Leefgebied", queryset=LifeDomain.objects.none(), required=False, empty_label="—"
    )
    organisation = forms.ModelChoiceField(
        label="Organisatie", queryset=Organisation.objects.none(), required=False, empty_label="—"
    )
    service = forms.ModelChoiceField(
        label="Voorziening van de sociale kaart",
        queryset=Service.objects.none(),
        required=False,
        empty_label="—",
    )

    def __init__(self, *args, organisations=None, services=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["life_domain"].queryset = active_life_domains()
        _choices(organisations, self.fields["organisation"])
        _choices(services, self.fields["service"])


class SignForm(forms.Form):
    signer = forms.ChoiceField(
        label="Wie tekent?", choices=Signature.Signer.choices, widget=forms.RadioSelect
    )
    resident = forms.ModelChoiceField(
        label="Inwoner die tekent",
        queryset=Resident.objects.none(),
        required=False,
        empty_label="—",
        help_text="Alleen als de inwoner tekent.",
    )
    signed_on = DateField(label="Datum")
    method = forms.ChoiceField(
        label="Hoe is getekend?", choices=Signature.Method.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, residents=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(residents, self.fields["resident"])

    def clean(self):
        data = super().clean()
        if data.get("signer") == Signature.Signer.RESIDENT and not data.get("resident"):
            self.add_error("resident", "Kies de inwoner die tekent.")
        if data.get("signer") == Signature.Signer.PROFESSIONAL:
            data["resident"] = None
        return data


class ContactForm(forms.Form):
    held_on = DateField(label="Datum")
    kind = forms.ChoiceField(label="Soort contact", choices=Contact.Kind.choices)
    duration_minutes = forms.IntegerField(label="Duur in minuten", min_value=1, max_value=1440)
    with_whom = forms.CharField(
        label="Met wie", max_length=200, help_text="Bijvoorbeeld: moeder en dochter, de huisarts."
    )
    summary = forms.CharField(
        label="Korte notitie",
        required=False,
        max_length=2000,
        widget=_textarea(3),
        help_text="Alleen wat nodig is; geen medische details.",
    )
    professionals = forms.ModelMultipleChoiceField(
        label="Collega's die er ook bij waren",
        queryset=Professional.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, colleagues=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(colleagues, self.fields["professionals"])


class ActionForm(forms.Form):
    description = forms.CharField(label="Actie", max_length=300)
    owner = forms.ModelChoiceField(label="Eigenaar", queryset=Professional.objects.none())
    due_on = DateField(label="Uiterlijk op")

    def __init__(self, *args, owners=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(owners, self.fields["owner"])


class AgendaItemForm(forms.Form):
    reason = forms.ChoiceField(label="Waarom bespreken?", choices=AgendaItem.Reason.choices)
    note = forms.CharField(
        label="Toelichting",
        required=False,
        max_length=1000,
        widget=_textarea(2),
        help_text="Iedereen in het overleg ziet de reden; schrijf hier geen persoonlijke details.",
    )


class DeclineForm(forms.Form):
    reason = forms.CharField(label="Waarom weigert u?", max_length=2000, widget=_textarea(2))


class CompleteForm(forms.Form):
    succeeded = forms.TypedChoiceField(
        label="Is de hulp geslaagd?",
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    outcome_note = forms.CharField(
        label="Toelichting",
        required=False,
        max_length=2000,
        widget=_textarea(2),
        help_text="Zo nee: waarom niet?",
    )


class DirectorAttachForm(forms.Form):
    director = forms.ModelChoiceField(label="Procesregisseur", queryset=Professional.objects.none())
    reason = forms.CharField(label="Waarom is procesregie nodig?", max_length=2000, widget=_textarea(3))

    def __init__(self, *args, directors=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(directors, self.fields["director"])


class DirectorNoteForm(forms.Form):
    note = forms.CharField(label="Toelichting", max_length=2000, widget=_textarea(3))


class EscalateForm(DirectorNoteForm):
    to_whom = forms.CharField(
        label="Opgeschaald naar", max_length=200, help_text="Bijvoorbeeld de verantwoordelijke wethouder."
    )
    field_order = ["to_whom", "note"]


class SafetyConcernForm(forms.Form):
    signals = forms.CharField(
        label="Welke signalen ziet u?",
        max_length=5000,
        widget=_textarea(4),
        help_text="Stap 1 van de meldcode: beschrijf wat u zag of hoorde, geen conclusies.",
    )
    is_crisis = forms.BooleanField(label="Er is sprake van een crisis (acuut gevaar)", required=False)
    crisis_action = forms.CharField(
        label="Wat is er bij de crisis direct gedaan?", required=False, max_length=2000, widget=_textarea(2)
    )


class SafetyStepForm(forms.Form):
    step = forms.TypedChoiceField(label="Stap", choices=SafetyStep.Step.choices, coerce=int)
    done_on = DateField(label="Datum")
    note = forms.CharField(label="Wat is gedaan?", max_length=5000, widget=_textarea(3))
    consulted_veilig_thuis = forms.BooleanField(label="Veilig Thuis is geraadpleegd", required=False)
    decision = forms.ChoiceField(
        label="Besluit (alleen bij stap 5)",
        choices=[("", "—"), *SafetyConcern.Decision.choices],
        required=False,
    )


SATISFACTION_SCORES = [("", "—"), *((score, str(score)) for score in range(1, 11))]


class ClosureForm(ScoresMixin, VersionedForm):
    reason = forms.ChoiceField(
        label="Reden van afsluiten", choices=Case.ClosureReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(label="Toelichting", required=False, max_length=2000, widget=_textarea(2))
    aftercare = forms.CharField(
        label="Afspraken over nazorg", required=False, max_length=2000, widget=_textarea(2)
    )
    aftercare_until = DateField(label="Nazorg tot en met", required=False)
    measured_on = DateField(label="Datum van de eindmeting", required=False)
    end_participation_rung = forms.TypedChoiceField(
        label="Participatieladder bij het einde",
        choices=[("", "— niet bepaald —"), *PARTICIPATION_RUNGS],
        coerce=int,
        empty_value=None,
        required=False,
    )
    satisfaction_score = forms.TypedChoiceField(
        label="Rapportcijfer van de inwoner (1 tot en met 10)",
        choices=SATISFACTION_SCORES,
        coerce=int,
        empty_value=None,
        required=False,
    )
    satisfaction_comment = forms.CharField(
        label="Opmerking van de inwoner", required=False, max_length=2000, widget=_textarea(2)
    )
    satisfaction_declined = forms.BooleanField(label="De inwoner wil niet antwoorden", required=False)

    def arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "expected_version": data["expected_version"],
            "reason": data["reason"],
            "note": data["note"],
            "aftercare": data["aftercare"],
            "aftercare_until": data["aftercare_until"],
            "measured_on": data["measured_on"],
            "end_scores": self.scores() or None,
            "end_participation_rung": data["end_participation_rung"],
            "satisfaction_score": data["satisfaction_score"],
            "satisfaction_comment": data["satisfaction_comment"],
            "satisfaction_declined": data["satisfaction_declined"],
        }


class AttendanceForm(forms.Form):
    attendees = forms.ModelMultipleChoiceField(
        label="Aanwezig",
        queryset=Professional.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Kies wie er bij het overleg waren."},
    )

    def __init__(self, *args, members=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(members, self.fields["attendees"])


MINUTES_ACTIONS = 3


class MinutesForm(forms.Form):
    """The minutes of one case in the conference: decisions, up to three actions, a coordinator."""

    decisions = forms.CharField(label="Besluiten", max_length=5000, widget=_textarea(3))
    coordinator = forms.ModelChoiceField(
        label="Regiehouder",
        queryset=Professional.objects.none(),
        required=False,
        empty_label="— niet gewijzigd —",
    )
    coordinator_reason = forms.CharField(
        label="Toelichting bij de regiehouder", required=False, max_length=1000
    )

    def __init__(self, *args, owners=None, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        _choices(candidates, self.fields["coordinator"])
        for number in range(1, MINUTES_ACTIONS + 1):
            self.fields[f"action_{number}"] = forms.CharField(
                label=f"Actie {number}", required=False, max_length=300
            )
            self.fields[f"owner_{number}"] = forms.ModelChoiceField(
                label=f"Eigenaar actie {number}",
                queryset=owners if owners is not None else Professional.objects.none(),
                required=False,
                empty_label="—",
            )
            self.fields[f"due_{number}"] = DateField(label=f"Actie {number} uiterlijk op", required=False)

    def action_rows(self):
        return [
            (number, self[f"action_{number}"], self[f"owner_{number}"], self[f"due_{number}"])
            for number in range(1, MINUTES_ACTIONS + 1)
        ]

    def clean(self):
        data = super().clean()
        for number in range(1, MINUTES_ACTIONS + 1):
            if data.get(f"action_{number}"):
                if not data.get(f"owner_{number}"):
                    self.add_error(f"owner_{number}", "Kies wie deze actie doet.")
                if not data.get(f"due_{number}"):
                    self.add_error(f"due_{number}", "Vul in wanneer deze actie klaar moet zijn.")
        return data

    def arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "decisions": data["decisions"],
            "actions": [
                (data[f"action_{number}"], data[f"owner_{number}"], data[f"due_{number}"])
                for number in range(1, MINUTES_ACTIONS + 1)
                if data.get(f"action_{number}")
            ],
            "coordinator": data["coordinator"],
            "coordinator_reason": data["coordinator_reason"],
        }
