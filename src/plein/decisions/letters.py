"""Decision letters (beschikkingen) as PDF, in plain Dutch (B1).

The layout and the facts (what was asked, what we decided, extent, dates, provider or budget,
reasons, legal basis, the last day to object) are Plein's; the municipality writes its own opening,
closing, objection clause and signatory per kind of letter (``LetterTemplate``). Without one, the
``DEFAULT_TEXTS`` below are used.

Rendered by WeasyPrint from ``decisions/letter.html`` with the print CSS of
``decisions/letter.css`` inlined; like the printed plan (``plein.cases.printing``) nothing is ever
fetched while printing. The letter never shows the BSN.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.template.loader import render_to_string
from django.utils import timezone
from weasyprint import HTML

from plein.cases.printing import NO_FETCHING
from plein.decisions.models import Decision, DeliveryForm, Frequency, Law, LetterTemplate, Objection, Unit

Kind = LetterTemplate.Kind

DEFAULT_OBJECTION_CLAUSE = (
    "Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. "
    "Dat doet u binnen zes weken na de datum van deze brief.\n"
    "Schrijf een brief aan het college van burgemeester en wethouders. Zet daarin:\n"
    "- uw naam en adres;\n"
    "- de datum;\n"
    "- het kenmerk van deze brief;\n"
    "- waarom u het niet eens bent met het besluit;\n"
    "- uw handtekening.\n"
    "Stuur een kopie van deze brief mee.\n"
    "Heeft u de hulp snel nodig en kunt u niet wachten op de beslissing op uw bezwaar? "
    "Dan kunt u de rechter vragen om een voorlopige voorziening. Dat kost geld (griffierecht)."
)

# After an objection the next step is the court, not a new objection (Awb 8:1).
DEFAULT_APPEAL_CLAUSE = (
    "Bent u het niet eens met deze beslissing? Dan kunt u in beroep gaan bij de rechtbank. "
    "Dat doet u binnen zes weken na de datum van deze brief.\n"
    "Stuur een brief (beroepschrift) naar de rechtbank. Zet daarin:\n"
    "- uw naam en adres;\n"
    "- de datum;\n"
    "- het kenmerk van deze brief;\n"
    "- waarom u het niet eens bent met de beslissing;\n"
    "- uw handtekening.\n"
    "Stuur een kopie van deze brief mee. Op www.rechtspraak.nl leest u hoe u beroep instelt. "
    "Voor een beroep betaalt u griffierecht."
)

DEFAULT_SIGNATORY = "het college van burgemeester en wethouders"

_DEFAULT_CLOSING = (
    "Heeft u vragen over deze brief? Neem dan contact op met de gemeente. "
    "Noem het kenmerk van deze brief. Dan kunnen wij u sneller helpen."
)

DEFAULT_TEXTS: dict[str, dict[str, str]] = {
    Kind.GRANT: {
        "opening": (
            "U heeft ondersteuning aangevraagd bij de gemeente. Wij hebben uw aanvraag bekeken. "
            "In deze brief leest u wat wij hebben besloten. U krijgt de ondersteuning die u nodig heeft."
        ),
        "closing": _DEFAULT_CLOSING,
        "objection_clause": DEFAULT_OBJECTION_CLAUSE,
        "signatory": DEFAULT_SIGNATORY,
    },
    Kind.PARTIAL: {
        "opening": (
            "U heeft ondersteuning aangevraagd bij de gemeente. Wij hebben uw aanvraag bekeken. "
            "In deze brief leest u wat wij hebben besloten. U krijgt een deel van wat u vroeg. "
            "Hieronder leest u wat u wel krijgt, en waarom u niet alles krijgt."
        ),
        "closing": _DEFAULT_CLOSING,
        "objection_clause": DEFAULT_OBJECTION_CLAUSE,
        "signatory": DEFAULT_SIGNATORY,
    },
    Kind.DENY: {
        "opening": (
            "U heeft ondersteuning aangevraagd bij de gemeente. Wij hebben uw aanvraag bekeken. "
            "In deze brief leest u wat wij hebben besloten. U krijgt de ondersteuning niet. "
            "Hieronder leest u waarom."
        ),
        "closing": (
            "Wij begrijpen dat dit besluit vervelend voor u kan zijn. Heeft u vragen over deze brief? "
            "Neem dan contact op met de gemeente. Noem het kenmerk van deze brief. "
            "Samen kijken we wat er wel mogelijk is."
        ),
        "objection_clause": DEFAULT_OBJECTION_CLAUSE,
        "signatory": DEFAULT_SIGNATORY,
    },
    Kind.OBJECTION: {
        "opening": (
            "U heeft bezwaar gemaakt tegen een besluit van de gemeente. Wij hebben uw bezwaar bekeken. "
            "In deze brief leest u wat wij nu besluiten."
        ),
        "closing": _DEFAULT_CLOSING,
        "objection_clause": DEFAULT_APPEAL_CLAUSE,
        "signatory": DEFAULT_SIGNATORY,
    },
}

TEXT_FIELDS = ("opening", "closing", "objection_clause", "signatory")

# One sentence per law that says what its rules are about.
LAW_PURPOSE = {
    Law.WMO: "die regels zeggen wanneer de gemeente u helpt om zelfstandig te wonen en mee te doen",
    Law.YOUTH: "die regels zeggen wanneer de gemeente hulp geeft aan kinderen, jongeren en hun ouders",
    Law.PARTICIPATION: "die regels zeggen wanneer de gemeente u helpt met geld of bij het vinden van werk",
}

# Unit → (singular, plural) in words.
UNIT_WORDS = {
    Unit.MINUTE: ("minuut", "minuten"),
    Unit.HOUR: ("uur", "uur"),
    Unit.DAY: ("etmaal", "etmalen"),
    Unit.DAY_PART: ("dagdeel van 4 uur", "dagdelen van 4 uur"),
    Unit.PIECE: ("stuk", "stuks"),
}
FREQUENCY_WORDS = {
    Frequency.PER_DAY: "per dag",
    Frequency.PER_WEEK: "per week",
    Frequency.PER_MONTH: "per maand",
    Frequency.TOTAL: "in totaal",
}

# How the help comes, without jargon ("zorg in natura").
DELIVERY_WORDS = {
    DeliveryForm.IN_KIND: "Hulp van een aanbieder die de gemeente regelt",
    DeliveryForm.PGB: "Een persoonsgebonden budget (pgb): u regelt zelf uw hulp",
    DeliveryForm.CASH: "Geld",
}

OBJECTION_OUTCOME_SENTENCE = {
    Objection.Outcome.UPHELD: "Wij vinden dat u gelijk heeft.",
    Objection.Outcome.PARTLY_UPHELD: "Wij vinden dat u voor een deel gelijk heeft.",
}


def letter_kind(decision: Decision) -> str:
    return Kind.OBJECTION if decision.follows_objection_id else decision.outcome


def letter_texts(municipality, kind: str) -> dict[str, str]:
    """The municipality's own texts for this kind of letter; Plein's defaults where it has none.

    ``municipality`` is a Municipality or its id."""
    defaults = DEFAULT_TEXTS[kind]
    municipality_id = getattr(municipality, "pk", municipality)
    template = LetterTemplate.objects.filter(municipality_id=municipality_id, kind=kind).first()
    if template is None:
        return dict(defaults)
    return {field: (getattr(template, field) or "").strip() or defaults[field] for field in TEXT_FIELDS}


def number_in_words(value: Decimal | int | float) -> str:
    """3 → "3", 2.50 → "2,5", 1500 → "1.500" (Dutch notation)."""
    value = Decimal(value).normalize()
    whole, _, fraction = f"{value:f}".partition(".")
    whole = f"{int(whole):,}".replace(",", ".") if whole.lstrip("-").isdigit() else whole
    return f"{whole},{fraction}" if fraction else whole


def money(value: Decimal | int | float) -> str:
    """€ 1.234,50 (euro amounts always with cents)."""
    amount = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, _, cents = f"{amount:f}".partition(".")
    return f"€ {int(whole):,}".replace(",", ".") + f",{cents}"


def extent_in_words(extent, unit: str, frequency: str) -> str:
    """The extent as the resident reads it: "3 uur per week", "1 stuk", "€ 250,00 in totaal"."""
    if extent is None:
        return ""
    how_often = FREQUENCY_WORDS.get(frequency, "")
    if unit == Unit.EURO:
        amount = money(extent)
        return f"{amount} {how_often}".strip()
    singular, plural = UNIT_WORDS.get(unit, ("", ""))
    words = singular if Decimal(extent) == 1 else plural
    text = f"{number_in_words(extent)} {words}".strip()
    if unit == Unit.PIECE and frequency == Frequency.TOTAL:
        return text  # "1 stuk", not "1 stuk in totaal"
    return f"{text} {how_often}".strip()


def legal_basis_sentence(legal_basis: str, law: str) -> str:
    basis = legal_basis.strip().rstrip(".")
    if not basis:
        return ""
    if basis.lower().startswith("artikel"):
        basis = "a" + basis[1:]
    return f"Dit besluit is gebaseerd op {basis}; {LAW_PURPOSE.get(law, 'dat zijn de regels voor deze voorziening')}."


def address_lines(address) -> list[str]:
    """Postal address as on an envelope: "Dorpsstraat 12 A", "1701 AB  HEERHUGOWAARD"."""
    number = f"{address.house_number}"
    if address.house_letter:
        number += f" {address.house_letter}"
    if address.house_number_addition:
        number += f"-{address.house_number_addition}"
    street = f"{address.street} {number}" if address.street else number
    postcode = f"{address.postcode[:4]} {address.postcode[4:]}"
    return [street, f"{postcode}  {address.city.upper()}".strip()]


def lower_first(name: str) -> str:
    """ "Huishoudelijke ondersteuning" → "huishoudelijke ondersteuning" inside a sentence; an
    abbreviation ("GGZ-behandeling") or a name with capitals inside ("Jeugd-GGZ") stays as it is."""
    if any(char.isupper() for char in name[1:]):
        return name
    return name[:1].lower() + name[1:]


def _age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def _officer_name(professional) -> str:
    if professional is None:
        return ""
    return professional.get_full_name() or professional.username


def letter_context(decision: Decision) -> dict:
    request = decision.request
    provision, resident, municipality = request.provision, request.resident, request.municipality
    provision_name = lower_first(provision.name)
    kind = letter_kind(decision)
    texts = letter_texts(municipality, kind)
    # What the decision carries is what was decided; a stored clause that is Plein's objection
    # default on a decision after objection would send the resident the wrong way (bezwaar
    # instead of beroep), so the appeal default takes its place.
    clause = decision.objection_clause.strip() or texts["objection_clause"]
    if kind == Kind.OBJECTION and clause == DEFAULT_OBJECTION_CLAUSE:
        clause = texts["objection_clause"]
    letter_date = decision.sent_on or timezone.localdate()
    is_minor = _age_on(resident.birth_date, letter_date) < 18
    objection = decision.follows_objection
    objected = objection.decision if objection else None
    signers = [
        (_officer_name(user), (user.job_title or "consulent").strip())
        for user in (decision.signed_by, decision.second_signed_by)
        if user is not None
    ]
    granted = decision.outcome in (Decision.Outcome.GRANT, Decision.Outcome.PARTIAL)
    requested_extent = extent_in_words(request.extent, provision.unit, provision.frequency)
    extent = extent_in_words(decision.extent, provision.unit, provision.frequency) if granted else ""
    requested_result = request.result.name if request.result_id else request.result_aimed_for.strip()
    # What a partial grant gives less or otherwise than was asked, sentence by sentence.
    partial = []
    if decision.outcome == Decision.Outcome.PARTIAL:
        if decision.extent != request.extent:
            partial.append(f"U vroeg {requested_extent}. U krijgt {extent}.")
        if decision.result_id and request.result_id and decision.result_id != request.result_id:
            partial.append(f"U vroeg hulp om dit te bereiken: {requested_result.lower()}.")
            partial.append(f"Wij geven hulp om dit te bereiken: {decision.result.name.lower()}.")
    return {
        "decision": decision,
        "request": request,
        "provision": provision,
        "provision_name": provision_name,
        "resident": resident,
        "municipality": municipality,
        "kind": kind,
        "texts": texts,
        "objection_clause": clause,
        "letter_date": letter_date,
        "is_concept": decision.sent_on is None,
        "is_minor": is_minor,
        "address_lines": address_lines(request.household.address),
        "subject": (
            f"Beslissing op uw bezwaar over {provision_name}"
            if kind == Kind.OBJECTION
            else f"Besluit op uw aanvraag voor {provision_name}"
        ),
        "requested_extent": requested_extent,
        "requested_result": requested_result,
        "requested_delivery": DELIVERY_WORDS.get(request.delivery_form, ""),
        "granted": granted,
        "extent": extent,
        "partial": partial,
        "budget": money(decision.budget) if decision.budget is not None else "",
        "in_kind": decision.delivery_form == DeliveryForm.IN_KIND,
        "pgb": decision.delivery_form == DeliveryForm.PGB,
        "cash": decision.delivery_form == DeliveryForm.CASH,
        "legal_basis": legal_basis_sentence(decision.legal_basis or provision.legal_basis, request.law),
        "objection": objection,
        "objected": objected,
        "objection_outcome": OBJECTION_OUTCOME_SENTENCE.get(objection.outcome, "") if objection else "",
        "signers": signers,
    }


def decision_letter_html(decision: Decision) -> str:
    """The letter for this decision as given: the signing service sets sent_on and
    objection_due_on on the object before it asks for the letter, so it is rendered as it is,
    not reloaded."""
    return render_to_string("decisions/letter.html", letter_context(decision))


def decision_letter_pdf(decision: Decision) -> bytes:
    return HTML(string=decision_letter_html(decision), url_fetcher=NO_FETCHING).write_pdf()
