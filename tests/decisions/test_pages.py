"""The decisions pages as the back office and the generalist use them: the work list with its terms,
a request from a signed plan item, the legality check, signing (four eyes), the letter, the
allocation message and an objection. Need-to-know: 404 outside it, 403 without a say."""

import datetime
import re

import pytest
from django.urls import reverse

from plein.decisions import istandaarden, services
from plein.decisions.models import CheckAnswer, Decision, Objection, ProvisionRequest
from tests.decisions.decision_steps import JUSTIFICATION, checked_request, deny_fields, draft, sign, today


def page(client, name, *args, status=200, query=""):
    response = client.get(reverse(f"decisions:{name}", args=args) + query)
    assert response.status_code == status, (name, response.status_code)
    return response.content.decode()


def term_label(days: int) -> str:
    return f"nog {days} dagen"


@pytest.fixture
def help_request(world, officer, catalogue, signed_plan_item, anna):
    """Household help for Anna, 3 hours a week in kind, from the signed plan; checked and in order."""
    return checked_request(world, officer, catalogue.household_help, anna, plan_item=signed_plan_item)


@pytest.fixture
def submitted_request(world, catalogue, signed_plan_item, anna):
    """Household help for Anna from the signed plan, waiting for the check."""
    return services.request_create(
        actor=world.generalist,
        provision=catalogue.household_help,
        resident=anna,
        plan_item=signed_plan_item,
        extent=3,
        desired_start=today(),
        delivery_form="in_kind",
        justification=JUSTIFICATION,
    )


def days_left(application: ProvisionRequest) -> int:
    return (application.decision_due_on - today()).days


# --- a request from the plan -------------------------------------------------------------------


def test_a_generalist_applies_from_a_signed_plan_item_and_sees_it_on_the_case_page(
    client, world, catalogue, signed_plan_item, anna
):
    case = signed_plan_item.plan.case
    client.force_login(world.generalist)
    plan_page = client.get(
        reverse("cases:plan_detail", args=[case.pk, signed_plan_item.plan_id])
    ).content.decode()
    form_url = reverse("decisions:request_create_from_plan_item", args=[signed_plan_item.pk])
    assert f'href="{form_url}"' in plan_page and "Aanvraag maken" in plan_page

    form = page(client, "request_create_from_plan_item", signed_plan_item.pk)
    assert "Huishoudelijke ondersteuning (Wmo 2015; 1–8 uren per week)" in form
    assert "Jeugdhulp ambulant" in form  # the whole catalogue of the municipality
    assert '<optgroup label="Huishoudelijke ondersteuning">' in form

    response = client.post(
        form_url,
        {
            "provision": catalogue.household_help.pk,
            "resident": anna.pk,
            "extent": "3,5",
            "desired_start": today().strftime("%d-%m-%Y"),
            "result": catalogue.household_help.results.first().pk,
            "delivery_form": "in_kind",
            "justification": JUSTIFICATION,
            "consent_to_share": "on",
        },
    )

    application = ProvisionRequest.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("decisions:request_detail", args=[application.pk])
    assert str(application.extent) == "3.50" and application.plan_item == signed_plan_item
    case_page = client.get(reverse("cases:case_detail", args=[case.pk])).content.decode()
    assert "Aanvragen en beschikkingen" in case_page
    assert application.reference in case_page
    assert term_label(days_left(application)) in case_page
    detail = page(client, "request_detail", application.pk)
    assert JUSTIFICATION in detail and "wacht op controle" in detail
    assert "Controle starten" not in detail  # the generalist does not check


