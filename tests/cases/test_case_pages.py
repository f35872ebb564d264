"""The case page and the forms that change a case, as a coordinator uses them."""

import pytest
from django.urls import reverse
from django.utils import timezone

from plein.cases import services
from plein.cases.models import Case
from plein.intake.models import Request


def test_the_case_page_shows_the_state_timeline_the_household_and_their_ages(client, world, family_case):
    client.force_login(world.generalist)

    page = client.get(reverse("cases:case_detail", args=[family_case.pk])).content.decode()

    assert f"Casus {family_case.reference}" in page
    assert '<li class="case-steps__step" aria-current="step">Aangemeld</li>' in page
    assert 'Noor El Amrani</td><td class="num">12</td>' in page
    assert "Team Noord" in page


def test_a_case_outside_need_to_know_is_not_found(client, world, open_case):
    client.force_login(world.other_generalist)

    assert client.get(reverse("cases:case_detail", args=[open_case.pk])).status_code == 404
    assert client.get(reverse("cases:case_classify", args=[open_case.pk])).status_code == 404


def test_a_colleague_of_another_team_in_the_district_may_read_but_not_change(client, youth_coach, open_case):
    client.force_login(youth_coach)

    page = client.get(reverse("cases:case_detail", args=[open_case.pk])).content.decode()

    assert open_case.reference in page and "Classificeren" not in page
    assert client.get(reverse("cases:case_classify", args=[open_case.pk])).status_code == 403
    assert client.post(reverse("cases:case_change_state", args=[open_case.pk]), {}).status_code == 403


def test_a_team_member_opens_a_case_from_the_household_page(client, world, household):
    client.force_login(world.generalist)
    household_page = client.get(reverse("people:household_detail", args=[household.pk])).content.decode()
    open_url = reverse("cases:case_open") + f"?huishouden={household.pk}"
    assert f'href="{open_url}"' in household_page.replace("&amp;", "&")

    response = client.post(open_url)

    case = Case.objects.get(household=household)
    assert response.url == reverse("cases:case_detail", args=[case.pk])
    household_page = client.get(reverse("people:household_detail", args=[household.pk])).content.decode()
    assert case.reference in household_page and "Casus openen" not in household_page


def test_a_second_case_for_a_household_is_refused_on_the_page(client, world, open_case, household):
    client.force_login(world.generalist)

    response = client.post(reverse("cases:case_open") + f"?huishouden={household.pk}")

    assert response.status_code == 400
    assert "lopende casus" in response.content.decode()
    assert Case.objects.filter(household=household).count() == 1


def test_a_routed_request_becomes_a_case_from_the_request_page(client, world, household, routed_request):
    melding = routed_request(household)
    client.force_login(world.generalist)
    request_page = client.get(reverse("intake:request_detail", args=[melding.pk])).content.decode()
    assert reverse("cases:case_open_from_request", args=[melding.pk]) in request_page

    response = client.post(reverse("cases:case_open_from_request", args=[melding.pk]))

    case = Case.objects.get(household=household)
    assert response.url == reverse("cases:case_detail", args=[case.pk])
    melding.refresh_from_db()
    assert melding.status == Request.Status.CLOSED
    assert case.reference in client.get(reverse("intake:request_detail", args=[melding.pk])).content.decode()


def test_opening_a_case_is_not_done_on_get(client, world, household):
    client.force_login(world.generalist)

    response = client.get(reverse("cases:case_open") + f"?huishouden={household.pk}")

    assert response.status_code == 200 and not Case.objects.exists()


def test_an_edit_by_someone_else_in_between_is_refused_and_the_input_is_kept(client, world, open_case):
    client.force_login(world.generalist)
    form = {"expected_version": open_case.lock_version, "domain_scope": "multiple", "complexity": "simple"}
    services.case_classify(
        actor=world.generalist,
        case=open_case,
        expected_version=open_case.lock_version,
        domain_scope="single",
        complexity="specialist",
    )

    response = client.post(reverse("cases:case_classify", args=[open_case.pk]), form)

    page = response.content.decode()
    assert response.status_code == 400
    assert "intussen gewijzigd" in page
    assert 'value="multiple" id="id_domain_scope_1" required checked' in page
    open_case.refresh_from_db()
    assert open_case.domain_scope == "single"
    assert f'name="expected_version" value="{open_case.lock_version}"' in page

    saved_again = client.post(
        reverse("cases:case_classify", args=[open_case.pk]),
        {**form, "expected_version": open_case.lock_version},
    )

    assert saved_again.status_code == 302
    open_case.refresh_from_db()
    assert open_case.domain_scope == "multiple"


def test_the_state_form_offers_only_the_allowed_next_state(client, world, open_case):
    client.force_login(world.generalist)

    page = client.get(reverse("cases:case_change_state", args=[open_case.pk])).content.decode()

    assert (
        'value="in_conversation"' in page and 'value="execution"' not in page and 'value="closed"' not in page
    )


