"""Synthetic people, households, postcodes and streets, in plain Python (no database).

Everything is drawn from one seeded ``random.Random`` and from name pools that Faker fills once, so
the same seed gives the same population and a city of 900,000 residents is generated in seconds.
"""

import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from random import Random

from faker import Faker

from plein.people.models import HouseholdMembership, NetworkMember, Resident

ADULT = HouseholdMembership.Position.ADULT.value
CHILD = HouseholdMembership.Position.CHILD.value
OTHER = HouseholdMembership.Position.OTHER.value

DAYS_PER_YEAR = 365.2425

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# Longest first, so "van der Meer" splits as ("van der", "Meer") and not ("van", "der Meer").
NAME_PREFIXES = sorted(
    (
        "van de", "van der", "van den", "van het", "van 't", "in 't", "in de", "in den", "op de", "op den",
        "op 't", "uit de", "uit den", "de", "den", "der", "het", "'t", "te", "ten", "ter", "van", "la", "le",
    ),
    key=len,
    reverse=True,
)  # fmt: skip

# People born before about 1965 mostly carry names Faker's modern nl_NL list lacks.
TRADITIONAL_MALE = (
    "Johannes", "Cornelis", "Jacobus", "Hendrik", "Pieter", "Willem", "Jan", "Gerrit", "Dirk", "Klaas",
    "Adrianus", "Petrus", "Theodorus", "Gerardus", "Antonius", "Albert", "Hendrikus", "Wilhelmus",
    "Franciscus", "Martinus", "Arie", "Teun", "Kees", "Henk", "Piet", "Wim", "Joop", "Gert", "Rinus", "Frans",
    "Ton", "Harry", "Hans", "Jaap", "Sjoerd", "Evert",
)  # fmt: skip
TRADITIONAL_FEMALE = (
    "Maria", "Johanna", "Cornelia", "Anna", "Wilhelmina", "Elisabeth", "Hendrika", "Geertruida", "Catharina",
    "Margaretha", "Jacoba", "Petronella", "Aaltje", "Grietje", "Neeltje", "Trijntje", "Riet", "Ria", "Annie",
    "Truus", "Joke", "Greet", "Corrie", "Tineke", "Anneke", "Ineke", "Marijke", "Els", "Ans", "Gerda", "Wilma",
    "Carla", "Ingrid", "Dini", "Hennie", "Betty",
)  # fmt: skip
# …and those born between about 1965 and 1985 the names of their own generation.
GENERATION_X_MALE = (
    "Marco", "Dennis", "Patrick", "Mark", "Erik", "Jeroen", "Martijn", "Sander", "Bas", "Remco", "Michel",
    "Richard", "Robert", "Edwin", "Arjan", "Ronald", "Marcel", "Joost", "Vincent", "Wouter",
)  # fmt: skip
GENERATION_X_FEMALE = (
    "Sandra", "Linda", "Monique", "Kim", "Marieke", "Esther", "Anouk", "Mirjam", "Wendy", "Petra", "Saskia",
    "Nicole", "Chantal", "Ilse", "Marloes", "Karin", "Angelique", "Miranda", "Judith", "Yvonne",
)  # fmt: skip


@dataclass(frozen=True)
class Background:
    """Where a household's names and preferred language come from."""

    language: str
    weight: float
    male: tuple[str, ...] = ()
    female: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()  # gender-invariant, so a family can share one
    interpreter_rate: float = 0.4


