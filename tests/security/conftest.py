"""One small world for the security tests: every role of Plein around one household.

Municipality A has Team Noord (district of postcode 1701AB) and Team Zuid (1702CD). Anna and Kees
Jansen live at 1701AB and are served by Team Noord: a case, a signed plan, a provision request with a
sent decision, an objection and an allocation. The professionals are built on ``world`` of
tests/conftest.py and the case and decision fixtures; everything goes through the services.
"""

import datetime
from dataclasses import dataclass, field

import pytest
from django.test import Client
from django.utils import timezone

from plein.areas.models import Role, Team
from plein.cases import services as case_services
from plein.cases.models import AgendaItem
from plein.decisions import services as decision_services
from plein.directory.models import Service, Story, SynonymGroup
from plein.monitoring.indicators import INDICATORS
from plein.monitoring.models import Report
from plein.people.models import NetworkMember, Professional, Resident
from plein.people.services import api_token_issue, network_member_add
from plein.privacy import consent as consent_services
from plein.privacy.models import EmergencyAccess, ErasureRequest
from plein.privacy.retention import destruction_list_draw_up
from tests.cases.conftest import _professional
from tests.decisions.conftest import (  # noqa: F401  (fixtures shared with the decisions tests)
    anna,
    case_world,
    catalogue,
    conversation_case,
    draft_plan,
    household,
    officer,
    open_case,
    provider,
    sign_plan,
    signed_plan_item,
)
from tests.decisions.decision_steps import checked_request, draft, sign

BSN = "111222333"  # passes the eleven test
KEES_BSN = "123456782"
PHONE = "0612345678"
EMAIL = "anna.jansen@example.nl"


@dataclass
class SecurityWorld:
    """The objects the URL matrix fills path parameters from, and the users of every role."""

    users: dict[str, object]
    ids: dict[str, object]
    household: object
    case: object
    residents: list = field(default_factory=list)

    def personal_data(self) -> list[str]:
        """Strings that identify the residents: none of them may reach a role without need-to-know."""
        values = []
        for resident in self.residents:
            values += [resident.bsn, resident.last_name, resident.first_names, resident.phone, resident.email]
            values += [resident.birth_date.strftime("%d-%m-%Y"), resident.birth_date.isoformat()]
        # Not the postcode: alone it is reference data (the routing table shows "1701AB 1–99").
        values.append(self.household.address.street)
        return sorted({value for value in values if value and len(value) >= 4})