def test_a_coordinator_without_the_youth_role_is_refused_on_the_form(client, world, family_case):
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:coordinator_assign", args=[family_case.pk]),
        {"professional": world.generalist.pk, "reason": "Kent het gezin al"},
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Regel ‘Minderjarige in het huishouden’" in page
    assert "Kent het gezin al" in page
    family_case.refresh_from_db()
    assert family_case.coordinator is None


def test_a_youth_coach_becomes_coordinator_of_a_family(client, world, youth_coach, family_case):
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:coordinator_assign", args=[family_case.pk]), {"professional": youth_coach.pk}
    )

    assert response.status_code == 302
    family_case.refresh_from_db()
    assert family_case.coordinator == youth_coach
    assert "Joke" in client.get(reverse("cases:case_detail", args=[family_case.pk])).content.decode()


def test_an_action_is_added_and_shown_on_the_case_page(client, world, open_case):
    client.force_login(world.generalist)
    due = timezone.localdate().strftime("%d-%m-%Y")

    response = client.post(
        reverse("cases:action_add", args=[open_case.pk]),
        {"description": "Huisarts bellen", "owner": world.generalist.pk, "due_on": due},
    )

    assert response.status_code == 302
    assert "Huisarts bellen" in client.get(reverse("cases:case_detail", args=[open_case.pk])).content.decode()


def test_a_case_is_brought_into_the_conference_from_the_case_page(client, world, open_case):
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:agenda_item_add", args=[open_case.pk]), {"reason": "stuck", "note": "Geen voortgang"}
    )

    assert response.status_code == 302
    assert open_case.agenda_items.get().reason == "stuck"


def assessment_form(domain, **overrides):
    data = {
        "held_on": timezone.localdate().strftime("%d-%m-%Y"),
        "place": "home",
        "resident_present": "on",
        "question": "Wij willen rust in huis en de schulden op een rij.",
        "safety": "no_concerns",
        "participation_rung": "2",
        f"score_{domain.pk}": "2",
        f"finding_{domain.pk}": "Betalingsachterstanden",
    }
    data.update(overrides)
    return data


def life_domain():
    from plein.core.models import LifeDomain

    return LifeDomain.objects.filter(active=True).first() or LifeDomain.objects.create(
        code="financien", name="Financiën", order=1
    )


def test_the_broad_conversation_is_recorded_with_zrm_scores(client, world, open_case):
    domain = life_domain()
    client.force_login(world.generalist)
    form_page = client.get(reverse("cases:assessment_record", args=[open_case.pk])).content.decode()
    assert "Geen diagnoses" in form_page and f'for="id_score_{domain.pk}"' in form_page

    response = client.post(reverse("cases:assessment_record", args=[open_case.pk]), assessment_form(domain))

    assert response.status_code == 302
    open_case.refresh_from_db()
    assert open_case.state == Case.State.IN_CONVERSATION
    page = client.get(reverse("cases:case_detail", args=[open_case.pk])).content.decode()
    assert (
        "Wij willen rust in huis" in page
        and f'<th scope="row">{domain.name}</th><td class="num">2</td>' in page
    )


def test_a_broad_conversation_without_any_score_is_refused_and_the_story_is_kept(client, world, open_case):
    domain = life_domain()
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:assessment_record", args=[open_case.pk]),
        assessment_form(domain, **{f"score_{domain.pk}": "", f"finding_{domain.pk}": ""}),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Geef voor ten minste één leefgebied een ZRM-score." in page
    assert "Wij willen rust in huis" in page


def test_a_case_is_closed_with_the_satisfaction_question_declined(client, world, open_case):
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:case_close", args=[open_case.pk]),
        {
            "expected_version": open_case.lock_version,
            "reason": "resident_stopped",
            "note": "De inwoner wil geen hulp meer.",
            "satisfaction_declined": "on",
        },
    )

    assert response.status_code == 302, response.content.decode()
    open_case.refresh_from_db()
    assert open_case.state == Case.State.CLOSED
    page = client.get(reverse("cases:case_detail", args=[open_case.pk])).content.decode()
    assert "de inwoner wilde niet antwoorden" in page and "Wat wilt u doen?" not in page


def test_a_safety_concern_is_opened_and_its_steps_follow_the_meldcode(client, world, open_case):
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:safety_concern_open", args=[open_case.pk]), {"signals": "Blauwe plekken gezien."}
    )

    concern = open_case.safety_concerns.get()
    assert response.url == reverse("cases:safety_concern_detail", args=[open_case.pk, concern.pk])
    skipped = client.post(
        response.url, {"step": "3", "done_on": timezone.localdate().strftime("%d-%m-%Y"), "note": "Gesprek"}
    )
    assert skipped.status_code == 400
    assert "De meldcode volgt vijf stappen op volgorde" in skipped.content.decode()


