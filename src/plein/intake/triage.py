"""Triage: where a request should go, and why ("waarom deze route").

The default follows the address: the neighbourhood team serving the household's district, or the
youth and family team when minors are involved. Municipalities refine this with ordered rules
(first match wins).
"""

from dataclasses import dataclass

from plein.areas.models import Neighbourhood, Team
from plein.areas.selectors import neighbourhood_for_address, teams_serving


@dataclass(frozen=True)
class TriageResult:
    team: Team | None
    explanation: str
    propose_case_conference: bool = False


def request_neighbourhood(request) -> Neighbourhood | None:
    if request.household_id:
        return request.household.address.neighbourhood
    if request.postcode and request.house_number:
        return neighbourhood_for_address(postcode=request.postcode, house_number=request.house_number)
    return None


def triage(request) -> TriageResult:
    neighbourhood = request_neighbourhood(request)
    if neighbourhood is None:
        return TriageResult(
            None, "Het adres is onbekend of ligt buiten de gemeente: de centrale wachtrij beoordeelt."
        )
    teams = list(teams_serving(neighbourhood))
    if request.minors_involved:
        youth = next((team for team in teams if team.kind == Team.Kind.YOUTH_AND_FAMILY), None)
        if youth is not None:
            return TriageResult(
                youth, f"Er zijn minderjarigen betrokken: {youth} bedient {neighbourhood.district}."
            )
    local = next((team for team in teams if team.kind == Team.Kind.NEIGHBOURHOOD), None) or (
        teams[0] if teams else None
    )
    if local is None:
        return TriageResult(
            None, f"Geen team bedient wijk {neighbourhood.district}: de centrale wachtrij beoordeelt."
        )
    return TriageResult(local, f"{local} bedient wijk {neighbourhood.district}, waar het adres ligt.")
