"""Fixtures of the report tests: municipality A with a few requests, among them exactly three at the
desk (a cell that must show "<5" everywhere), and clients for its policy officer."""

import datetime
import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

import pytest
from django.test import Client
from django.utils import timezone

from plein.intake.models import Request
from plein.intake.services import request_register
from plein.people.services import api_token_issue

DESK_LABEL = Request.Channel.DESK.label


@dataclass
class ReportWorld:
    world: object
    year: int


@pytest.fixture
def report_world(world) -> ReportWorld:
    for channel, count in ((Request.Channel.DESK, 3), (Request.Channel.PHONE, 7), (Request.Channel.WEB, 6)):
        for number in range(count):
            request_register(
                actor=world.front_office,
                channel=channel,
                source=Request.Source.RESIDENT,
                question="Hulp bij de administratie.",
                postcode="1701AB",
                house_number=number + 1,
            )
    return ReportWorld(world=world, year=timezone.localdate().year)


@pytest.fixture
def policy_client(world, verified_client_for) -> Client:
    return verified_client_for(world.policy)


@pytest.fixture
def policy_api(world) -> Client:
    return Client(headers={"Authorization": f"Bearer {api_token_issue(professional=world.policy)}"})


def this_year_period() -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    return datetime.date(today.year, 1, 1), today


_NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def xlsx_sheets(content: bytes) -> dict[str, list[list[str]]]:
    """The cells of every worksheet as text (openpyxl is not installed: read the XML)."""
    archive = zipfile.ZipFile(io.BytesIO(content))
    shared = []
    if "xl/sharedStrings.xml" in archive.namelist():
        root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
        shared = [
            "".join(t.text or "" for t in si.iter(f"{{{_NS['x']}}}t")) for si in root.findall("x:si", _NS)
        ]
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    names = [sheet.get("name") for sheet in workbook.find("x:sheets", _NS)]
    sheets = {}
    for number, name in enumerate(names, start=1):
        root = ElementTree.fromstring(archive.read(f"xl/worksheets/sheet{number}.xml"))
        rows = []
        for row in root.iter(f"{{{_NS['x']}}}row"):
            cells = []
            for cell in row.findall("x:c", _NS):
                value = cell.find("x:v", _NS)
                text = "" if value is None else value.text or ""
                if cell.get("t") == "s":
                    text = shared[int(text)]
                elif cell.get("t") == "inlineStr":
                    text = "".join(t.text or "" for t in cell.iter(f"{{{_NS['x']}}}t"))
                cells.append(text)
            rows.append(cells)
        sheets[name] = rows
    return sheets


def row_labelled(rows: list[list], label: str) -> list:
    return next(row for row in rows if row and row[0] == label)


def numbers_in(text: str) -> list[str]:
    return re.findall(r"\d+", text)