ENGLISH_MALE = ("James", "Oliver", "Thomas", "Daniel", "Michael", "David", "Ryan", "Liam")  # fmt: skip
ENGLISH_FEMALE = ("Emma", "Sophie", "Charlotte", "Emily", "Grace", "Olivia", "Hannah", "Lucy")  # fmt: skip
ENGLISH_SURNAMES = (
    "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Murphy", "Kelly",
)  # fmt: skip
POLISH_MALE = (
    "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub", "Kamil", "Adam",
)  # fmt: skip
POLISH_FEMALE = (
    "Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Marta", "Monika", "Ewa", "Natalia", "Zofia",
)  # fmt: skip
POLISH_SURNAMES = (
    "Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Zając", "Król", "Wieczorek", "Wróbel",
    "Dudek", "Adamczyk", "Pawlak", "Michalak", "Sikora", "Baran",
)  # fmt: skip
TURKISH_MALE = (
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Emre", "Burak", "Murat", "Kemal",
    "Yusuf",
)  # fmt: skip
TURKISH_FEMALE = (
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Esra", "Büşra", "Merve", "Özlem", "Sibel",
)  # fmt: skip
TURKISH_SURNAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan",
    "Doğan", "Kılıç", "Aslan", "Çetin",
)  # fmt: skip
ARABIC_MALE = (
    "Mohamed", "Ahmed", "Youssef", "Omar", "Khalid", "Hassan", "Ibrahim", "Said", "Karim", "Bilal", "Adam",
)  # fmt: skip
ARABIC_FEMALE = (
    "Fatima", "Aicha", "Khadija", "Nour", "Sara", "Leila", "Amina", "Yasmina", "Salma", "Hanan", "Rania",
)  # fmt: skip
ARABIC_SURNAMES = (
    "El Amrani", "Benali", "Bouzid", "Haddad", "El Idrissi", "Khalil", "Mansour", "Saleh", "Aziz", "Darwish",
    "Boukhari", "El Khatib", "Ouali", "Ziani",
)  # fmt: skip
UKRAINIAN_MALE = (
    "Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Yurii", "Ivan", "Taras", "Bohdan",
)  # fmt: skip
UKRAINIAN_FEMALE = (
    "Olena", "Iryna", "Oksana", "Nataliia", "Tetiana", "Yuliia", "Anastasiia", "Kateryna", "Sofiia", "Mariia",
)  # fmt: skip
UKRAINIAN_SURNAMES = (
    "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Oliinyk",
    "Lysenko", "Marchenko", "Savchenko", "Rudenko",
)  # fmt: skip
TIGRINYA_MALE = (
    "Yonas", "Dawit", "Filmon", "Mehari", "Tesfay", "Biniam", "Merhawi", "Aklilu", "Samuel", "Robel",
)  # fmt: skip
TIGRINYA_FEMALE = (
    "Senait", "Helen", "Luwam", "Selam", "Semhar", "Rahel", "Saba", "Yordanos", "Winta", "Feven",
)  # fmt: skip
TIGRINYA_SURNAMES = (
    "Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Kidane", "Tekle", "Woldu", "Ghebreyesus", "Asmerom",
    "Habte", "Yohannes", "Mebrahtu",
)  # fmt: skip

# Latin transliterations, as the BRP registers them. Weights: about 9.5% of households speak
# another language at home.
BACKGROUNDS = (
    Background(Resident.Language.DUTCH, 0.905),
    Background(
        Resident.Language.ENGLISH,
        0.012,
        ENGLISH_MALE,
        ENGLISH_FEMALE,
        ENGLISH_SURNAMES,
        interpreter_rate=0.05,
    ),
    Background(Resident.Language.POLISH, 0.022, POLISH_MALE, POLISH_FEMALE, POLISH_SURNAMES),
    Background(Resident.Language.TURKISH, 0.02, TURKISH_MALE, TURKISH_FEMALE, TURKISH_SURNAMES),
    Background(Resident.Language.ARABIC, 0.025, ARABIC_MALE, ARABIC_FEMALE, ARABIC_SURNAMES),
    Background(Resident.Language.UKRAINIAN, 0.01, UKRAINIAN_MALE, UKRAINIAN_FEMALE, UKRAINIAN_SURNAMES),
    Background(Resident.Language.TIGRINYA, 0.006, TIGRINYA_MALE, TIGRINYA_FEMALE, TIGRINYA_SURNAMES),
)


def split_prefix(last_name: str) -> tuple[str, str]:
    """Split a Faker last name into (tussenvoegsel, achternaam)."""
    lowered = last_name.lower()
    for prefix in NAME_PREFIXES:
        if lowered.startswith(prefix + " ") and len(last_name) > len(prefix) + 1:
            return prefix, last_name[len(prefix) + 1 :]
    return "", last_name


# Letters NFKD does not decompose into an ASCII base letter.
_ASCII = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae"})


def ascii_slug(text: str) -> str:
    """'Esmée van 't Hof' → 'esmeevanthof': e-mail local parts and usernames."""
    normalized = unicodedata.normalize("NFKD", text.translate(_ASCII)).encode("ascii", "ignore").decode()
    return "".join(char for char in normalized.lower() if char.isalnum())


class NamePools:
    """Faker is consulted only here, a few thousand times; all later draws use the seeded Random.

    Sampling with repetition keeps Faker's frequencies: common names stay common.
    """

    def __init__(self, faker: Faker, size: int = 3000) -> None:
        self.male: list[str] = [faker.first_name_male() for _ in range(size)]
        self.female: list[str] = [faker.first_name_female() for _ in range(size)]
        self.surnames: list[tuple[str, str]] = [split_prefix(faker.last_name()) for _ in range(size * 2)]


