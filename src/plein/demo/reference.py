"""Reference data of the demo: Heerhugowaard (GM0398) and, to show scoping, a small Langedijk (GM0416).

The districts follow the four MET-team areas and the neighbourhoods the wijken of "Het Sociaalplein in
Heerhugowaard" (werkdocument 2015, Bijlage 2); the organisations its Bijlage 1. CBS codes follow the
CBS pattern but the neighbourhood split is the demo's own. Postcodes, streets and people are synthetic:
Plein may not ship real BAG/CBS address data.
"""

from dataclasses import dataclass, field

from plein.areas.models import Role, Team
from plein.people.models import Organisation

# Household mixes a neighbourhood leans towards (multipliers live in plein.demo.population).
OLDER = "older"  # built in the 1970s–80s, now many empty nesters and elderly
MIXED = "mixed"
FAMILY = "family"  # recent new-build, many young families
CENTRE = "centre"  # apartments near shops and the station: singles and elderly
INDUSTRIAL = "industrial"  # business parks: a handful of (company) dwellings


@dataclass(frozen=True)
class NeighbourhoodRef:
    code: str  # the last two digits of the BU code
    name: str
    weight: float  # relative number of residents
    profile: str
    city: str = ""  # woonplaats; empty means the municipality's name
    street_stems: tuple[str, ...] = ()  # themed street names ("Rembrandt" → Rembrandtlaan)


@dataclass(frozen=True)
class DistrictRef:
    code: str  # WK code
    name: str
    neighbourhoods: tuple[NeighbourhoodRef, ...]


@dataclass(frozen=True)
class MunicipalityRef:
    name: str
    cbs_code: str
    postcode_numbers: tuple[int, ...]  # the four-digit parts of its (synthetic) postcodes
    share: float  # share of the scale's residents
    districts: tuple[DistrictRef, ...]


@dataclass(frozen=True)
class TeamRef:
    municipality: str  # CBS code
    name: str
    kind: str
    districts: tuple[str, ...]  # WK codes
    phone: str
    email: str
    visiting_address: str
    walk_in_hours: str


@dataclass(frozen=True)
class Place:
    """A visiting address. Streets and postcodes are synthetic, in the demo's postcode ranges."""

    street_address: str
    postcode: str  # as stored: four digits and two letters, no space
    city: str = "Heerhugowaard"
    accessibility: str = ""


@dataclass(frozen=True)
class OrganisationRef:
    name: str
    kind: str
    municipalities: tuple[str, ...]
    email: str = ""
    phone: str = ""
    # What the social map shows about the organisation.
    description: str = ""
    place: Place | None = None
    opening_hours: str = ""
    website: str = ""
    kvk_number: str = ""  # invented: the 000 prefix keeps them recognisably fake
    agb_code: str = ""  # providers only; invented (98 + the KvK number's last six digits)


@dataclass(frozen=True)
class StaffRef:
    """Colleagues without a login who make a team page look real."""

    role: Role
    organisation: str
    job_title: str
    count: tuple[int, int]  # inclusive range, drawn with the seeded Random


@dataclass(frozen=True)
class TeamStaffRef:
    team: str
    staff: tuple[StaffRef, ...] = field(default_factory=tuple)


