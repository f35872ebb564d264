"""``make bench``: Plein served by gunicorn against PostgreSQL, loaded from a separate process.

One run: make sure the ``plein_bench`` database holds the data set of the chosen scale (loaded once,
reused afterwards), time the bare SQL each page runs, start gunicorn as production does, log in as
``generalist`` from the load generator and measure every scenario, read the workers' memory, stop
the server, time the periodic reports and the subject-access export in this process (``jobs``),
and write bench/results/latest.json and the tables in docs/benchmarks.md.

Every figure comes with a ratio against a baseline measured in the same run: pages against
``/bench/baseline/`` (a logged-in view that does nothing), SQL against ``SELECT 1``, a report or
an export against its own SQL replayed bare, a report's PDF and workbook against its generation.
The run fails (exit code 1) when any request, report or export failed.
"""

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import benchdb
import jobs
import report
import sqlbench
from server import Server, free_port

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
BIN = Path(sys.executable).parent
RESULTS = BENCH_DIR / "results" / "latest.json"
DOCS = REPO_DIR / "docs" / "benchmarks.md"
SETTINGS = "plein.conf.bench"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/plein_bench"
USERNAME = "generalist"
# The back office's decision officer: sees every provision request of the municipality.
OFFICER = "consulent"
# How far the resident count may differ from the scale's target before the data set is reloaded.
SCALE_TOLERANCE = 0.05
# Request variants taken in turn by the load generator, and by the SQL replay.
HTTP_VARIANTS = 40
SQL_VARIANTS = 10
RANDOM_SEED = 2026
# The target: search latency with 5,000 services on the municipality's social map.
SOCIAL_MAP_SERVICES = 5_000
SOCIAL_MAP_MUNICIPALITY = "GM0398"
# What residents type: everyday words, whole questions, a typo, a word in nearly every service.
SOCIAL_MAP_QUERIES = (
    "ik kan mijn boodschappen niet meer doen",
    "geldzorgen",
    "eenzaam",
    "rolstoel",
    "boodschapen",
    "schulden",
    "hulp bij het huishouden",
    "mantelzorg",
    "opvoeding puber",
    "dagbesteding",
    "vervoer naar het ziekenhuis",
    "taalles",
    "werk zoeken",
    "scootmobiel",
    "maaltijd",
    "rollator",
    "depressie",
    "buurthuis",
    "hulp",
    "ondersteuning thuis voor ouderen",
)