# ---------------------------------------------------------------------------------------------
# BSN
# ---------------------------------------------------------------------------------------------


class BsnSequence:
    """Unique, valid (11-proof) BSNs in a seeded order.

    It walks the eight-digit prefixes 90000000–99999999 with a step coprime to their count, so no
    prefix comes twice, and appends the check digit; prefixes whose check digit would be 10 are
    skipped. Real BSNs are issued from lower ranges; the 9-range keeps demo numbers recognisable.
    """

    FIRST = 90_000_000
    COUNT = 10_000_000
    STEP = 7_654_321  # odd and not a multiple of 5: coprime to 10**7

    def __init__(self, rng: Random) -> None:
        self._position = rng.randrange(self.COUNT)
        self._walked = 0

    def __next__(self) -> str:
        while True:
            if self._walked >= self.COUNT:
                raise RuntimeError("De reeks demo-BSN's is op.")
            prefix = str(self.FIRST + self._position)
            self._position = (self._position + self.STEP) % self.COUNT
            self._walked += 1
            # python-stdnum validates BSNs but has no check-digit calculator for generating them.
            check = sum((9 - index) * int(digit) for index, digit in enumerate(prefix)) % 11
            if check < 10:
                return prefix + str(check)

    def __iter__(self) -> Iterator[str]:
        return self


# ---------------------------------------------------------------------------------------------
# People and households
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NetworkSpec:
    name: str
    relation: str
    helps_with: str
    phone: str


@dataclass(frozen=True, slots=True)
class PersonSpec:
    first_names: str
    name_prefix: str
    last_name: str
    birth_date: date
    position: str
    starts_on: date
    preferred_language: str
    interpreter_needed: bool
    bsn: str | None
    phone: str
    email: str
    network: tuple[NetworkSpec, ...]


HOUSEHOLD_KINDS = (
    "single",
    "elderly_single",
    "couple",
    "elderly_couple",
    "family",
    "single_parent",
    "shared",
    "multigeneration",
)
# Roughly the CBS mix: ~38% one-person households, an average household of about 2.15 people.
BASE_WEIGHTS = (30, 8, 22, 5, 24, 8, 2, 1.5)
PROFILE_MULTIPLIERS = {
    "older": (0.9, 1.8, 1.3, 2.0, 0.7, 0.9, 0.5, 1.2),
    "mixed": (1, 1, 1, 1, 1, 1, 1, 1),
    "family": (0.6, 0.4, 0.9, 0.3, 1.7, 1.1, 0.5, 1.2),
    "centre": (1.9, 1.4, 1.0, 0.8, 0.4, 0.9, 3.0, 0.5),
    "industrial": (1.6, 0.3, 1.2, 0.3, 0.7, 0.8, 1.0, 0.5),
}

HELPS_WITH = {
    NetworkMember.Relation.CARER: (
        "boodschappen en koken",
        "administratie en post",
        "medicijnen klaarzetten",
        "vervoer naar het ziekenhuis",
        "persoonlijke verzorging",
    ),
    NetworkMember.Relation.FAMILY: ("bezoek in het weekend", "klusjes in huis", "vervoer naar afspraken"),
    NetworkMember.Relation.NEIGHBOUR: ("boodschappen", "een oogje in het zeil", "de tuin"),
    NetworkMember.Relation.VOLUNTEER: (
        "gezelschap en wandelen",
        "vervoer naar de dagbesteding",
        "formulieren",
    ),
    NetworkMember.Relation.FRIEND: ("gezelschap", "samen koffie drinken", "boodschappen"),
}
NETWORK_RELATIONS = tuple(HELPS_WITH)
NETWORK_WEIGHTS = (45, 15, 20, 12, 8)

EMAIL_DOMAINS = ("example.com", "example.net", "example.org")


def ordinal_for_age(reference: int, age: float, rng: Random) -> int:
    """A birth date (as ordinal) for someone ``age`` full years old on the reference date."""
    return reference - int((age + rng.random()) * DAYS_PER_YEAR)


