"""Reading the provider's answers to an allocation back in: start (WMO305/JW305) and stop
(WMO307/JW307). The message is kept as received, the allocation shows that care started or
stopped, and the case timeline says so (without any detail about the care itself)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from plein.decisions import istandaarden
from plein.decisions.models import Allocation, ProviderMessage
from plein.decisions.selectors import officer_municipality_ids
from plein.decisions.services.common import NOT_AN_OFFICER, check_officer, record_on_case

__all__ = ["MAX_MESSAGE_BYTES", "provider_message_import"]

MAX_MESSAGE_BYTES = 1_000_000


def _refuse(message) -> ValidationError:
    return ValidationError({"content": message})


def _allocation_for(actor, number: str) -> Allocation:
    """The allocation with this number in one of the actor's municipalities. The standard writes
    numbers as integers, so leading zeros may have been dropped on the way."""
    if not number:
        raise _refuse(
            "Het bericht noemt geen toewijzingnummer. Plein kan het niet aan een toewijzing koppelen."
        )
    candidates = [number.zfill(width) for width in range(len(number), 10)]
    allocation = (
        Allocation.objects.select_for_update(of=("self",))
        .select_related("provider", "decision__request__municipality", "decision__request__resident")
        .filter(number__in=candidates, decision__request__municipality_id__in=officer_municipality_ids(actor))
        .first()
    )
    if allocation is None:
        # Another municipality's allocation is as unknown as one that does not exist.
        raise _refuse(f"Toewijzing {number} is bij uw gemeente niet bekend.")
    return allocation


def _check_belongs(allocation: Allocation, message: dict) -> None:
    request = allocation.decision.request
    number = allocation.number
    municipality_code = request.municipality.cbs_code.removeprefix("GM")
    if message["municipality_code"] != municipality_code:
        raise _refuse(
            f"Dit bericht is gericht aan gemeentecode {message['municipality_code']}, "
            f"maar toewijzing {number} is van {request.municipality.name} ({municipality_code})."
        )
    if message["sender_agb"] != (allocation.provider.agb_code or ""):
        raise _refuse(
            f"Dit bericht komt van AGB-code {message['sender_agb']}, maar toewijzing {number} "
            f"is gegeven aan {allocation.provider.name}."
        )
    if message["bsn"] != (request.resident.bsn or ""):
        raise _refuse(f"Het BSN in het bericht hoort niet bij de inwoner van toewijzing {number}.")
    expected = istandaarden.ALLOCATION_MESSAGE.get(request.law, "")
    if expected[:-3] != message["message_code"][:-3]:
        raise _refuse(
            f"Toewijzing {number} is een {expected}-toewijzing; dit {message['message_code']}-bericht hoort "
            "bij een andere wet."
        )


def _day(value) -> str:
    return date_format(value, "j F Y")


def _apply_start(allocation: Allocation, line: dict) -> str:
    if line["status"] == istandaarden.DELIVERY_DELETE:
        allocation.care_started_on = None
        if allocation.status == Allocation.Status.STARTED:
            allocation.status = Allocation.Status.ALLOCATED
        return f"Aanbieder trekt de startmelding in (toewijzing {allocation.number})."
    if line["status"] == istandaarden.DELIVERY_UNCHANGED:
        return f"Aanbieder meldt geen wijziging in de start (toewijzing {allocation.number})."
    allocation.care_started_on = line["starts_on"]
    if allocation.status == Allocation.Status.ALLOCATED:
        allocation.status = Allocation.Status.STARTED
    return f"Aanbieder meldt: zorg gestart op {_day(line['starts_on'])} (toewijzing {allocation.number})."


def _apply_stop(allocation: Allocation, line: dict, message_code: str) -> str:
    if line["status"] == istandaarden.DELIVERY_DELETE:
        allocation.care_stopped_on = None
        allocation.stop_reason = ""
        allocation.status = (
            Allocation.Status.STARTED if allocation.care_started_on else Allocation.Status.ALLOCATED
        )
        return f"Aanbieder trekt de stopmelding in (toewijzing {allocation.number})."
    if line["status"] == istandaarden.DELIVERY_UNCHANGED:
        return f"Aanbieder meldt geen wijziging in de stop (toewijzing {allocation.number})."
    if line["ends_on"] < line["starts_on"]:
        raise _refuse(
            f"De einddatum ({_day(line['ends_on'])}) ligt vóór de begindatum ({_day(line['starts_on'])}) "
            f"in het bericht voor toewijzing {allocation.number}."
        )
    allocation.care_started_on = allocation.care_started_on or line["starts_on"]
    allocation.care_stopped_on = line["ends_on"]
    allocation.stop_reason = line["stop_reason"]
    allocation.status = Allocation.Status.STOPPED
    reason = istandaarden.stop_reason_label(line["stop_reason"], message_code)
    return f"Aanbieder meldt: zorg gestopt op {_day(line['ends_on'])}, {reason} (toewijzing {allocation.number})."


def _as_text(content: bytes) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        # A message in another declared encoding: keep it readable, as parsed.
        return content.decode("latin-1")


@transaction.atomic
def provider_message_import(*, actor, content: bytes) -> ProviderMessage:
    """Read a provider's start (305) or stop (307) message into the allocation it is about.

    Officer of the allocation's municipality only. Refuses (keyed ``content``, Dutch) anything that
    is not XML, not valid against its schema, about an allocation unknown to the officer's
    municipality, or sent by another provider or about another resident than the allocation's.
    """
    if not officer_municipality_ids(actor):
        raise PermissionDenied(NOT_AN_OFFICER)
    if not content:
        raise _refuse("Het bestand is leeg.")
    if len(content) > MAX_MESSAGE_BYTES:
        raise _refuse("Het bestand is te groot voor een start- of stopbericht (meer dan 1 MB).")
    try:
        message = istandaarden.read_provider_message(content)
    except ValidationError as error:
        raise _refuse(error.messages) from error

    changes = []
    for line in message["products"]:
        allocation = _allocation_for(actor, line["number"])
        check_officer(actor, allocation.decision.request.municipality_id)
        _check_belongs(allocation, message)
        if message["kind"] == ProviderMessage.Kind.START:
            note = _apply_start(allocation, line)
        else:
            note = _apply_stop(allocation, line, message["message_code"])
        allocation.save(update_fields=["status", "care_started_on", "care_stopped_on", "stop_reason"])
        changes.append((allocation, note))

    provider_message = ProviderMessage.objects.create(
        kind=message["kind"],
        message_code=message["message_code"],
        # A message may carry several lines; it is filed with the first allocation it names.
        allocation=changes[0][0],
        received_at=timezone.now(),
        received_by=actor,
        content=_as_text(content),
    )
    for allocation, note in changes:
        record_on_case(allocation.decision.request, "allocation", actor=actor, note=note)
    return provider_message
