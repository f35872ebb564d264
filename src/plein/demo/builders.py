"""Write the demo installation to the database: areas, teams, professionals, the social map and the
population.

Residents, households and addresses go in with ``bulk_create`` per chunk of households and never
through the per-row services: a city of 900,000 residents must load in minutes. The validation the
services would do is guaranteed by construction instead (and checked by tests/demo/test_seed.py).
"""

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from random import Random
from typing import TextIO

from django.contrib.auth.hashers import make_password
from django.db.models import Count
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from faker import Faker
from tqdm import tqdm

from plein.areas.models import District, Membership, Municipality, Neighbourhood, PostcodeRange, Role, Team
from plein.areas.services import membership_add, professional_sync_roles
from plein.cases.models import Assessment, Case, Conference
from plein.core.models import LifeDomain
from plein.decisions.models import (
    Allocation,
    Decision,
    Objection,
    ProviderMessage,
    Provision,
    ProvisionRequest,
)
from plein.demo import reference as ref
from plein.demo import social_map
from plein.demo.budgets import create_budgets
from plein.demo.bulk_services import ensure_services
from plein.demo.cases import (
    CITY,
    MUNICIPALITY,
    BulkProfile,
    StoryCast,
    StoryTeller,
    bulk_cases,
    create_conference_schedules,
    demo_history,
)
from plein.demo.decisions import BulkDecisions, DecisionCast, DecisionTeller, load_catalogues
from plein.demo.logins import DEMO_LOGINS, DEMO_PASSWORD, DEMO_TOTP_KEY, DEMO_TOTP_USERNAME, DemoLogin
from plein.demo.population import (
    AddressSpec,
    BsnSequence,
    HouseholdGenerator,
    NamePools,
    PersonSpec,
    StreetNamer,
    ascii_slug,
    lay_out_streets,
    postcode_space,
    split_space,
)
from plein.directory.models import Portal, Service, Story
from plein.directory.search import rebuild_index
from plein.intake.models import Request
from plein.monitoring.models import AreaBudget, HourlyRate, Report
from plein.people.models import (
    Address,
    Household,
    HouseholdMembership,
    NetworkMember,
    Organisation,
    Professional,
    Resident,
)

SCALES = {"demo": 2_000, "municipality": 55_000, "city": 900_000}
BATCH_SIZE = 5_000
HOUSEHOLDS_PER_CHUNK = 2_500  # about 5,000 residents per round of inserts
TEAMS_STARTED_ON = date(2015, 1, 1)  # Het Sociaalplein opened on 1 January 2015
HOURS = (16, 20, 24, 24, 28, 32, 32, 36, 36)
# From this many residents on, every team gets a city's proportion of bulk cases besides the told
# stories, and bulk decisions; from HISTORY_FROM on, two years of history (see demo_history).
BULK_CASES_FROM = 20_000
HISTORY_FROM = 1_000
# From here on the city's case load of issue 9 (see demo.cases.CITY).
CITY_FROM = 500_000
CITY_SERVICES = 5_000
# A team's staff grows with the population it serves: the demo's teams are sized for ~55,000
# residents; a city of 900,000 has hundreds of professionals (one more of each per 100,000).
STAFF_PER_RESIDENTS = 100_000
# One in eight services of the social map was last checked more than a year ago: the editors'
# "stale" list has work on it.
STALE_EVERY = 8


@dataclass
class SeedResult:
    residents: int = 0
    households: int = 0
    addresses: int = 0
    postcode_ranges: int = 0
    professionals: int = 0
    services: int = 0  # active services on the social map, all municipalities
    cases: dict[str, int] = field(default_factory=dict)  # per state
    provisions: int = 0  # in the catalogues, all municipalities
    requests: dict[str, int] = field(default_factory=dict)  # provision requests per status
    logins: list[tuple[DemoLogin, Professional]] = field(default_factory=list)


def database_has_data() -> bool:
    return Resident.objects.exists() or Municipality.objects.exists()