class HouseholdGenerator:
    def __init__(self, *, rng: Random, pools: NamePools, reference_date: date, bsns: BsnSequence) -> None:
        self.rng = rng
        self.pools = pools
        self.reference = reference_date.toordinal()
        self.bsns = bsns
        self.background_weights = [background.weight for background in BACKGROUNDS]
        self.kind_weights = {
            profile: [base * factor for base, factor in zip(BASE_WEIGHTS, factors, strict=True)]
            for profile, factors in PROFILE_MULTIPLIERS.items()
        }

    # -- names --------------------------------------------------------------------------------

    def first_name(self, female: bool, birth_year: int, background: Background) -> str:
        rng = self.rng
        if background.male:
            return rng.choice(background.female if female else background.male)
        if birth_year < 1965 and rng.random() < 0.8:
            pool: Sequence[str] = TRADITIONAL_FEMALE if female else TRADITIONAL_MALE
        elif 1965 <= birth_year < 1985 and rng.random() < 0.6:
            pool = GENERATION_X_FEMALE if female else GENERATION_X_MALE
        else:
            pool = self.pools.female if female else self.pools.male
        name = rng.choice(pool)
        # The BRP lists every given name; about one in five Dutch residents has two or more.
        if rng.random() < 0.2:
            second = rng.choice(pool)
            if second != name:
                name = f"{name} {second}"
        return name

    def surname(self, background: Background) -> tuple[str, str]:
        if background.surnames:
            return "", self.rng.choice(background.surnames)
        return self.rng.choice(self.pools.surnames)

    def phone(self) -> str:
        return f"06-{self.rng.randint(10_000_000, 59_999_999)}"

    # -- one household ------------------------------------------------------------------------

    def household(self, profile: str) -> list[PersonSpec]:
        rng = self.rng
        background = rng.choices(BACKGROUNDS, self.background_weights)[0]
        kind = rng.choices(HOUSEHOLD_KINDS, self.kind_weights[profile])[0]
        # Each member: (female, age, position, surname or None for the household's own)
        members: list[tuple[bool, float, str, tuple[str, str] | None]] = []
        family_name = self.surname(background)

        if kind == "single":
            band = rng.choices(((18, 24), (25, 34), (35, 49), (50, 64), (65, 74)), (10, 22, 18, 27, 23))[0]
            members.append((rng.random() < 0.5, rng.randint(*band), ADULT, None))
        elif kind == "elderly_single":
            members.append((rng.random() < 0.7, self.elderly_age(), ADULT, None))
        elif kind in ("couple", "elderly_couple"):
            if kind == "couple":
                band = rng.choices(((20, 34), (35, 49), (50, 64), (65, 74)), (22, 10, 38, 30))[0]
                age = rng.randint(*band)
            else:
                age = self.elderly_age()
            self.add_couple(members, age, background, minimum_age=20 if kind == "couple" else 70)
        elif kind == "family":
            oldest = self.oldest_child_age()
            self.add_couple(members, oldest + rng.randint(23, 38), background, minimum_age=oldest + 18)
            self.add_children(members, oldest, rng.choices((1, 2, 3, 4), (35, 42, 17, 6))[0])
        elif kind == "single_parent":
            oldest = self.oldest_child_age(adult_rate=0.08)
            members.append((rng.random() < 0.85, oldest + rng.randint(20, 40), ADULT, None))
            self.add_children(members, oldest, rng.choices((1, 2, 3), (55, 35, 10))[0])
        elif kind == "shared":
            for _ in range(rng.choice((2, 2, 3))):
                members.append((rng.random() < 0.5, rng.randint(19, 32), ADULT, self.surname(background)))
        else:  # multigeneration
            if rng.random() < 0.5:
                # An adult child who moved back in to care for a parent.
                members.append((rng.random() < 0.7, self.elderly_age(), ADULT, None))
                members.append((rng.random() < 0.5, rng.randint(45, 64), ADULT, None))
            else:
                oldest = self.oldest_child_age(adult_rate=0.0)
                self.add_couple(members, oldest + rng.randint(25, 38), background, minimum_age=oldest + 18)
                self.add_children(members, oldest, rng.choice((1, 2, 3)))
                members.append((rng.random() < 0.7, rng.randint(70, 92), OTHER, None))  # a grandparent
        return self.people(members, family_name, background)

    def elderly_age(self) -> int:
        band = self.rng.choices(((75, 79), (80, 84), (85, 89), (90, 98)), (40, 30, 20, 10))[0]
        return self.rng.randint(*band)

    def oldest_child_age(self, adult_rate: float = 0.12) -> int:
        # Some children still live at home after they turn 18.
        if self.rng.random() < adult_rate:
            return self.rng.randint(18, 25)
        return self.rng.randint(0, 17)

    def add_couple(self, members: list, age: int, background: Background, *, minimum_age: int) -> None:
        rng = self.rng
        female = rng.random() < 0.5
        partner_female = female if rng.random() < 0.05 else not female
        partner_age = max(minimum_age, age + rng.randint(-6, 5))
        members.append((female, max(minimum_age, age), ADULT, None))
        # Many partners use their own surname; the children get the household's.
        partner_surname = None if rng.random() < 0.5 else self.surname(background)
        members.append((partner_female, partner_age, ADULT, partner_surname))

    def add_children(self, members: list, oldest: int, count: int) -> None:
        rng = self.rng
        age = oldest
        for index in range(count):
            if index:
                age -= rng.randint(1, 5)
                if age < 0:
                    break
            members.append((rng.random() < 0.49, age, CHILD, None))

    def people(
        self,
        members: list[tuple[bool, float, str, tuple[str, str] | None]],
        family_name: tuple[str, str],
        background: Background,
    ) -> list[PersonSpec]:
        rng = self.rng
        reference = self.reference
        youngest_adult = min(age for _, age, position, _ in members if position == ADULT)
        # Most households moved in recently; some decades ago. Never before the youngest adult was 18.
        years_ago = max(0.05, min(youngest_adult - 18, 45)) * rng.random() ** 1.8
        moved_in = reference - int(years_ago * DAYS_PER_YEAR) - rng.randint(20, 200)
        is_dutch = background.language == Resident.Language.DUTCH
        people: list[PersonSpec] = []
        for female, age, position, own_surname in members:
            birth = ordinal_for_age(reference, age, rng)
            if position == ADULT:
                starts_on = max(moved_in, birth + int(18 * DAYS_PER_YEAR))
            elif position == CHILD:
                starts_on = max(moved_in, birth)
            else:  # a grandparent moves in later
                starts_on = max(moved_in, reference - rng.randint(60, 6 * 365))
            starts_on = min(starts_on, reference)
            birth_date = date.fromordinal(birth)
            prefix, last_name = own_surname or family_name
            first_names = self.first_name(female, birth_date.year, background)
            adult = age >= 18
            language = Resident.Language.DUTCH.value
            interpreter = False
            if not is_dutch and rng.random() < (0.8 if adult else 0.2):
                language = background.language
                interpreter = adult and rng.random() < background.interpreter_rate
            bsn = next(self.bsns) if rng.random() < (0.92 if is_dutch else 0.7) else None
            phone = self.phone() if adult and rng.random() < 0.55 else ""
            email = ""
            if adult and rng.random() < 0.35:
                local = f"{ascii_slug(first_names.split()[0])}.{ascii_slug(prefix + last_name)}"
                if rng.random() < 0.4:
                    local += str(rng.randint(1, 99))
                email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
            network: tuple[NetworkSpec, ...] = ()
            if age >= 75 and rng.random() < 0.35:
                network = tuple(self.network_member(last_name, prefix) for _ in range(rng.choice((1, 1, 2))))
            people.append(
                PersonSpec(
                    first_names=first_names,
                    name_prefix=prefix,
                    last_name=last_name,
                    birth_date=birth_date,
                    position=position,
                    starts_on=date.fromordinal(starts_on),
                    preferred_language=language,
                    interpreter_needed=interpreter,
                    bsn=bsn,
                    phone=phone,
                    email=email,
                    network=network,
                )
            )
        return people

    def network_member(self, last_name: str, prefix: str) -> NetworkSpec:
        rng = self.rng
        relation = rng.choices(NETWORK_RELATIONS, NETWORK_WEIGHTS)[0]
        female = rng.random() < 0.6
        first = rng.choice(self.pools.female if female else self.pools.male)
        if relation in (NetworkMember.Relation.CARER, NetworkMember.Relation.FAMILY) and rng.random() < 0.6:
            surname = f"{prefix} {last_name}".strip()  # a son or daughter
        else:
            other_prefix, other_last = rng.choice(self.pools.surnames)
            surname = f"{other_prefix} {other_last}".strip()
        return NetworkSpec(
            name=f"{first} {surname}",
            relation=relation.value,
            helps_with=rng.choice(HELPS_WITH[relation]),
            phone=self.phone() if rng.random() < 0.85 else "",
        )

    def neighbourhood(self, residents: int, profile: str) -> list[list[PersonSpec]]:
        """Households until the neighbourhood has about ``residents`` residents."""
        households: list[list[PersonSpec]] = []
        count = 0
        while count < residents:
            household = self.household(profile)
            households.append(household)
            count += len(household)
        return households


