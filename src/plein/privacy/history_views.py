"""The change history pages (Wijzigingen) of a case and of a resident.

Who changed which field of the record, when, from what to what: successive history rows of the same
record compared with django-simple-history's ``diff_against``. Only those who may see the record see
its history (the same need-to-know lookups as the record's own page; others get 404), and reading it
is logged like reading the record (object type ``case_history`` / ``resident_history``).

A case's page covers the case, its support plans with their items and its assessments; a resident's
page covers the resident and their consents.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.text import Truncator
from django.views.decorators.http import require_GET

from plein.cases.models import Assessment, Case, PlanItem, SupportPlan
from plein.cases.views import visible_case
from plein.people.models import Resident
from plein.people.views import _visible_resident
from plein.privacy.access_log import log_view_access
from plein.privacy.models import Consent

EMPTY = "—"
KINDS = {"+": "Aangemaakt", "~": "Gewijzigd", "-": "Verwijderd"}


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    at: datetime
    who: str
    record: str
    kind: str
    changes: list[FieldChange] = field(default_factory=list)


def _who(row) -> str:
    user = row.history_user
    if user is None:
        # A management command or background task: there was no logged-in user.
        return "Systeem"
    return user.get_full_name() or user.get_username()


def _display(model_field: models.Field, value, related: dict) -> str:
    if value is None or value == "":
        return EMPTY
    if model_field.is_relation:
        return str(related.get((model_field.related_model, value), f"nr. {value}"))
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return formats.date_format(timezone.localtime(value), "j F Y H:i")
    if isinstance(value, date):
        return formats.date_format(value, "j F Y")
    if isinstance(value, Decimal):
        return formats.localize(value)
    return str(value)


def _entries(rows: list, record_label: Callable) -> list[HistoryEntry]:
    """Rows of one history model, oldest first per record: each compared with the row before it."""
    if not rows:
        return []
    history_model = type(rows[0])
    model = history_model.instance_type
    pk_name = model._meta.pk.attname
    previous = {}
    pending = []
    for row in rows:
        key = getattr(row, pk_name)
        old = previous.get(key)
        previous[key] = row
        if row.history_type == "~" and old is not None:
            changes = row.diff_against(old).changes
            if not changes:
                continue  # saved without a change in what the history keeps
        else:
            changes = []
        pending.append((row, changes))
    # Related objects of the changed foreign keys, one query per related model.
    wanted = defaultdict(set)
    for _, changes in pending:
        for change in changes:
            model_field = model._meta.get_field(change.field)
            if model_field.is_relation:
                wanted[model_field.related_model].update(v for v in (change.old, change.new) if v is not None)
    related = {
        (related_model, pk): obj
        for related_model, ids in wanted.items()
        for pk, obj in related_model._default_manager.in_bulk(ids).items()
    }
    entries = []
    for row, changes in pending:
        shown = []
        for change in changes:
            model_field = model._meta.get_field(change.field)
            shown.append(
                FieldChange(
                    label=str(model_field.verbose_name).capitalize(),
                    old=_display(model_field, change.old, related),
                    new=_display(model_field, change.new, related),
                )
            )
        entries.append(
            HistoryEntry(
                at=row.history_date,
                who=_who(row),
                record=record_label(row),
                kind=KINDS[row.history_type],
                changes=shown,
            )
        )
    return entries


def _rows(history_queryset, model) -> list:
    pk_name = model._meta.pk.attname
    return list(
        history_queryset.select_related("history_user").order_by(pk_name, "history_date", "history_id")
    )


def case_history_entries(case: Case) -> list[HistoryEntry]:
    """The case, its plans and plan items and its assessments; deleted ones included. Newest first."""
    plan_rows = _rows(SupportPlan.history.filter(case_id=case.pk), SupportPlan)
    plan_ids = {row.id for row in plan_rows}
    entries = [
        *_entries(_rows(Case.history.filter(id=case.pk), Case), lambda row: f"Casus {row.reference}"),
        *_entries(plan_rows, lambda row: f"Ondersteuningsplan versie {row.version}"),
        *_entries(
            _rows(PlanItem.history.filter(plan_id__in=plan_ids), PlanItem),
            lambda row: f"Onderdeel van het arrangement: {Truncator(row.description).chars(60)}",
        ),
        *_entries(
            _rows(Assessment.history.filter(case_id=case.pk), Assessment),
            lambda row: f"Breed gesprek van {formats.date_format(row.held_on, 'j F Y')}",
        ),
    ]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)


def resident_history_entries(resident: Resident) -> list[HistoryEntry]:
    """The resident and their consents; deleted ones included. Newest first."""
    entries = [
        *_entries(_rows(Resident.history.filter(id=resident.pk), Resident), lambda row: "Inwoner"),
        *_entries(
            _rows(Consent.history.filter(resident_id=resident.pk), Consent),
            lambda row: f"Toestemming: {Truncator(row.purpose).chars(60)}",
        ),
    ]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)


@login_required
@require_GET
def case_history(request: HttpRequest, case_id: int) -> HttpResponse:
    case = log_view_access(
        request,
        object_type="case_history",
        object_id=case_id,
        lookup=lambda: visible_case(request, case_id),
        concerns=lambda case: {"household_id": case.household_id},
    )
    return render(
        request,
        "privacy/history/changes.html",
        {
            "title": f"Wijzigingen in casus {case.reference}",
            "back_url": reverse("cases:case_detail", args=[case.pk]),
            "back_label": "Terug naar de casus",
            "entries": case_history_entries(case),
        },
    )


@login_required
@require_GET
def resident_history(request: HttpRequest, resident_id: int) -> HttpResponse:
    resident = log_view_access(
        request,
        object_type="resident_history",
        object_id=resident_id,
        lookup=lambda: _visible_resident(request, resident_id),
        concerns=lambda resident: {"resident_id": resident.pk},
    )
    return render(
        request,
        "privacy/history/changes.html",
        {
            "title": f"Wijzigingen bij {resident.full_name}",
            "back_url": reverse("people:resident_detail", args=[resident.pk]),
            "back_label": "Terug naar de inwoner",
            "entries": resident_history_entries(resident),
        },
    )