PAINTERS = (
    "Rembrandt", "Vermeer", "Frans Hals", "Jan Steen", "Van Gogh", "Mondriaan", "Breitner", "Jozef Israëls",
    "Mesdag", "Ruysdael", "Hobbema", "Van Ostade", "Pieter de Hooch", "Ter Borch", "Avercamp", "Toorop",
    "Jongkind", "Weissenbruch", "Mauve", "Maris", "Witsen", "Van Goyen", "Potter", "Cuyp",
)  # fmt: skip
PLANETS = (
    "Mercurius", "Venus", "Mars", "Jupiter", "Saturnus", "Uranus", "Neptunus", "Pluto", "Orion",
    "Andromeda", "Pegasus", "Cassiopeia", "Perseus", "Lyra", "Sirius", "Vega", "Castor", "Pollux",
    "Poolster", "Melkweg", "Komeet", "Meteoor",
)  # fmt: skip
WRITERS = (
    "Vondel", "Bredero", "Hooft", "Huygens", "Multatuli", "Bilderdijk", "Potgieter", "Beets", "Couperus",
    "Gorter", "Van Eeden", "Busken Huet", "Da Costa", "Tollens", "Staring", "Nescio", "Vestdijk",
    "Bordewijk", "Heijermans", "Kloos", "Verwey", "Cats",
)  # fmt: skip
TREES = (
    "Eiken", "Beuken", "Linden", "Esdoorn", "Kastanje", "Berken", "Wilgen", "Populieren", "Essen", "Iepen",
    "Platanen", "Elzen", "Lariks", "Sparren", "Dennen", "Acacia", "Meidoorn", "Hazelaar", "Taxus", "Walnoot",
)  # fmt: skip
GEMSTONES = (
    "Robijn", "Saffier", "Smaragd", "Diamant", "Opaal", "Topaas", "Granaat", "Jade", "Amethist", "Parel",
    "Agaat", "Onyx", "Turkoois", "Barnsteen", "Kristal", "Jaspis", "Beril", "Koraal", "Malachiet", "Zirkoon",
)  # fmt: skip
MILLS = (
    "Korenmolen", "Zaagmolen", "Oliemolen", "Poldermolen", "Wipmolen", "Stellingmolen", "Standerdmolen",
    "Grondzeiler", "Spinnekop", "Tjasker", "Molenwiek", "Molenaar", "Wieken", "Maalsteen",
)  # fmt: skip
RIVERS = (
    "Rijn", "Maas", "Waal", "IJssel", "Schelde", "Vecht", "Amstel", "Lek", "Dommel", "Dinkel", "Berkel",
    "Regge", "Linge", "Eem", "Gouwe", "Zaan", "Spaarne", "Hunze", "Roer", "Geul",
)  # fmt: skip
SCIENTISTS = (
    "Lorentz", "Kamerlingh Onnes", "Zeeman", "Van 't Hoff", "Leeuwenhoek", "Boerhaave", "Stevin", "Snellius",
    "Swammerdam", "Einthoven", "Van der Waals", "Buys Ballot", "Eijkman", "Oort", "Kapteyn", "Zernike",
    "Debye", "Tinbergen", "Christiaan Huygens", "Minnaert",
)  # fmt: skip
SUN = (
    "Zonnewijzer", "Zonnebloem", "Zonnedauw", "Zonnestraal", "Zonnewende", "Zonnepaneel", "Zonnegloed",
    "Dageraad", "Middagzon", "Avondrood", "Zomerzon", "Lichtstraal", "Zonneboog", "Zonnekracht",
)  # fmt: skip

