"""Forms of the decisions pages. They validate input; the services apply the rules.

A form field carries the name of the service argument it feeds, so a refusal keyed by that
argument lands next to the field (``run_service``). Without JavaScript a form cannot show or hide
fields per choice: every field is shown, with help text saying when it applies.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import number_format

from plein.cases.forms import VersionedForm
from plein.decisions.models import (
    CheckAnswer,
    Decision,
    DeliveryForm,
    LegalityCheck,
    Objection,
    Provision,
    ProvisionResult,
)
from plein.decisions.services import MAX_MESSAGE_BYTES
from plein.people.forms import DateField
from plein.people.models import Organisation, Resident

ONLY_WHEN_GRANTED = "Alleen bij toekenning of gedeeltelijke toekenning."
GRANT_FIELDS = ("result", "extent", "starts_on", "ends_on", "delivery_form", "provider", "budget")


def _textarea(rows: int = 3) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows})


def _extent_field(**kwargs) -> forms.DecimalField:
    # Dutch notation (3,5) as well as 3.5; the bounds are the provision's and checked by the service.
    return forms.DecimalField(
        max_digits=9,
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        **kwargs,
    )


def bounds(provision: Provision) -> str:
    """'1–8 uren per week': the extent a provision may be given in."""
    low = number_format(provision.min_extent.normalize(), use_l10n=True)
    high = number_format(provision.max_extent.normalize(), use_l10n=True)
    extent = low if low == high else f"{low}–{high}"
    return f"{extent} {provision.get_unit_display()} {provision.get_frequency_display()}"


class ProvisionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Provision) -> str:
        return f"{obj.name} ({obj.get_law_display()}; {bounds(obj)})"


def _grouped_results(provisions) -> list:
    """The results per provision, as option groups: without JavaScript the list cannot follow the
    chosen provision, so every result says which provision it belongs to."""
    return [
        ("", "— kies een resultaat —"),
        *[
            (provision.name, [(result.pk, result.name) for result in provision.results.all()])
            for provision in provisions
        ],
    ]


class RequestForm(forms.Form):
    """An application for a customised provision, from a plan item or direct."""

    provision = ProvisionChoiceField(
        label="Voorziening",
        queryset=Provision.objects.none(),
        empty_label="— kies een voorziening —",
        help_text="Tussen haakjes: de wet en de omvang die de voorziening kan hebben.",
    )
    resident = forms.ModelChoiceField(label="Voor wie", queryset=Resident.objects.none(), empty_label=None)
    extent = _extent_field(
        label="Omvang",
        help_text="In de eenheid van de voorziening, bijvoorbeeld 3 (uren per week).",
    )
    desired_start = DateField(label="Gewenste ingangsdatum")
    result = forms.ModelChoiceField(
        label="Beoogd resultaat",
        queryset=ProvisionResult.objects.none(),
        required=False,
        help_text="Kies een resultaat van de gekozen voorziening.",
    )
    result_aimed_for = forms.CharField(
        label="Beoogd resultaat in eigen woorden",
        required=False,
        max_length=2000,
        widget=_textarea(2),
        help_text="Zoals de inwoner het zegt.",
    )
    delivery_form = forms.ChoiceField(
        label="Leveringsvorm",
        choices=DeliveryForm.choices,
        initial=DeliveryForm.IN_KIND,
        widget=forms.RadioSelect,
    )
    pgb_plan = forms.CharField(
        label="Pgb-plan van de inwoner",
        required=False,
        max_length=5000,
        widget=_textarea(3),
        help_text="Alleen bij een persoonsgebonden budget: hoe de inwoner de hulp zelf regelt.",
    )
    justification = forms.CharField(
        label="Onderbouwing uit het gesprek",
        max_length=5000,
        widget=_textarea(5),
        help_text="Wat de consulent nodig heeft om te toetsen, zonder het gesprek over te doen. "
        "Geen diagnoses of medische details.",
    )
    consent_to_share = forms.BooleanField(
        label="De inwoner stemt in met het delen van de nodige informatie met de aanbieder", required=False
    )
    applied_on = DateField(
        label="Datum aanvraag",
        required=False,
        help_text="Leeg: vandaag. Bij een brief: de datum van ontvangst, bijvoorbeeld 17-05-2025.",
    )

    def __init__(self, *args, provisions=None, residents=None, **kwargs):
        super().__init__(*args, **kwargs)
        provisions = provisions if provisions is not None else Provision.objects.none()
        self.fields["provision"].queryset = provisions
        self.fields["resident"].queryset = residents if residents is not None else Resident.objects.none()
        result = self.fields["result"]
        result.queryset = ProvisionResult.objects.filter(provision__in=provisions)
        result.choices = _grouped_results(provisions.prefetch_related("results"))


class CheckForm(VersionedForm):
    """The legality check: an outcome and a note per checklist point, and the conclusion."""

    conclusion = forms.ChoiceField(
        label="Conclusie",
        choices=LegalityCheck.Conclusion.choices,
        required=False,
        widget=forms.RadioSelect,
        help_text="Nodig om de controle af te ronden.",
    )
    note = forms.CharField(label="Toelichting", required=False, max_length=5000, widget=_textarea(3))

    def __init__(self, *args, answers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.answers = list(answers)
        for answer in self.answers:
            self.fields[f"outcome_{answer.pk}"] = forms.ChoiceField(
                label=answer.question,
                help_text=answer.item.guidance if answer.item_id and answer.item else "",
                choices=CheckAnswer.Outcome.choices,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"note_{answer.pk}"] = forms.CharField(
                label=f"Notitie bij: {answer.question}", required=False, max_length=2000, widget=_textarea(2)
            )
        self.order_fields(
            ["expected_version"]
            + [name for answer in self.answers for name in (f"outcome_{answer.pk}", f"note_{answer.pk}")]
            + ["conclusion", "note"]
        )

    def rows(self):
        """(answer, outcome field, note field) per checklist point."""
        return [(answer, self[f"outcome_{answer.pk}"], self[f"note_{answer.pk}"]) for answer in self.answers]

    def arguments(self, *, complete: bool) -> dict:
        data = self.cleaned_data
        return {
            "answers": {
                answer.pk: (
                    data.get(f"outcome_{answer.pk}") or "",
                    (data.get(f"note_{answer.pk}") or "").strip(),
                )
                for answer in self.answers
            },
            "conclusion": data.get("conclusion") or "",
            "note": data.get("note", "").strip(),
            "complete": complete,
            "expected_version": data["expected_version"],
        }


class QuestionForm(forms.Form):
    question = forms.CharField(
        label="Uw vraag aan de generalist",
        max_length=2000,
        widget=_textarea(4),
        help_text="De beslistermijn loopt door. Wilt u de termijn opschorten, doe dat dan apart.",
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(label="Antwoord", max_length=5000, widget=_textarea(5))


class SuspensionStartForm(forms.Form):
    starts_on = DateField(label="Opgeschort vanaf")
    reason = forms.CharField(
        label="Reden",
        max_length=2000,
        widget=_textarea(3),
        help_text="Bijvoorbeeld: de inwoner levert nog gegevens aan (Awb 4:15). "
        "De inwoner krijgt hiervan bericht.",
    )


class SuspensionEndForm(forms.Form):
    ends_on = DateField(label="Opgeschort tot en met")


class ReturnForm(VersionedForm):
    reason = forms.CharField(
        label="Waarom gaat de beschikking terug naar concept?",
        required=False,  # the service asks for it, in its own words
        max_length=2000,
        widget=_textarea(4),
        help_text="Uw collega ziet dit bij het concept. Alleen wat nodig is om de beschikking te verbeteren.",
    )


class WithdrawForm(VersionedForm):
    reason = forms.CharField(
        label="Waarom wordt de aanvraag ingetrokken?", max_length=2000, widget=_textarea(3)
    )


class DecisionForm(forms.Form):
    """A decision: grant, partial grant or denial. For a denial the grant fields stay empty."""

    outcome = forms.ChoiceField(label="Besluit", choices=Decision.Outcome.choices, widget=forms.RadioSelect)
    result = forms.ModelChoiceField(
        label="Resultaat",
        queryset=ProvisionResult.objects.none(),
        required=False,
        help_text=ONLY_WHEN_GRANTED,
    )
    extent = _extent_field(label="Omvang", required=False)
    starts_on = DateField(
        label="Ingangsdatum", required=False, help_text=f"{ONLY_WHEN_GRANTED} Bijvoorbeeld 1-6-2025."
    )
    ends_on = DateField(
        label="Einddatum", required=False, help_text=f"{ONLY_WHEN_GRANTED} Bijvoorbeeld 31-5-2026."
    )
    delivery_form = forms.ChoiceField(
        label="Leveringsvorm", choices=(), required=False, help_text=ONLY_WHEN_GRANTED
    )
    provider = forms.ModelChoiceField(
        label="Aanbieder",
        queryset=Organisation.objects.none(),
        required=False,
        empty_label="—",
        help_text="Alleen bij zorg in natura.",
    )
    budget = _extent_field(
        label="Budget in euro", required=False, help_text="Alleen bij een pgb of een uitkering in geld."
    )
    legal_basis = forms.CharField(
        label="Wettelijke grondslag",
        required=False,
        max_length=2000,
        widget=_textarea(2),
        help_text="Leeg: de grondslag uit de catalogus.",
    )
    reasons = forms.CharField(
        label="Motivering",
        max_length=10000,
        widget=_textarea(6),
        error_messages={"required": "Een beschikking zonder motivering kan niet."},
        help_text="In gewone taal: waarom dit besluit, en bij een afwijzing waarom niet.",
    )

    def __init__(self, *args, provision: Provision, providers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["result"].queryset = provision.results.all()
        self.fields["result"].empty_label = "—"
        self.fields["extent"].help_text = f"{ONLY_WHEN_GRANTED} In {bounds(provision)}."
        self.fields["delivery_form"].choices = [
            ("", "—"),
            *[(form, DeliveryForm(form).label) for form in provision.delivery_forms],
        ]
        self.fields["provider"].queryset = providers if providers is not None else Organisation.objects.none()

    def arguments(self) -> dict:
        data = dict(self.cleaned_data)
        if data.get("outcome") == Decision.Outcome.DENY:
            # The grant fields start filled in with what was asked for; a denial grants none of it.
            data.update(dict.fromkeys(GRANT_FIELDS))
        data["delivery_form"] = data.get("delivery_form") or ""
        data["legal_basis"] = (data.get("legal_basis") or "").strip()
        return data


class DecisionEditForm(VersionedForm, DecisionForm):
    pass


class ObjectionForm(forms.Form):
    objector = forms.ModelChoiceField(
        label="Wie maakt bezwaar?", queryset=Resident.objects.none(), empty_label=None
    )
    received_on = DateField(label="Ontvangen op")
    grounds = forms.CharField(
        label="Gronden van het bezwaar",
        max_length=10000,
        widget=_textarea(6),
        help_text="Waarom de inwoner het niet eens is met de beschikking, kort samengevat.",
    )
    advisory_committee = forms.BooleanField(
        label="Het bezwaar gaat naar de adviescommissie (beslistermijn 12 weken)", required=False
    )

    def __init__(self, *args, objectors=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objector"].queryset = objectors if objectors is not None else Resident.objects.none()


YES_NO_UNKNOWN = [
    ("", "— niet van toepassing —"),
    ("yes", "Ja, verschoonbaar"),
    ("no", "Nee, niet verschoonbaar"),
]


class ObjectionDecideForm(VersionedForm):
    outcome = forms.ChoiceField(label="Uitkomst", choices=Objection.Outcome.choices, widget=forms.RadioSelect)
    outcome_note = forms.CharField(label="Toelichting op de uitkomst", max_length=10000, widget=_textarea(5))
    late_excusable = forms.TypedChoiceField(
        label="Te laat ingediend: is dat verschoonbaar? (Awb 6:11)",
        choices=YES_NO_UNKNOWN,
        coerce=lambda value: value == "yes",
        empty_value=None,
        required=False,
        help_text="Alleen bij een bezwaar dat te laat binnenkwam.",
    )


class AllocationForm(forms.Form):
    starts_on = DateField(
        label="Ingangsdatum", required=False, help_text="Leeg: de ingangsdatum van de beschikking."
    )
    handover_information = forms.CharField(
        label="Informatie voor de aanbieder (warme overdracht)",
        required=False,
        max_length=5000,
        widget=_textarea(4),
        help_text="Alleen als de inwoner instemde met delen. Niet meer dan de aanbieder nodig heeft.",
    )


class ProviderMessageForm(forms.Form):
    message = forms.FileField(
        label="Bericht van de aanbieder (xml)",
        help_text="Een start- of stopbericht (WMO305, WMO307, JW305 of JW307), hoogstens 1 MB.",
    )

    def clean_message(self) -> bytes:
        upload = self.cleaned_data["message"]
        # Not read into memory when it cannot be a provider message; the service checks the rest.
        if upload.size > MAX_MESSAGE_BYTES:
            raise ValidationError("Het bestand is te groot voor een start- of stopbericht (meer dan 1 MB).")
        return upload.read()
