"""Demo reference data of monitoring: tariffs for the default catalogue's provisions, an hourly
rate per municipality and a population budget per district, for last year and this year, so the
budget page (``/monitoring/budget/``) shows figures from the first login.

Prices are round, plausible amounts per unit, not any municipality's real tariffs. The budgets are
set after the demo's decisions and contacts exist: each district gets its forecast (or, without
costs, a minimum) times a factor around one, so some districts are over budget and some under.
"""

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils import timezone

from plein.areas.models import Municipality
from plein.decisions.models import Provision, Unit
from plein.monitoring.budgets import budget_overview
from plein.monitoring.models import AreaBudget, HourlyRate, ProvisionTariff

# Price per unit, by the provision's unit (iStandaarden WJ756).
PRICE_PER_UNIT = {
    Unit.MINUTE: Decimal("1.40"),
    Unit.HOUR: Decimal("62.50"),
    Unit.DAY: Decimal("145.00"),
    Unit.DAY_PART: Decimal("48.00"),
    Unit.PIECE: Decimal("35.00"),
    Unit.EURO: Decimal("1.00"),
}
# Aids are priced per piece, but a piece of them costs far more than a taxi ride.
PRICE_BY_NAME = {
    "Rolstoel": Decimal("1800.00"),
    "Scootmobiel": Decimal("3200.00"),
    "Traplift": Decimal("6500.00"),
    "Schuldhulpverlening": Decimal("1500.00"),
}
INDEXATION = Decimal("1.03")  # this year's tariffs and rate: last year's plus 3%
HOURLY_RATE = Decimal("80.00")
# Budget = forecast × factor, cycling through the districts: some over, some under budget.
BUDGET_FACTORS = (Decimal("1.15"), Decimal("0.92"), Decimal("1.05"), Decimal("0.97"))
MINIMUM_BUDGET = Decimal("25000")


def _round(amount: Decimal, step: Decimal) -> Decimal:
    return (amount / step).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * step


def create_budgets(municipalities: Iterable[Municipality], *, today: date | None = None) -> int:
    """Tariffs, hourly rates and district budgets for last year and this year; returns the number
    of budgets. Run after the decisions and contacts: the budgets follow their forecast."""
    today = today or timezone.localdate()
    years = (today.year - 1, today.year)
    municipalities = list(municipalities)
    tariffs = []
    for provision in Provision.objects.filter(municipality__in=municipalities).only("pk", "name", "unit"):
        price = PRICE_BY_NAME.get(provision.name, PRICE_PER_UNIT[provision.unit])
        tariffs.append(ProvisionTariff(provision=provision, valid_from=date(years[0], 1, 1), price=price))
        tariffs.append(
            ProvisionTariff(
                provision=provision,
                valid_from=date(years[1], 1, 1),
                price=_round(price * INDEXATION, Decimal("0.01")),
            )
        )
    ProvisionTariff.objects.bulk_create(tariffs)
    HourlyRate.objects.bulk_create(
        HourlyRate(
            municipality=municipality,
            year=year,
            rate=HOURLY_RATE if year == years[0] else _round(HOURLY_RATE * INDEXATION, Decimal("0.5")),
        )
        for municipality in municipalities
        for year in years
    )
    budgets = []
    for municipality in municipalities:
        for year in years:
            overview = budget_overview(municipality.pk, year, today=today)
            for index, line in enumerate(overview.districts):
                # A district without costs in the demo gets a round minimum.
                amount = (line.forecast or MINIMUM_BUDGET) * BUDGET_FACTORS[index % len(BUDGET_FACTORS)]
                step = Decimal("1000") if amount >= 10 * MINIMUM_BUDGET else Decimal("100")
                budgets.append(AreaBudget(district_id=line.area_id, year=year, amount=_round(amount, step)))
    AreaBudget.objects.bulk_create(budgets)
    return len(budgets)