HEERHUGOWAARD = MunicipalityRef(
    name="Heerhugowaard",
    cbs_code="GM0398",
    postcode_numbers=(1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707),
    share=0.9,
    districts=(
        DistrictRef(
            "WK039801",
            "Noord",  # MET-team 1
            (
                NeighbourhoodRef("01", "Schilderwijk", 7, OLDER, street_stems=PAINTERS),
                NeighbourhoodRef("02", "De Noord", 5, OLDER),
                NeighbourhoodRef("03", "Heemradenwijk", 5, MIXED),
                NeighbourhoodRef("04", "De Draai", 6, FAMILY),
                NeighbourhoodRef("05", "Bedrijventerreinen", 0.3, INDUSTRIAL),
            ),
        ),
        DistrictRef(
            "WK039802",
            "West",  # MET-team 2
            (
                NeighbourhoodRef("01", "Planetenwijk", 6, OLDER, street_stems=PLANETS),
                NeighbourhoodRef("02", "Schrijverswijk", 5, MIXED, street_stems=WRITERS),
                NeighbourhoodRef("03", "Bomenwijk", 5, MIXED, street_stems=TREES),
                NeighbourhoodRef("04", "Stationsplein", 1, CENTRE),
            ),
        ),
        DistrictRef(
            "WK039803",
            "Centrum-Oost",  # MET-team 3
            (
                NeighbourhoodRef("01", "Stadshart", 2, CENTRE),
                NeighbourhoodRef("02", "Edelstenenwijk", 5, OLDER, street_stems=GEMSTONES),
                NeighbourhoodRef("03", "Molenwijk", 4, MIXED, street_stems=MILLS),
                NeighbourhoodRef("04", "Rivierenwijk", 5, OLDER, street_stems=RIVERS),
                NeighbourhoodRef("05", "Oostertocht", 4, MIXED),
                NeighbourhoodRef("06", "Het Kruis", 3, MIXED),
            ),
        ),
        DistrictRef(
            "WK039804",
            "Zuid",  # MET-team 4
            (
                # The werkdocument writes "Buttershuizen"; the wijk is called Butterhuizen.
                NeighbourhoodRef("01", "Butterhuizen", 6, MIXED),
                NeighbourhoodRef("02", "Zuidwijk", 5, MIXED),
                NeighbourhoodRef("03", "Stad van de Zon", 5, FAMILY, street_stems=SUN),
                NeighbourhoodRef("04", "Huygenhoek", 6, FAMILY, street_stems=SCIENTISTS),
            ),
        ),
    ),
)

LANGEDIJK = MunicipalityRef(
    name="Langedijk",
    cbs_code="GM0416",
    postcode_numbers=(1721, 1722, 1723),
    share=0.1,
    districts=(
        DistrictRef(
            "WK041601",
            "Langedijk",
            (
                # Equal weights give each village exactly one four-digit postcode area.
                NeighbourhoodRef("01", "Broek op Langedijk", 1, MIXED, city="Broek op Langedijk"),
                NeighbourhoodRef("02", "Zuid-Scharwoude", 1, MIXED, city="Zuid-Scharwoude"),
                NeighbourhoodRef("03", "Noord-Scharwoude", 1, OLDER, city="Noord-Scharwoude"),
            ),
        ),
    ),
)

MUNICIPALITIES = (HEERHUGOWAARD, LANGEDIJK)

GEMEENTE_HEERHUGOWAARD = "Gemeente Heerhugowaard"
GEMEENTE_LANGEDIJK = "Gemeente Langedijk"
CJG = "Centrum voor Jeugd en Gezin"
HALTE_WERK = "Halte Werk"
MET = "MET"
S1 = "S1"
EVEAN = "Evean"  # the werkdocument writes "Eveen"
DPRS = "DPRS"
JEUGDBESCHERMING = "Jeugdbescherming Noord-Holland"
VRIJWILLIGERSCENTRALE = "Vrijwilligerscentrale Heerhugowaard"

# The municipalities and the partners of Het Sociaalplein; the rest of the social map's organisations
# are in plein.demo.social_map.
HUIS_VAN_HEERHUGOWAARD = Place(
    "Raadhuisplein 1",
    "1703AA",
    accessibility="Rolstoeltoegankelijk, invalidentoilet, ringleiding aan de balie",
)
OFFICE_HOURS = "Maandag t/m vrijdag 8.30–17.00 uur"

