"""Every form of Plein survives hostile input: random text, numbers, dates, huge strings, unicode
and null bytes per field. ``is_valid()`` must not raise, and every error is Dutch.

The forms are discovered, not listed: a new form that cannot be built with ``data=`` alone fails
``test_every_form_can_be_built`` until its constructor arguments are added to form_kwargs().
"""

import datetime
import importlib
import pkgutil
import string

from django import forms
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plein
from plein.areas.models import District, Municipality
from plein.core.models import LifeDomain
from plein.decisions.forms import DecisionEditForm, DecisionForm
from plein.decisions.models import Provision
from plein.directory.forms import ServiceForm, StoryForm
from plein.directory.public_forms import SearchForm
from plein.monitoring.budget_views import BudgetFilterForm
from plein.monitoring.dashboard_views import WeekForm
from plein.monitoring.report_views import ReportRequestForm

# English phrases Django or a developer would write; with LANGUAGE_CODE "nl" none may show.
ENGLISH = (
    "This field",
    "Enter a valid",
    "Enter a whole",
    "Enter a number",
    "Ensure this value",
    "Ensure that",
    "Select a valid",
    "is required",
    "is not a valid",
    "characters",
    "Null characters",
    "not allowed",
    "invalid",
    "must be",
)

SKIPPED_MODULES = (".migrations", ".management", "__main__")


def plein_forms() -> list[type[forms.BaseForm]]:
    for module in pkgutil.walk_packages(plein.__path__, "plein."):
        if not any(part in module.name for part in SKIPPED_MODULES):
            importlib.import_module(module.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    found = {
        cls
        for base in (forms.Form, forms.ModelForm)
        for cls in subclasses(base)
        if cls.__module__.startswith("plein.")
    }
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def form_kwargs(world, catalogue) -> dict[type, dict]:
    """Constructor arguments of the forms that need more than ``data``."""
    municipality = world.municipality
    provision = Provision.objects.get(pk=catalogue.household_help.pk)  # as a view has it: Decimals
    return {
        DecisionForm: {"provision": provision},
        DecisionEditForm: {"provision": provision},
        ServiceForm: {"municipality": municipality},
        BudgetFilterForm: {
            "years": [2025, 2026],
            "municipalities": Municipality.objects.filter(pk=municipality.pk),
        },
        StoryForm: {"municipality": municipality},
        ReportRequestForm: {"municipalities": Municipality.objects.filter(pk=municipality.pk)},
        WeekForm: {"this_monday": datetime.date(2026, 11, 23)},
        SearchForm: {
            "domains": LifeDomain.objects.filter(active=True),
            "districts": District.objects.filter(municipality=municipality),
        },
    }


def build(form_class, kwargs_by_form, data):
    return form_class(data=data, **kwargs_by_form.get(form_class, {}))


def test_every_form_can_be_built(world, catalogue):
    kwargs_by_form = form_kwargs(world, catalogue)
    failures = []
    for form_class in plein_forms():
        try:
            build(form_class, kwargs_by_form, {})
        except Exception as error:  # the point: name every form that needs arguments
            failures.append(f"{form_class.__module__}.{form_class.__qualname__}: {error}")
    assert failures == [], "add these forms' constructor arguments to form_kwargs():\n" + "\n".join(failures)


hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.sampled_from(["", " ", "\x00", "a\x00b", "<script>alert(1)</script>", "' OR 1=1 --", "１２３"]),
    # Within 64 bits: beyond it SQLite (not PostgreSQL) overflows in Django's own ``id IN (...)``.
    st.integers(min_value=-(2**63) + 1, max_value=2**63 - 1).map(str),
    st.dates().map(lambda d: d.strftime("%d-%m-%Y")),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["31-02-2024", "00-00-0000", "9999-99-99", "1e309", "NaN", "-0", "0x1F"]),
    st.integers(min_value=1, max_value=3).map(lambda n: "x" * (10**n * 5)),
    st.text(alphabet=string.digits, min_size=8, max_size=10),  # BSN-like
)


def assert_dutch(form) -> None:
    for field, messages in form.errors.items():
        for message in messages:
            english = [word for word in ENGLISH if word.lower() in message.lower()]
            assert not english, f"{type(form).__qualname__}.{field}: English error {message!r}"


def hostile_check(form_class, field_names, kwargs_by_form):
    @settings(
        max_examples=12,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(values=st.fixed_dictionaries({}, optional={name: hostile_text for name in field_names}))
    def check(values):
        form = build(form_class, kwargs_by_form, MultiValueDict({k: [v] for k, v in values.items()}))
        try:
            form.is_valid()
        except Exception as error:
            error.add_note(f"in {form_class.__module__}.{form_class.__qualname__}")
            raise
        assert_dutch(form)

    return check


def test_no_form_raises_on_hostile_input_and_every_error_is_dutch(world, catalogue):
    kwargs_by_form = form_kwargs(world, catalogue)

    for form_class in plein_forms():
        field_names = list(build(form_class, kwargs_by_form, {}).fields)
        if field_names:
            hostile_check(form_class, field_names, kwargs_by_form)()
