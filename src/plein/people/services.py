"""State changes for residents, households and their network. Each runs in one transaction.

Errors are raised as ``ValidationError`` keyed by field, in Dutch, so a form or the API can
show them next to what the user typed.
"""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from plein.areas.selectors import neighbourhood_for_address, scope_for
from plein.core.validators import clean_postcode, normalize_bsn
from plein.people.models import Address, ApiToken, Household, HouseholdMembership, NetworkMember, Resident

EARLIEST_BIRTH_DATE = date(1900, 1, 1)


def _validate_birth_date(birth_date: date) -> None:
    if birth_date > timezone.localdate():
        raise ValidationError({"birth_date": "De geboortedatum ligt in de toekomst."})
    if birth_date < EARLIEST_BIRTH_DATE:
        raise ValidationError({"birth_date": "Controleer de geboortedatum: die ligt vóór 1900."})


def _validate_bsn_unique(bsn: str | None, *, exclude_id: int | None = None) -> None:
    if not bsn:
        return
    others = Resident.objects.filter(bsn=bsn)
    if exclude_id:
        others = others.exclude(pk=exclude_id)
    if others.exists():
        raise ValidationError(
            {
                "bsn": "Er staat al een inwoner met dit BSN in Plein. Zoek die inwoner op in plaats van een nieuwe te "
                "registreren; vindt u hem of haar niet, dan woont de inwoner buiten uw werkgebied."
            }
        )


def _check_may_register_in(actor, municipality_id: int) -> None:
    if municipality_id not in scope_for(actor).municipality_ids:
        raise ValidationError({"postcode": "Dit adres ligt in een gemeente waarvoor u niet werkt."})


def address_register(
    *,
    postcode: str,
    house_number: int,
    house_letter: str = "",
    house_number_addition: str = "",
    street: str = "",
    city: str = "",
) -> Address:
    """Find or create an address and route it to its neighbourhood."""
    postcode = clean_postcode(postcode)
    house_letter = house_letter.strip().upper()
    house_number_addition = house_number_addition.strip().upper()
    existing = Address.objects.filter(
        postcode=postcode,
        house_number=house_number,
        house_letter=house_letter,
        house_number_addition=house_number_addition,
    ).first()
    if existing:
        return existing
    neighbourhood = neighbourhood_for_address(postcode=postcode, house_number=house_number)
    if neighbourhood is None:
        raise ValidationError(
            {
                "postcode": "Dit adres ligt niet in een buurt die Plein kent. Controleer postcode en huisnummer."
            }
        )
    address = Address(
        postcode=postcode,
        house_number=house_number,
        house_letter=house_letter,
        house_number_addition=house_number_addition,
        street=street.strip(),
        city=city.strip(),
        neighbourhood=neighbourhood,
    )
    address.full_clean()
    address.save()
    return address


@transaction.atomic
def resident_register(
    *,
    actor,
    first_names: str,
    last_name: str,
    birth_date: date,
    postcode: str,
    house_number: int,
    position: str = HouseholdMembership.Position.ADULT,
    household: Household | None = None,
    name_prefix: str = "",
    bsn: str = "",
    phone: str = "",
    email: str = "",
    preferred_language: str = Resident.Language.DUTCH,
    interpreter_needed: bool = False,
    house_letter: str = "",
    house_number_addition: str = "",
    street: str = "",
    city: str = "",
    moved_in_on: date | None = None,
) -> Resident:
    """Register a resident at an address, in a new household there or in ``household``."""
    _validate_birth_date(birth_date)
    bsn = normalize_bsn(bsn) or None
    _validate_bsn_unique(bsn)
    if household is None:
        address = address_register(
            postcode=postcode,
            house_number=house_number,
            house_letter=house_letter,
            house_number_addition=house_number_addition,
            street=street,
            city=city,
        )
        municipality = address.neighbourhood.district.municipality
        _check_may_register_in(actor, municipality.id)
        household = Household.objects.create(municipality=municipality, address=address)
    else:
        _check_may_register_in(actor, household.municipality_id)
    resident = Resident(
        municipality_id=household.municipality_id,
        first_names=first_names.strip(),
        name_prefix=name_prefix.strip(),
        last_name=last_name.strip(),
        birth_date=birth_date,
        bsn=bsn,
        phone=phone.strip(),
        email=email.strip(),
        preferred_language=preferred_language,
        interpreter_needed=interpreter_needed,
    )
    resident.full_clean()
    resident.save()
    household_add_member(
        actor=actor,
        household=household,
        resident=resident,
        position=position,
        starts_on=moved_in_on or timezone.localdate(),
    )
    return resident


