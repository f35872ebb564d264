"""Need-to-know in the broad conversation (issue 7, item 1): the free text per life domain is
optional, and the form says what not to write there."""

from django.urls import reverse

from plein.cases.models import Assessment, DomainScore
from tests.cases.test_case_pages import assessment_form, life_domain

WHAT_NOT_TO_WRITE = (
    "Schrijf alleen op wat nodig is voor de hulp. Geen diagnoses, geen details over derden, geen meningen."
)


def test_the_form_says_what_not_to_write_next_to_every_finding(client, world, open_case):
    domain = life_domain()
    client.force_login(world.generalist)

    page = client.get(reverse("cases:assessment_record", args=[open_case.pk])).content.decode()

    assert WHAT_NOT_TO_WRITE in page
    assert f'name="finding_{domain.pk}"' in page
    assert 'aria-describedby="finding-help"' in page and 'id="finding-help"' in page


def test_scores_without_any_finding_are_recorded(client, world, open_case):
    domain = life_domain()
    client.force_login(world.generalist)

    response = client.post(
        reverse("cases:assessment_record", args=[open_case.pk]),
        assessment_form(domain, **{f"finding_{domain.pk}": "", "network": "", "own_strength": ""}),
    )

    assert response.status_code == 302
    score = DomainScore.objects.get(life_domain=domain)
    assert (score.score, score.finding) == (2, "")


def test_the_free_text_fields_may_stay_empty_in_the_database():
    assert DomainScore._meta.get_field("finding").blank
    assert Assessment._meta.get_field("own_strength").blank
    assert Assessment._meta.get_field("network").blank