# ---------------------------------------------------------------------------------------------
# Postcodes and streets
# ---------------------------------------------------------------------------------------------

# PostNL does not use F, I, O, Q, U or Y in postcode letters, and never SA, SD or SS.
POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
FORBIDDEN_LETTER_PAIRS = frozenset({"SA", "SD", "SS"})
STREET_SUFFIXES = ("straat", "laan", "weg", "hof", "plein", "singel", "pad", "erf", "dreef", "park")
STREET_SUFFIX_WEIGHTS = (30, 22, 8, 10, 3, 4, 5, 6, 4, 2)
HOUSE_NUMBERS_PER_POSTCODE = 24  # a typical Dutch postcode covers 15–30 addresses


def postcode_space(numbers: Sequence[int]) -> list[str]:
    """Every postcode the demo may hand out for these four-digit areas, in order."""
    return [
        f"{number}{first}{second}"
        for number in numbers
        for first in POSTCODE_LETTERS
        for second in POSTCODE_LETTERS
        if first + second not in FORBIDDEN_LETTER_PAIRS
    ]


def split_space(space: list[str], weights: Sequence[float]) -> list[list[str]]:
    """Give each neighbourhood a contiguous slice of the postcodes, proportional to its weight.

    Neighbourhoods start at the beginning of their own slice, so even a small demo spreads over
    all four-digit areas (1700…1707) instead of crowding into the first.
    """
    total = sum(weights)
    bounds = [0]
    running = 0.0
    for weight in weights:
        running += weight
        bounds.append(round(len(space) * running / total))
    return [space[start:end] for start, end in pairwise(bounds)]


