"""Every change to the social map an editor makes: services, organisations, stories, synonyms and
the portal.

Each service takes keyword-only arguments, runs in one transaction, refuses an actor who does not
maintain the municipality's social map (PermissionDenied) and refuses bad input with a Dutch
ValidationError keyed by field. A change that the residents' search sees is indexed in the same
transaction (``search.index_services``), so the portal finds a service as soon as it is saved.
"""

import math
import re
from collections.abc import Collection, Sequence
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from plein.areas.models import Municipality
from plein.core.validators import normalize_postcode
from plein.directory import search, theme
from plein.directory.models import Portal, Service, Story, SynonymGroup
from plein.directory.selectors import organisations_for_editor, social_map_municipality_ids
from plein.people.models import Organisation

__all__ = [
    "MAX_LOGO_BYTES",
    "format_ratio",
    "organisation_save",
    "portal_save",
    "service_save",
    "service_set_active",
    "service_verify",
    "story_save",
    "synonym_group_delete",
    "synonym_group_save",
]

SERVICE_FIELDS = frozenset(
    {
        "organisation",
        "name",
        "description",
        "keywords",
        "target_group",
        "min_age",
        "max_age",
        "level",
        "free_access",
        "cost",
        "how_to_apply",
        "phone",
        "email",
        "website",
        "street_address",
        "postcode",
        "city",
        "languages",
        "accessibility",
    }
)
# In the order the editor's form shows them.
ORGANISATION_FIELDS = (
    "name",
    "kind",
    "description",
    "phone",
    "email",
    "website",
    "street_address",
    "postcode",
    "city",
    "opening_hours",
    "kvk_number",
    "agb_code",
)
STORY_FIELDS = frozenset({"title", "slug", "summary", "body", "published"})
# In the order the editor's form shows them.
PORTAL_FIELDS = (
    "title",
    "intro",
    "hostname",
    "colour_primary",
    "colour_primary_text",
    "colour_accent",
    "font",
    "logo_alt",
    "contact_phone",
    "contact_email",
    "contact_address",
    "contact_hours",
)

MAX_LOGO_BYTES = 200 * 1024
# The first bytes of the image formats a logo may have. SVG is refused: it can carry script.
LOGO_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
# What a stored logo can be: the signatures above and WebP (checked on its RIFF header).
LOGO_CONTENT_TYPES = frozenset({"image/png", "image/jpeg", "image/webp"})
MAX_SYNONYM_LENGTH = 60
HOSTNAME = re.compile(
    r"^(?=.{1,200}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"
)


# --- shared -------------------------------------------------------------------------------------


def check_may_edit(actor, municipality: Municipality) -> None:
    if municipality.pk not in social_map_municipality_ids(actor):
        raise PermissionDenied(f"U bent geen redacteur van de sociale kaart van {municipality}.")


def _assign(instance, data: dict[str, Any], allowed: Collection[str]) -> None:
    unknown = data.keys() - allowed
    if unknown:
        # A programming error, not a user's: the forms only send known fields.
        raise TypeError(f"Unknown fields for {type(instance).__name__}: {', '.join(sorted(unknown))}")
    for name, value in data.items():
        setattr(instance, name, value.strip() if isinstance(value, str) else value)


def _full_clean(instance, errors: dict[str, list[str]], **options) -> None:
    """The model's own validation plus the service's errors, raised together: the editor sees
    everything that is wrong at once."""
    try:
        instance.full_clean(**options)
    except ValidationError as error:
        errors = error.update_error_dict(errors)
    if errors:
        raise ValidationError(errors)


def _names(objects: Sequence, singular: str, plural: str) -> str:
    """The names and the verb that goes with them: "Wijk Noord en Wijk West horen"."""
    names = [str(item) for item in objects]
    if len(names) == 1:
        return f"{names[0]} {singular}"
    return ", ".join(names[:-1]) + f" en {names[-1]} {plural}"