def flush() -> None:
    """Delete the decisions, cases, requests, people, areas, teams, services and professionals
    (except superusers), children first."""
    # Decisions protect their requests, cases, residents and providers: they go first. A new
    # decision after an objection and the objection protect each other; the link goes first.
    Decision.objects.exclude(follows_objection=None).update(follows_objection=None)
    for model in (ProviderMessage, Objection, Allocation, Decision, ProvisionRequest, Provision):
        model.objects.only("pk").delete()
    Assessment.objects.only("pk").delete()  # protects its measurement: before the cases
    for model in (Case, Conference, Request):
        model.objects.only("pk").delete()
    for model in (
        NetworkMember,
        HouseholdMembership,
        Resident,
        Household,
        Address,
        PostcodeRange,
        Membership,
        Story,
        Service,
    ):
        model.objects.only("pk").delete()  # only the keys: a city has ~900,000 rows per table
    # Reports are aggregates of the data being flushed, and protect who asked for them.
    Report.objects.all().delete()
    Professional.objects.filter(is_superuser=False).delete()
    for superuser in Professional.objects.all():
        professional_sync_roles(professional=superuser)  # their memberships are gone: so are the roles
    # Monitoring's reference data protect the districts and municipalities; tariffs go with their
    # provisions above.
    for model in (AreaBudget, HourlyRate):
        model.objects.all().delete()
    for model in (Team, Neighbourhood, District, Organisation, Municipality):
        model.objects.all().delete()


def allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` proportionally to ``weights`` in whole numbers that add up (largest remainder)."""
    weight_sum = sum(weights)
    exact = [total * weight / weight_sum for weight in weights]
    counts = [int(value) for value in exact]
    by_remainder = sorted(range(len(weights)), key=lambda index: exact[index] - counts[index], reverse=True)
    for index in by_remainder[: total - sum(counts)]:
        counts[index] += 1
    return counts


def verified_days_ago(index: int) -> int:
    """When the index-th service of the social map was last checked: spread over the last eleven
    months, and for one in ``STALE_EVERY`` 13 to 18 months ago. Fixed, so every seed shows the same map."""
    if index % STALE_EVERY == STALE_EVERY - 1:
        return 380 + index * 37 % 160
    return index * 53 % 330


class DemoBuilder:
    def __init__(
        self, *, seed: int, residents: int, today: date | None = None, bulk_cases: bool | None = None
    ) -> None:
        self.target = residents
        self.staff_factor = max(1, residents // STAFF_PER_RESIDENTS)
        self.bulk_cases = residents >= BULK_CASES_FROM if bulk_cases is None else bulk_cases
        # Birth dates and move-ins are relative to 1 January of this year: the data is the same
        # all year for one seed, and ages stay right when the demo is installed next year.
        self.today = today or timezone.localdate()
        self.reference_date = date(self.today.year, 1, 1)
        # Independent streams, so e.g. --residents does not change the professionals' names.
        self.rng_people = Random(f"plein-demo:{seed}:people")
        self.rng_streets = Random(f"plein-demo:{seed}:streets")
        self.rng_staff = Random(f"plein-demo:{seed}:staff")
        self.rng_logins = Random(f"plein-demo:{seed}:logins")
        self.rng_bsn = Random(f"plein-demo:{seed}:bsn")
        self.rng_cases = Random(f"plein-demo:{seed}:cases")
        self.rng_decisions = Random(f"plein-demo:{seed}:decisions")
        faker = Faker("nl_NL")
        faker.seed_instance(seed)
        self.pools = NamePools(faker)
        self.street_faker = Faker("nl_NL")
        self.street_faker.seed_instance(seed + 1)
        self.municipalities: dict[str, Municipality] = {}
        self.districts: dict[str, District] = {}
        self.neighbourhoods: dict[str, Neighbourhood] = {}
        self.organisations: dict[str, Organisation] = {}
        self.teams: dict[str, Team] = {}
        self.services: dict[tuple[str, str], Service] = {}  # by CBS code and name
        self.result = SeedResult()

    def build(self, *, with_logins: bool, progress: TextIO | None = sys.stderr) -> SeedResult:
        self.create_areas()
        self.create_organisations()
        self.create_teams()
        if with_logins:
            self.create_logins()
        self.create_social_map()
        self.create_colleagues()
        self.create_population(progress)
        create_conference_schedules(self.teams)
        self.create_cases(with_logins=with_logins, progress=progress)
        create_budgets(self.municipalities.values())
        if self.target >= CITY_FROM:
            # A city's social map: Heerhugowaard's services topped up to 5,000 (issue 9).
            ensure_services(municipality=self.municipalities[ref.HEERHUGOWAARD.cbs_code], total=CITY_SERVICES)
            self.result.services = Service.objects.filter(active=True).count()
        self.result.professionals = Professional.objects.count()
        return self.result

    # -- reference data -----------------------------------------------------------------------

    def create_areas(self) -> None:
        for municipality_ref in ref.MUNICIPALITIES:
            municipality = Municipality(name=municipality_ref.name, cbs_code=municipality_ref.cbs_code)
            municipality.full_clean()
            municipality.save()
            self.municipalities[municipality.cbs_code] = municipality
            for district_ref in municipality_ref.districts:
                district = District(
                    municipality=municipality, name=district_ref.name, cbs_code=district_ref.code
                )
                district.full_clean()
                district.save()
                self.districts[district.cbs_code] = district
                for neighbourhood_ref in district_ref.neighbourhoods:
                    neighbourhood = Neighbourhood(
                        district=district,
                        name=neighbourhood_ref.name,
                        cbs_code=f"BU{district_ref.code[2:]}{neighbourhood_ref.code}",
                    )
                    neighbourhood.full_clean()
                    neighbourhood.save()
                    self.neighbourhoods[neighbourhood.cbs_code] = neighbourhood

    def create_organisations(self) -> None:
        for organisation_ref in (*ref.ORGANISATIONS, *social_map.ORGANISATIONS):
            place = organisation_ref.place
            organisation = Organisation(
                name=organisation_ref.name,
                kind=organisation_ref.kind,
                email=organisation_ref.email,
                phone=organisation_ref.phone,
                website=organisation_ref.website,
                description=organisation_ref.description,
                street_address=place.street_address if place else "",
                postcode=place.postcode if place else "",
                city=place.city if place else "",
                opening_hours=organisation_ref.opening_hours,
                kvk_number=organisation_ref.kvk_number,
                agb_code=organisation_ref.agb_code,
            )
            organisation.full_clean()
            organisation.save()
            organisation.municipalities.set(
                [self.municipalities[code] for code in organisation_ref.municipalities]
            )
            self.organisations[organisation.name] = organisation

    def create_teams(self) -> None:
        for team_ref in ref.TEAMS:
            team = Team(
                municipality=self.municipalities[team_ref.municipality],
                name=team_ref.name,
                kind=team_ref.kind,
                phone=team_ref.phone,
                email=team_ref.email,
                visiting_address=team_ref.visiting_address,
                walk_in_hours=team_ref.walk_in_hours,
            )
            team.full_clean()
            team.save()
            team.districts.set([self.districts[code] for code in team_ref.districts])
            self.teams[team.name] = team

    # -- social map ---------------------------------------------------------------------------

    def create_social_map(self) -> None:
        self.create_services()
        self.create_stories()
        self.create_portals()
        self.result.services = rebuild_index()

    def create_services(self) -> None:
        """The services in bulk: validation is by construction, checked by tests/demo/test_social_map.py."""
        verifier = next(
            (
                professional
                for login, professional in self.result.logins
                if login.role == Role.DIRECTORY_EDITOR
            ),
            None,
        )
        keyed: list[tuple[str, social_map.ServiceRef]] = [
            (code, service_ref)
            for code, service_refs in social_map.SERVICES.items()
            for service_ref in service_refs
        ]
        services = []
        for index, (code, service_ref) in enumerate(keyed):
            organisation = self.organisations[service_ref.organisation]
            place = service_ref.place
            services.append(
                Service(
                    municipality=self.municipalities[code],
                    organisation=organisation,
                    name=service_ref.name,
                    description=service_ref.description,
                    keywords=service_ref.keywords,
                    target_group=service_ref.target_group,
                    min_age=service_ref.min_age,
                    max_age=service_ref.max_age,
                    level=service_ref.level,
                    free_access=service_ref.free_access,
                    cost=service_ref.cost,
                    how_to_apply=service_ref.how_to_apply,
                    # A service without its own contact details is reached through its organisation.
                    phone=service_ref.phone or organisation.phone,
                    email=service_ref.email or organisation.email,
                    website=service_ref.website or organisation.website,
                    street_address=place.street_address if place else "",
                    postcode=place.postcode if place else "",
                    city=place.city if place else "",
                    languages=service_ref.languages,
                    accessibility=service_ref.accessibility or (place.accessibility if place else ""),
                    active=service_ref.active,
                    last_verified_on=self.today - timedelta(days=verified_days_ago(index)),
                    last_verified_by=verifier,
                )
            )
        Service.objects.bulk_create(services, batch_size=BATCH_SIZE)
        domains = dict(LifeDomain.objects.values_list("code", "pk"))
        ServiceDomain = Service.life_domains.through
        ServiceDomain.objects.bulk_create(
            [
                ServiceDomain(service_id=service.pk, lifedomain_id=domains[code])
                for service, (_, service_ref) in zip(services, keyed, strict=True)
                for code in service_ref.life_domains
            ],
            batch_size=BATCH_SIZE,
        )
        ServiceDistrict = Service.districts.through
        ServiceDistrict.objects.bulk_create(
            [
                ServiceDistrict(service_id=service.pk, district_id=self.districts[code].pk)
                for service, (_, service_ref) in zip(services, keyed, strict=True)
                for code in service_ref.districts
            ],
            batch_size=BATCH_SIZE,
        )
        self.services = {
            (code, service.name): service for service, (code, _) in zip(services, keyed, strict=True)
        }

    def create_stories(self) -> None:
        domains = {domain.code: domain for domain in LifeDomain.objects.all()}
        for story_ref in social_map.STORIES:
            days_ago = story_ref.published_days_ago
            story = Story(
                municipality=self.municipalities[story_ref.municipality],
                title=story_ref.title,
                slug=story_ref.slug,
                summary=story_ref.summary,
                body=story_ref.body.strip(),
                published=days_ago is not None,
                published_on=None if days_ago is None else self.today - timedelta(days=days_ago),
            )
            story.full_clean()
            story.save()
            story.life_domains.set([domains[code] for code in story_ref.life_domains])
            story.services.set([self.services[story_ref.municipality, name] for name in story_ref.services])

    def create_portals(self) -> None:
        for portal_ref in social_map.PORTALS:
            portal = Portal(
                municipality=self.municipalities[portal_ref.municipality],
                hostname=portal_ref.hostname,
                title=portal_ref.title,
                intro=portal_ref.intro,
                colour_primary=portal_ref.colour_primary,
                colour_primary_text=portal_ref.colour_primary_text,
                colour_accent=portal_ref.colour_accent,
                font=portal_ref.font,
                contact_phone=portal_ref.contact_phone,
                contact_email=portal_ref.contact_email,
                contact_address=portal_ref.contact_address,
                contact_hours=portal_ref.contact_hours,
            )
            portal.full_clean()
            portal.save()

    # -- professionals ------------------------------------------------------------------------

    def professional_name(self, rng: Random) -> tuple[str, str]:
        first = rng.choice(self.pools.female if rng.random() < 0.6 else self.pools.male)
        prefix, last = rng.choice(self.pools.surnames)
        return first, f"{prefix} {last}".strip()

    def email_for(self, local: str, organisation: Organisation) -> str:
        return f"{local}@{organisation.email.partition('@')[2] or 'plein.example'}"

    def membership_start(self, rng: Random) -> date:
        span = (self.reference_date - TEAMS_STARTED_ON).days - 30
        return TEAMS_STARTED_ON + timedelta(days=rng.randint(0, span))

    def create_logins(self) -> None:
        # One hash for every login: hashing is deliberately slow and the password is the same.
        password = make_password(DEMO_PASSWORD)
        rng = self.rng_logins
        for login in DEMO_LOGINS:
            organisation = self.organisations[login.organisation]
            first, last = self.professional_name(rng)
            professional = Professional(
                username=login.username,
                first_name=first,
                last_name=last,
                email=self.email_for(login.username, organisation),
                job_title=login.job_title,
                phone=f"06-{rng.randint(10_000_000, 59_999_999)}",
                password=password,
            )
            professional.save()
            team = self.teams[login.team] if login.team else None
            membership_add(
                professional=professional,
                role=login.role,
                organisation=organisation,
                team=team,
                municipality=None if team else self.municipalities[login.municipality],
                starts_on=self.membership_start(rng),
                hours_per_week=Decimal(rng.choice((32, 36))),
            )
            if login.username == DEMO_TOTP_USERNAME:
                TOTPDevice.objects.create(
                    user=professional, name="Authenticator-app (demo)", key=DEMO_TOTP_KEY, confirmed=True
                )
            self.result.logins.append((login, professional))

    def create_colleagues(self) -> None:
        rng = self.rng_staff
        for team_staff in ref.TEAM_STAFF:
            team = self.teams[team_staff.team]
            for staff in team_staff.staff:
                organisation = self.organisations[staff.organisation]
                low, high = staff.count
                if staff.role != Role.TEAM_COORDINATOR:
                    low, high = low * self.staff_factor, high * self.staff_factor
                for _ in range(rng.randint(low, high)):
                    first, last = self.professional_name(rng)
                    base = f"{ascii_slug(first)}.{ascii_slug(last)}"
                    username = base
                    suffix = 1
                    while Professional.objects.filter(username=username).exists():
                        suffix += 1
                        username = f"{base}{suffix}"
                    professional = Professional(
                        username=username,
                        first_name=first,
                        last_name=last,
                        email=self.email_for(username, organisation),
                        job_title=staff.job_title,
                        phone=f"06-{rng.randint(10_000_000, 59_999_999)}" if rng.random() < 0.7 else "",
                    )
                    professional.set_unusable_password()  # colleagues on the team page, not logins
                    professional.save()
                    membership_add(
                        professional=professional,
                        role=staff.role,
                        organisation=organisation,
                        team=team,
                        starts_on=self.membership_start(rng),
                        hours_per_week=Decimal(rng.choice(HOURS)),
                    )

    # -- cases --------------------------------------------------------------------------------

    def create_cases(self, *, with_logins: bool, progress: TextIO | None = None) -> None:
        """The told stories of MET-team 1 for the demo logins, and bulk cases with their history
        (``bulk_profile``); with them the provision catalogues, the back office's requests and
        decisions."""
        load_catalogues(self.municipalities.values())
        self.result.provisions = Provision.objects.count()
        stories = []
        logins = {login.username: professional for login, professional in self.result.logins}
        if with_logins:
            cast = StoryCast(
                generalist=logins["generalist"],
                coordinator=logins["coordinator"],
                youth_coach=logins["jgcoach"],
                youth_protector=logins["jeugdbeschermer"],
                front_office=logins["kcc"],
            )
            stories = StoryTeller(
                rng=self.rng_cases,
                cast=cast,
                team=self.teams[ref.MET_TEAMS[0]],
                organisations=self.organisations,
            ).tell()
            DecisionTeller(
                rng=self.rng_decisions,
                cast=DecisionCast(
                    officer=logins["consulent"],
                    second_officer=logins["consulent2"],
                    generalist=logins["generalist"],
                    front_office=logins["kcc"],
                ),
                team=self.teams[ref.MET_TEAMS[0]],
                organisations=self.organisations,
                cases=stories,
            ).tell()
        counts = {state: 0 for state in Case.State.values}
        for case in stories:
            counts[Case.objects.values_list("state", flat=True).get(pk=case.pk)] += 1
        profile = self.bulk_profile()
        if profile is not None:
            # Each neighbourhood team's cases are opened by one of its generalists: the last one
            # to join (the dict keeps the last), a colleague, so the demo logins opened only the
            # stories.
            opened_by = dict(
                Membership.objects.filter(team__kind=Team.Kind.NEIGHBOURHOOD, role=Role.GENERALIST)
                .order_by("team_id", "id")
                .values_list("team_id", "professional_id")
            )
            bulk = bulk_cases(
                rng=self.rng_cases,
                opened_by=opened_by,
                exclude={case.household_id for case in stories},
                profile=profile,
                progress=progress,
            )
            for state, count in bulk.items():
                counts[state] += count
        if self.bulk_cases:
            BulkDecisions(
                rng=self.rng_decisions, organisations=self.organisations, batch_size=BATCH_SIZE
            ).create(
                Case.objects.exclude(pk__in=[case.pk for case in stories])
                .order_by("pk")
                .values_list("pk", "household_id", "municipality_id", "state", "opened_at", "closed_at")
                .iterator(chunk_size=BATCH_SIZE)
            )
        self.result.cases = counts
        counted = dict(ProvisionRequest.objects.values_list("status").annotate(n=Count("id")).order_by())
        self.result.requests = {status: counted.get(status, 0) for status in ProvisionRequest.Status.values}

    def bulk_profile(self) -> BulkProfile | None:
        """A city's cases at the larger scales; below them two years of closed cases for monitoring,
        with active ones only in the teams without a demo login, so the logins' work lists are the
        told stories (and the back office's lists the told decisions: no bulk decisions). None for
        the few dozen residents of a test."""
        if self.bulk_cases:
            return CITY if self.target >= CITY_FROM else MUNICIPALITY
        if self.target >= HISTORY_FROM:
            return demo_history(self.teams_without_logins())
        return None

    def teams_without_logins(self) -> frozenset[int]:
        with_logins = set(
            Membership.objects.filter(
                professional__username__in=[login.username for login in DEMO_LOGINS]
            ).values_list("team_id", flat=True)
        )
        return frozenset(team.pk for team in self.teams.values() if team.pk not in with_logins)

    # -- population ---------------------------------------------------------------------------

    def create_population(self, progress: TextIO | None) -> None:
        generator = HouseholdGenerator(
            rng=self.rng_people,
            pools=self.pools,
            reference_date=self.reference_date,
            bsns=BsnSequence(self.rng_bsn),
        )
        # Shown on a terminal and in a log file alike (tqdm only writes carriage returns); -v 0 hides it.
        bar = tqdm(
            total=self.target,
            desc="Inwoners",
            unit=" inw.",
            file=progress,
            disable=progress is None,
            mininterval=0.5,
        )
        municipality_targets = allocate(self.target, [m.share for m in ref.MUNICIPALITIES])
        for municipality_ref, municipality_target in zip(
            ref.MUNICIPALITIES, municipality_targets, strict=True
        ):
            municipality = self.municipalities[municipality_ref.cbs_code]
            streets = StreetNamer(self.rng_streets, self.street_faker)
            pairs = [
                (district_ref, neighbourhood_ref)
                for district_ref in municipality_ref.districts
                for neighbourhood_ref in district_ref.neighbourhoods
            ]
            weights = [neighbourhood_ref.weight for _, neighbourhood_ref in pairs]
            regions = split_space(postcode_space(municipality_ref.postcode_numbers), weights)
            targets = allocate(municipality_target, weights)
            for (district_ref, neighbourhood_ref), region, target in zip(
                pairs, regions, targets, strict=True
            ):
                neighbourhood = self.neighbourhoods[f"BU{district_ref.code[2:]}{neighbourhood_ref.code}"]
                households = generator.neighbourhood(target, neighbourhood_ref.profile)
                ranges, addresses = lay_out_streets(
                    households=len(households),
                    postcodes=region,
                    streets=streets.names(neighbourhood_ref.street_stems),
                    rng=self.rng_streets,
                )
                PostcodeRange.objects.bulk_create(
                    [
                        PostcodeRange(
                            neighbourhood=neighbourhood,
                            postcode=r.postcode,
                            house_number_from=r.house_number_from,
                            house_number_to=r.house_number_to,
                        )
                        for r in ranges
                    ],
                    batch_size=BATCH_SIZE,
                )
                self.result.postcode_ranges += len(ranges)
                city = neighbourhood_ref.city or municipality_ref.name
                for start in range(0, len(households), HOUSEHOLDS_PER_CHUNK):
                    end = start + HOUSEHOLDS_PER_CHUNK
                    written = self.write_households(
                        municipality=municipality,
                        neighbourhood=neighbourhood,
                        city=city,
                        households=households[start:end],
                        addresses=addresses[start:end],
                    )
                    bar.update(written)
        bar.total = bar.n  # the last household of a neighbourhood may overshoot the target
        bar.close()

    def write_households(
        self,
        *,
        municipality: Municipality,
        neighbourhood: Neighbourhood,
        city: str,
        households: list[list[PersonSpec]],
        addresses: list[AddressSpec],
    ) -> int:
        address_rows = Address.objects.bulk_create(
            [
                Address(
                    postcode=a.postcode,
                    house_number=a.house_number,
                    street=a.street,
                    city=city,
                    neighbourhood_id=neighbourhood.pk,
                )
                for a in addresses
            ],
            batch_size=BATCH_SIZE,
        )
        household_rows = Household.objects.bulk_create(
            [Household(municipality_id=municipality.pk, address_id=a.pk) for a in address_rows],
            batch_size=BATCH_SIZE,
        )
        residents: list[Resident] = []
        people: list[tuple[int, PersonSpec]] = []
        for household, members in zip(household_rows, households, strict=True):
            for person in members:
                residents.append(
                    Resident(
                        municipality_id=municipality.pk,
                        first_names=person.first_names,
                        name_prefix=person.name_prefix,
                        last_name=person.last_name,
                        birth_date=person.birth_date,
                        bsn=person.bsn,
                        phone=person.phone,
                        email=person.email,
                        preferred_language=person.preferred_language,
                        interpreter_needed=person.interpreter_needed,
                    )
                )
                people.append((household.pk, person))
        Resident.objects.bulk_create(residents, batch_size=BATCH_SIZE)
        HouseholdMembership.objects.bulk_create(
            [
                HouseholdMembership(
                    household_id=household_id,
                    resident_id=resident.pk,
                    position=person.position,
                    starts_on=person.starts_on,
                )
                for resident, (household_id, person) in zip(residents, people, strict=True)
            ],
            batch_size=BATCH_SIZE,
        )
        NetworkMember.objects.bulk_create(
            [
                NetworkMember(
                    resident_id=resident.pk,
                    name=member.name,
                    relation=member.relation,
                    helps_with=member.helps_with,
                    phone=member.phone,
                )
                for resident, (_, person) in zip(residents, people, strict=True)
                for member in person.network
            ],
            batch_size=BATCH_SIZE,
        )
        self.result.addresses += len(address_rows)
        self.result.households += len(household_rows)
        self.result.residents += len(residents)
        return len(residents)
