"""A policy officer has the 4-month report made for the demo municipality: they see every indicator
as a chart with its table, a count of three residents shows as "<5", and they download the report as
PDF and as Excel workbook."""

import datetime
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from plein.areas.models import Municipality
from plein.intake.models import Request
from plein.intake.services import request_register
from plein.monitoring.indicators import INDICATORS
from plein.people.models import Resident
from tests.e2e.helpers import assert_accessible
from tests.monitoring.conftest_reports import row_labelled, xlsx_sheets

pytestmark = pytest.mark.e2e

RARE = Request.Channel.OUTREACH


def report_year() -> int:
    """This year once its first four months are over, else last year."""
    today = timezone.localdate()
    return today.year if today >= datetime.date(today.year, 5, 1) else today.year - 1


def exactly_three_rare_requests(year: int) -> None:
    """Whatever the seed made: in the 4-month period of ``year``, exactly three requests come in
    through the rare channel (outreach), so its cell must be suppressed."""
    municipality = Municipality.objects.get(cbs_code="GM0398")
    start = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
    end = datetime.datetime(year, 4, 30, tzinfo=datetime.UTC)
    Request.objects.filter(municipality=municipality, channel=RARE, received_at__range=(start, end)).update(
        channel=Request.Channel.PHONE
    )
    residents = Resident.objects.filter(municipality=municipality).order_by("id")[:3]
    assert len(residents) == 3
    for day, resident in enumerate(residents, start=10):
        request = request_register(
            channel=RARE,
            source=Request.Source.PROFESSIONAL,
            question="Bij een huisbezoek in de straat opgevallen.",
            resident=resident,
            received_at=datetime.datetime(year, 2, day, 12, tzinfo=datetime.UTC),
        )
        assert request.municipality_id == municipality.pk


def test_policy_officer_generates_and_downloads_the_four_month_report(demo, log_in_demo, page, live_server):
    year = report_year()
    exactly_three_rare_requests(year)

    log_in_demo("beleid")
    page.goto(live_server.url + reverse("monitoring:reports"))
    expect(page.get_by_role("heading", name="Rapportages", exact=True)).to_be_visible()
    page.get_by_label("Soort rapportage").select_option("4m")
    page.get_by_label("Jaar").fill(str(year))
    page.get_by_role("button", name="Rapportage maken").click()

    # The demo runs tasks at once: the report is done when its page opens.
    expect(page.get_by_role("heading", name="4-maandsrapportage", level=1)).to_be_visible()
    expect(page.get_by_text(f"1 januari {year} tot en met 30 april {year}")).to_be_visible()
    charts = page.locator("figure svg[role=img]")
    expect(charts.first).to_be_visible()
    assert charts.count() >= 1
    assert page.locator("table").count() == len(INDICATORS)

    channels = page.locator("table#tabel-0-requests_by_channel")
    rare_row = channels.get_by_role("row").filter(has=page.get_by_role("rowheader", name=RARE.label))
    expect(rare_row.get_by_role("cell")).to_have_text(["<5"])
    assert_accessible(page)

    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Downloaden als PDF").click()
    pdf = Path(pdf_download.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF")
    assert pdf_download.value.suggested_filename.endswith(".pdf")
    assert pdf_download.value.suggested_filename.startswith("rapportage-")

    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="Downloaden als Excel (XLSX)").click()
    sheets = xlsx_sheets(Path(xlsx_download.value.path()).read_bytes())
    assert row_labelled(sheets["requests_by_channel"], RARE.label)[1:] == ["<5"]

    # The list keeps the report, with its links.
    page.get_by_role("link", name="Alle rapportages").click()
    expect(page.get_by_role("cell", name="Klaar")).to_be_visible()

    # The dashboard and the budgets pass axe too: charts with their titles, tables with captions.
    for name in ("monitoring:dashboard", "monitoring:budget"):
        page.goto(live_server.url + reverse(name))
        assert_accessible(page)