# --- services ------------------------------------------------------------------------------------


@transaction.atomic
def service_save(
    *, actor, municipality: Municipality, service: Service | None, data: dict[str, Any]
) -> Service:
    """Create or change a service of the municipality's social map. ``data`` holds the fields of
    Service an editor sets, and ``life_domains`` and ``districts`` (lists); what is left out stays."""
    check_may_edit(actor, municipality)
    if service is None:
        service = Service(municipality=municipality)
    elif service.municipality_id != municipality.pk:
        raise PermissionDenied("Deze dienst hoort bij de sociale kaart van een andere gemeente.")
    data = dict(data)
    life_domains = data.pop("life_domains", None)
    districts = data.pop("districts", None)
    _assign(service, data, SERVICE_FIELDS)
    service.postcode = normalize_postcode(service.postcode)
    if districts is None:
        districts = list(service.districts.all()) if service.pk else []

    errors: dict[str, list[str]] = {}
    elsewhere = [district for district in districts if district.municipality_id != municipality.pk]
    if elsewhere:
        errors["districts"] = [f"{_names(elsewhere, 'hoort', 'horen')} niet bij {municipality}."]
    # The age range is the only constraint of Service; Service.clean checks it with a clearer message.
    _full_clean(service, errors, validate_unique=False, validate_constraints=False)
    service.save()
    if life_domains is not None:
        service.life_domains.set(life_domains)
    service.districts.set(districts)
    search.index_services([service.pk])
    return service


@transaction.atomic
def service_verify(*, actor, service: Service) -> Service:
    """An editor checked the service with its organisation: it is still right."""
    check_may_edit(actor, service.municipality)
    service.last_verified_on = timezone.localdate()
    service.last_verified_by = actor
    service.save(update_fields=["last_verified_on", "last_verified_by", "updated_at"])
    return service


@transaction.atomic
def service_set_active(*, actor, service: Service, active: bool) -> Service:
    """An inactive service stays in the work UI but leaves the portal and its search."""
    check_may_edit(actor, service.municipality)
    if service.active != active:
        service.active = active
        service.save(update_fields=["active", "updated_at"])
        search.index_services([service.pk])
    return service


# --- organisations -------------------------------------------------------------------------------


@transaction.atomic
def organisation_save(
    *, actor, organisation: Organisation | None, data: dict[str, Any], municipality: Municipality
) -> Organisation:
    """Create an organisation (it then works in the municipality) or change one the municipality's
    social map shows. The name is shown with every service, so a new name is indexed for all."""
    check_may_edit(actor, municipality)
    if organisation is None:
        organisation = Organisation()
    elif not organisations_for_editor(municipality_id=municipality.pk).filter(pk=organisation.pk).exists():
        raise PermissionDenied(f"Deze organisatie staat niet op de sociale kaart van {municipality}.")
    old_name = organisation.name
    _assign(organisation, data, ORGANISATION_FIELDS)
    organisation.postcode = normalize_postcode(organisation.postcode)

    errors: dict[str, list[str]] = {}
    if (
        organisation.name
        and Organisation.objects.filter(name__iexact=organisation.name).exclude(pk=organisation.pk).exists()
    ):
        errors["name"] = [f"Er is al een organisatie met de naam ‘{organisation.name}’."]
    # The name is the only unique field an editor sets; checked above, case-insensitively.
    _full_clean(organisation, errors, validate_unique=False)
    created = organisation.pk is None
    organisation.save()
    if created:
        organisation.municipalities.add(municipality)
    elif organisation.name != old_name:
        search.index_services(organisation.services.values_list("id", flat=True))
    return organisation


# --- stories -------------------------------------------------------------------------------------