def test_an_extent_outside_the_bounds_is_refused_on_the_form_with_what_was_typed(
    client, world, catalogue, signed_plan_item, anna
):
    client.force_login(world.generalist)

    response = client.post(
        reverse("decisions:request_create_from_plan_item", args=[signed_plan_item.pk]),
        {
            "provision": catalogue.household_help.pk,
            "resident": anna.pk,
            "extent": "12",
            "desired_start": today().strftime("%d-%m-%Y"),
            "delivery_form": "in_kind",
            "justification": "Hulp bij het huishouden, het lukt niet meer.",
        },
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "De omvang van Huishoudelijke ondersteuning is" in body
    assert 'href="#id_extent"' in body  # the error summary links to the field
    assert 'name="extent" value="12"' in body
    assert "Hulp bij het huishouden, het lukt niet meer." in body
    assert not ProvisionRequest.objects.exists()


def test_only_items_of_a_signed_plan_offer_a_request(client, world, draft_plan):
    client.force_login(world.generalist)

    plan_page = client.get(
        reverse("cases:plan_detail", args=[draft_plan.case_id, draft_plan.pk])
    ).content.decode()

    assert "Aanvraag maken" not in plan_page


def test_a_direct_application_is_taken_by_the_officer(client, officer, catalogue, anna):
    client.force_login(officer)
    url = reverse("decisions:request_create") + f"?resident={anna.pk}"
    resident_page = client.get(reverse("people:resident_detail", args=[anna.pk])).content.decode()
    assert f'href="{url}"' in resident_page.replace("&amp;", "&")
    assert "Rechtstreekse aanvraag" in client.get(url).content.decode()

    response = client.post(
        url,
        {
            "provision": catalogue.household_help.pk,
            "resident": anna.pk,
            "extent": "2",
            "desired_start": today().strftime("%d-%m-%Y"),
            "delivery_form": "in_kind",
            "justification": "Aanvraag per brief ontvangen.",
            "applied_on": (today() - datetime.timedelta(days=2)).strftime("%d-%m-%Y"),
        },
    )

    application = ProvisionRequest.objects.get()
    assert response.url == reverse("decisions:request_detail", args=[application.pk])
    assert application.channel == "direct" and application.applied_on == today() - datetime.timedelta(days=2)


def test_a_generalist_may_not_take_a_direct_application(client, world, anna):
    client.force_login(world.generalist)
    assert (
        "Aanvraag maatwerkvoorziening"
        not in client.get(reverse("people:resident_detail", args=[anna.pk])).content.decode()
    )

    assert client.get(reverse("decisions:request_create") + f"?resident={anna.pk}").status_code == 403


# --- the back office ---------------------------------------------------------------------------


def test_the_work_list_shows_the_back_offices_work_with_its_terms(
    client, officer, provider, submitted_request, help_request
):
    decision = draft(officer, help_request, provider=provider)
    client.force_login(officer)

    work = page(client, "work_list")

    for heading in ("Wacht op controle", "In controle", "Te ondertekenen", "Bezwaren"):
        assert heading in work
    assert submitted_request.reference in work and decision.reference in work
    assert "Huishoudelijke ondersteuning" in work and "Wmo 2015" in work
    assert term_label(days_left(submitted_request)) in work
    assert submitted_request.applied_on.strftime("%d-%m-%Y") in work


def test_an_overdue_request_is_marked_on_the_work_list(client, officer, submitted_request):
    ProvisionRequest.objects.filter(pk=submitted_request.pk).update(
        decision_due_on=today() - datetime.timedelta(days=2)
    )
    client.force_login(officer)

    work = page(client, "work_list")

    assert '<tr class="row--overdue">' in work
    assert "<strong>2 dagen te laat</strong>" in work


def test_another_municipalitys_officer_sees_none_of_it(client, other_officer, provider, help_request):
    decision = sign(help_request.officer, draft(help_request.officer, help_request, provider=provider))
    client.force_login(other_officer)

    assert help_request.reference not in page(client, "work_list")
    page(client, "request_detail", help_request.pk, status=404)
    page(client, "request_check", help_request.pk, status=404)
    page(client, "decision_detail", decision.pk, status=404)
    page(client, "decision_letter", decision.pk, status=404)
    page(client, "objection_create", decision.pk, status=404)


def test_a_case_worker_sees_the_request_but_has_no_say_in_it(client, world, provider, help_request):
    decision = draft(help_request.officer, help_request, provider=provider)
    client.force_login(world.generalist)

    detail = page(client, "request_detail", help_request.pk)

    assert "Beschikking opstellen" not in detail and "Termijn opschorten" not in detail
    page(client, "request_check", help_request.pk, status=403)
    page(client, "decision_create", help_request.pk, status=403)
    page(client, "decision_edit", decision.pk, status=403)
    assert client.post(reverse("decisions:decision_sign", args=[decision.pk])).status_code == 403
    page(client, "work_list", status=404)


def test_the_officer_checks_a_request_point_by_point(client, officer, submitted_request):
    client.force_login(officer)
    check_url = reverse("decisions:request_check", args=[submitted_request.pk])
    assert "Controle starten" in page(client, "request_detail", submitted_request.pk)

    assert client.post(check_url, {"starten": "1"}).url == check_url
    submitted_request.refresh_from_db()
    answers = list(CheckAnswer.objects.filter(check_record__request=submitted_request))
    form = page(client, "request_check", submitted_request.pk)
    assert "Woont de inwoner in de gemeente (BRP)?" in form
    assert term_label(days_left(submitted_request)) in form

    incomplete = client.post(
        check_url,
        {
            "expected_version": submitted_request.lock_version,
            f"outcome_{answers[0].pk}": "met",
            "afronden": "1",
        },
    )
    assert incomplete.status_code == 400
    assert "Er is iets niet goed ingevuld" in incomplete.content.decode()
    assert f'value="met" id="id_outcome_{answers[0].pk}_0" checked' in incomplete.content.decode()

    data = {f"outcome_{answer.pk}": "met" for answer in answers}
    data.update(
        {
            f"note_{answers[0].pk}": "BRP gecontroleerd.",
            "conclusion": "meets",
            "expected_version": submitted_request.lock_version,
            "afronden": "1",
        }
    )
    response = client.post(check_url, data)

    assert response.status_code == 302
    detail = page(client, "request_detail", submitted_request.pk)
    assert "BRP gecontroleerd." in detail and "Beschikking opstellen" in detail
    # The generalist learns the outcome of the check, not the officer's notes per point.
    client.force_login(submitted_request.submitted_by)
    detail = page(client, "request_detail", submitted_request.pk)
    assert "getoetst" in detail and "BRP gecontroleerd." not in detail


def test_a_question_to_the_generalist_is_answered_on_the_request_page(
    client, world, officer, submitted_request
):
    client.force_login(officer)
    response = client.post(
        reverse("decisions:question_ask", args=[submitted_request.pk]),
        {"question": "Kan Kees een deel van het huishouden doen?"},
    )
    assert response.status_code == 302
    question = submitted_request.questions.get()

    client.force_login(world.generalist)
    detail = page(client, "request_detail", submitted_request.pk)
    assert "Kan Kees een deel van het huishouden doen?" in detail
    answer_url = reverse("decisions:question_answer", args=[question.pk])
    assert answer_url in detail
    response = client.post(answer_url, {"answer": "Nee, Kees werkt van zeven tot zeven."})

    assert response.status_code == 302
    assert "Nee, Kees werkt van zeven tot zeven." in page(client, "request_detail", submitted_request.pk)


def test_the_officer_suspends_the_term_and_ends_the_suspension(client, officer, submitted_request):
    client.force_login(officer)
    due_before = submitted_request.decision_due_on

    response = client.post(
        reverse("decisions:suspension_start", args=[submitted_request.pk]),
        {"starts_on": today().strftime("%d-%m-%Y"), "reason": "De inwoner levert de huurgegevens nog aan."},
    )
    assert response.status_code == 302
    assert "De termijn is opgeschort" in page(client, "request_detail", submitted_request.pk)

    response = client.post(
        reverse("decisions:suspension_end", args=[submitted_request.pk]),
        {"ends_on": today().strftime("%d-%m-%Y")},
    )

    assert response.status_code == 302
    submitted_request.refresh_from_db()
    assert submitted_request.decision_due_on > due_before


# --- decisions ---------------------------------------------------------------------------------


def test_a_grant_is_drafted_on_the_form_and_a_wrong_end_date_is_refused(
    client, officer, provider, help_request
):
    client.force_login(officer)
    url = reverse("decisions:decision_create", args=[help_request.pk])
    form = page(client, "decision_create", help_request.pk)
    assert "Alleen bij toekenning of gedeeltelijke toekenning." in form
    data = {
        "outcome": "grant",
        "result": help_request.provision.results.first().pk,
        "extent": "3",
        "starts_on": today().strftime("%d-%m-%Y"),
        "ends_on": (today() - datetime.timedelta(days=1)).strftime("%d-%m-%Y"),
        "delivery_form": "in_kind",
        "provider": provider.pk,
        "legal_basis": help_request.provision.legal_basis,
        "reasons": "Anna kan het huishouden niet meer zelf doen.",
    }

    refused = client.post(url, data)

    assert refused.status_code == 400
    assert "De einddatum ligt vóór de ingangsdatum." in refused.content.decode()
    assert not Decision.objects.exists()

    response = client.post(
        url, {**data, "ends_on": (today() + datetime.timedelta(days=364)).strftime("%d-%m-%Y")}
    )

    decision = Decision.objects.get()
    assert response.url == reverse("decisions:decision_detail", args=[decision.pk])
    detail = page(client, "decision_detail", decision.pk)
    assert "Een schoon en leefbaar huis" in detail and "Ondertekenen" in detail


def test_a_decision_without_reasons_is_refused_in_dutch(client, officer, help_request):
    client.force_login(officer)

    response = client.post(
        reverse("decisions:decision_create", args=[help_request.pk]), {"outcome": "deny", "reasons": ""}
    )

    assert response.status_code == 400
    assert "Een beschikking zonder motivering kan niet." in response.content.decode()


def test_a_denial_on_the_form_ignores_the_grant_fields_it_starts_with(client, officer, help_request):
    """The form opens with what was asked for filled in; choosing 'Afwijzing' must not make the
    officer empty every grant field first."""
    client.force_login(officer)
    url = reverse("decisions:decision_create", args=[help_request.pk])
    page(client, "decision_create", help_request.pk)

    # What the form starts with: the request's result, extent, start and delivery form.
    response = client.post(
        url,
        {
            "result": help_request.result_id or help_request.provision.results.first().pk,
            "extent": "3",
            "starts_on": help_request.desired_start.strftime("%d-%m-%Y"),
            "delivery_form": help_request.delivery_form,
            "outcome": "deny",
            "reasons": "Kees kan het huishouden overnemen.",
        },
    )

    assert response.status_code == 302
    denial = Decision.objects.get(request=help_request)
    assert denial.outcome == Decision.Outcome.DENY
    assert (denial.result, denial.extent, denial.starts_on, denial.delivery_form) == (None, None, None, "")


def test_four_eyes_the_sign_button_waits_for_a_colleague(
    client, world, officer, second_officer, provider, catalogue, signed_plan_item, anna
):
    lift = checked_request(world, officer, catalogue.stair_lift, anna, plan_item=signed_plan_item, extent=1)
    decision = draft(officer, lift, provider=provider, ends_on=None)
    sign_url = reverse("decisions:decision_sign", args=[decision.pk])
    client.force_login(officer)
    assert "Ondertekenen" in page(client, "decision_detail", decision.pk)

    response = client.post(sign_url, {"expected_version": decision.lock_version})

    decision.refresh_from_db()
    assert response.status_code == 302 and decision.status == Decision.Status.AWAITING_SECOND
    detail = page(client, "decision_detail", decision.pk)
    assert "wacht op de handtekening van een collega" in detail and sign_url not in detail
    refused = client.post(sign_url, {"expected_version": decision.lock_version}, follow=True)
    assert "vier ogen" in refused.content.decode()
    decision.refresh_from_db()
    assert decision.status == Decision.Status.AWAITING_SECOND

    client.force_login(second_officer)
    assert "Als tweede ondertekenen" in page(client, "decision_detail", decision.pk)
    signed = client.post(sign_url, {"expected_version": decision.lock_version}, follow=True)

    decision.refresh_from_db()
    assert decision.status == Decision.Status.SENT
    assert "De beschikking is ondertekend en verzonden." in signed.content.decode()
    assert "Bezwaartermijn" in signed.content.decode() and "nog " in signed.content.decode()


def test_four_eyes_the_second_officer_sends_the_decision_back_to_draft_with_a_reason(
    client, world, officer, second_officer, provider, catalogue, signed_plan_item, anna
):
    lift = checked_request(world, officer, catalogue.stair_lift, anna, plan_item=signed_plan_item, extent=1)
    decision = sign(officer, draft(officer, lift, provider=provider, ends_on=None))
    return_url = reverse("decisions:decision_return", args=[decision.pk])
    client.force_login(officer)
    assert return_url not in page(client, "decision_detail", decision.pk)  # not one's own decision

    client.force_login(second_officer)
    assert return_url in page(client, "decision_detail", decision.pk)
    empty = client.post(return_url, {"expected_version": decision.lock_version, "reason": " "})
    assert empty.status_code == 400 and "Schrijf op waarom" in empty.content.decode()
    response = client.post(
        return_url,
        {"expected_version": decision.lock_version, "reason": "De maten van de trap ontbreken in de toets."},
        follow=True,
    )

    decision.refresh_from_db()
    assert decision.status == Decision.Status.DRAFT and decision.signed_by is None
    assert "De eerste handtekening vervalt." in response.content.decode()
    client.force_login(officer)
    detail = page(client, "decision_detail", decision.pk)
    assert "De maten van de trap ontbreken in de toets." in detail and "Concept wijzigen" in detail
    assert "maten van de trap" not in " ".join(lift.case.events.values_list("note", flat=True))


def test_the_letter_is_downloaded_as_pdf(client, world, officer, provider, help_request):
    decision = draft(officer, help_request, provider=provider)
    client.force_login(officer)
    concept = client.get(reverse("decisions:decision_letter", args=[decision.pk]))
    assert concept.status_code == 200 and concept["Content-Type"] == "application/pdf"
    client.force_login(world.generalist)
    page(client, "decision_letter", decision.pk, status=404)  # no concept letters for the case worker

    sign(officer, decision)
    response = client.get(reverse("decisions:decision_letter", args=[decision.pk]))

    decision.refresh_from_db()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="beschikking-{decision.reference}.pdf"'
    assert response.content == bytes(decision.letter_pdf) and response.content.startswith(b"%PDF")


def test_a_granted_provision_in_kind_is_allocated_and_its_wmo301_downloaded(
    client, world, officer, provider, help_request, anna
):
    anna.bsn = "111222333"
    anna.save(update_fields=["bsn"])
    decision = sign(officer, draft(officer, help_request, provider=provider))
    client.force_login(officer)
    assert "Toewijzen aan de aanbieder" in page(client, "decision_detail", decision.pk)

    response = client.post(reverse("decisions:allocation_create", args=[decision.pk]), {})

    assert response.status_code == 302
    allocation = decision.allocations.get()
    detail = page(client, "decision_detail", decision.pk)
    assert allocation.number in detail and "WMO301-bericht downloaden" in detail
    message = client.get(reverse("decisions:allocation_message", args=[allocation.pk]))
    assert message.status_code == 200 and message["Content-Type"] == "application/xml"
    assert message["Content-Disposition"] == f'attachment; filename="toewijzing-{allocation.number}.xml"'
    assert b"iwmo/3_2/wmo301/schema" in message.content
    istandaarden.validate(message.content, "WMO301")

    client.force_login(world.generalist)
    assert client.get(reverse("decisions:allocation_message", args=[allocation.pk])).status_code == 403


# --- objections --------------------------------------------------------------------------------


def test_a_denial_is_objected_to_and_upheld_with_a_new_decision(client, officer, help_request, anna):
    denial = sign(officer, services.decision_draft(actor=officer, request=help_request, **deny_fields()))
    client.force_login(officer)
    detail = page(client, "decision_detail", denial.pk)
    assert "Bezwaar registreren" in detail and "Bezwaartermijn" in detail

    response = client.post(
        reverse("decisions:objection_create", args=[denial.pk]),
        {
            "objector": anna.pk,
            "received_on": today().strftime("%d-%m-%Y"),
            "grounds": "Kees werkt de hele dag; hij kan het huishouden niet doen.",
        },
    )

    objection = Objection.objects.get()
    assert response.url == reverse("decisions:objection_detail", args=[objection.pk])
    objection_page = page(client, "objection_detail", objection.pk)
    assert "Kees werkt de hele dag" in objection_page and "nog " in objection_page
    assert objection.reference in page(client, "work_list")

    decided = client.post(
        reverse("decisions:objection_decide", args=[objection.pk]),
        {
            "expected_version": objection.lock_version,
            "outcome": "upheld",
            "outcome_note": "Gebruikelijke hulp is niet mogelijk.",
        },
    )

    new_url = reverse("decisions:decision_create", args=[help_request.pk]) + f"?bezwaar={objection.pk}"
    assert decided.url == new_url
    form = client.get(new_url).content.decode()
    assert "Na bezwaar " + objection.reference in form
    response = client.post(
        new_url,
        {
            "outcome": "grant",
            "result": help_request.provision.results.first().pk,
            "extent": "3",
            "starts_on": today().strftime("%d-%m-%Y"),
            "delivery_form": "pgb",
            "budget": "1200",
            "reasons": "Na bezwaar: Kees kan het huishouden niet overnemen.",
        },
    )
    assert response.status_code == 302, response.content.decode()
    new = Decision.objects.get(follows_objection=objection)
    assert objection.reference in page(client, "decision_detail", new.pk)


def test_the_handling_term_of_an_objection_is_extended_once(client, officer, help_request, anna):
    denial = sign(officer, services.decision_draft(actor=officer, request=help_request, **deny_fields()))
    objection = services.objection_register(
        actor=officer, decision=denial, objector=anna, received_on=today(), grounds="Niet eens."
    )
    client.force_login(officer)
    extend_url = reverse("decisions:objection_extend", args=[objection.pk])
    assert extend_url in page(client, "objection_detail", objection.pk)

    response = client.post(extend_url, {"expected_version": objection.lock_version}, follow=True)

    objection.refresh_from_db()
    assert objection.extended
    assert "verdaagd" in response.content.decode() and extend_url not in response.content.decode()


# --- provider messages, navigation, start page -------------------------------------------------


def test_a_file_that_is_no_provider_message_is_refused(client, officer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(officer)
    upload = SimpleUploadedFile("bericht.xml", b"dit is geen xml", content_type="application/xml")

    response = client.post(reverse("decisions:provider_message_upload"), {"message": upload})

    body = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_message"' in body and 'enctype="multipart/form-data"' in body


def test_the_provider_message_page_is_for_officers_only(client, world):
    client.force_login(world.generalist)

    assert client.get(reverse("decisions:provider_message_upload")).status_code == 404


def test_the_navigation_and_start_page_show_decisions_to_officers_only(
    client, world, officer, submitted_request
):
    client.force_login(officer)
    home = client.get(reverse("home")).content.decode()
    assert re.search(r'href="/beschikkingen/"[^>]*>Beschikkingen</a>', home)
    assert "Wacht op controle: 1" in home

    client.force_login(world.generalist)
    home = client.get(reverse("home")).content.decode()
    assert ">Beschikkingen</a>" not in home and "Wacht op controle" not in home


def test_the_generalist_withdraws_a_request_on_behalf_of_the_resident(client, world, submitted_request):
    client.force_login(world.generalist)
    url = reverse("decisions:request_withdraw", args=[submitted_request.pk])
    assert url in page(client, "request_detail", submitted_request.pk)

    response = client.post(
        url, {"expected_version": submitted_request.lock_version, "reason": "Anna regelt het zelf."}
    )

    submitted_request.refresh_from_db()
    assert response.status_code == 302 and submitted_request.status == ProvisionRequest.Status.WITHDRAWN
    detail = page(client, "request_detail", submitted_request.pk)
    assert "Anna regelt het zelf." in detail and url not in detail


def test_a_draft_edited_by_a_colleague_in_between_is_refused_with_the_input_kept(
    client, officer, second_officer, provider, help_request
):
    decision = draft(officer, help_request, provider=provider)
    client.force_login(officer)
    url = reverse("decisions:decision_edit", args=[decision.pk])
    form = page(client, "decision_edit", decision.pk)
    assert f'name="expected_version" value="{decision.lock_version}"' in form
    services.decision_update(
        actor=second_officer,
        decision=decision,
        expected_version=decision.lock_version,
        outcome="deny",
        reasons="Kees kan het overnemen.",
    )

    response = client.post(
        url,
        {"expected_version": decision.lock_version, "outcome": "deny", "reasons": "Mijn eigen motivering."},
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "intussen gewijzigd" in body and "Mijn eigen motivering." in body
