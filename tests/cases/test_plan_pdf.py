"""The printed support plan: an A4 PDF of one version, drafts marked as concept (issue 4, item 6)."""

import pytest
from django.utils import timezone
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from plein.cases import printing, services
from plein.cases.models import PlanItem
from plein.cases.services.plan import PLAN_FIELDS

A4_IN_CSS_PX = (pytest.approx(210 / 25.4 * 96), pytest.approx(297 / 25.4 * 96))


def _document(plan):
    return HTML(string=printing.plan_print_html(plan), url_fetcher=printing.NO_FETCHING).render()


def _new_version(world, case, **changes):
    plan = services.plan_start(actor=world.generalist, case=case)
    values = {name: getattr(plan, name) for name in PLAN_FIELDS}
    return services.plan_update(
        actor=world.generalist, plan=plan, expected_version=plan.lock_version, **{**values, **changes}
    )


def test_the_printed_plan_is_an_a4_pdf_titled_with_the_case_reference(draft_plan):
    pdf = printing.plan_pdf(draft_plan)

    assert pdf.startswith(b"%PDF-")
    document = _document(draft_plan)
    assert len(document.pages) >= 1
    assert (document.pages[0].width, document.pages[0].height) == A4_IN_CSS_PX
    assert document.metadata.title == f"Ondersteuningsplan {draft_plan.case.reference} versie 1"


def test_the_print_has_the_whole_plan_in_the_fixed_format(world, draft_plan):
    plan = services.plan_update(
        actor=world.generalist,
        plan=draft_plan,
        expected_version=draft_plan.lock_version,
        result_aimed_for=draft_plan.result_aimed_for,
        timeline=draft_plan.timeline,
        evaluate_on=None,
        societal_contribution="Kees helpt twee ochtenden per week in de buurttuin.",
        agreements=draft_plan.agreements,
    )

    html = printing.plan_print_html(plan)

    for text in (
        "Gemeente A",
        "Team Noord",
        plan.case.reference,
        "Anna Jansen",
        "Kees Jansen",
        "Anna en Kees hebben over een jaar geen betalingsachterstanden meer.",
        "Eerst de schulden op een rij, daarna elke maand samen de post.",
        "Netwerk / mantelzorg",
        "Zus Marije helpt elke maand met de post.",
        "Marije (zus)",
        "vanaf 1-1-2020",
        "Kees helpt twee ochtenden per week in de buurttuin.",
        "Anna belt de woningcorporatie voor een betalingsregeling.",
        "Handtekeningen",
    ):
        assert text in html, text


def test_a_draft_is_printed_as_concept_not_signed(draft_plan):
    html = printing.plan_print_html(draft_plan)

    assert '<p class="concept">CONCEPT – niet ondertekend</p>' in html
    assert "Getekend op" not in html


def test_a_signed_plan_prints_both_signatures_with_date_and_method(world, draft_plan, sign_plan):
    plan = sign_plan(draft_plan)
    plan.refresh_from_db()

    html = printing.plan_print_html(plan)

    assert "CONCEPT" not in html
    assert html.count(f"Getekend op {timezone.localdate():%-d}") == 2
    assert "Op papier" in html
    assert "Anna Jansen" in html and world.generalist.get_full_name() in html
    assert printing.plan_pdf(plan).startswith(b"%PDF-")


def test_the_old_signed_version_stays_printable_unchanged_after_a_new_version_is_signed(
    world, draft_plan, sign_plan
):
    first = sign_plan(draft_plan)
    second = _new_version(world, first.case, result_aimed_for="Schuldenvrij en een vaste baan.")
    services.plan_item_add(
        actor=world.generalist,
        plan=second,
        rung=PlanItem.Rung.GENERAL_PROVISION,
        description="Cursus omgaan met geld in het buurthuis.",
        performed_by="Buurthuis De Schakel",
        starts_on=timezone.localdate(),
    )
    sign_plan(second)
    first.refresh_from_db()

    html = printing.plan_print_html(first)

    assert "Deze versie is vervangen door een nieuwere versie van het plan." in html
    assert "Anna en Kees hebben over een jaar geen betalingsachterstanden meer." in html
    assert "Schuldenvrij en een vaste baan." not in html
    assert "Cursus omgaan met geld" not in html
    assert html.count("Getekend op") == 2
    assert printing.plan_pdf(first).startswith(b"%PDF-")


def test_a_long_plan_flows_onto_more_pages(world, draft_plan):
    short = len(_document(draft_plan).pages)
    for number in range(40):
        services.plan_item_add(
            actor=world.generalist,
            plan=draft_plan,
            rung=PlanItem.Rung.TEAM_SUPPORT,
            description=f"Gesprek {number + 1} met de budgetcoach over de maandelijkse uitgaven.",
            performed_by="Budgetcoach van Team Noord",
            starts_on=timezone.localdate(),
        )

    assert len(_document(draft_plan).pages) > short


class RecordingFetcher(URLFetcher):
    def __init__(self):
        super().__init__()
        self.asked = []

    def fetch(self, url, headers=None):
        self.asked.append(url)
        raise ValueError("printing must not fetch")


def test_printing_fetches_nothing_even_when_the_plan_text_contains_markup(world, draft_plan, monkeypatch):
    plan = services.plan_update(
        actor=world.generalist,
        plan=draft_plan,
        expected_version=draft_plan.lock_version,
        result_aimed_for=draft_plan.result_aimed_for,
        timeline=draft_plan.timeline,
        evaluate_on=None,
        societal_contribution="",
        agreements='<img src="http://example.invalid/x.png"><link rel="stylesheet" href="http://example.invalid/s.css">',
    )
    recorder = RecordingFetcher()
    monkeypatch.setattr(printing, "NO_FETCHING", recorder)

    pdf = printing.plan_pdf(plan)

    assert pdf.startswith(b"%PDF-")
    assert recorder.asked == []
    assert "&lt;img src=" in printing.plan_print_html(plan)