def _unique_slug(municipality: Municipality, title: str, story: Story) -> str:
    base = slugify(title)[:190] or "verhaal"
    taken = set(
        Story.objects.filter(municipality=municipality, slug__startswith=base)
        .exclude(pk=story.pk)
        .values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


@transaction.atomic
def story_save(*, actor, municipality: Municipality, story: Story | None, data: dict[str, Any]) -> Story:
    """Create or change a story. Without a web address one is made from the title; the first
    publication sets the publication date."""
    check_may_edit(actor, municipality)
    if story is None:
        story = Story(municipality=municipality)
    elif story.municipality_id != municipality.pk:
        raise PermissionDenied("Dit verhaal hoort bij een andere gemeente.")
    data = dict(data)
    life_domains = data.pop("life_domains", None)
    services = data.pop("services", None)
    _assign(story, data, STORY_FIELDS)

    errors: dict[str, list[str]] = {}
    story.slug = slugify(story.slug)
    if not story.slug and story.title:
        story.slug = _unique_slug(municipality, story.title, story)
    elif Story.objects.filter(municipality=municipality, slug=story.slug).exclude(pk=story.pk).exists():
        errors["slug"] = [f"Er is al een verhaal met het webadres ‘{story.slug}’. Kies een ander."]
    elsewhere = [service for service in services or () if service.municipality_id != municipality.pk]
    if elsewhere:
        errors["services"] = [
            f"{_names(elsewhere, 'staat', 'staan')} niet op de sociale kaart van {municipality}."
        ]
    if story.published and story.published_on is None:
        story.published_on = timezone.localdate()
    # The web address is the only constraint of Story, checked above with a clearer message.
    _full_clean(story, errors, validate_constraints=False)
    story.save()
    if life_domains is not None:
        story.life_domains.set(life_domains)
    if services is not None:
        story.services.set(services)
    return story


# --- synonyms ------------------------------------------------------------------------------------


def _synonym_words(words: str) -> list[str]:
    """The group's words as the search compares them: trimmed, lower case, each once."""
    found: dict[str, str] = {}
    for word in words.split(","):
        word = " ".join(word.split()).lower()
        if word:
            found.setdefault(search.normalise(word), word)
    return list(found.values())


@transaction.atomic
def synonym_group_save(*, actor, group: SynonymGroup | None, words: str, note: str = "") -> SynonymGroup:
    """Create or change a group of words that mean the same; the search uses it straight away.

    A word is in one group only: in two, the groups would really be one, and an editor changing
    one of them would not see the other.
    """
    if not social_map_municipality_ids(actor):
        raise PermissionDenied("Alleen redacteuren van de sociale kaart beheren de synoniemen.")
    group = group or SynonymGroup()
    word_list = _synonym_words(words)
    problems = []
    if len(word_list) < 2:
        problems.append("Geef minstens twee woorden, gescheiden door komma's.")
    problems += [
        f"‘{word[:MAX_SYNONYM_LENGTH]}…’ is te lang: een woord of woordgroep heeft hoogstens "
        f"{MAX_SYNONYM_LENGTH} tekens."
        for word in word_list
        if len(word) > MAX_SYNONYM_LENGTH
    ]
    problems += [
        f"In ‘{word}’ staat geen woord waarop gezocht kan worden."
        for word in word_list
        if not search.content_words(word)
    ]
    others = {
        search.normalise(word): other
        for other in SynonymGroup.objects.exclude(pk=group.pk)
        for word in other.word_list()
    }
    problems += [
        f"‘{word}’ staat al in een andere groep ({others[search.normalise(word)].words}). "
        "Een woord staat in één groep: pas die groep aan."
        for word in word_list
        if search.normalise(word) in others
    ]
    group.words = ", ".join(word_list)
    group.note = note.strip()
    _full_clean(group, {"words": problems} if problems else {})
    group.save()
    # After the commit: another request must not load the old groups again in between.
    transaction.on_commit(search.synonyms_changed)
    return group


@transaction.atomic
def synonym_group_delete(*, actor, group: SynonymGroup) -> None:
    if not social_map_municipality_ids(actor):
        raise PermissionDenied("Alleen redacteuren van de sociale kaart beheren de synoniemen.")
    group.delete()
    transaction.on_commit(search.synonyms_changed)


# --- the portal ----------------------------------------------------------------------------------


def format_ratio(ratio: float) -> str:
    """The ratio as the page shows it ("4,47:1"), rounded down: a refused ratio never reads as 4,5."""
    text = f"{math.floor(ratio * 100) / 100:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + ":1"


def _logo_type(logo: UploadedFile) -> tuple[bytes, str | None, str]:
    """The logo's bytes and content type, or an error: judged by the bytes, not by the name."""
    content = logo.read(MAX_LOGO_BYTES + 1)
    if len(content) > MAX_LOGO_BYTES:
        return b"", None, f"Het logo is te groot: het mag hoogstens {MAX_LOGO_BYTES // 1024} kB zijn."
    for signature, content_type in LOGO_SIGNATURES:
        if content.startswith(signature):
            return content, content_type, ""
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return content, "image/webp", ""
    return (
        b"",
        None,
        "Een logo moet een PNG-, JPEG- of WebP-afbeelding zijn. Een SVG kan niet: daarin kan code "
        "staan die op de website wordt uitgevoerd.",
    )


@transaction.atomic
def portal_save(
    *,
    actor,
    municipality: Municipality,
    data: dict[str, Any],
    logo: UploadedFile | None = None,
    remove_logo: bool = False,
) -> Portal:
    """The municipality's portal: words, host name, look and contact details.

    The text colour on the main colour must be readable: a contrast of at least 4.5:1 (WCAG AA).
    A new logo replaces the old one; ``remove_logo`` removes it (a new upload wins).
    """
    check_may_edit(actor, municipality)
    portal = Portal.objects.filter(municipality=municipality).first() or Portal(municipality=municipality)
    _assign(portal, data, PORTAL_FIELDS)
    portal.hostname = portal.hostname.lower().rstrip(".")
    for name in ("colour_primary", "colour_primary_text", "colour_accent"):
        setattr(portal, name, getattr(portal, name).lower())

    errors: dict[str, list[str]] = {}
    if portal.hostname and not HOSTNAME.match(portal.hostname):
        errors["hostname"] = [
            "Een hostnaam ziet eruit als hulp.heerhugowaard.nl: zonder https:// ervoor en zonder / erachter."
        ]
    elif portal.hostname:
        other = Portal.objects.filter(hostname=portal.hostname).exclude(municipality=municipality).first()
        if other is not None:
            errors["hostname"] = [f"Deze hostnaam hoort al bij het portaal van {other.municipality}."]
    colours = (portal.colour_primary, portal.colour_primary_text)
    if all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour in colours):
        ratio = theme.contrast(*colours)
        if ratio < theme.TEXT_CONTRAST:
            errors["colour_primary_text"] = [
                f"Het contrast tussen de tekstkleur en de hoofdkleur is {format_ratio(ratio)}; dat is te "
                "weinig om goed te lezen. Nodig is minstens 4,5:1 (WCAG AA). Kies een lichtere of "
                "donkerdere kleur."
            ]
    if logo is not None:
        content, content_type, problem = _logo_type(logo)
        if problem:
            errors["logo"] = [problem]
        else:
            portal.logo, portal.logo_content_type = content, content_type
    elif remove_logo:
        portal.logo, portal.logo_content_type = None, ""
    if portal.logo and not portal.logo_alt:
        errors["logo_alt"] = [
            "Beschrijf het logo in een paar woorden voor wie het niet ziet, "
            "bijvoorbeeld: Gemeente Heerhugowaard."
        ]
    # The host name is the only constraint of Portal, checked above with a clearer message.
    _full_clean(portal, errors, validate_constraints=False)
    portal.save()
    return portal