ORGANISATIONS = (
    OrganisationRef(
        GEMEENTE_HEERHUGOWAARD,
        Organisation.Kind.MUNICIPALITY,
        ("GM0398",),
        "info@heerhugowaard.example",
        "072 000 00 00",
        description="De gemeente zorgt voor ondersteuning vanuit de Wmo, de Jeugdwet en de Participatiewet. "
        "In het Huis van Heerhugowaard vindt u het loket van Het Sociaalplein.",
        place=HUIS_VAN_HEERHUGOWAARD,
        opening_hours="Maandag t/m vrijdag 8.30–17.00 uur, donderdag tot 20.00 uur",
        website="https://www.heerhugowaard.example",
        kvk_number="00039800",
    ),
    OrganisationRef(
        GEMEENTE_LANGEDIJK,
        Organisation.Kind.MUNICIPALITY,
        ("GM0416",),
        "info@langedijk.example",
        "0226 000 00 00",
        description="De gemeente Langedijk regelt hulp en ondersteuning via het sociaal team in het "
        "gemeentehuis in Broek op Langedijk.",
        place=Place("Raadhuisstraat 12", "1721BA", "Broek op Langedijk", "Rolstoeltoegankelijk"),
        opening_hours="Maandag t/m vrijdag 9.00–16.30 uur",
        website="https://www.langedijk.example",
        kvk_number="00041600",
    ),
    OrganisationRef(
        CJG,
        Organisation.Kind.HOME,
        ("GM0398",),
        "info@cjg-heerhugowaard.example",
        "072 000 20 00",
        description="Voor alle vragen over opvoeden en opgroeien, van zwangerschap tot 23 jaar. Met het "
        "consultatiebureau, jeugdverpleegkundigen en de jeugd- en gezinscoaches.",
        place=HUIS_VAN_HEERHUGOWAARD,
        opening_hours=OFFICE_HOURS,
        website="https://www.cjg-heerhugowaard.example",
    ),
    OrganisationRef(
        HALTE_WERK,
        Organisation.Kind.HOME,
        ("GM0398", "GM0416"),
        "info@haltewerk.example",
        "072 000 30 10",
        description="Halte Werk helpt bij werk, inkomen en schulden: van een uitkering tot een baan, en "
        "van geldzorgen naar rust in uw portemonnee.",
        place=Place("Stationsplein 12", "1703WE", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Maandag t/m vrijdag 9.00–16.30 uur",
        website="https://www.haltewerk.example",
        kvk_number="00030101",
    ),
    OrganisationRef(
        MET,
        Organisation.Kind.HOME,
        ("GM0398",),
        "info@met-welzijn.example",
        "072 000 50 00",
        description="MET is de welzijnsorganisatie van Heerhugowaard. Maatschappelijk werkers, "
        "jongerenwerkers en opbouwwerkers werken in vier MET-teams, dicht bij u in de wijk.",
        place=Place("Esdoornlaan 2", "1702EA", accessibility="Rolstoeltoegankelijk, invalidentoilet"),
        opening_hours="Maandag t/m vrijdag 9.00–17.00 uur",
        website="https://www.met-welzijn.example",
        kvk_number="00030102",
    ),
    OrganisationRef(
        S1,
        Organisation.Kind.PARTNER,
        ("GM0398", "GM0416"),
        "wijkverpleging@s1.example",
        "072 000 60 00",
        description="Wijkverpleging en verzorging thuis. De wijkverpleegkundige kent de buurt en werkt samen "
        "met uw huisarts en het MET-team.",
        place=Place("Kastanjeplein 4", "1702KP"),
        opening_hours="Dag en nacht bereikbaar; kantoor maandag t/m vrijdag 8.30–17.00 uur",
        website="https://www.s1.example",
        kvk_number="00030103",
    ),
    OrganisationRef(
        EVEAN,
        Organisation.Kind.PARTNER,
        ("GM0398", "GM0416"),
        "wijkverpleging@evean.example",
        "072 000 61 00",
        description="Verpleging, verzorging en ondersteuning thuis, ook bij dementie. Teams in Heerhugowaard "
        "en Langedijk.",
        place=Place("Dageraad 22", "1705DR"),
        opening_hours="Dag en nacht bereikbaar",
        website="https://www.evean.example",
        kvk_number="00030104",
    ),
    OrganisationRef(
        DPRS,
        Organisation.Kind.PARTNER,
        ("GM0398",),
        "wijkverpleging@dprs.example",
        "072 000 62 00",
        description="Kleine thuiszorgorganisatie met wijkverpleegkundigen in Centrum-Oost.",
        place=Place("Amstelstraat 14", "1704AS"),
        opening_hours="Dag en nacht bereikbaar; kantoor maandag t/m vrijdag 9.00–17.00 uur",
        website="https://www.dprs.example",
        kvk_number="00030105",
    ),
    OrganisationRef(
        JEUGDBESCHERMING,
        Organisation.Kind.HOME,
        ("GM0398", "GM0416"),
        "info@jeugdbescherming-nh.example",
        "072 000 63 00",
        description="Jeugdbeschermers en jeugdreclasseerders werken met gezinnen als de rechter dat heeft "
        "besloten, zodat kinderen veilig opgroeien.",
        place=Place("Stationsplein 30", "1703WG"),
        opening_hours=OFFICE_HOURS,
        website="https://www.jeugdbescherming-nh.example",
        kvk_number="00030106",
    ),
    OrganisationRef(
        VRIJWILLIGERSCENTRALE,
        Organisation.Kind.PARTNER,
        ("GM0398",),
        "info@vrijwilligerscentrale-hhw.example",
        "072 000 40 00",
        description="Zoekt u vrijwilligerswerk, of zoekt u hulp van een vrijwilliger? De "
        "Vrijwilligerscentrale brengt vraag en aanbod bij elkaar.",
        place=Place("Raadhuisplein 5", "1703AB", accessibility="Rolstoeltoegankelijk"),
        opening_hours="Maandag t/m donderdag 9.00–12.30 uur",
        website="https://www.vrijwilligerscentrale-hhw.example",
        kvk_number="00030107",
    ),
)

MET_TEAMS = ("MET-team 1", "MET-team 2", "MET-team 3", "MET-team 4")
JGT = "Jeugd- en gezinsteam Heerhugowaard"
KCC = "Klantcontactcentrum"
BACKOFFICE = "Backoffice Wmo en Werk & Inkomen"
SOCIAAL_TEAM_LANGEDIJK = "Sociaal team Langedijk"

# Phone numbers use subscriber numbers starting with 0, which are never issued: they cannot ring anyone.
TEAMS = (
    *(
        TeamRef(
            "GM0398",
            name,
            Team.Kind.NEIGHBOURHOOD,
            (district.code,),
            phone=f"072 000 10 0{number}",
            email=f"met-team{number}@heerhugowaard.example",
            visiting_address=f"Wijkpunt {district.name}, Heerhugowaard",
            walk_in_hours=hours,
        )
        for number, (name, district, hours) in enumerate(
            zip(
                MET_TEAMS,
                HEERHUGOWAARD.districts,
                (
                    "Maandag en donderdag 9.00–11.00 uur",
                    "Dinsdag en vrijdag 9.00–11.00 uur",
                    "Woensdag 13.30–15.30 uur en vrijdag 9.00–11.00 uur",
                    "Dinsdag en donderdag 13.30–15.30 uur",
                ),
                strict=True,
            ),
            start=1,
        )
    ),
    TeamRef(
        "GM0398",
        JGT,
        Team.Kind.YOUTH_AND_FAMILY,
        tuple(district.code for district in HEERHUGOWAARD.districts),
        phone="072 000 20 00",
        email="jeugdengezin@heerhugowaard.example",
        visiting_address="Centrum voor Jeugd en Gezin, Huis van Heerhugowaard",
        walk_in_hours="Opvoedspreekuur woensdag 9.00–12.00 uur",
    ),
    TeamRef(
        "GM0398",
        KCC,
        Team.Kind.FRONT_OFFICE,
        (),
        phone="072 000 00 00",
        email="sociaalplein@heerhugowaard.example",
        visiting_address="Loket Het Sociaalplein, Huis van Heerhugowaard",
        walk_in_hours="Maandag t/m vrijdag 8.30–17.00 uur, donderdag tot 20.00 uur",
    ),
    TeamRef(
        "GM0398",
        BACKOFFICE,
        Team.Kind.BACK_OFFICE,
        (),
        phone="072 000 30 00",
        email="backoffice@heerhugowaard.example",
        visiting_address="Huis van Heerhugowaard (alleen op afspraak)",
        walk_in_hours="",
    ),
    TeamRef(
        "GM0416",
        SOCIAAL_TEAM_LANGEDIJK,
        Team.Kind.NEIGHBOURHOOD,
        ("WK041601",),
        phone="0226 000 10 00",
        email="sociaalteam@langedijk.example",
        visiting_address="Gemeentehuis Langedijk, Broek op Langedijk",
        walk_in_hours="Dinsdag en donderdag 9.00–12.00 uur",
    ),
)

# Which home organisation seconds the wijkverpleegkundige of each MET-team.
_NURSING = (S1, EVEAN, DPRS, S1)

TEAM_STAFF = (
    *(
        TeamStaffRef(
            name,
            (
                # MET-team 1's coordinator is the `coordinator` demo login.
                StaffRef(Role.TEAM_COORDINATOR, MET, "Teamcoördinator", (0, 0) if number == 1 else (1, 1)),
                StaffRef(Role.GENERALIST, MET, "Sociaal werker", (3, 4)),
                StaffRef(Role.GENERALIST, HALTE_WERK, "Consulent Werk en Inkomen", (1, 1)),
                StaffRef(Role.GENERALIST, HALTE_WERK, "Schuldhulpverlener", (0, 1)),
                StaffRef(Role.GENERALIST, nursing, "Wijkverpleegkundige", (1, 2)),
                StaffRef(Role.GENERALIST, GEMEENTE_HEERHUGOWAARD, "Wmo-consulent", (1, 1)),
            ),
        )
        for number, (name, nursing) in enumerate(zip(MET_TEAMS, _NURSING, strict=True), start=1)
    ),
    TeamStaffRef(
        JGT,
        (
            StaffRef(Role.TEAM_COORDINATOR, CJG, "Teamcoördinator", (1, 1)),
            StaffRef(Role.YOUTH_COACH, CJG, "Jeugd- en gezinscoach", (5, 6)),
            StaffRef(Role.YOUTH_COACH, CJG, "Jeugdverpleegkundige", (1, 1)),
            StaffRef(Role.YOUTH_COACH, GEMEENTE_HEERHUGOWAARD, "Jeugddeskundige", (1, 1)),
            StaffRef(Role.YOUTH_PROTECTOR, JEUGDBESCHERMING, "Jeugdbeschermer", (1, 1)),
        ),
    ),
    TeamStaffRef(KCC, (StaffRef(Role.FRONT_OFFICE, GEMEENTE_HEERHUGOWAARD, "Klantadviseur", (4, 5)),)),
    TeamStaffRef(
        BACKOFFICE,
        (
            StaffRef(Role.DECISION_OFFICER, GEMEENTE_HEERHUGOWAARD, "Consulent Wmo", (2, 3)),
            StaffRef(Role.DECISION_OFFICER, HALTE_WERK, "Consulent Werk en Inkomen", (2, 2)),
        ),
    ),
    TeamStaffRef(
        SOCIAAL_TEAM_LANGEDIJK,
        (
            StaffRef(Role.TEAM_COORDINATOR, GEMEENTE_LANGEDIJK, "Teamcoördinator", (1, 1)),
            StaffRef(Role.GENERALIST, GEMEENTE_LANGEDIJK, "Consulent sociaal team", (2, 3)),
            StaffRef(Role.GENERALIST, HALTE_WERK, "Consulent Werk en Inkomen", (1, 1)),
            StaffRef(Role.GENERALIST, EVEAN, "Wijkverpleegkundige", (1, 1)),
        ),
    ),
)