@pytest.fixture
def security_world(
    world, case_world, officer, catalogue, provider, signed_plan_item, draft_plan, household, anna
) -> SecurityWorld:
    today = timezone.localdate()
    municipality = world.municipality
    organisation = world.organisation
    team_south = Team.objects.get(name="Team Zuid")
    kees = household.memberships.order_by("id").last().resident
    # Not 17-05-1980: the date forms show as their example would look like a leak.
    Resident.objects.filter(pk=anna.pk).update(
        bsn=BSN, phone=PHONE, email=EMAIL, birth_date=datetime.date(1981, 3, 12)
    )
    Resident.objects.filter(pk=kees.pk).update(bsn=KEES_BSN)
    anna.refresh_from_db()
    kees.refresh_from_db()

    def professional(username, role, **where):
        return _professional(username, role, organisation=organisation, first_name="Lid", **where)

    users = {
        "anonymous": None,
        "generalist": world.generalist,
        "other_team": professional("zuid", Role.GENERALIST, team=team_south),
        "front_office": world.front_office,
        "decision_officer": officer,
        "team_coordinator": case_world.team_coordinator,
        "policy": world.policy,
        "functional_admin": professional("beheerder", Role.FUNCTIONAL_ADMIN, municipality=municipality),
        "privacy_officer": professional("privacy", Role.PRIVACY_OFFICER, municipality=municipality),
        "directory_editor": professional("redacteur", Role.DIRECTORY_EDITOR, municipality=municipality),
        "network_partner": case_world.partner_user,
        # An account with admin access but no role and no superuser flag: it must see nothing.
        "staff_only": Professional.objects.create_user(username="staf", password="x", is_staff=True),
    }

    case = draft_plan.case
    plan = draft_plan
    plan_item = signed_plan_item
    action = case_services.action_add(
        actor=world.generalist,
        case=case,
        description="Bel de woningcorporatie.",
        owner=world.generalist,
        due_on=today + datetime.timedelta(days=7),
    )
    agenda_item = case_services.agenda_item_add(
        actor=world.generalist, case=case, reason=AgendaItem.Reason.choices[0][0]
    )
    concern = case_services.safety_concern_open(
        actor=world.generalist, case=case, signals="Zorgen over de veiligheid thuis."
    )
    handover = case_services.handover_send(
        actor=world.generalist,
        case=case,
        organisation=case_world.partner_org,
        information="Schulden op een rij zetten.",
        consent_given_by=anna,
        consent_method="verbal",
        consent_recorded_on=today,
    )
    member = network_member_add(
        actor=world.front_office, resident=anna, name="Marije", relation=NetworkMember.Relation.choices[0][0]
    )
    consent = consent_services.consent_record(
        actor=world.generalist,
        resident=anna,
        organisation=case_world.partner_org,
        purpose="Schuldhulp",
        given_on=today,
        method="verbal",
    )
    intake_request = case.requests.first() or _intake_request(world, anna)

    provision_request = checked_request(
        world, officer, catalogue.household_help, anna, plan_item=plan_item, consent_to_share=True
    )
    decision = sign(officer, draft(officer, provision_request, provider=provider))
    objection = decision_services.objection_register(
        actor=officer, decision=decision, objector=anna, received_on=today, grounds="Te weinig uren."
    )
    allocation = decision_services.allocation_create(actor=officer, decision=decision)
    other_request = checked_request(world, officer, catalogue.stair_lift, kees, extent=1, complete=False)
    question = decision_services.question_ask(
        actor=officer, request=other_request, question="Hoe hoog is de trap?"
    )

    service = Service.objects.create(
        municipality=municipality, organisation=case_world.partner_org, name="Schuldhulp"
    )
    story = Story.objects.create(
        municipality=municipality, title="Hulp bij geld", slug="hulp-bij-geld", summary="Kort.", body="Lang."
    )
    synonyms = SynonymGroup.objects.create(words="schulden, geldzorgen")
    destruction_list = destruction_list_draw_up(municipality_id=municipality.pk)

    now = timezone.now()
    # An ended break-the-glass access by the other team (it must not open the household to them
    # during the walk), and an erasure request for Anna: the objects of the privacy officer's pages.
    emergency = EmergencyAccess.objects.create(
        professional=users["other_team"],
        household=household,
        reason="Crisis buiten kantooruren.",
        started_at=now - datetime.timedelta(hours=2),
        expires_at=now - datetime.timedelta(hours=1),
        ended_at=now - datetime.timedelta(hours=1),
    )
    erasure = ErasureRequest.objects.create(
        municipality=municipality,
        resident=anna,
        resident_ref=anna.pk,
        received_on=today,
        due_on=today + datetime.timedelta(days=28),
        recorded_by=users["privacy_officer"],
    )
    # A finished report (made directly: generating one is tested in tests/monitoring) with one table.
    indicator_code = next(iter(INDICATORS))
    report = Report.objects.create(
        municipality=municipality,
        kind=Report.Kind.TWELVE_MONTHS,
        period_start=datetime.date(today.year, 1, 1),
        period_end=today,
        status=Report.Status.DONE,
        progress=100,
        requested_by=users["policy"],
        requested_at=now,
        finished_at=now,
        data={
            "indicators": [
                {
                    "code": indicator_code,
                    "name": "Indicator",
                    "description": "",
                    "unit": "",
                    "columns": ["Soort", "Aantal"],
                    "rows": [["Alles", "<5"]],
                    "note": "",
                }
            ],
            "teams": [],
            "districts": [],
        },
        pdf=b"%PDF-1.7",
        xlsx=b"PK",
    )
    ids = {
        "resident_id": anna.pk,
        "member_id": member.pk,
        "household_id": household.pk,
        "membership_id": household.memberships.order_by("id").last().pk,
        "team_id": world.team.pk,
        "case_id": case.pk,
        "plan_id": plan.pk,
        "action_id": action.pk,
        "handover_id": handover.pk,
        "concern_id": concern.pk,
        "conference_id": agenda_item.conference_id,
        "intake_request_id": intake_request.pk,
        "provision_request_id": provision_request.pk,
        "plan_item_id": plan_item.pk,
        "question_id": question.pk,
        "decision_id": decision.pk,
        "objection_id": objection.pk,
        "allocation_id": allocation.pk,
        "service_id": service.pk,
        "service_hsds_id": service.hsds_id,
        "organization_hsds_id": case_world.partner_org.hsds_id,
        "organisation_id": case_world.partner_org.pk,
        "story_id": story.pk,
        "story_slug": story.slug,
        "group_id": synonyms.pk,
        "municipality_id": municipality.pk,
        "list_id": destruction_list.pk,
        "destruction_item_id": 0,
        "consent_id": consent.pk,
        "import_id": 0,
        "reference": intake_request.reference,
        "wmo_step": "receipt",
        "professional_id": users["generalist"].pk,
        "admin_app_label": "people",
        "access_id": emergency.pk,
        "erasure_request_id": erasure.pk,
        "totp_device_id": 0,  # the admin checks the permission first
        "report_id": report.pk,
        "code": indicator_code,
    }
    return SecurityWorld(users=users, ids=ids, household=household, case=case, residents=[anna, kees])


def _intake_request(world, resident):
    from plein.intake import services as intake_services
    from plein.intake.models import Request

    return intake_services.request_register(
        actor=world.front_office,
        channel=Request.Channel.PHONE,
        source=Request.Source.RESIDENT,
        question="Wij komen er financieel niet meer uit.",
        resident=resident,
    )


@pytest.fixture
def client_for(security_world, verified_client_for):
    """A web client per role name: anonymous is a fresh client, everyone else is 2FA-verified."""

    def make(role: str) -> Client:
        user = security_world.users[role]
        return Client() if user is None else verified_client_for(user)

    return make


@pytest.fixture
def api_client_for(security_world):
    """An API client per role name with a bearer token; anonymous sends no token."""

    def make(role: str) -> Client:
        user = security_world.users[role]
        if user is None:
            return Client()
        return Client(headers={"Authorization": f"Bearer {api_token_issue(professional=user)}"})

    return make
