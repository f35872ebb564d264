import pytest
from django.core.exceptions import ValidationError

from plein.areas.models import PostcodeRange
from plein.areas.selectors import neighbourhood_for_address, teams_serving


def test_an_address_routes_to_its_neighbourhood_and_the_team_serving_its_district(world):
    neighbourhood = neighbourhood_for_address(postcode="1701AB", house_number=12)

    assert neighbourhood.district == world.district
    assert list(teams_serving(neighbourhood)) == [world.team]


def test_an_address_outside_every_range_routes_nowhere(world):
    assert neighbourhood_for_address(postcode="1701AB", house_number=100) is None
    assert neighbourhood_for_address(postcode="9999ZZ", house_number=1) is None


def test_overlapping_postcode_ranges_are_refused(world):
    overlapping = PostcodeRange(
        neighbourhood=world.other_district.neighbourhoods.get(),
        postcode="1701AB",
        house_number_from=90,
        house_number_to=120,
    )

    with pytest.raises(ValidationError) as error:
        overlapping.full_clean()
    assert "horen al bij een andere reeks" in str(error.value)
