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


def test_the_front_office_looks_up_the_team_of_an_address(client, world):
    from django.urls import reverse

    client.force_login(world.front_office)

    found = client.post(reverse("areas:address_routing"), {"postcode": "1701 ab", "house_number": "12"})
    unknown = client.post(reverse("areas:address_routing"), {"postcode": "1701AB", "house_number": "500"})

    assert "Team Noord" in found.content.decode()
    assert "Dit adres ligt niet in een buurt die Plein kent." in unknown.content.decode()
    assert 'value="500"' in unknown.content.decode()


def test_the_navigation_marks_only_the_page_you_are_on(client, world):
    from django.urls import reverse

    client.force_login(world.front_office)

    page = client.get(reverse("areas:address_routing")).content.decode()

    assert page.count('aria-current="page"') == 1
    assert '<a href="/teams/bij-adres/" aria-current="page">' in page