def test_a_team_member_asks_for_a_procesregisseur(client, world, process_director, open_case):
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:process_director_attach", args=[open_case.pk]),
        {"director": process_director.pk, "reason": "De casus loopt vast tussen twee partners."},
    )

    assert response.status_code == 302
    page = client.get(reverse("cases:case_detail", args=[open_case.pk])).content.decode()
    assert "Procesregisseur" in page and "Pim" in page


FORM_PAGES = [
    "assessment_record",
    "case_classify",
    "case_refer_on",
    "coordinator_assign",
    "case_change_state",
    "contact_record",
    "action_add",
    "agenda_item_add",
    "case_close",
    "handover_send",
    "safety_concern_open",
    "process_direction",
]


@pytest.mark.parametrize("name", FORM_PAGES)
def test_every_form_page_has_a_labelled_form_and_changes_nothing_on_get(client, world, open_case, name):
    client.force_login(world.generalist)
    events = open_case.events.count()

    response = client.get(reverse(f"cases:{name}", args=[open_case.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1>" in page and "<label" in page and 'method="post"' in page
    assert open_case.events.count() == events


def test_the_partner_inbox_is_only_for_network_partners(client, world, partner_user):
    client.force_login(partner_user)
    assert (
        "Er zijn geen overdrachten voor uw organisatie."
        in client.get(reverse("cases:handover_inbox")).content.decode()
    )

    client.force_login(world.generalist)
    assert client.get(reverse("cases:handover_inbox")).status_code == 404


def test_the_navigation_shows_the_case_items_per_role(client, world, partner_user):
    client.force_login(world.generalist)
    page = client.get(reverse("cases:work_lists")).content.decode()
    assert ">Casussen</a>" in page and ">Overleg</a>" in page and ">Overdrachten</a>" not in page

    client.force_login(partner_user)
    page = client.get(reverse("cases:handover_inbox")).content.decode()
    assert ">Overdrachten</a>" in page and ">Casussen</a>" not in page


def _queries_for_case_page(client, case) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("cases:case_detail", args=[case.pk])).status_code == 200
    return len(queries)


def _add_work(world, case, plan, partner, n: int) -> None:
    """n more contacts, plan items, actions, hand-overs and assessments on the case."""
    from plein.core.models import LifeDomain

    anna = case.household.memberships.order_by("id").first().resident
    domains = list(LifeDomain.objects.filter(active=True)[:3])
    for number in range(n):
        services.contact_record(
            actor=world.generalist,
            case=case,
            held_on=timezone.localdate(),
            kind="phone",
            duration_minutes=15,
            with_whom="Anna",
        )
        services.plan_item_add(
            actor=world.generalist,
            plan=plan,
            rung=1 + number % 5,
            description=f"Onderdeel {number}",
            performed_by="Anna",
            starts_on=timezone.localdate(),
        )
        services.action_add(
            actor=world.generalist,
            case=case,
            description=f"Actie {number}",
            owner=world.generalist,
            due_on=timezone.localdate(),
        )
        services.handover_send(
            actor=world.generalist,
            case=case,
            organisation=partner,
            information=f"Overdracht {number}",
            consent_given_by=anna,
            consent_method="verbal",
            consent_recorded_on=timezone.localdate(),
        )
        services.measurement_record(
            actor=world.generalist,
            case=case,
            moment="interim",
            measured_on=timezone.localdate(),
            scores={domain.pk: (3, "") for domain in domains},
            participation_rung=2,
        )


def test_the_case_page_takes_the_same_number_of_queries_however_much_work_is_on_it(
    client, world, draft_plan, partner_org
):
    case = draft_plan.case
    _add_work(world, case, draft_plan, partner_org, 1)
    client.force_login(world.generalist)
    with_little = _queries_for_case_page(client, case)

    _add_work(world, case, draft_plan, partner_org, 8)

    assert _queries_for_case_page(client, case) == with_little


def test_only_the_coordinator_is_offered_to_record_a_hand_overs_outcome(
    client, world, youth_coach, partner_org, partner_user, family_case
):
    """The service lets only the regiehouder (or the partner) finish a hand-over: a team member who
    is not the regiehouder gets no link, and no form to fill in for nothing."""
    services.coordinator_assign(actor=world.generalist, case=family_case, professional=youth_coach)
    mother = family_case.household.memberships.order_by("id").first().resident
    handover = services.handover_send(
        actor=world.generalist,
        case=family_case,
        organisation=partner_org,
        information="Hulp bij de administratie.",
        consent_given_by=mother,
        consent_method="verbal",
        consent_recorded_on=timezone.localdate(),
    )
    services.handover_accept(actor=partner_user, handover=handover)
    complete = reverse("cases:case_handover_complete", args=[family_case.pk, handover.pk])

    client.force_login(world.generalist)
    assert complete not in client.get(reverse("cases:case_detail", args=[family_case.pk])).content.decode()
    assert client.get(complete).status_code == 403

    client.force_login(youth_coach)
    assert complete in client.get(reverse("cases:case_detail", args=[family_case.pk])).content.decode()
    assert client.post(complete, {"succeeded": "yes"}).status_code == 302