# What the generalist types for a phone call (the request create scenario).
REQUEST_FORM = {
    "channel": "phone",
    "source": "resident",
    "question": "Mijn moeder redt het thuis niet meer alleen sinds haar val. Wat kan er geregeld worden?",
    "urgency": "normal",
}
# A plan's text as saved in the plan save scenario.
PLAN_FORM = {
    "result_aimed_for": "De inwoner woont veilig thuis en heeft weer een vaste dagstructuur.",
    "timeline": "Binnen drie maanden.",
    "evaluate_on": "",
    "societal_contribution": "",
    "agreements": "Wekelijks contact met de regiehouder; de dochter regelt de boodschappen.",
}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--scale",
        default=os.environ.get("BENCH_SCALE") or "city",
        help="demo, municipality of city (standaard); ook via BENCH_SCALE.",
    )
    parser.add_argument(
        "--reseed", action="store_true", help="Laad de gegevensset opnieuw, ook als ze er al is."
    )
    parser.add_argument(
        "--requests", type=int, default=400, help="Gemeten verzoeken per scenario (standaard 400)."
    )
    parser.add_argument("--warmup", type=int, default=40, help="Opwarmverzoeken per scenario (standaard 40).")
    parser.add_argument(
        "--concurrency", type=int, default=16, help="Gelijktijdige verzoeken (standaard 16, zoals het doel)."
    )
    parser.add_argument(
        "--max-seconds", type=float, default=20.0, help="Hoogstens zo lang per scenario (standaard 20)."
    )
    parser.add_argument("--sql-iterations", type=int, default=300, help="Herhalingen per SQL-meting.")
    parser.add_argument(
        "--job-runs", type=int, default=3, help="Gemeten keren per rapportage en inzage-export (standaard 3)."
    )
    parser.add_argument(
        "--job-seconds",
        type=float,
        default=60.0,
        help="Hoogstens zo lang per rapportage of export (standaard 60).",
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn-workers (standaard 2).")
    parser.add_argument("--worker-class", default="sync", help="gunicorn worker-class (standaard sync).")
    parser.add_argument("--threads", type=int, default=1, help="Threads per worker (alleen gthread).")
    parser.add_argument("--port", type=int, default=0, help="Poort op 127.0.0.1 (standaard: een vrije).")
    parser.add_argument(
        "--no-docs", action="store_true", help="Werk docs/benchmarks.md niet bij (alleen latest.json)."
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="Waar de JSON komt.")
    return parser.parse_args()


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def plein(*args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [str(BIN / "plein"), *args],
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else sys.stderr,
        stderr=subprocess.PIPE if capture else None,
    )
    return result.stdout if capture else ""


# --- the data set ----------------------------------------------------------------------------------


def dataset_counts() -> dict[str, int]:
    from plein.areas.models import District, Municipality, Neighbourhood, PostcodeRange, Team
    from plein.cases.models import Case
    from plein.decisions.models import Decision
    from plein.people.models import Address, Household, HouseholdMembership, Professional, Resident

    models = {
        "residents": Resident,
        "households": Household,
        "household_memberships": HouseholdMembership,
        "addresses": Address,
        "postcode_ranges": PostcodeRange,
        "municipalities": Municipality,
        "districts": District,
        "neighbourhoods": Neighbourhood,
        "teams": Team,
        "professionals": Professional,
        "cases": Case,
        "decisions": Decision,
    }
    return {name: model.objects.count() for name, model in models.items()}


def prepare_dataset(dsn: str, scale: str, *, reseed: bool) -> dict[str, Any]:
    from django.db import connections

    from plein.demo.builders import SCALES
    from plein.people.models import Professional

    if scale not in SCALES:
        raise SystemExit(f"Onbekende schaal {scale!r}; kies uit {', '.join(SCALES)}.")
    benchdb.create(dsn, drop=reseed)
    plein("migrate", "--noinput", "--verbosity", "0")
    counts = dataset_counts()
    target = SCALES[scale]
    ready = abs(counts["residents"] - target) <= SCALE_TOLERANCE * target
    ready = ready and Professional.objects.filter(username__in=[USERNAME, OFFICER]).count() == 2
    from plein.decisions.models import ProvisionRequest

    ready = ready and ProvisionRequest.objects.exists()  # a data set from before the decisions issue
    seed_seconds = None
    if not ready:
        if counts["residents"] or counts["municipalities"]:
            log(f"de database heeft {counts['residents']} inwoners, niet ~{target}: opnieuw laden")
            connections.close_all()
            benchdb.create(dsn, drop=True)
            plein("migrate", "--noinput", "--verbosity", "0")
        log(f"gegevensset laden: plein seed --scale {scale}")
        started = time.monotonic()
        plein("seed", "--scale", scale)
        seed_seconds = round(time.monotonic() - started, 1)
        counts = dataset_counts()
    else:
        log(f"gegevensset {scale} is er al ({counts['residents']} inwoners): hergebruikt")
    from plein.areas.models import Municipality
    from plein.demo.bulk_services import ensure_services

    counts["services"] = ensure_services(
        municipality=Municipality.objects.get(cbs_code=SOCIAL_MAP_MUNICIPALITY), total=SOCIAL_MAP_SERVICES
    )
    connections.close_all()
    # Fresh planner statistics every run, so plans do not depend on when autovacuum last ran.
    benchdb.analyze(dsn)
    return {
        "scale": scale,
        "seeded_this_run": seed_seconds is not None,
        "seed_seconds": seed_seconds,
        **counts,
    }


# --- what to request ------------------------------------------------------------------------------


def pick_inputs() -> dict[str, Any]:
    """Real ids, addresses and names in the generalist's work area, chosen reproducibly."""
    from plein.areas.selectors import teams_visible_to
    from plein.people import selectors
    from plein.people.models import Address, Professional

    user = Professional.objects.get(username=USERNAME)
    rng = random.Random(RANDOM_SEED)
    household_ids = sorted(
        selectors.households_visible_to(user)
        .filter(memberships__ends_on__isnull=True)
        .values_list("id", flat=True)
        .distinct()
    )
    if not household_ids:
        raise SystemExit(f"{USERNAME} ziet geen huishoudens: de gegevensset klopt niet.")
    households = rng.sample(household_ids, min(HTTP_VARIANTS, len(household_ids)))
    addresses = [
        Address.objects.filter(households__id=household_id).values_list("postcode", "house_number").get()
        for household_id in households
    ]
    last_names = sorted(set(selectors.residents_visible_to(user).values_list("last_name", flat=True)))
    prefixes: list[str] = []
    for name in rng.sample(last_names, min(len(last_names), 4 * HTTP_VARIANTS)):
        prefix = name.split()[0][:4]
        if len(prefix) >= 3 and prefix.isalpha() and prefix not in prefixes:
            prefixes.append(prefix)
        if len(prefixes) == HTTP_VARIANTS:
            break
    teams = sorted(teams_visible_to(user).values_list("id", flat=True))
    from plein.cases.selectors import cases_visible_to, open_cases

    case_ids = sorted(
        cases_visible_to(user).filter(pk__in=open_cases().values("pk")).values_list("id", flat=True)
    )
    from plein.decisions.models import ProvisionRequest
    from plein.directory.models import Service

    resident_ids = sorted(
        selectors.residents_visible_to(user)
        .filter(household_memberships__ends_on__isnull=True)
        .values_list("id", flat=True)
    )
    from plein.cases.models import SupportPlan
    from plein.cases.selectors import cases_workable_by

    # Each draft plan is saved once, at the version it has now (optimistic locking).
    draft_plans = list(
        SupportPlan.objects.filter(
            status=SupportPlan.Status.DRAFT,
            case__in=cases_workable_by(user).filter(pk__in=open_cases().values("pk")).values("pk"),
        )
        .order_by("pk")
        .values_list("case_id", "pk", "lock_version")
    )
    rng.shuffle(draft_plans)
    officer = Professional.objects.get(username=OFFICER)
    from plein.decisions.selectors import requests_visible_to

    request_ids = sorted(requests_visible_to(officer).values_list("id", flat=True))

    service_ids = sorted(
        Service.objects.filter(municipality__cbs_code=SOCIAL_MAP_MUNICIPALITY, active=True).values_list(
            "id", flat=True
        )
    )
    return {
        "user_id": user.pk,
        "services": rng.sample(service_ids, min(HTTP_VARIANTS, len(service_ids))),
        "households": households,
        "addresses": addresses,
        "postcodes": list(dict.fromkeys(postcode for postcode, _ in addresses)),
        "name_prefixes": prefixes,
        "teams": teams,
        "cases": rng.sample(case_ids, min(HTTP_VARIANTS, len(case_ids))),
        "provision_requests": rng.sample(request_ids, min(HTTP_VARIANTS, len(request_ids))),
        "officer_requests": len(request_ids),
        "all_requests": ProvisionRequest.objects.count(),
        "visible_households": len(household_ids),
        "visible_residents": selectors.residents_visible_to(user).count(),
        "residents": rng.sample(resident_ids, min(HTTP_VARIANTS, len(resident_ids))),
        "draft_plans": draft_plans,
    }


def build_scenarios(inputs: dict[str, Any], token: str, officer_token: str) -> list[dict[str, Any]]:
    """Each scenario: the requests it rotates through, and whether its SQL is timed bare."""
    bearer = {"Authorization": f"Bearer {token}"}
    officer = {"Authorization": f"Bearer {officer_token}"}

    def page(path: str) -> dict[str, Any]:
        return {"method": "GET", "path": path}

    def search(form: dict[str, str]) -> dict[str, Any]:
        return {"method": "POST", "path": "/inwoners/zoeken/", "form": form, "csrf": True}

    def api(path: str, **query: Any) -> dict[str, Any]:
        return {"method": "GET", "path": f"{path}?{urlencode(query)}", "headers": bearer, "session": False}

    def public(path: str) -> dict[str, Any]:
        return {"method": "GET", "path": path, "session": False}

    def api_post(path: str, body: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "path": path, "json": body, "headers": bearer, "session": False}

    return [
        {
            "name": "baseline",
            "description": "a logged-in view that does nothing (/bench/baseline/): middleware, session, user",
            "rotate": [page("/bench/baseline/")],
            "sql": True,
        },
        {
            "name": "home",
            "description": "work start page (/werk/): the professional's roles and teams",
            "rotate": [page("/werk/")],
            "sql": True,
        },
        {
            "name": "search: postcode + house number",
            "description": "resident search (POST /inwoners/zoeken/) by postcode and house number",
            "rotate": [
                search({"postcode": postcode, "house_number": str(number)})
                for postcode, number in inputs["addresses"]
            ],
            "expect": "Huishouden bekijken",
            "sql": True,
        },
        {
            "name": "search: last-name prefix",
            "description": "resident search (POST /inwoners/zoeken/) by the start of a last name",
            "rotate": [search({"name": prefix}) for prefix in inputs["name_prefixes"]],
            "expect": "Huishouden bekijken",
            "sql": True,
        },
        {
            "name": "household page",
            "description": "household page (/huishoudens/<id>/): address, members, teams",
            "rotate": [page(f"/huishoudens/{household_id}/") for household_id in inputs["households"]],
            "sql": True,
        },
        {
            "name": "case page",
            "description": "case page (/casussen/<id>/): timeline, household, plan, contacts, actions",
            "rotate": [page(f"/casussen/{case_id}/") for case_id in inputs["cases"]],
            "sql": True,
        },
        {
            "name": "work list: my team's cases",
            "description": "work list (/casussen/?lijst=team): the team's open cases with the counts",
            "rotate": [page("/casussen/?lijst=team")],
            "sql": True,
        },
        {
            "name": "api: cases",
            "description": "GET /api/v1/cases?limit=20 with a bearer token (need-to-know applied)",
            "rotate": [api("/api/v1/cases", limit=20)],
            "expect": '"reference"',
            "sql": True,
        },
        {
            "name": "api: provision requests (back office)",
            "description": "GET /api/v1/provision-requests?limit=20 as the decision officer: the "
            "municipality's requests, soonest due first",
            "rotate": [{**api("/api/v1/provision-requests", limit=20), "headers": officer}],
            "expect": '"decision_due_on"',
            "sql": True,
        },
        {
            "name": "api: provision request",
            "description": "GET /api/v1/provision-requests/<id> as the decision officer: the request "
            "with its check, questions and decisions",
            "rotate": [
                {
                    "method": "GET",
                    "path": f"/api/v1/provision-requests/{request_id}",
                    "headers": officer,
                    "session": False,
                }
                for request_id in inputs["provision_requests"]
            ],
            "expect": '"reference"',
            "sql": True,
        },
        {
            "name": "team page",
            "description": "team page (/teams/<id>/): districts and members",
            "rotate": [page(f"/teams/{team_id}/") for team_id in inputs["teams"]],
            "sql": True,
        },
        {
            "name": "api: routing",
            "description": "GET /api/v1/routing?postcode=…&house_number=… with a bearer token",
            "rotate": [
                api("/api/v1/routing", postcode=postcode, house_number=number)
                for postcode, number in inputs["addresses"]
            ],
            "expect": '"teams"',
            "sql": True,
        },
        {
            "name": "api: residents by postcode",
            "description": "POST /api/v1/residents/search {postcode} with a bearer token",
            "rotate": [
                api_post("/api/v1/residents/search", {"postcode": postcode})
                for postcode in inputs["postcodes"]
            ],
            "expect": '"full_name"',
            "sql": True,
        },
        {
            "name": "portal: search",
            "description": f"public search (/zoeken/?q=…) without login, {SOCIAL_MAP_SERVICES:,} services",
            "rotate": [public(f"/zoeken/?{urlencode({'q': query})}") for query in SOCIAL_MAP_QUERIES],
            "sql": True,
        },
        {
            "name": "portal: suggestions",
            "description": "suggestions while typing (/zoeken/suggesties/?q=…), the last word a prefix",
            "rotate": [
                # As htmx asks for them; a request without HX-Request is sent to the results page.
                {
                    **public(f"/zoeken/suggesties/?{urlencode({'q': query[: max(4, len(query) - 3)]})}"),
                    "headers": {"HX-Request": "true"},
                }
                for query in SOCIAL_MAP_QUERIES
            ],
            "sql": True,
        },
        {
            "name": "portal: service page",
            "description": "a service's public page (/hulp/<id>/)",
            "rotate": [public(f"/hulp/{service_id}/") for service_id in inputs["services"]],
            "sql": True,
        },
        {
            "name": "api: social map search",
            "description": "GET /api/v1/social-map/services?q=… without login (rate limit lifted for the run)",
            "rotate": [
                public(f"/api/v1/social-map/services?{urlencode({'q': query, 'limit': 20})}")
                for query in SOCIAL_MAP_QUERIES
            ],
            "expect": '"total"',
            "sql": True,
        },
        {
            "name": "team inbox",
            "description": "the team's requests (/meldingen/): new requests routed to the team, 50 a page",
            "rotate": [page("/meldingen/")],
            "sql": True,
        },
        {
            "name": "portal home",
            "description": "the public portal's start page (/) without login: stories and life domains",
            "rotate": [public("/")],
            "sql": True,
        },
        {
            "name": "request create",
            "description": "register a phone request for a resident (POST /meldingen/nieuw/?inwoner=<id>): "
            "a write, answered with a redirect to the new request",
            "rotate": [
                {
                    "method": "POST",
                    "path": f"/meldingen/nieuw/?inwoner={resident_id}",
                    "form": REQUEST_FORM,
                    "csrf": True,
                }
                for resident_id in inputs["residents"]
            ],
            "status": 302,
            "sql": False,  # a write: replaying its INSERTs bare would only add rows twice
        },
        {
            "name": "plan save",
            "description": "save a draft support plan's text (POST /casussen/<id>/plan/<id>/bewerken/), "
            "each plan once at its current version: a write, answered with a redirect to the plan",
            "rotate": [
                {
                    "method": "POST",
                    "path": f"/casussen/{case_id}/plan/{plan_id}/bewerken/",
                    "form": {**PLAN_FORM, "expected_version": str(version)},
                    "csrf": True,
                }
                for case_id, plan_id, version in inputs["draft_plans"]
            ],
            "status": 302,
            "once": True,
            "sql": False,
        },
        {
            "name": "health",
            "description": "GET /health without login: one SELECT 1",
            "rotate": [{"method": "GET", "path": "/health", "session": False}],
            "sql": False,
        },
        {
            # Measured last: how far the machine itself drifted during the run.
            "name": report.BASELINE_AGAIN,
            "description": "the baseline again, at the end: how far the machine drifted during the run",
            "rotate": [page("/bench/baseline/")],
            "sql": False,
        },
    ]


# --- bare SQL -------------------------------------------------------------------------------------


def measure_sql(dsn: str, scenarios: list[dict[str, Any]], args: argparse.Namespace) -> dict[str, dict]:
    from django.db import connections
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY

    from plein.people.models import Professional

    user = Professional.objects.get(username=USERNAME)
    session_client = Client(HTTP_HOST="127.0.0.1")
    session_client.force_login(user)
    # As after typing the app's code: the session is verified by the bench user's authenticator.
    session = session_client.session
    session[DEVICE_ID_SESSION_KEY] = ensure_authenticator(user).persistent_id
    session.save()
    api_client = Client(HTTP_HOST="127.0.0.1")
    results: dict[str, dict] = {}
    budget = min(args.max_seconds, 15.0)
    results["sql: SELECT 1"] = sqlbench.replay(
        dsn, [["SELECT 1"]], iterations=args.sql_iterations * 10, warmup=50, max_seconds=budget
    )
    for scenario in scenarios:
        if not scenario["sql"]:
            continue
        variants = []
        for item in scenario["rotate"][:SQL_VARIANTS]:
            client = session_client if item.get("session", True) else api_client
            request = sqlbench.Request(
                item["method"],
                item["path"],
                item.get("form"),
                dict(item.get("headers", {})),
                item.get("json"),
            )
            variants.append(sqlbench.capture(client, request, expect=scenario.get("expect", "")))
        scenario["queries_per_request"] = round(sum(map(len, variants)) / len(variants), 1)
        log(f"SQL van {scenario['name']}: {scenario['queries_per_request']} statements per verzoek")
        results[f"sql: {scenario['name']}"] = sqlbench.replay(
            dsn,
            variants,
            iterations=args.sql_iterations,
            warmup=min(20, args.sql_iterations),
            max_seconds=budget,
        )
    connections.close_all()
    return results


# --- the machine ----------------------------------------------------------------------------------


def machine_info(dsn: str) -> dict[str, Any]:
    """Enough to tell whether two runs can be compared."""
    import django
    import gunicorn

    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_mb = int(line.split()[1]) // 1024
    except OSError:
        pass
    settings = benchdb.server_settings(dsn)
    return {
        "cores": os.cpu_count(),
        "cores_available": len(os.sched_getaffinity(0)),
        "cpu": cpu_model,
        "memory_mb": memory_mb,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "gunicorn": gunicorn.__version__,
        "postgresql": settings.pop("server_version"),
        "postgresql_settings": settings,
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
    }


# --- the run --------------------------------------------------------------------------------------


def ensure_authenticator(user):
    """Production asks every professional for a second factor: the bench user gets an authenticator
    app with the demo key (the bench database holds synthetic data only), whose codes the load
    generator computes."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from plein.demo.logins import DEMO_TOTP_KEY

    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="Authenticator-app (bench)", defaults={"key": DEMO_TOTP_KEY, "confirmed": True}
    )
    return device


def run_load(server: Server, scenarios: list[dict[str, Any]], args: argparse.Namespace) -> list[dict]:
    from plein.demo.logins import DEMO_PASSWORD, DEMO_TOTP_KEY

    plan = {
        "port": server.port,
        "username": USERNAME,
        "password": DEMO_PASSWORD,
        "totp_key": DEMO_TOTP_KEY,
        "csrf_page": "/inwoners/zoeken/",
        "warmup": args.warmup,
        "requests": args.requests,
        "concurrency": args.concurrency,
        "max_seconds": args.max_seconds,
        "scenarios": [
            {key: s[key] for key in ("name", "rotate", "expect", "status", "once") if key in s}
            for s in scenarios
        ],
    }
    # Warm-up and measurement are each bounded by max_seconds; a minute more for logging in.
    timeout = len(scenarios) * 2 * (args.max_seconds + 30) + 60
    result = subprocess.run(
        [sys.executable, str(BENCH_DIR / "loadgen.py")],
        input=json.dumps(plan),
        text=True,
        stdout=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"de loadgenerator stopte met code {result.returncode}")
    return json.loads(result.stdout)["results"]


def main() -> int:
    args = parse_args()
    dsn = os.environ.get("PLEIN_BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    os.environ["PLEIN_BENCH_DATABASE_URL"] = dsn
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    os.environ.setdefault("PLEIN_STATIC_ROOT", str(REPO_DIR / "staticfiles"))
    benchdb.maintenance_dsn(dsn)  # refuses any database not named plein_bench…

    import django

    django.setup()

    started = time.monotonic()
    run_at = datetime.now(UTC).isoformat(timespec="seconds")
    machine = machine_info(dsn)
    dataset = prepare_dataset(dsn, args.scale, reseed=args.reseed)
    plein("collectstatic", "--noinput", "--verbosity", "0")
    token = plein("api_token", USERNAME, capture=True).strip()
    officer_token = plein("api_token", OFFICER, capture=True).strip()
    inputs = pick_inputs()
    dataset["visible_to_generalist"] = {
        "households": inputs["visible_households"],
        "residents": inputs["visible_residents"],
    }
    dataset["provision_requests"] = inputs["all_requests"]
    scenarios = build_scenarios(inputs, token, officer_token)

    log("kale SQL meten (psycopg, één verbinding, zonder Django)")
    sql_results = measure_sql(dsn, scenarios, args)

    port = args.port or free_port()
    with tempfile.TemporaryDirectory(prefix="plein-bench-") as log_dir:
        server = Server(
            BIN / "gunicorn",
            port=port,
            workers=args.workers,
            worker_class=args.worker_class,
            threads=args.threads,
            log_dir=Path(log_dir),
            env=dict(os.environ),
        )
        try:
            log(f"gunicorn starten op 127.0.0.1:{port} ({args.workers} × {args.worker_class})")
            server.start()
            log(f"belasting: {args.requests} verzoeken per scenario, {args.concurrency} tegelijk")
            http_results = run_load(server, scenarios, args)
            workers_rss = [server.rss_mb(pid) for pid in server.worker_pids()]
            master_rss = server.rss_mb(server.process.pid) if server.process else None
            server_errors = (
                server.log_tail(40) if any(r["errors"] or r["warmup_errors"] for r in http_results) else ""
            )
        finally:
            server.stop()

    log(
        f"rapportages en inzage-export: {args.job_runs} keer na één vastgelegde keer, "
        f"hoogstens {args.job_seconds:g} s"
    )
    subject_access = jobs.subject_access_jobs(SOCIAL_MAP_MUNICIPALITY)
    timed_jobs = jobs.report_jobs(SOCIAL_MAP_MUNICIPALITY) + subject_access
    try:
        job_results, job_sql_results = jobs.measure(
            dsn, timed_jobs, runs=args.job_runs, budget=args.job_seconds, log=log
        )
    finally:
        jobs.cleanup(timed_jobs)
    sql_results |= job_sql_results
    machine["load_average_at_end"] = [round(value, 2) for value in os.getloadavg()]
    result = report.assemble(
        run_at=run_at,
        dataset=dataset,
        machine=machine,
        server={
            "command": "gunicorn plein.wsgi:application",
            "workers": args.workers,
            "worker_class": args.worker_class,
            "threads": args.threads,
            "settings": SETTINGS,
        },
        load={
            "requests_per_scenario": args.requests,
            "warmup_per_scenario": args.warmup,
            "concurrency": args.concurrency,
            "max_seconds_per_scenario": args.max_seconds,
            "sql_iterations": args.sql_iterations,
            "runs_per_job": args.job_runs,
            "max_seconds_per_job": args.job_seconds,
        },
        scenarios=scenarios,
        http_results=http_results,
        sql_results=sql_results,
        job_results=job_results,
        workers_rss_mb=workers_rss,
        master_rss_mb=master_rss,
        duration_seconds=round(time.monotonic() - started, 1),
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    log(
        f"resultaten: {args.output.relative_to(REPO_DIR) if args.output.is_relative_to(REPO_DIR) else args.output}"
    )
    table = report.markdown(result)
    if not args.no_docs:
        report.update_docs(DOCS, table)
        log("tabel bijgewerkt in docs/benchmarks.md")
    print(table)
    if result["noisy"]:
        log(
            f"LET OP: de baseline aan het eind verschilt {result['baseline_drift']:+.0%} van die aan het begin; "
            "de machine had het druk, vergelijk deze run met zorg"
        )
    failed = [m["name"] for m in result["measurements"] if m.get("errors") or m.get("warmup_errors")]
    if failed:
        log("FOUTEN in: " + ", ".join(failed))
        for measurement in result["measurements"]:
            for sample in measurement.get("error_samples", []):
                log(f"  {measurement['name']}: {sample}")
        if server_errors:
            log("laatste regels van het gunicorn-foutenlog:\n" + server_errors)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