class StreetNamer:
    """Unique street names within one municipality: themed where the wijk has a theme, else Faker."""

    def __init__(self, rng: Random, faker: Faker) -> None:
        self.rng = rng
        self.faker = faker
        self.used: set[str] = set()

    def names(self, stems: Sequence[str]) -> Iterator[str]:
        rng = self.rng
        shuffled = list(stems)
        rng.shuffle(shuffled)
        for _ in range(2):  # a stem may give two streets: Rembrandtlaan and Rembrandthof
            for stem in shuffled:
                name = stem + rng.choices(STREET_SUFFIXES, STREET_SUFFIX_WEIGHTS)[0]
                if name not in self.used:
                    self.used.add(name)
                    yield name
        attempts = 0
        while True:
            name = self.faker.street_name()
            attempts += 1
            if attempts > 50:  # Faker's combinations are nearly used up: a city-scale corner case
                name = f"{name} {rng.choice(('Noord', 'Zuid', 'Oost', 'West'))}"
            if name not in self.used:
                self.used.add(name)
                attempts = 0
                yield name


@dataclass(frozen=True, slots=True)
class AddressSpec:
    postcode: str
    house_number: int
    street: str


@dataclass(frozen=True, slots=True)
class RangeSpec:
    postcode: str
    house_number_from: int
    house_number_to: int


def lay_out_streets(
    *, households: int, postcodes: Sequence[str], streets: Iterator[str], rng: Random
) -> tuple[list[RangeSpec], list[AddressSpec]]:
    """Streets of one to three postcodes; numbering runs on along a street; some numbers stay empty
    (shops, offices, vacant homes). Returns the postcode ranges and one address per household."""
    if households == 0:
        return [], []
    if not postcodes:
        raise RuntimeError("Geen postcodes over voor deze buurt.")
    mean = max(HOUSE_NUMBERS_PER_POSTCODE, math.ceil(households * 1.15 / len(postcodes)))
    ranges: list[RangeSpec] = []
    addresses: list[AddressSpec] = []
    index = 0
    while len(addresses) < households:
        street = next(streets)
        number = 1
        for _ in range(rng.choices((1, 2, 3), (5, 3, 2))[0]):
            remaining = households - len(addresses)
            if remaining == 0:
                break
            if index >= len(postcodes):
                raise RuntimeError("Geen postcodes over voor deze buurt.")
            postcode = postcodes[index]
            index += 1
            size = rng.randint(mean // 2 + 1, mean + mean // 2)
            take = min(remaining, size - rng.randint(0, size // 10))
            if index == len(postcodes):  # the last postcode takes whoever is left
                size = max(size, remaining)
                take = remaining
            ranges.append(RangeSpec(postcode, number, number + size - 1))
            occupied = sorted(rng.sample(range(number, number + size), take))
            addresses.extend(AddressSpec(postcode, house_number, street) for house_number in occupied)
            number += size
    return ranges, addresses
