"""Subject access (inzageverzoek, AVG art. 15): everything Plein keeps about one resident.

``subject_access_data(resident)`` gathers it in a bounded number of queries (independent of how many
cases, plan items or log entries there are: every relation is one prefetch). ``subject_access_json``
turns it into a plain, machine-readable dict with stable English keys and ISO dates (the JSON
export, AVG art. 15(3) "in a commonly used electronic form"); the PDF renders that same dict, so the
two downloads never differ in content.

What belongs to the resident
----------------------------
A case (casus) belongs to a household, not to one person. A case is the resident's when its
household was theirs while the case ran: the case period overlaps one of their household
memberships. A case of a household member's *earlier* household, where this resident never lived,
is not theirs. Provision requests, decisions and allocations are per person (``resident`` = "voor
wie"): only the resident's own. Intake requests and signals: those about the resident, and those
about one of their households without a named person.

"Wie heeft uw gegevens bekeken"
-------------------------------
The access log part shows, per entry, the date and time, the action, the kind of object, and the
*role*, *organisation* and *basis* of whoever looked — never the employee's username or id. AVG
art. 15(1)(c) gives the resident "the recipients or categories of recipient"; the Court of Justice
(Pankki S, C-579/21, 22 June 2023) held that the employees who consulted the data act under the
controller's authority and are not recipients, so art. 15 does not require their names. A resident
who suspects misuse can ask the privacy officer, whose own view of the log (``access_log_views``)
does show usernames and can investigate. The client address and request id are technical and are
left out too.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.db.models import BooleanField, ExpressionWrapper, Prefetch, Q, prefetch_related_objects
from django.utils import timezone

from plein.areas.models import Role
from plein.cases.models import (
    Action,
    AgendaItem,
    Case,
    CaseEvent,
    Contact,
    DomainScore,
    Handover,
    Measurement,
    PlanItem,
    SupportPlan,
)
from plein.decisions.models import Allocation, Decision, Objection, ProvisionRequest
from plein.intake.models import Request, RequestEvent
from plein.people.models import HouseholdMembership, NetworkMember, Resident
from plein.privacy.access_log import entries_matching
from plein.privacy.models import (
    AccessAction,
    AccessBasis,
    AccessLogEntry,
    AccessResult,
    Consent,
    EmergencyAccess,
    ErasureRequest,
)

SCHEMA_VERSION = 1

# Events whose note may describe a concern about safety: see SafetyConcern in LEFT_OUT.
WITHHELD_EVENT_KINDS = frozenset({CaseEvent.Kind.SAFETY, CaseEvent.Kind.CRISIS})
SIGNAL_CHANNELS = frozenset({Request.Channel.PROFESSIONAL_SIGNAL, Request.Channel.ENVIRONMENT_SIGNAL})

# Every model of src/plein/*/models.py with a link to a resident, household or case, and what this
# export does with it. Included: listed in INCLUDED. Left out or only partly: LEFT_OUT, with why.
INCLUDED = (
    "people.Resident",
    "people.HouseholdMembership (own memberships, with the household's address)",
    "people.NetworkMember",
    "privacy.Consent",
    "privacy.EmergencyAccess (when, why, how it was judged; not who)",
    "privacy.ErasureRequest (AVG art. 17 requests and how they were handled)",
    "privacy.AccessLogEntry (role, organisation, basis; see the module docstring)",
    "intake.Request and intake.RequestEvent (requests and signals)",
    "cases.Case, CaseEvent, CoordinatorAssignment, Measurement, DomainScore, Assessment, AgendaItem, "
    "Action, SupportPlan, PlanItem, Signature, Contact, Handover, ProcessDirection, SatisfactionResponse",
    "cases.SafetyConcern (dates and decision only; see LEFT_OUT)",
    "decisions.ProvisionRequest, TermSuspension, LegalityCheck, CheckAnswer, OfficerQuestion, Decision, "
    "Objection, Allocation, ProviderMessage (kind and date)",
)
LEFT_OUT = (
    (
        "people.HouseholdMembership of other members",
        "Personal data of others (AVG art. 15(4)); the resident gets their own memberships and addresses.",
    ),
    (
        "intake.Request reporter name, phone and e-mail (when someone else reported)",
        "Protects whoever reported a signal (AVG art. 15(4), UAVG art. 41); the kind of reporter and "
        "their organisation are given.",
    ),
    (
        "cases.SafetyConcern and SafetyStep content, notes of safety and crisis events",
        "A meldcode file can endanger a child or partner when handed to the person concerned. The "
        "export says such a concern exists; the privacy officer weighs with the team whether and how "
        "the content is given (UAVG art. 41(1)(i): rights and freedoms of others).",
    ),
    (
        "decisions.Decision.letter_pdf",
        "The letter was sent to the resident; the export says whether it is kept. A copy is printed "
        "from the decision page on request.",
    ),
    ("decisions.ProviderMessage.content", "The raw iWmo/iJw XML; its kind and date are given."),
    (
        "Names and usernames of professionals (recorded_by, actor, coordinator, …)",
        "Employees acting for the municipality are not recipients (CJEU C-579/21); teams, roles and "
        "organisations are given.",
    ),
    (
        "AccessLogEntry actor_username, actor_id, client_address, request_id",
        "See above; technical data with no meaning for the resident.",
    ),
    (
        "Change history (django-simple-history rows of Resident, Household, Case, …)",
        "Earlier values of the records above; the export gives the current values. On request the "
        "privacy officer adds earlier versions from the change page.",
    ),
    (
        "intake.Notification",
        "Messages to professionals; by design they carry only a reference, never a resident's data.",
    ),
    (
        "privacy.DestructionListItem, privacy.DestroyedRecord",
        "Case ids and references of destroyed cases only; the data itself is gone.",
    ),
    (
        "cases.Conference, ConferenceSchedule, CoordinatorRule, intake.TriageRule, the provision "
        "catalogue, LetterTemplate, areas.*, core.*, directory.*",
        "No personal data of residents (the resident's part of a conference is its agenda item).",
    ),
)

# What the resident reads about the above (the PDF, the JSON's "left_out", the summary page): B1 Dutch.
LEFT_OUT_NL = (
    "Gegevens van andere mensen, zoals uw huisgenoten, staan er niet in. Die mogen wij niet aan u geven.",
    "Meldde iemand anders zich over u? Dan staat er wel wat gemeld is en door wat voor soort melder, "
    "maar niet de naam en contactgegevens van die persoon.",
    "Was er een zorg over veiligheid (meldcode huiselijk geweld en kindermishandeling)? Dan staat er "
    "dat die zorg er was, maar niet wat er is opgeschreven. De privacyfunctionaris bespreekt met het "
    "team of en hoe u dat deel krijgt.",
    "De namen van medewerkers staan er niet in. U ziet wel hun rol, hun organisatie en waarom zij uw "
    "gegevens mochten zien.",
    "Brieven die wij u stuurden (beschikkingen) staan er niet opnieuw in. U ziet wel of de brief bewaard "
    "is. Wilt u een kopie? Vraag het ons.",
    "Oudere versies van gewijzigde gegevens staan er niet in, alleen hoe de gegevens nu zijn. Wilt u "
    "de oudere versies ook? Vraag het ons.",
)


@dataclass(frozen=True)
class SubjectAccess:
    resident: Resident
    memberships: list[HouseholdMembership]
    network: list[NetworkMember]
    consents: list[Consent]
    requests: list[Request]
    cases: list[Case]
    provision_requests: list[ProvisionRequest]
    other_objections: list[Objection]  # lodged by the resident against someone else's decision
    emergency_accesses: list[EmergencyAccess]
    erasure_requests: list[ErasureRequest]
    access_log: list[AccessLogEntry]

    @property
    def counts(self) -> dict[str, int]:
        decisions = [d for r in self.provision_requests for d in r.decisions.all()]
        return {
            "household_memberships": len(self.memberships),
            "network_members": len(self.network),
            "consents": len(self.consents),
            "requests": sum(1 for r in self.requests if r.channel not in SIGNAL_CHANNELS),
            "signals": sum(1 for r in self.requests if r.channel in SIGNAL_CHANNELS),
            "cases": len(self.cases),
            "plans": sum(len(c.plans.all()) for c in self.cases),
            "contacts": sum(len(c.contacts.all()) for c in self.cases),
            "handovers": sum(len(c.handovers.all()) for c in self.cases),
            "provision_requests": len(self.provision_requests),
            "decisions": len(decisions),
            "objections": sum(len(d.objections.all()) for d in decisions) + len(self.other_objections),
            "allocations": sum(len(d.allocations.all()) for d in decisions),
            "emergency_accesses": len(self.emergency_accesses),
            "erasure_requests": len(self.erasure_requests),
            "access_log": len(self.access_log),
        }


# --- gathering (the selector) --------------------------------------------------------------------


def _overlaps(case: Case, memberships: list[HouseholdMembership]) -> bool:
    opened = timezone.localdate(case.opened_at)
    closed = timezone.localdate(case.closed_at) if case.closed_at else None
    return any(
        m.household_id == case.household_id
        and (m.ends_on is None or opened <= m.ends_on)
        and (closed is None or m.starts_on <= closed)
        for m in memberships
    )


def _decisions() -> Prefetch:
    decisions = (
        Decision.objects.defer("letter_pdf")
        .annotate(has_letter=ExpressionWrapper(Q(letter_pdf__isnull=False), output_field=BooleanField()))
        .select_related("result", "provider")
        .prefetch_related(
            Prefetch("objections", Objection.objects.order_by("received_on", "id")),
            Prefetch(
                "allocations",
                Allocation.objects.select_related("provider")
                .prefetch_related("messages")
                .order_by("allocated_at", "id"),
            ),
        )
        .order_by("drafted_at", "id")
    )
    return Prefetch("decisions", decisions)


def subject_access_data(resident: Resident) -> SubjectAccess:
    """Everything kept about ``resident``: some 33 queries, however much there is (one per relation)."""
    resident = Resident.objects.select_related("municipality").get(pk=resident.pk)
    memberships = list(
        HouseholdMembership.objects.filter(resident=resident)
        .select_related("household__municipality", "household__address__neighbourhood")
        .order_by("starts_on", "id")
    )
    household_ids = sorted({m.household_id for m in memberships})
    requests = list(
        Request.objects.filter(
            Q(resident=resident) | Q(resident__isnull=True, household_id__in=household_ids)
        )
        .select_related("team", "source_organisation", "forwarded_to", "municipality")
        .prefetch_related("life_domains", Prefetch("events", RequestEvent.objects.order_by("at", "id")))
        .order_by("received_at", "id")
    )
    cases = [
        case
        for case in Case.objects.filter(household_id__in=household_ids)
        .select_related("team", "municipality")
        .order_by("opened_at", "id")
        if _overlaps(case, memberships)
    ]
    prefetch_related_objects(
        cases,
        Prefetch("events", CaseEvent.objects.order_by("at", "id")),
        "coordinator_assignments",
        Prefetch(
            "measurements",
            Measurement.objects.prefetch_related(
                Prefetch("scores", DomainScore.objects.select_related("life_domain"))
            ),
        ),
        "assessments",
        Prefetch(
            "agenda_items", AgendaItem.objects.select_related("conference").order_by("conference__starts_at")
        ),
        Prefetch("actions", Action.objects.order_by("due_on", "id")),
        Prefetch(
            "plans",
            SupportPlan.objects.order_by("version").prefetch_related(
                Prefetch("items", PlanItem.objects.select_related("life_domain", "organisation", "service")),
                "signatures",
            ),
        ),
        Prefetch("contacts", Contact.objects.order_by("held_on", "id")),
        Prefetch("handovers", Handover.objects.select_related("organisation").order_by("sent_at", "id")),
        "process_directions",
        "safety_concerns",
        "satisfaction",
        "requests",
    )
    provision_requests = list(
        ProvisionRequest.objects.filter(resident=resident)
        .select_related("provision", "result", "case", "plan_item", "legality_check")
        .prefetch_related("suspensions", "legality_check__answers", "questions", _decisions())
        .order_by("applied_on", "id")
    )
    own_decision_ids = {d.pk for r in provision_requests for d in r.decisions.all()}
    other_objections = [
        objection
        for objection in Objection.objects.filter(objector=resident).select_related("decision")
        if objection.decision_id not in own_decision_ids
    ]
    return SubjectAccess(
        resident=resident,
        memberships=memberships,
        network=list(NetworkMember.objects.filter(resident=resident).order_by("id")),
        consents=list(
            Consent.objects.filter(resident=resident)
            .select_related("organisation", "case")
            .order_by("given_on")
        ),
        requests=requests,
        cases=cases,
        provision_requests=provision_requests,
        other_objections=other_objections,
        emergency_accesses=list(
            EmergencyAccess.objects.filter(household_id__in=household_ids).order_by("started_at")
        ),
        erasure_requests=list(
            ErasureRequest.objects.filter(resident_ref=resident.pk).order_by("received_on")
        ),
        access_log=list(entries_matching(resident_id=resident.pk)),
    )


# --- serialising ---------------------------------------------------------------------------------


def _value(value):
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _fields(obj, names) -> dict:
    return {name: _value(getattr(obj, name)) for name in names}


def _choice(obj, name) -> dict | None:
    value = getattr(obj, name)
    if value in ("", None):
        return None
    return {"code": value, "label": str(getattr(obj, f"get_{name}_display")())}


def _name(obj) -> str | None:
    return str(obj) if obj is not None else None


def _address(address) -> dict:
    return {
        **_fields(
            address, ["street", "house_number", "house_letter", "house_number_addition", "postcode", "city"]
        ),
        "neighbourhood": address.neighbourhood.name,
    }


def _membership(m: HouseholdMembership) -> dict:
    return {
        "household_id": m.household_id,
        "position": _choice(m, "position"),
        **_fields(m, ["starts_on", "ends_on"]),
        "municipality": m.household.municipality.name,
        "address": _address(m.household.address),
    }


def _request(r: Request) -> dict:
    own_report = r.source == Request.Source.RESIDENT
    return {
        "reference": r.reference,
        "channel": _choice(r, "channel"),
        "source": _choice(r, "source"),
        "source_organisation": _name(r.source_organisation),
        # Only when the resident reported it themselves: see LEFT_OUT.
        "reporter": _fields(r, ["reporter_name", "reporter_phone", "reporter_email"]) if own_report else None,
        "about_household_id": r.household_id if r.resident_id is None else None,
        **_fields(
            r,
            [
                "person_description",
                "postcode",
                "house_number",
                "question",
                "minors_involved",
                "resident_knows",
                "contact_consent",
                "contact_phone",
                "contact_email",
                "received_at",
                "is_wmo_melding",
                "receipt_confirmed_at",
                "client_support_offered_at",
                "personal_plan_offered_at",
                "closed_at",
            ],
        ),
        "life_domains": [str(d) for d in r.life_domains.all()],
        "urgency": _choice(r, "urgency"),
        "contact_preference": _choice(r, "contact_preference"),
        "municipality": _name(r.municipality),
        "team": _name(r.team),
        "status": _choice(r, "status"),
        "outcome": _choice(r, "outcome"),
        "forwarded_to": _name(r.forwarded_to),
        "events": [{"kind": _choice(e, "kind"), **_fields(e, ["at", "note"])} for e in r.events.all()],
    }


def _plan(plan: SupportPlan) -> dict:
    return {
        **_fields(
            plan,
            [
                "version",
                "result_aimed_for",
                "timeline",
                "evaluate_on",
                "societal_contribution",
                "agreements",
                "created_at",
                "signed_at",
            ],
        ),
        "status": _choice(plan, "status"),
        "items": [
            {
                "rung": _choice(item, "rung"),
                "life_domain": _name(item.life_domain),
                "organisation": _name(item.organisation),
                "service": _name(item.service),
                **_fields(item, ["description", "performed_by", "starts_on", "ends_on"]),
            }
            for item in plan.items.all()
        ],
        "signatures": [
            {"signer": _choice(s, "signer"), "method": _choice(s, "method"), "signed_on": _value(s.signed_on)}
            for s in plan.signatures.all()
        ],
    }


def _case(case: Case) -> dict:
    satisfaction = getattr(case, "satisfaction", None)
    return {
        "reference": case.reference,
        "household_id": case.household_id,
        "municipality": case.municipality.name,
        "team": case.team.name,
        "state": _choice(case, "state"),
        "domain_scope": _choice(case, "domain_scope"),
        "complexity": _choice(case, "complexity"),
        "forced_framework": _choice(case, "forced_framework"),
        **_fields(
            case,
            ["opened_at", "last_reviewed_on", "closed_at", "closure_note", "aftercare", "aftercare_until"],
        ),
        "closure_reason": _choice(case, "closure_reason"),
        "request_references": [r.reference for r in case.requests.all()],
        "timeline": [
            {
                "kind": _choice(e, "kind"),
                "at": _value(e.at),
                "note": "" if e.kind in WITHHELD_EVENT_KINDS else e.note,
                "note_withheld": bool(e.note) and e.kind in WITHHELD_EVENT_KINDS,
            }
            for e in case.events.all()
        ],
        "coordinator_assignments": [
            _fields(a, ["starts_at", "ends_at", "rule", "reason"]) for a in case.coordinator_assignments.all()
        ],
        "measurements": [
            {
                "moment": _choice(m, "moment"),
                "measured_on": _value(m.measured_on),
                "participation_rung": _choice(m, "participation_rung"),
                "zrm_scores": [
                    {"life_domain": str(s.life_domain), "score": s.score, "finding": s.finding}
                    for s in m.scores.all()
                ],
            }
            for m in case.measurements.all()
        ],
        "assessments": [
            {
                **_fields(
                    a,
                    [
                        "held_on",
                        "resident_present",
                        "others_present",
                        "client_support_offered",
                        "client_supporter_present",
                        "question",
                        "own_strength",
                        "network",
                    ],
                ),
                "place": _choice(a, "place"),
                "safety": _choice(a, "safety"),
            }
            for a in case.assessments.all()
        ],
        "conference_items": [
            {
                "conference_on": _value(item.conference.starts_at),
                "reason": _choice(item, "reason"),
                **_fields(item, ["note", "decisions", "discussed_at"]),
            }
            for item in case.agenda_items.all()
        ],
        "actions": [_fields(a, ["description", "due_on", "done_at"]) for a in case.actions.all()],
        "plans": [_plan(plan) for plan in case.plans.all()],
        "contacts": [
            {
                "kind": _choice(c, "kind"),
                **_fields(c, ["held_on", "duration_minutes", "with_whom", "summary"]),
            }
            for c in case.contacts.all()
        ],
        "handovers": [
            {
                "organisation": h.organisation.name,
                "status": _choice(h, "status"),
                "consent_method": _choice(h, "consent_method"),
                "consent_given_by_resident_id": h.consent_given_by_id,
                **_fields(
                    h,
                    [
                        "information",
                        "consent_recorded_on",
                        "consent_override_reason",
                        "sent_at",
                        "responded_at",
                        "decline_reason",
                        "done_at",
                        "succeeded",
                        "outcome_note",
                    ],
                ),
            }
            for h in case.handovers.all()
        ],
        "process_directions": [
            _fields(p, ["attached_at", "withdrawn_at", "reason", "withdrawal_note"])
            for p in case.process_directions.all()
        ],
        "safety_concerns": [
            {
                **_fields(s, ["opened_at", "is_crisis", "closed_at"]),
                "decision": _choice(s, "decision"),
                "content_withheld": True,
            }
            for s in case.safety_concerns.all()
        ],
        "satisfaction": (
            _fields(satisfaction, ["score", "comment", "declined", "given_on"]) if satisfaction else None
        ),
    }


def _objection(o: Objection, decision_reference: str) -> dict:
    return {
        "reference": o.reference,
        "decision_reference": decision_reference,
        **_fields(
            o,
            [
                "received_on",
                "grounds",
                "is_late",
                "late_excusable",
                "advisory_committee",
                "extended",
                "handling_due_on",
                "outcome_note",
                "decided_on",
            ],
        ),
        "outcome": _choice(o, "outcome"),
    }


def _decision(d: Decision) -> dict:
    return {
        "reference": d.reference,
        "outcome": _choice(d, "outcome"),
        "status": _choice(d, "status"),
        "result": _name(d.result),
        "delivery_form": _choice(d, "delivery_form"),
        "provider": _name(d.provider),
        **_fields(
            d,
            [
                "extent",
                "starts_on",
                "ends_on",
                "budget",
                "legal_basis",
                "reasons",
                "objection_clause",
                "drafted_at",
                "signed_at",
                "sent_on",
                "objection_due_on",
            ],
        ),
        "letter_kept": bool(d.has_letter),
        "objections": [_objection(o, d.reference) for o in d.objections.all()],
        "allocations": [
            {
                "provider": a.provider.name,
                "status": _choice(a, "status"),
                "unit": _choice(a, "unit"),
                "frequency": _choice(a, "frequency"),
                **_fields(
                    a,
                    [
                        "number",
                        "product_category",
                        "product_code",
                        "starts_on",
                        "ends_on",
                        "volume",
                        "allocated_at",
                        "care_started_on",
                        "care_stopped_on",
                        "stop_reason",
                    ],
                ),
                "provider_messages": [
                    {
                        "kind": _choice(m, "kind"),
                        "message_code": m.message_code,
                        "received_at": _value(m.received_at),
                    }
                    for m in a.messages.all()
                ],
            }
            for a in d.allocations.all()
        ],
    }


def _provision_request(r: ProvisionRequest) -> dict:
    check = getattr(r, "legality_check", None)
    return {
        "reference": r.reference,
        "case_reference": r.case.reference if r.case else None,
        "channel": _choice(r, "channel"),
        "provision": r.provision.name,
        "law": _choice(r, "law"),
        "result": _name(r.result),
        "delivery_form": _choice(r, "delivery_form"),
        "status": _choice(r, "status"),
        "plan_item": r.plan_item.description if r.plan_item else None,
        **_fields(
            r,
            [
                "extent",
                "desired_start",
                "result_aimed_for",
                "pgb_plan",
                "justification",
                "consent_to_share",
                "applied_on",
                "decision_due_on",
                "submitted_at",
                "withdrawn_reason",
            ],
        ),
        "term_suspensions": [_fields(s, ["starts_on", "ends_on", "reason"]) for s in r.suspensions.all()],
        "legality_check": (
            {
                **_fields(check, ["started_at", "completed_at", "note"]),
                "conclusion": _choice(check, "conclusion"),
                "answers": [
                    {"question": a.question, "outcome": _choice(a, "outcome"), "note": a.note}
                    for a in check.answers.all()
                ],
            }
            if check
            else None
        ),
        "questions_to_team": [
            _fields(q, ["question", "asked_at", "answer", "answered_at"]) for q in r.questions.all()
        ],
        "decisions": [_decision(d) for d in r.decisions.all()],
    }


ROLE_LABELS = dict(Role.choices)
# What a resident reads for the kind of object in a log entry; an unknown kind shows its code.
OBJECT_LABELS = {
    "resident": "Uw persoonsgegevens",
    "resident_history": "Wijzigingen in uw persoonsgegevens",
    "resident_search": "Zoeken naar inwoners",
    "household": "Uw huishouden",
    "intake_request": "Uw melding of vraag",
    "case": "Uw casus",
    "case_assessments": "Brede gesprekken in uw casus",
    "case_contacts": "Contacten in uw casus",
    "case_history": "Wijzigingen in uw casus",
    "case_plans": "Uw ondersteuningsplan",
    "support_plan": "Uw ondersteuningsplan",
    "safety_concern": "Zorg over veiligheid",
    "handover_inbox": "Warme overdracht",
    "provision_request": "Uw aanvraag",
    "decision": "Uw beschikking",
    "objection": "Uw bezwaar",
    "allocation": "Toewijzing aan een zorgaanbieder",
    "erasure_request": "Uw verzoek tot vernietiging",
    "subject_access": "Uw inzageverzoek",
    "access_log": "Het toegangslog",
}


def _log_entry(e: AccessLogEntry) -> dict:
    # Role, organisation and basis; never the username (see the module docstring).
    return {
        "at": _value(e.at),
        "action": {"code": e.action, "label": str(AccessAction(e.action).label)},
        "object_type": e.object_type,
        "object_label": OBJECT_LABELS.get(e.object_type, e.object_type),
        "object_id": e.object_id,
        "roles": [{"code": r, "label": str(ROLE_LABELS.get(r, r))} for r in e.actor_roles or []],
        "organisation": e.actor_organisation,
        "on_behalf_of": e.on_behalf_of,
        "basis": {"code": e.basis, "label": str(AccessBasis(e.basis).label)},
        "result": {"code": e.result, "label": str(AccessResult(e.result).label)},
        "processing_activity": e.processing_activity,
    }


def subject_access_dict(data: SubjectAccess) -> dict:
    r = data.resident
    requests = [_request(req) for req in data.requests if req.channel not in SIGNAL_CHANNELS]
    signals = [_request(req) for req in data.requests if req.channel in SIGNAL_CHANNELS]
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": _value(timezone.now()),
        "municipality": r.municipality.name,
        "resident": {
            "id": r.pk,
            **_fields(
                r,
                [
                    "first_names",
                    "name_prefix",
                    "last_name",
                    "birth_date",
                    "bsn",
                    "phone",
                    "email",
                    "interpreter_needed",
                    "created_at",
                ],
            ),
            "preferred_language": _choice(r, "preferred_language"),
            "municipality": r.municipality.name,
        },
        "household_memberships": [_membership(m) for m in data.memberships],
        "network_members": [
            {**_fields(n, ["name", "helps_with", "phone"]), "relation": _choice(n, "relation")}
            for n in data.network
        ],
        "consents": [
            {
                "organisation": c.organisation.name,
                "case_reference": c.case.reference if c.case else None,
                "method": _choice(c, "method"),
                **_fields(
                    c,
                    ["purpose", "given_on", "valid_until", "recorded_at", "withdrawn_at", "withdrawal_note"],
                ),
            }
            for c in data.consents
        ],
        "requests": requests,
        "signals": signals,
        "cases": [_case(case) for case in data.cases],
        "provision_requests": [_provision_request(pr) for pr in data.provision_requests],
        "other_objections": [_objection(o, o.decision.reference) for o in data.other_objections],
        "emergency_accesses": [
            {
                **_fields(
                    e, ["started_at", "expires_at", "ended_at", "reason", "reviewed_at", "review_note"]
                ),
                "household_id": e.household_id,
                "review_outcome": _choice(e, "review_outcome"),
            }
            for e in data.emergency_accesses
        ],
        "erasure_requests": [
            {
                **_fields(
                    e, ["received_on", "due_on", "note", "assessed_at", "decided_at", "refusal_reason"]
                ),
                "status": _choice(e, "status"),
            }
            for e in data.erasure_requests
        ],
        "access_log": [_log_entry(e) for e in data.access_log],
        "left_out": list(LEFT_OUT_NL),
    }


def subject_access_json(resident: Resident) -> dict:
    """The whole export as a JSON-ready dict (schema_version, generated_at, municipality, sections)."""
    return subject_access_dict(subject_access_data(resident))
