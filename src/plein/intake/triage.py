"""Triage: where a request should go, and why ("waarom deze route").

The default follows the address: the neighbourhood team serving the household's district, or the
youth and family team when minors are involved. Municipalities refine this with ordered rules
(``TriageRule``, first match wins); a rule whose action cannot be carried out for this address
(no team of that kind serves the district) is passed over for the next one.

Triage runs before a request is saved, so the life domains are passed in rather than read from
the request.
"""

import dataclasses
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from plein.areas.models import District, Municipality, Neighbourhood, Team
from plein.areas.selectors import neighbourhood_for_address, teams_serving
from plein.core.models import LifeDomain
from plein.intake.models import TriageRule

CASE_CONFERENCE_DOMAINS = 3
CASE_CONFERENCE_NOTE = (
    "Drie of meer leefgebieden: voorstel om de casus in het afstemmingsoverleg te bespreken."
)


@dataclass(frozen=True)
class TriageResult:
    team: Team | None
    explanation: str
    propose_case_conference: bool = False
    rule_name: str = ""  # empty when the default applied
    # The municipality the address lies in, also when no team could be chosen (its central queue).
    municipality: Municipality | None = None


def request_neighbourhood(request) -> Neighbourhood | None:
    if request.household_id:
        return request.household.address.neighbourhood
    if request.postcode and request.house_number:
        return neighbourhood_for_address(postcode=request.postcode, house_number=request.house_number)
    return None


def render_explanation(template: str, values: Mapping[str, str]) -> str:
    """Fill {team}, {district} and {domains} into a staff-written template.

    Unknown placeholders stay as typed, and attribute or index lookups, format specs and
    conversions are not evaluated, so a template can neither crash triage nor reach into objects.
    Broken braces leave the template as it is.
    """
    try:
        parts = []
        for literal, field, _spec, _conversion in string.Formatter().parse(template):
            parts.append(literal)
            if field is None:
                continue
            parts.append(values[field] if field in values else "{" + field + "}")
        return "".join(parts)
    except ValueError:
        return template


def _classification(domains: list[LifeDomain]) -> str:
    if not domains:
        return ""
    if len(domains) == 1:
        return f"Enkelvoudige vraag: één leefgebied ({domains[0]})."
    return f"Meervoudige vraag: {len(domains)} leefgebieden."


def _municipality_of(request, district: District | None) -> Municipality | None:
    if district is not None:
        return district.municipality
    if request.municipality_id:
        return request.municipality
    if request.household_id:
        return request.household.municipality
    return None


def _matches(
    rule: TriageRule, request, domain_ids: set[int], district: District | None, domain_count: int
) -> bool:
    if rule.min_life_domains is not None and domain_count < rule.min_life_domains:
        return False
    if rule.max_life_domains is not None and domain_count > rule.max_life_domains:
        return False
    rule_domain_ids = {domain.id for domain in rule.life_domains.all()}
    if rule_domain_ids and not rule_domain_ids & domain_ids:
        return False
    rule_district_ids = {d.id for d in rule.districts.all()}
    if rule_district_ids and (district is None or district.id not in rule_district_ids):
        return False
    if rule.urgency and request.urgency != rule.urgency:
        return False
    if rule.source and request.source != rule.source:
        return False
    return rule.minors_involved is None or bool(request.minors_involved) == rule.minors_involved


# Sentinel: the rule's action cannot be carried out for this address.
_UNSATISFIABLE = object()


def _rule_team(rule: TriageRule, teams: list[Team]):
    if rule.route_to == TriageRule.RouteTo.CENTRAL_QUEUE:
        return None
    if rule.route_to == TriageRule.RouteTo.TEAM:
        return rule.team if rule.team_id else _UNSATISFIABLE
    if rule.route_to == TriageRule.RouteTo.TEAM_KIND:
        return next(
            (
                team
                for team in teams
                if team.kind == rule.team_kind and team.municipality_id == rule.municipality_id
            ),
            _UNSATISFIABLE,
        )
    return _UNSATISFIABLE


def _by_rule(request, domains, neighbourhood, teams) -> TriageResult | None:
    district = neighbourhood.district if neighbourhood else None
    municipality = _municipality_of(request, district)
    if municipality is None:
        return None
    rules = (
        TriageRule.objects.filter(municipality=municipality, active=True)
        .select_related("team")
        .prefetch_related("life_domains", "districts")
        .order_by("order", "id")
    )
    domain_ids = {domain.id for domain in domains}
    for rule in rules:
        if not _matches(rule, request, domain_ids, district, len(domains)):
            continue
        team = _rule_team(rule, teams)
        if team is _UNSATISFIABLE:
            continue
        values = {
            "team": str(team) if team else "de centrale wachtrij",
            "district": str(district) if district else "onbekende wijk",
            "domains": ", ".join(str(domain) for domain in domains) or "geen leefgebieden opgegeven",
        }
        template = rule.explanation.strip() or "Volgens regel “{rule}”: {team}."
        explanation = render_explanation(template, {**values, "rule": rule.name})
        return TriageResult(
            team, explanation, propose_case_conference=rule.propose_case_conference, rule_name=rule.name
        )
    return None


def _by_default(request, neighbourhood, teams) -> tuple[Team | None, str]:
    if neighbourhood is None:
        return None, "Het adres is onbekend of ligt buiten de gemeente: de centrale wachtrij beoordeelt."
    if request.minors_involved:
        youth = next((team for team in teams if team.kind == Team.Kind.YOUTH_AND_FAMILY), None)
        if youth is not None:
            return youth, f"Er zijn minderjarigen betrokken: {youth} bedient {neighbourhood.district}."
    local = next((team for team in teams if team.kind == Team.Kind.NEIGHBOURHOOD), None) or (
        teams[0] if teams else None
    )
    if local is None:
        return None, f"Geen team bedient wijk {neighbourhood.district}: de centrale wachtrij beoordeelt."
    return local, f"{local} bedient wijk {neighbourhood.district}, waar het adres ligt."


def triage(request, *, life_domains: Iterable[LifeDomain] = ()) -> TriageResult:
    """Propose a team for the request and explain why.

    ``life_domains`` are the domains the request touches; when none are given and the request is
    saved, its own are used.
    """
    domains = list(life_domains)
    if not domains and request.pk is not None:
        domains = list(request.life_domains.all())
    neighbourhood = request_neighbourhood(request)
    teams = list(teams_serving(neighbourhood)) if neighbourhood is not None else []

    municipality = _municipality_of(request, neighbourhood.district if neighbourhood is not None else None)

    by_rule = _by_rule(request, domains, neighbourhood, teams)
    if by_rule is not None:
        return dataclasses.replace(by_rule, municipality=municipality)

    team, explanation = _by_default(request, neighbourhood, teams)
    multi_complex = len(domains) >= CASE_CONFERENCE_DOMAINS
    notes = [explanation, _classification(domains), CASE_CONFERENCE_NOTE if multi_complex else ""]
    return TriageResult(
        team,
        " ".join(note for note in notes if note),
        propose_case_conference=multi_complex,
        municipality=municipality,
    )