@transaction.atomic
def resident_update(*, actor, resident: Resident, **fields) -> Resident:
    editable = {
        "first_names",
        "name_prefix",
        "last_name",
        "birth_date",
        "bsn",
        "phone",
        "email",
        "preferred_language",
        "interpreter_needed",
    }
    unknown = set(fields) - editable
    if unknown:
        raise ValueError(f"Not editable: {sorted(unknown)}")
    if "birth_date" in fields:
        _validate_birth_date(fields["birth_date"])
    if "bsn" in fields:
        fields["bsn"] = normalize_bsn(fields["bsn"] or "") or None
        _validate_bsn_unique(fields["bsn"], exclude_id=resident.pk)
    for name, value in fields.items():
        setattr(resident, name, value.strip() if isinstance(value, str) else value)
    resident.full_clean()
    resident.save()
    return resident


@transaction.atomic
def household_add_member(
    *, actor, household: Household, resident: Resident, position: str, starts_on: date
) -> HouseholdMembership:
    """Add a resident to a household. A resident lives in one household at a time."""
    _check_may_register_in(actor, household.municipality_id)
    if starts_on < resident.birth_date:
        raise ValidationError({"starts_on": "De datum ligt vóór de geboortedatum van de inwoner."})
    current = (
        HouseholdMembership.objects.select_for_update()
        .filter(resident=resident, ends_on__isnull=True)
        .select_related("household")
        .first()
    )
    if current is not None:
        if current.household_id == household.id:
            raise ValidationError({"resident": "Deze inwoner hoort al bij dit huishouden."})
        raise ValidationError(
            {
                "resident": f"Deze inwoner woont sinds {current.starts_on:%d-%m-%Y} in een ander huishouden. "
                "Beëindig eerst dat lidmaatschap (verhuizing) en voeg de inwoner dan toe."
            }
        )
    membership = HouseholdMembership(
        household=household, resident=resident, position=position, starts_on=starts_on
    )
    membership.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            membership.save()
    except IntegrityError as error:
        # Another request added this resident elsewhere at the same moment.
        raise ValidationError(
            {"resident": "Deze inwoner is zojuist aan een ander huishouden toegevoegd."}
        ) from error
    return membership


@transaction.atomic
def household_end_membership(*, actor, membership: HouseholdMembership, ends_on: date) -> HouseholdMembership:
    _check_may_register_in(actor, membership.household.municipality_id)
    if membership.ends_on is not None:
        raise ValidationError({"ends_on": "Dit lidmaatschap is al beëindigd."})
    if ends_on < membership.starts_on:
        raise ValidationError({"ends_on": "De einddatum ligt vóór de datum waarop de inwoner er kwam wonen."})
    membership.ends_on = ends_on
    membership.save(update_fields=["ends_on"])
    return membership


@transaction.atomic
def network_member_add(
    *, actor, resident: Resident, name: str, relation: str, helps_with: str = "", phone: str = ""
) -> NetworkMember:
    if resident.municipality_id not in scope_for(actor).municipality_ids:
        raise PermissionDenied
    member = NetworkMember(
        resident=resident,
        name=name.strip(),
        relation=relation,
        helps_with=helps_with.strip(),
        phone=phone.strip(),
    )
    member.full_clean()
    member.save()
    return member


@transaction.atomic
def network_member_remove(*, actor, member: NetworkMember) -> None:
    if member.resident.municipality_id not in scope_for(actor).municipality_ids:
        raise PermissionDenied
    member.delete()


def api_token_issue(*, professional) -> str:
    """Create a bearer token for the REST API and return it. Only its hash is stored, so the
    caller must hand it over now: it cannot be shown again."""
    if not professional.is_active:
        raise ValidationError({"professional": "Deze gebruiker is niet actief; een token zou niet werken."})
    token = ApiToken.generate()
    ApiToken.objects.create(professional=professional, digest=ApiToken.hash(token))
    return token
